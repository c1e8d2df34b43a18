#pragma once

// ClusterIP allocation, as the API server's registry does it (reference A1.2): user-requested
// addresses must be inside --service-cluster-ip-range and free; the others are drawn from the
// upper "dynamic" band of the range. The network and broadcast addresses are never given out.

#include "core/controllers/bandallocator.h"
#include "core/model/buildsupport.h"
#include "core/base/diagnostic.h"
#include "core/base/ipv4.h"
#include "core/controllers/servicework.h"

#include <QList>

namespace hopscope {

class ServiceIPAllocator
{
public:
    enum class Status { Ok, NotInRange, Allocated, Full };

    explicit ServiceIPAllocator(const Ipv4Cidr &cidr);

    // calculateRangeOffset: min(max(16, size/16), 256); 0 for ranges of 16 addresses or fewer.
    static quint64 rangeOffset(quint64 cidrSize);
    // The n-th allocatable address (0: the first address after the network address).
    std::optional<quint32> addressAt(quint64 index) const;
    Status allocate(quint32 address);
    std::optional<quint32> allocateNext(quint64 seed);
    void release(quint32 address);
    const Ipv4Cidr &cidr() const { return m_cidr; }
    quint64 offset() const { return m_slots.offset(); }

    // The allocator's error text (ErrNotInRange, ErrAllocated, ErrFull).
    QString errorText(Status status, const QString &address) const;

private:
    Ipv4Cidr m_cidr;
    BandAllocator m_slots;
};

// Assigns ClusterIPs to the Services. Two passes like the registry would see them when objects
// are created in input order but dynamic addresses never steal a requested one: first every
// requested address (input order), then dynamic ones by (namespace, name).
class ClusterIPAllocation
{
public:
    ClusterIPAllocation(const Ipv4Cidr &serviceCidr, Diagnostics &diagnostics);

    // Requested addresses; "None" (headless) and ExternalName take none. Refuses on error.
    void allocateRequested(ServiceWork &service);
    // A dynamic address for a Service that asked for none.
    void allocateDynamic(ServiceWork &service);
    void release(ServiceWork &service);
    const ServiceIPAllocator &allocator() const { return m_allocator; }

private:
    void refuse(ServiceWork &service, const QString &message, const SourceLocation &where);

    ServiceIPAllocator m_allocator;
    Diagnostics &m_diagnostics;
};

} // namespace hopscope
