#pragma once

// The controllers that turn workloads into pods (Deployment → ReplicaSet → pods, ReplicaSet,
// ReplicationController, StatefulSet, DaemonSet), with the API server's check that a workload's
// selector matches its template labels.

#include "core/model/cluster.h"
#include "core/objects/objects.h"
#include "core/controllers/podnames.h"
#include "core/controllers/podwork.h"
#include "core/controllers/scheduler.h"

#include <optional>

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

    // What every pod of a workload shares, worked out once (the pod-template-hash is not free).
    struct Plan
    {
        QString generateName; // "web-6b7f9c8d4-", "web-" (empty for a StatefulSet)
        QString nameOwner;    // the owner the generated names are derived from
        Labels labels;        // the template's labels (+ pod-template-hash)
        QList<Toleration> tolerations;
        QList<PodPort> ports; // flattenPorts of the template: one list all its pods share
    };
    // templateHash: a Deployment's pod-template-hash when known (a dump's ReplicaSet), else
    // computed from the template.
    static Plan plan(const WorkloadObject &workload, const QString &templateHash = QString());
    // One pod the controller creates. `index`: the replica index (ReplicaSet-like: seeds the
    // generated name, with `generation` for pods made after the start; StatefulSet: the ordinal,
    // whose name is fixed; DaemonSet: the node the pod is for). nullopt when the controller
    // cannot create it (a StatefulSet name taken, a node the DaemonSet's pod does not fit).
    std::optional<PodWork> createPod(const WorkloadObject &workload, const Plan &plan, int index,
                                     int source, bool system, int generation = 0);
    // A pod as the template describes it, under a given name (scheduling constraints included).
    PodWork podFromTemplate(const WorkloadObject &workload, const QString &name,
                            const Labels &labels, int source, bool system) const;
    // The same with the template's flattened ports given (Plan::ports).
    PodWork podFromTemplate(const WorkloadObject &workload, const QString &name,
                            const Labels &labels, const QList<PodPort> &ports, int source,
                            bool system) const;

private:
    const QList<NodeInfo> &m_nodes;
    const Scheduler &m_scheduler;
    PodNamer &m_namer;
};

} // namespace hopscope
