#pragma once

// The controllers that turn workloads into pods (Deployment → ReplicaSet → pods, ReplicaSet,
// ReplicationController, StatefulSet, DaemonSet), with the API server's check that a workload's
// selector matches its template labels.

#include "cluster.h"
#include "objects.h"
#include "podnames.h"
#include "podwork.h"
#include "scheduler.h"

namespace hopscope {

class WorkloadController
{
public:
    WorkloadController(const QList<NodeInfo> &nodes, const Scheduler &scheduler, PodNamer &namer);

    // The API server's refusal of the workload, as kubectl prints it; empty when it is valid.
    // Covers the selector: missing (apps/v1), empty, or not matching the template labels.
    static QString validationError(const WorkloadObject &workload);
    // The selector the controller uses: RC's defaults to the template labels.
    static LabelSelector effectiveSelector(const WorkloadObject &workload);
    // "<deploy>-<pod-template-hash>"
    static QString replicaSetName(const WorkloadObject &deployment);

    // The pods the controller creates, named and labelled, not yet scheduled.
    // ownerKind/ownerName: the workload (for a ReplicaSet owned by a Deployment: the Deployment).
    QList<PodWork> expand(const WorkloadObject &workload, int source, bool system);

private:
    PodWork podFromTemplate(const WorkloadObject &workload, const QString &name,
                            const Labels &labels, int source, bool system) const;

    const QList<NodeInfo> &m_nodes;
    const Scheduler &m_scheduler;
    PodNamer &m_namer;
};

} // namespace hopscope
