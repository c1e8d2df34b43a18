#include "core/controllers/nodeportallocator.h"

#include "core/api/apierrortext.h"
#include "core/base/stablehash.h"

#include <QHash>

#include <algorithm>

namespace hopscope {

NodePortAllocator::NodePortAllocator(int min, int max)
    : m_min(min), m_max(max),
      m_slots(quint64(std::max(0, max - min + 1)), quint64(rangeOffset(max - min + 1)))
{}

int NodePortAllocator::rangeOffset(int rangeSize)
{
    constexpr int min = 16, max = 128, step = 32;
    if (rangeSize <= min)
        return 0;
    return std::clamp(rangeSize / step, min, max);
}

NodePortAllocator::Status NodePortAllocator::allocate(int port)
{
    if (port < m_min || port > m_max)
        return Status::NotInRange;
    return m_slots.allocate(quint64(port - m_min)) ? Status::Ok : Status::Allocated;
}

std::optional<int> NodePortAllocator::allocateNext(quint64 seed)
{
    const std::optional<quint64> slot = m_slots.allocateNext(seed);
    if (!slot)
        return std::nullopt;
    return m_min + int(*slot);
}

void NodePortAllocator::release(int port)
{
    if (port >= m_min && port <= m_max)
        m_slots.release(quint64(port - m_min));
}

QString NodePortAllocator::rangeText() const
{
    return QStringLiteral("%1-%2").arg(m_min).arg(m_max);
}

QString NodePortAllocator::errorText(Status status) const
{
    switch (status) {
    case Status::NotInRange:
        return QStringLiteral("provided port is not in the valid range. "
                              "The range of valid ports is ") +
               rangeText();
    case Status::Allocated:
        return QStringLiteral("provided port is already allocated");
    case Status::Full:
        return QStringLiteral("range is full");
    case Status::Ok:
        break;
    }
    return QString();
}

NodePortAllocation::NodePortAllocation(int min, int max, Diagnostics &diagnostics)
    : m_allocator(min, max), m_diagnostics(diagnostics)
{}

bool NodePortAllocation::shouldAllocateNodePorts(const ServiceInfo &service)
{
    return service.type == ServiceType::NodePort ||
           (service.type == ServiceType::LoadBalancer && service.allocateLoadBalancerNodePorts);
}

bool NodePortAllocation::needsHealthCheckNodePort(const ServiceInfo &service)
{
    return service.type == ServiceType::LoadBalancer && service.externalTrafficPolicy == u"Local";
}

void NodePortAllocation::refuse(ServiceWork &service, const QString &message,
                                const SourceLocation &where)
{
    service.refused = true;
    m_diagnostics << Diagnostic::make(
        Severity::Error, QStringLiteral("service-allocation"), where, message,
        BuilderTr::tr(
            "The API server refuses this Service, so Hopscope leaves it out of the cluster."),
        service.info.id);
    release(service);
}

void NodePortAllocation::allocateRequested(ServiceWork &service)
{
    if (service.refused)
        return;
    ServiceInfo &info = service.info;
    const bool externalPorts =
        info.type == ServiceType::NodePort || info.type == ServiceType::LoadBalancer;
    if (!externalPorts) {
        // nodePorts on ClusterIP / ExternalName Services are refused by validation, not here.
        for (ServicePortInfo &p : info.ports)
            p.nodePort = 0;
        info.healthCheckNodePort = 0;
        return;
    }
    const ObjectMeta *meta = service.object ? &service.object->meta : nullptr;
    auto locationOf = [&](const QString &path) {
        return meta ? fieldLocation(*meta, {path}) : info.where;
    };
    const bool allocate = shouldAllocateNodePorts(info);
    QHash<int, int> byPort; // svcPortToNodePort
    for (qsizetype i = 0; i < info.ports.size(); ++i) {
        ServicePortInfo &sp = info.ports[i];
        if (sp.nodePort == 0 && !allocate)
            continue; // don't allocate new ports, but do respect specific requests
        const QString path = QStringLiteral("spec.ports[%1].nodePort").arg(i);
        const int allocated = byPort.value(sp.port, 0);
        int wanted = 0;
        if (allocated == 0) {
            // findRequestedNodePort: the first nodePort asked for by a port with this number
            for (const ServicePortInfo &other : std::as_const(info.ports)) {
                if (other.port == sp.port && other.nodePort != 0) {
                    wanted = other.nodePort;
                    break;
                }
            }
            if (wanted == 0)
                continue; // allocated in the dynamic pass
            byPort.insert(sp.port, wanted);
        } else if (sp.nodePort != allocated) {
            if (sp.nodePort == 0) {
                sp.nodePort = allocated;
                continue;
            }
            wanted = sp.nodePort;
        } else {
            continue;
        }
        const NodePortAllocator::Status status = m_allocator.allocate(wanted);
        if (status != NodePortAllocator::Status::Ok) {
            refuse(service,
                   apitext::kubectlInvalid(QStringLiteral("Service"), info.name,
                                           {apitext::fieldInvalid(path, QString::number(wanted),
                                                                  m_allocator.errorText(status))}),
                   locationOf(path));
            return;
        }
        service.allocatedNodePorts << wanted;
        sp.nodePort = wanted;
    }

    if (!needsHealthCheckNodePort(info)) {
        info.healthCheckNodePort = 0; // validation refuses it elsewhere
        return;
    }
    if (info.healthCheckNodePort != 0) {
        const NodePortAllocator::Status status = m_allocator.allocate(info.healthCheckNodePort);
        if (status != NodePortAllocator::Status::Ok) {
            // allocHealthCheckNodePort returns a plain error: a 500 without a reason.
            refuse(service,
                   apitext::kubectlServerError(
                       QStringLiteral("failed to allocate requested HealthCheck NodePort %1: %2")
                           .arg(info.healthCheckNodePort)
                           .arg(m_allocator.errorText(status))),
                   locationOf(QStringLiteral("spec.healthCheckNodePort")));
            return;
        }
        service.allocatedNodePorts << info.healthCheckNodePort;
    }
}

void NodePortAllocation::allocateDynamic(ServiceWork &service)
{
    if (service.refused)
        return;
    ServiceInfo &info = service.info;
    if (info.type != ServiceType::NodePort && info.type != ServiceType::LoadBalancer)
        return;
    const QString full = apitext::kubectlInternalError(
        QStringLiteral("failed to allocate a nodePort: range is full"));
    if (shouldAllocateNodePorts(info)) {
        QHash<int, int> byPort;
        for (const ServicePortInfo &sp : std::as_const(info.ports))
            if (sp.nodePort != 0 && !byPort.contains(sp.port))
                byPort.insert(sp.port, sp.nodePort);
        for (qsizetype i = 0; i < info.ports.size(); ++i) {
            ServicePortInfo &sp = info.ports[i];
            if (sp.nodePort != 0)
                continue;
            if (const int shared = byPort.value(sp.port, 0)) {
                sp.nodePort = shared; // TCP and UDP 53 share one nodePort
                continue;
            }
            const std::optional<int> port =
                m_allocator.allocateNext(stableHash({info.ns, info.name, QString::number(i)}));
            if (!port) {
                refuse(service, full, info.where);
                return;
            }
            service.allocatedNodePorts << *port;
            sp.nodePort = *port;
            byPort.insert(sp.port, *port);
        }
    }
    if (needsHealthCheckNodePort(info) && info.healthCheckNodePort == 0) {
        const std::optional<int> port = m_allocator.allocateNext(
            stableHash({info.ns, info.name, QStringLiteral("healthCheckNodePort")}));
        if (!port) {
            refuse(service, full, info.where);
            return;
        }
        service.allocatedNodePorts << *port;
        info.healthCheckNodePort = *port;
    }
}

void NodePortAllocation::reserveHeld(const ServiceInfo &service)
{
    for (const ServicePortInfo &p : service.ports)
        if (p.nodePort != 0)
            m_allocator.allocate(p.nodePort); // ports shared by TCP and UDP: once is enough
    if (service.healthCheckNodePort != 0)
        m_allocator.allocate(service.healthCheckNodePort);
}

void NodePortAllocation::release(ServiceWork &service)
{
    for (const int port : std::as_const(service.allocatedNodePorts))
        m_allocator.release(port);
    service.allocatedNodePorts.clear();
}

} // namespace hopscope
