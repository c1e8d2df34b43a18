#include "core/controllers/ipallocator.h"

#include "core/api/apierrortext.h"
#include "core/api/servicedefaults.h"
#include "core/base/stablehash.h"

#include <QHostAddress>

#include <algorithm>

namespace hopscope {

namespace {

quint64 allocatableCount(const Ipv4Cidr &cidr)
{
    // bitmap.go: IPv4 ranges lose the network and the broadcast address.
    return cidr.size() > 2 ? cidr.size() - 2 : 0;
}

} // namespace

ServiceIPAllocator::ServiceIPAllocator(const Ipv4Cidr &cidr)
    : m_cidr(cidr), m_slots(allocatableCount(cidr), rangeOffset(cidr.size()))
{}

quint64 ServiceIPAllocator::rangeOffset(quint64 cidrSize)
{
    constexpr quint64 min = 16, max = 256, step = 16;
    if (cidrSize <= min)
        return 0;
    return std::clamp(cidrSize / step, min, max);
}

std::optional<quint32> ServiceIPAllocator::addressAt(quint64 index) const
{
    if (index >= m_slots.size())
        return std::nullopt;
    return m_cidr.network + 1 + quint32(index);
}

ServiceIPAllocator::Status ServiceIPAllocator::allocate(quint32 address)
{
    if (!m_cidr.contains(address) || address == m_cidr.network || address == m_cidr.last() ||
        m_slots.size() == 0)
        return Status::NotInRange;
    return m_slots.allocate(address - m_cidr.network - 1) ? Status::Ok : Status::Allocated;
}

std::optional<quint32> ServiceIPAllocator::allocateNext(quint64 seed)
{
    const std::optional<quint64> slot = m_slots.allocateNext(seed);
    if (!slot)
        return std::nullopt;
    return m_cidr.network + 1 + quint32(*slot);
}

void ServiceIPAllocator::release(quint32 address)
{
    if (m_cidr.contains(address) && address != m_cidr.network)
        m_slots.release(address - m_cidr.network - 1);
}

QString ServiceIPAllocator::errorText(Status status, const QString &address) const
{
    switch (status) {
    case Status::NotInRange:
        return QStringLiteral("the provided IP (%1) is not in the valid range. "
                              "The range of valid IPs is %2")
            .arg(address, m_cidr.toString());
    case Status::Allocated:
        return QStringLiteral("provided IP is already allocated");
    case Status::Full:
        return QStringLiteral("range is full");
    case Status::Ok:
        break;
    }
    return QString();
}

ClusterIPAllocation::ClusterIPAllocation(const Ipv4Cidr &serviceCidr, Diagnostics &diagnostics)
    : m_allocator(serviceCidr), m_diagnostics(diagnostics)
{}

void ClusterIPAllocation::refuse(ServiceWork &service, const QString &message,
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

void ClusterIPAllocation::allocateRequested(ServiceWork &service)
{
    if (service.refused || service.info.type == ServiceType::ExternalName || !service.object)
        return;
    const ServiceObject &object = *service.object;
    const QString requested = requestedClusterIP(object);
    if (requested.isEmpty() || requested == u"None")
        return;
    const SourceLocation where = fieldLocation(object.meta, {QStringLiteral("spec.clusterIP"),
                                                             QStringLiteral("spec.clusterIPs[0]"),
                                                             QStringLiteral("spec.clusterIPs")});
    const QStringList shown =
        object.clusterIPs.isEmpty() ? QStringList{object.clusterIP} : object.clusterIPs;
    const std::optional<quint32> address = parseIPv4(requested);
    if (!address && QHostAddress(requested).isNull()) {
        // Not an IP at all: validation (ValidateService, clusterIPs) refuses it first.
        refuse(service,
               apitext::kubectlInvalid(
                   QStringLiteral("Service"), object.meta.name,
                   {apitext::fieldInvalid(QStringLiteral("spec.clusterIPs[0]"),
                                          apitext::goQuote(requested),
                                          QStringLiteral("must be a valid IP address, (e.g. "
                                                         "10.9.8.7 or 2001:db8::ffff)"))}),
               where);
        return;
    }
    // An IPv6 address can never be in Hopscope's IPv4 service range.
    using Status = ServiceIPAllocator::Status;
    const Status status = address ? m_allocator.allocate(*address) : Status::NotInRange;
    if (status == Status::Ok) {
        service.info.clusterIP = formatIPv4(*address);
        service.allocatedIP = *address;
        return;
    }
    refuse(
        service,
        apitext::kubectlInvalid(
            QStringLiteral("Service"), object.meta.name,
            {apitext::fieldInvalid(QStringLiteral("spec.clusterIPs"), apitext::goStringSlice(shown),
                                   QStringLiteral("failed to allocate IP %1: %2")
                                       .arg(requested, m_allocator.errorText(status, requested)))}),
        where);
}

void ClusterIPAllocation::allocateDynamic(ServiceWork &service)
{
    if (service.refused || service.info.type == ServiceType::ExternalName ||
        service.info.isHeadless() || service.allocatedIP)
        return;
    const std::optional<quint32> address =
        m_allocator.allocateNext(stableHash({service.info.ns, service.info.name}));
    if (!address) {
        refuse(service,
               apitext::kubectlInternalError(
                   QStringLiteral("failed to allocate a serviceIP: range is full")),
               service.info.where);
        return;
    }
    service.info.clusterIP = formatIPv4(*address);
    service.allocatedIP = *address;
}

void ClusterIPAllocation::release(ServiceWork &service)
{
    if (service.allocatedIP)
        m_allocator.release(*service.allocatedIP);
    service.allocatedIP.reset();
    if (service.info.clusterIP != u"None")
        service.info.clusterIP.clear();
}

} // namespace hopscope
