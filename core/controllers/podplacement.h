#pragma once

// Scheduling and pod IPAM for all pods, in input order: a dump's pods stay where they are (and
// their addresses are taken first); spec.nodeName and DaemonSet pods go to their node; the others
// to the node the Scheduler picks. Each pod then gets the next address of its node's podCIDR
// (hostNetwork pods: the node's address). Pods no node can take, or that find their node's range
// full, stay Pending with a warning per workload.

#include "core/model/cluster.h"
#include "core/controllers/podfactory.h"
#include "core/controllers/podwork.h"
#include "core/controllers/scheduler.h"

namespace hopscope {

class PodPlacement
{
public:
    // Returns the pods placed, in input order, Pending ones last. Pod IPAM resumes after each
    // node's lastReservedIP and records the last address it gave out there.
    static QList<PodInfo> place(QList<PodWork> &pods, QList<NodeInfo> &nodes, Scheduler &scheduler,
                                const QList<PodFactory::Source> &sources, Diagnostics &diagnostics);
};

} // namespace hopscope
