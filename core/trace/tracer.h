#pragma once

// The tracer: the hops of a request and of its reply (trace.h), found by evaluating the rules
// the cluster really has — kube-proxy's iptables rules on each node (proxyrules.h), flannel's
// (flannelrules.h), the routes (network.h), conntrack — never by a second copy of Service
// semantics: the endpoint, the SNAT, a REJECT or a DROP all come from the rules, so the rules
// view and the animation cannot disagree.
//
//   TraceSession session(cluster);                 // or (cluster, rules) to share ProxyRules
//   Trace t = session.trace({"pod/front-end-0", "back-end:80"});
//
// Sources (TraceRequest::from): "client" (the external client, settings.clientIP),
// "pod/NAME", "NAME", "NS/NAME" or "pod/NS/NAME" (a pod; a workload's name picks its first
// pod), "node/NAME" (a process on the node: "SSH to the node, then curl").
// Destinations (TraceRequest::to): "IP:PORT" (node IP:nodePort on any node, load-balancer
// IP:port, ClusterIP:port, external IP:port, pod IP:port), "IP" (a pod IP: its first declared
// port), "NAME:PORT", "NAME.NS:PORT", "NAME.NS.svc.cluster.local:PORT" (resolved by cluster DNS
// from a pod, through the pod's search path, shown as two hops first). "http://" and a path
// are accepted and ignored, so the seed's URLs can be pasted.
//
// Randomness (endpoint choice, ephemeral ports, the load balancer's node) comes from
// std::mt19937_64 seeded with request.seed: the same request gives the same trace everywhere.

#include "core/model/cluster.h"
#include "core/proxy/proxyrules.h"
#include "core/model/trace.h"

#include <QHash>
#include <QString>

#include <memory>

namespace hopscope {

class ClusterDns;
class Network;
class TraceContext;

// One request, with fresh state (no affinity history).
Trace trace(const Cluster &cluster, const ProxyRules &rules, const TraceRequest &request);

// Requests in sequence on one cluster. Conntrack is per request, but the `-m recent` lists of
// sessionAffinity ClientIP persist (repeated requests show the pinning), under a clock that
// advances one second per request; per-endpoint counters serve "send N requests".
// Not thread-safe: one session per thread.
class TraceSession final
{
public:
    // `rules` must be the rules of `cluster` and outlive the session.
    TraceSession(const Cluster &cluster, const ProxyRules &rules);
    // Generates (and owns) the rules.
    explicit TraceSession(const Cluster &cluster);
    ~TraceSession();
    TraceSession(const TraceSession &) = delete;
    TraceSession &operator=(const TraceSession &) = delete;

    Trace trace(const TraceRequest &request);
    // Sends `count` requests with seeds request.seed, request.seed + 1, …; returns how many
    // were delivered. `last` receives the last trace.
    int send(const TraceRequest &request, int count, Trace *last = nullptr);

    QHash<QString, int> endpointCounts() const; // "ip:port" → requests delivered there
    int requestCount() const;
    int deliveredCount() const;
    qint64 clock() const;           // seconds since the session started
    void advanceClock(int seconds); // lets affinity entries expire
    void reset();                   // forgets the affinity lists, counters and clock

    const Cluster &cluster() const;
    const Network &network() const;
    const ClusterDns &dns() const;

private:
    Trace walk(const TraceRequest &request); // trace() before its Korean texts are finished
    std::unique_ptr<TraceContext> d;
};

} // namespace hopscope
