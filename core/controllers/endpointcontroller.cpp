#include "core/controllers/endpointcontroller.h"

#include "core/controllers/endpointslicecontroller.h"

#include <QSet>

#include <algorithm>

namespace hopscope {

namespace {

QString labelKey(const QString &ns, const QString &key, const QString &value)
{
    return ns + u'\0' + key + u'\0' + value;
}

QString protocolOf(const QString &p)
{
    return p.isEmpty() ? QStringLiteral("TCP") : p;
}

bool lessByIP(const EndpointInfo &a, const EndpointInfo &b)
{
    // LessEndpointAddress: bytes of the IP text, then the target.
    if (a.ip != b.ip)
        return a.ip < b.ip;
    return a.podId < b.podId;
}

} // namespace

EndpointController::EndpointController(const QList<PodInfo> &pods) : m_pods(pods)
{
    for (int i = 0; i < pods.size(); ++i) {
        const PodInfo &p = pods[i];
        if (!m_runs.isEmpty()) {
            const PodInfo &previous = pods[m_runs.last().first];
            if (p.ns == previous.ns &&
                (p.labels.isSharedWith(previous.labels) || p.labels == previous.labels)) {
                ++m_runs.last().count;
                continue;
            }
        }
        const int run = int(m_runs.size());
        m_runs << Run{i, 1};
        for (auto it = p.labels.cbegin(); it != p.labels.cend(); ++it)
            m_byLabel[labelKey(p.ns, it.key(), it.value())] << run;
    }
}

void EndpointController::indexAddresses() const
{
    std::call_once(m_addressesIndexed, [this] {
        for (int i = 0; i < m_pods.size(); ++i) {
            const PodInfo &p = m_pods[i];
            if (!p.ip.isEmpty() && !p.hostNetwork && !m_byIP.contains(p.ip))
                m_byIP.insert(p.ip, i);
            m_byId.insert(p.id, i);
        }
    });
}

int EndpointController::endpointListCount(const ServiceInfo &service)
{
    if (service.ports.isEmpty() && service.isHeadless())
        return 1;
    return int(service.ports.size());
}

std::optional<int> EndpointController::findPort(const PodInfo &pod, const ServicePortInfo &sp)
{
    if (sp.targetPort.isInt())
        return sp.targetPort.intValue;
    if (!sp.targetPort.isString())
        return sp.port; // defaulting makes this unreachable
    const QString &name = sp.targetPort.strValue;
    for (const PodPort &p : pod.ports)
        if (p.name == name && p.protocol == sp.protocol)
            return p.port;
    return std::nullopt;
}

QList<const PodInfo *> EndpointController::selectedPods(const ServiceInfo &service) const
{
    QList<const PodInfo *> out;
    if (!service.hasSelector)
        return out;
    // The shortest posting list among the selector's pairs, then check the rest.
    const QList<int> *candidates = nullptr;
    for (auto it = service.selector.cbegin(); it != service.selector.cend(); ++it) {
        const auto found = m_byLabel.constFind(labelKey(service.ns, it.key(), it.value()));
        if (found == m_byLabel.cend())
            return out;
        if (!candidates || found->size() < candidates->size())
            candidates = &found.value();
    }
    if (!candidates)
        return out;
    for (const int r : *candidates) {
        const Run &run = m_runs[r];
        const PodInfo &first = m_pods[run.first];
        bool match = true;
        for (auto it = service.selector.cbegin(); it != service.selector.cend() && match; ++it) {
            const auto label = first.labels.constFind(it.key());
            match = label != first.labels.cend() && label.value() == it.value();
        }
        if (match)
            for (int i = run.first; i < run.first + run.count; ++i)
                out << &m_pods[i];
    }
    return out;
}

void EndpointController::computeFromSelector(ServiceInfo &service) const
{
    service.endpoints = QList<QList<EndpointInfo>>(endpointListCount(service));
    service.endpointSlices.clear();
    if (!service.hasSelector || service.type == ServiceType::ExternalName)
        return;
    // One source of truth: the slices the EndpointSlice controller makes, read back as
    // kube-proxy reads them.
    service.endpointSlices = makeEndpointSlices(service, selectedPods(service));
    QList<const EndpointSliceObject *> slices;
    slices.reserve(service.endpointSlices.size());
    for (const EndpointSliceObject &slice : std::as_const(service.endpointSlices))
        slices << &slice;
    readSlices(service, slices);
    for (QList<EndpointInfo> &list : service.endpoints) {
        std::sort(list.begin(), list.end(), lessByIP);
        list.squeeze();
    }
}

const PodInfo *EndpointController::podFor(const QString &ip, const QString &targetKind,
                                          const QString &targetName, const QString &targetNamespace,
                                          const QString &serviceNamespace) const
{
    indexAddresses();
    if (targetKind == u"Pod" && !targetName.isEmpty()) {
        const QString ns = targetNamespace.isEmpty() ? serviceNamespace : targetNamespace;
        const auto it = m_byId.constFind(podId(ns, targetName));
        if (it != m_byId.cend())
            return &m_pods[it.value()];
    }
    const auto it = m_byIP.constFind(ip);
    return it == m_byIP.cend() ? nullptr : &m_pods[it.value()];
}

void EndpointController::fromEndpointSlices(ServiceInfo &service,
                                            const QList<const EndpointSliceObject *> &slices) const
{
    service.endpointSlices.clear();
    for (const EndpointSliceObject *slice : slices)
        service.endpointSlices << *slice;
    readSlices(service, slices);
    service.endpointsFromManifest = true;
}

void EndpointController::readSlices(ServiceInfo &service,
                                    const QList<const EndpointSliceObject *> &slices) const
{
    service.endpoints = QList<QList<EndpointInfo>>(endpointListCount(service));
    const bool portless = service.ports.isEmpty();
    const QList<EndpointPortSpec> noPorts{EndpointPortSpec{}};
    for (qsizetype i = 0; i < service.endpoints.size(); ++i) {
        QList<EndpointInfo> &list = service.endpoints[i];
        QSet<QString> seen; // the same address in two slices counts once
        for (const EndpointSliceObject *slice : slices) {
            if (slice->addressType == u"FQDN" || slice->addressType == u"IPv6")
                continue;
            const bool slicePortless = slice->ports.isEmpty();
            if (portless != slicePortless)
                continue;
            for (const EndpointPortSpec &port : portless ? noPorts : slice->ports) {
                if (!portless && (port.name != service.ports[i].name ||
                                  protocolOf(port.protocol) != service.ports[i].protocol))
                    continue;
                for (const EndpointSliceEndpoint &ep : slice->endpoints) {
                    for (const QString &ip : ep.addresses) {
                        const QString key = ip + u':' + QString::number(port.port);
                        if (seen.contains(key))
                            continue;
                        seen.insert(key);
                        EndpointInfo e;
                        e.ip = ip;
                        e.port = port.port;
                        e.hostname = ep.hostname;
                        e.nodeName = ep.nodeName;
                        e.ready = ep.ready.value_or(true); // nil ready: ready
                        e.serving = ep.serving.value_or(e.ready);
                        e.terminating = ep.terminating.value_or(false);
                        const PodInfo *pod = podFor(ip, ep.targetKind, ep.targetName,
                                                    ep.targetNamespace, service.ns);
                        if (pod) {
                            e.podId = pod->id;
                            if (e.nodeName.isEmpty())
                                e.nodeName = pod->nodeName;
                        }
                        list << e;
                    }
                }
            }
        }
    }
}

void EndpointController::fromEndpoints(ServiceInfo &service, const EndpointsObject &endpoints) const
{
    service.endpoints = QList<QList<EndpointInfo>>(endpointListCount(service));
    service.endpointsFromManifest = true;
    const bool portless = service.ports.isEmpty();
    const QList<EndpointPortSpec> noPorts{EndpointPortSpec{}};
    for (qsizetype i = 0; i < service.endpoints.size(); ++i) {
        QList<EndpointInfo> &list = service.endpoints[i];
        for (const EndpointSubset &subset : endpoints.subsets) {
            if (portless != subset.ports.isEmpty())
                continue;
            for (const EndpointPortSpec &port : portless ? noPorts : subset.ports) {
                if (!portless && (port.name != service.ports[i].name ||
                                  protocolOf(port.protocol) != service.ports[i].protocol))
                    continue;
                auto add = [&](const EndpointAddress &a, bool ready) {
                    EndpointInfo e;
                    e.ip = a.ip;
                    e.port = port.port;
                    e.hostname = a.hostname;
                    e.nodeName = a.nodeName;
                    e.ready = ready;
                    e.serving = ready;
                    const PodInfo *pod =
                        podFor(a.ip, a.targetKind, a.targetName, a.targetNamespace, service.ns);
                    if (pod) {
                        e.podId = pod->id;
                        if (e.nodeName.isEmpty())
                            e.nodeName = pod->nodeName;
                    }
                    list << e;
                };
                for (const EndpointAddress &a : subset.addresses)
                    add(a, true);
                for (const EndpointAddress &a : subset.notReadyAddresses)
                    add(a, false);
            }
        }
    }
}

} // namespace hopscope
