#pragma once

// A traced request and its reply, hop by hop: what the stepping UI animates, what
// `hopscope trace` prints. Produced by the tracer (tracer.h) by evaluating the kube-proxy rules
// (proxyrules.h) and the routing tables of the cluster; never by a second copy of Service logic.

#include "core/base/diagnostic.h"

#include <QList>
#include <QString>

namespace hopscope {

// The headers the simulator follows. A VXLAN-encapsulated packet keeps its inner header here and
// carries the outer one (node IP → node IP, UDP 8472, VNI 1) in `outer`.
struct PacketHeader
{
    QString srcIP;
    int srcPort = 0;
    QString dstIP;
    int dstPort = 0;
    QString protocol = QStringLiteral("TCP"); // TCP, UDP, SCTP
    bool encapsulated = false;
    QString outerSrcIP;
    QString outerDstIP;
    int outerDstPort = 0; // 8472 (the Linux VXLAN port flannel uses)
    int vni = 0;          // 1
    bool masqMark = false; // 0x4000 set by KUBE-MARK-MASQ

    // "10.244.1.2:43512 → 10.96.0.15:80 TCP" (the outer header first when encapsulated)
    QString toString() const;
    friend bool operator==(const PacketHeader &, const PacketHeader &) = default;
};

// One rule a netfilter walk went through (Hop::trail), in the order netfilter met it: the
// jumps taken, the marks set, and the rule that decided. `ruleIndex` is the rule's position in
// the node's ProxyRules table (NodeProxyRules::ruleIndex), -1 for a rule that is not
// kube-proxy's (an entry jump, flannel's FLANNEL-POSTRTG / FLANNEL-FWD rules).
struct HopRule
{
    QString table; // "nat", "filter"
    QString chain;
    QString rule;  // "-A CHAIN …" exactly
    int ruleIndex = -1;
    friend bool operator==(const HopRule &, const HopRule &) = default;
};

enum class HopAction {
    Send,        // leaves its source (client, pod, node process)
    DnsQuery,    // the DNS lookup of a Service name, to kube-dns
    DnsAnswer,   // the name resolved (A record(s) or CNAME)
    Route,       // a routing decision sends it out of an interface
    Dnat,        // destination rewritten by a KUBE-SEP rule (Service → pod)
    Snat,        // source rewritten: MASQUERADE in KUBE-POSTROUTING
    Encapsulate, // VXLAN: wrapped by flannel.1 for the other node
    Decapsulate, // VXLAN: unwrapped by flannel.1 on the receiving node
    Bridge,      // crosses cni0 to a pod's veth
    Forward,     // accepted by the filter FORWARD chain (KUBE-FORWARD)
    Deliver,     // reaches a listening process: the request (or the reply) arrived
    UnDnat,      // reply: conntrack restores the Service address (and un-SNATs)
    Reject,      // filter REJECT (Service without endpoints): connection refused at once
    Drop,        // filter DROP (Local policy without local endpoints, source ranges): timeout
    NoRoute,     // no route to the destination: the sender gives up
    Refused,     // reached the pod, but nothing listens on that port: RST, connection refused
    UnSnat,      // reply: conntrack restores only the destination (a translation that was
                 // SNAT alone, e.g. flannel's masquerade of pod traffic leaving the pod network)
};

struct Hop
{
    int index = 0;       // 0-based position in the trace
    bool reply = false;  // part of the reply
    QString entity;      // where: "client", "lb/<ns>/<svc>", "node/<name>", "pod/<ns>/<name>"
    QString interface;   // "eth0", "cni0", "flannel.1", "veth-<pod>", "" (e.g. the client)
    QString node;        // the node whose tables and routes decide this hop ("" outside)
    HopAction action = HopAction::Send;
    PacketHeader before;
    PacketHeader after;  // == before when the headers did not change
    // What decided it: an iptables rule (table, chain, its exact "-A …" text, and its position
    // in ProxyRules for the rules pane), or a route line ("10.244.2.0/24 via 10.244.2.0 dev
    // flannel.1 onlink"), or conntrack.
    QString table;       // "nat", "filter", "" for routes/conntrack
    QString chain;
    QString rule;
    int ruleIndex = -1;  // index of the rule in the node's table (proxyrules.h), -1 for none
    QString route;
    QString serviceId;   // the Service concerned, if any ("svc/ns/name")
    QString explanation; // translated, for students
    bool failure = false;
    // Added by the tracer (additive):
    QList<HopRule> trail; // the rules the walk of this hop matched, in order (the last one
                          // decided: it is also table/chain/rule above); empty for routes
    QString conntrack;    // the conntrack entry that decided (un-DNAT), as `conntrack -L`
    QString dns;          // DNS hops: the resolv.conf lines (query) or the records (answer)
    // Added for the Problems panel (additive): the manifest problems that explain a failure
    // hop (traceproblems.h: attachHopProblems), e.g. the "selector-no-pods" warning of the
    // Service whose REJECT this is. The tracer leaves it empty.
    Diagnostics problems;

    QString actionName() const; // "DNAT", "SNAT", "VXLAN encapsulate" … (stable, not translated)
    QString actionLabel() const; // the same, translated for people (text tables, the window)
    // Where, for people: the entity and the interface ("node/node-1 eth0"); the external client
    // by its name in the user's language ("client eth0", "클라이언트 eth0").
    QString whereLabel() const;
};

struct TraceRequest
{
    QString from;        // "client", "pod/NAME" or "NAME" (a pod), "pod/NS/NAME", "node/NAME"
    QString to;          // "IP:PORT", "NAME:PORT", "NAME.NS.svc.cluster.local:PORT", or a pod IP
    QString protocol = QStringLiteral("TCP");
    quint64 seed = 1;    // endpoint choice follows the rules' probabilities with this seed
    QString pinnedEndpoint; // "ip:port": take this endpoint where the rules choose at random
    // Added by the tracer (additive): false for bulk runs ("send N requests"), where nobody
    // reads the hops' details: explanation, trail and conntrack stay empty; the packets, the
    // deciding rule, the routes and the outcome are the same.
    bool explain = true;
};

struct Trace
{
    TraceRequest request;
    QList<Hop> hops;       // the request, then (if it arrived) the reply
    int replyStart = -1;   // index of the first reply hop, -1 when there is no reply
    bool delivered = false;
    QString endpoint;      // "ip:port" the request reached, if any
    QString endpointPod;   // its pod id, if any
    QString summary;       // one translated sentence: what happened
    Diagnostics problems;  // request errors (unknown source, bad destination …)
};

// What kind of event a hop is, for colouring and filtering an event list (Packet Tracer's
// habit): the route it takes, a destination or a source translation and its undoing, the VXLAN
// overlay, the delivery, a failure, or the reply's way back. One kind per hop, by precedence:
// a failure hop is a Failure whatever its action; DNAT/un-DNAT, SNAT/un-SNAT, VXLAN and Deliver
// keep their kind in the reply; the other reply hops (send, route, bridge …) are Reply.
enum class HopKind { SendRoute, Dnat, Snat, Vxlan, Deliver, Failure, Reply };
inline constexpr int HopKindCount = 7;
HopKind hopKind(const Hop &hop);
// "send / route", "DNAT / un-DNAT" … in the user's language.
QString hopKindLabel(HopKind kind);

QString hopActionName(HopAction a);
// hopActionName() in the user's language ("VXLAN encapsulate" → "VXLAN 캡슐화"); iptables
// targets (DNAT, SNAT, REJECT, DROP) stay as they are.
QString hopActionLabel(HopAction a);

} // namespace hopscope
