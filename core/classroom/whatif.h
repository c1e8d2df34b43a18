#pragma once

// What-if edits: "what happens to my request if …" — a pod is deleted, a workload is scaled, a
// node goes down, a Service's policy or type changes. Each edit is a small value (a lesson file
// stores it as one line, toString()/fromString(), or as a JSON object); applyWhatIf() turns a
// Cluster and an edit into a NEW Cluster, through the same controllers, scheduler, IPAM,
// allocators and defaulting the cluster builder uses:
//
//   DeletePod     pod/<ns>/<name>          a workload's controller replaces the pod: a new name
//                                          (StatefulSet: the same name) and a new IP, round robin
//                                          after the node's last reserved address (reference
//                                          A4), on the node the scheduler picks; a bare Pod is
//                                          gone for good. Endpoints follow; ClusterIPs and
//                                          nodePorts stay.
//   ScaleWorkload <Kind>/<ns>/<name> count  Deployment, ReplicaSet, StatefulSet,
//                                          ReplicationController: new pods, or the newest pods
//                                          (StatefulSet: the highest ordinals) removed.
//   NodeDown      node/<name>              NotReady, as after a drain or a failure: its pods are
//                                          evicted; workload pods come back elsewhere (new names
//                                          and IPs), DaemonSet and bare pods do not. The node
//                                          keeps its place and pod CIDR.
//   NodeUp        node/<name>              Ready again; pods do not move back (DaemonSet pods and
//                                          Pending pods do get the node).
//   SetExternalTrafficPolicy svc/… Cluster|Local    (externally accessible Services only)
//   SetInternalTrafficPolicy svc/… Cluster|Local
//   SetSessionAffinity       svc/… None|ClientIP [timeout seconds; 0: 10800]
//   SetServiceType           svc/… ClusterIP|NodePort|LoadBalancer
//
// Deterministic: the same Cluster and the same edit give the same new Cluster.

#include "core/model/cluster.h"
#include "core/base/diagnostic.h"

#include <QString>

#include <optional>

namespace hopscope {

struct WhatIf
{
    enum class Kind {
        DeletePod,
        ScaleWorkload,
        NodeDown,
        NodeUp,
        SetExternalTrafficPolicy,
        SetInternalTrafficPolicy,
        SetSessionAffinity,
        SetServiceType,
    };
    Kind kind = Kind::DeletePod;
    QString target; // entity id ("pod/ns/name", "node/name", "svc/ns/name") or "Deployment/ns/name"
    QString value;  // the policy, affinity or type
    int count = 0;  // ScaleWorkload: replicas; SetSessionAffinity ClientIP: timeout (0: default)

    static WhatIf deletePod(const QString &podId);
    static WhatIf scale(const QString &workloadId, int replicas);
    static WhatIf nodeDown(const QString &nodeId);
    static WhatIf nodeUp(const QString &nodeId);
    static WhatIf externalTrafficPolicy(const QString &serviceId, const QString &policy);
    static WhatIf internalTrafficPolicy(const QString &serviceId, const QString &policy);
    static WhatIf sessionAffinity(const QString &serviceId, const QString &affinity,
                                  int timeoutSeconds = 0);
    static WhatIf serviceType(const QString &serviceId, const QString &type);

    // One line: "<keyword> <target> [<value>] [<count>]", e.g. "delete-pod pod/default/web-0",
    // "scale Deployment/default/vote 4", "node-down node/node-2",
    // "external-traffic-policy svc/default/vote Local", "service-type svc/default/db NodePort".
    QString toString() const;
    // Parses toString()'s form; nullopt (and a translated reason) for anything else.
    static std::optional<WhatIf> fromString(const QString &text, QString *error = nullptr);

    // The readable, translated name of the edit (undo history, menus): "Delete pod
    // vote-57f45cdd7c-lx5zf", "Scale Deployment vote to 4", "Take node node-2 down",
    // "vote: externalTrafficPolicy Local".
    QString title() const;

    friend bool operator==(const WhatIf &, const WhatIf &) = default;

private:
    QString titleText() const; // title() before its Korean particles are resolved
};

// The keyword of a kind in the string forms ("delete-pod", "scale", …).
QString whatIfKeyword(WhatIf::Kind kind);

// The workload ("Deployment/default/vote") whose controller made the pod and would replace
// it; empty for a bare pod (or an owner that is not in the manifests).
QString owningWorkload(const Cluster &cluster, const QString &podId);

// The edits offered on an entity (the scene's context menu), the current value marked:
// a pod: delete it, and scale its workload by one (DaemonSets do not scale); a node: take it
// down or bring it up; a Service: externalTrafficPolicy, internalTrafficPolicy,
// sessionAffinity and type. Nothing for anything else.
struct WhatIfOffer
{
    WhatIf change;
    // The submenu: "" (top level), "scale", "externalTrafficPolicy", "internalTrafficPolicy",
    // "sessionAffinity", "type".
    QString group;
    QString label;        // translated: "Delete pod web-0", "Local", "Add a replica (4)"
    bool current = false; // the value the Service has now
};
QList<WhatIfOffer> whatIfOffers(const Cluster &cluster, const QString &entityId);

// The cluster after the edit. When the edit is refused (an unknown target, a value the API
// server rejects — with its exact text —, a DaemonSet to scale) the result is the same cluster
// and `problems` holds an Error. Info diagnostics explain what happened (the replacement pod,
// a bare pod that nothing brings back); warnings tell of pods left Pending. problems may be null.
Cluster applyWhatIf(const Cluster &cluster, const WhatIf &change, Diagnostics *problems);

} // namespace hopscope
