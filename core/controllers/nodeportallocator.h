#pragma once

// NodePort allocation, as the API server's registry does it (reference A1.3): requested ports
// must be inside --service-node-port-range and free; missing ones are drawn from the upper
// "dynamic" band of the range; ports of one Service that share a `port` number share a nodePort;
// LoadBalancer + externalTrafficPolicy Local also gets a healthCheckNodePort.

#include "core/controllers/bandallocator.h"
#include "core/model/buildsupport.h"
#include "core/base/diagnostic.h"
#include "core/controllers/servicework.h"

namespace hopscope {

class NodePortAllocator
{
public:
    enum class Status { Ok, NotInRange, Allocated, Full };

    NodePortAllocator(int min, int max);

    // calculateRangeOffset: min(max(16, size/32), 128); 0 for ranges of 16 ports or fewer.
    static int rangeOffset(int rangeSize);
    Status allocate(int port);
    std::optional<int> allocateNext(quint64 seed);
    void release(int port);
    int min() const { return m_min; }
    int max() const { return m_max; }
    int offset() const { return int(m_slots.offset()); }
    QString rangeText() const; // "30000-32767"
    // The allocator's error text (ErrNotInRange, ErrAllocated, ErrFull).
    QString errorText(Status status) const;

private:
    int m_min = 0;
    int m_max = -1;
    BandAllocator m_slots;
};

// Assigns nodePorts (and healthCheckNodePorts) to the Services: first every requested port (in
// input order), then the missing ones by (namespace, name). Errors refuse the Service.
class NodePortAllocation
{
public:
    NodePortAllocation(int min, int max, Diagnostics &diagnostics);

    // initNodePorts for the ports that name a nodePort (their own or, for ports sharing a
    // `port` number, one named by a sibling); a requested healthCheckNodePort.
    void allocateRequested(ServiceWork &service);
    // The remaining nodePorts and the healthCheckNodePort.
    void allocateDynamic(ServiceWork &service);
    void release(ServiceWork &service);
    // Marks the ports an existing Service holds (its nodePorts and healthCheckNodePort) as
    // allocated: before another Service of the same cluster is updated.
    void reserveHeld(const ServiceInfo &service);
    const NodePortAllocator &allocator() const { return m_allocator; }

    // NodePort, or LoadBalancer with allocateLoadBalancerNodePorts.
    static bool shouldAllocateNodePorts(const ServiceInfo &service);
    // LoadBalancer with externalTrafficPolicy Local.
    static bool needsHealthCheckNodePort(const ServiceInfo &service);

private:
    void refuse(ServiceWork &service, const QString &message, const SourceLocation &where);

    NodePortAllocator m_allocator;
    Diagnostics &m_diagnostics;
};

} // namespace hopscope
