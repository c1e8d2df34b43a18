#pragma once

// All the pods of the cluster, before scheduling, in input order: bare Pod objects as they are
// (a dump's pods keep node, IP and phase) and the pods the controllers create for each workload,
// expanded where the workload stands in the input. Workloads whose pods a dump already lists are
// not expanded again; workloads the API server would refuse create no pods.

#include "core/model/cluster.h"
#include "core/controllers/clusterinputs.h"
#include "core/model/clustersettings.h"
#include "core/controllers/podwork.h"
#include "core/controllers/scheduler.h"

namespace hopscope {

class PodFactory
{
public:
    struct Source
    {
        const PodObject *pod = nullptr;
        const WorkloadObject *workload = nullptr;
        bool system = false;
    };

    // systemWorkloads are expanded after the input's (CoreDNS starts after the user's pods, so
    // the first user pod gets the first address of the first node, as the seed article shows).
    // workloads (when given) receives the workloads whose controllers run: valid, not a
    // ReplicaSet the input's Deployment manages (a dump's workloads included), in source order.
    static QList<PodWork> make(const ClusterInputs &inputs, const QStringList &files,
                               const QList<const WorkloadObject *> &systemWorkloads,
                               const QList<NodeInfo> &nodes, const Scheduler &scheduler,
                               QList<Source> &sources, Diagnostics &diagnostics,
                               QList<WorkloadInfo> *workloads = nullptr,
                               int maxWorkloadPods = ClusterSettings().maxWorkloadPods);
};

} // namespace hopscope
