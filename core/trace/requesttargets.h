#pragma once

// What a request can be sent to, for composing one by clicking: the addresses by which an
// entity is reached, in the order a teacher would try them from a given source (the first is
// the default). They are TraceRequest::to strings, so the tracer decides what then happens —
// a client's request to a ClusterIP is listed (and fails), which is a lesson too.
//
//   Service    from a pod: NAME.NS.svc.<domain>:PORT (cluster DNS), CLUSTER-IP:PORT, NAME:PORT;
//              from a node: CLUSTER-IP:PORT, then node ports; from the client: NODE-IP:NODEPORT
//              on every node, LB-IP:PORT, external IPs, then CLUSTER-IP:PORT
//   pod        POD-IP:PORT for each declared container port (POD-IP alone without ports)
//   node       NODE-IP:NODEPORT for each node port of every Service

#include "core/model/cluster.h"

#include <QList>
#include <QString>

namespace hopscope {

struct RequestTarget
{
    enum class Kind { DnsName, ShortName, ClusterIP, NodePort, LoadBalancer, ExternalIP, PodIP };
    Kind kind = Kind::ClusterIP;
    QString to;        // "10.96.0.5:80", "web.default.svc.cluster.local:80" …
    QString serviceId; // the Service, if any
    QString nodeId;    // NodePort: the node whose IP it is
    QString label;     // "web · ClusterIP 10.96.0.5:80" (translated)
    friend bool operator==(const RequestTarget &, const RequestTarget &) = default;
};

// True for what can send a request: "client", "pod/…", "node/…".
bool isRequestSource(const Cluster &cluster, const QString &id);
// The addresses of `entity` ("svc/…", "pod/…", "node/…") for a request from `from`.
QList<RequestTarget> requestTargets(const Cluster &cluster, const QString &entity,
                                    const QString &from);

} // namespace hopscope
