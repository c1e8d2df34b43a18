#pragma once

// The walk of one request and its reply through the simulated cluster (internal to the tracer):
// where the packet is, what each place does to it, and the hops that record it. The decisions
// come from the places' own tables: kube-proxy's and flannel's rules (RuleEvaluator), the
// routes (Network), conntrack (ConntrackTable), the cloud load balancer's health checks.
//
// A request and its reply walk the same code: a packet that matches a conntrack entry of the
// place it reaches is ESTABLISHED there (the recorded translation is undone or repeated, the
// nat table is not walked); any other packet is NEW (nat table walked, entry recorded).
//
// Split by place: packetwalk.cpp (sources, the LAN and its router, the cloud load balancer),
// packetwalk_node.cpp (a node: VXLAN, netfilter hooks, routing, bridge), packetwalk_end.cpp
// (delivery to a pod, a node process or the client; the reply's start and end),
// packetwalk_text.cpp (the longer explanations), packetwalk_explain.cpp (the sentences of the
// hops whose facts the walk recorded), packetwalk_dnstext.cpp (those of the tracer's DNS hops).
//
// The walk decides first and explains after: a hop's decision is recorded as HopFacts (what
// decided it, with the packet, route, Service, node … as the place saw them); explain() writes
// the sentences from those facts once the walk is over, in the output language, and is the
// only writer of hop text (the walk and the tracer's DNS step write none; a failure's summary
// is the trace's, not a hop's). A bulk run (TraceRequest::explain false) records no facts and
// never runs the text pass.

#include "core/net/conntrack.h"
#include "core/proxy/ruleevaluator.h"
#include "core/model/trace.h"
#include "core/trace/tracecontext.h"

#include <memory>
#include <random>

namespace hopscope {

struct DnsResult;

// A packet as the walk carries it (host byte order). Encapsulated: the inner header stays in
// src/dst, the VXLAN outer header is outerSrc → outerDst UDP 8472 VNI 1.
struct WalkPacket
{
    quint32 src = 0;
    quint16 sport = 0;
    quint32 dst = 0;
    quint16 dport = 0;
    RuleProtocol protocol = RuleProtocol::Tcp;
    quint32 mark = 0;
    bool encapsulated = false;
    quint32 outerSrc = 0;
    quint32 outerDst = 0;

    ConnTuple tuple() const { return {src, sport, dst, dport, protocol}; }
    WalkPacket reversed() const;
};

// Why a hop happened, as the walk decided it: which sentences explain() writes for it.
enum class HopWhy : quint8 {
    Send,                  // a source sends (host, route)
    RouterToLan,           // the LAN's router takes a packet from outside onto the LAN
    RouterFromLan,         // … and passes an answer back out
    ExternalIPToNode,      // the LAN routes a Service's external IP to a node
    NoRoutePodNetwork,     // outside the cluster, to a pod address
    NoRouteServiceNetwork, // outside the cluster, to a ClusterIP
    NoRoute,               // to an address nothing on the LAN has
    LbNoListener,          // the cloud load balancer: not one of its ports
    LbSourceRange,         // … a source outside loadBalancerSourceRanges
    LbNoNodePort,          // … no node port to forward to
    LbNoHealthyNode,       // … no node passes its health check
    LbToNode,              // … delivers to a node, the LB IP kept (the VIP model)
    LbToNodePort,          // … forwards to a node's node port (DNAT)
    LbReply,               // … puts its address back on the answer
    ClientRefused,         // the client serves nothing
    PodRefused,            // a pod: nothing listens on the port
    PodDelivered,          // a pod takes the request
    NodeRefused,           // a node: nothing listens on the port
    NodeDelivered,         // a node's own process (or a hostNetwork pod) takes it
    ReplyMismatch,         // the answer comes from an address the sender did not open
    ReplyArrived,          // the answer reaches the sender: the connection completes
    Decapsulate,           // a node's flannel.1 unwraps a VXLAN packet
    Dnat,                  // a KUBE-SEP rule picks an endpoint (verdict)
    UnTranslate,           // conntrack undoes a translation on the answer
    Route,                 // a node routes the packet out (route, filter verdict)
    Snat,                  // POSTROUTING masquerades (verdict, the rule that marked it)
    Encapsulate,           // flannel.1 wraps the packet for another node
    VxlanWire,             // … which crosses the node network
    Bridge,                // cni0 passes the frame to a pod's veth
    NoPodOnBridge,         // … no pod has the address
    NodeNoRoute,           // a node has no route to the destination
    NoVxlanGateway,        // no node owns the VXLAN gateway of flannel.1's route
    FilterStop,            // a filter rule drops or rejects (verdict)
    LoopStop,              // the walk stopped going round in circles (a note after the hop's own)
    DnsOutside,            // a client or node asks its own network's DNS for a Service name
    DnsNoCluster,          // a pod asks, but the cluster has no kube-dns Service
    DnsQuery,              // a pod asks kube-dns (the names its search path tries)
    DnsAnswer,             // CoreDNS answers (the result; Headless: the address taken)
};

// The facts that decided one hop (internal to the walk; pointers into the trace's context,
// which outlives the walk).
struct HopFacts
{
    int hop = -1; // index into Trace::hops
    HopWhy why = HopWhy::Send;
    HostKind host = HostKind::Client;  // Send: what sends
    WalkPacket packet;                 // the packet as the deciding place saw it
    WalkPacket after;                  // LbReply: the packet after the translation
    const RouteEntry *route = nullptr; // the route the sender took
    const PodInfo *pod = nullptr;      // Send from a pod
    const ServiceInfo *service = nullptr;
    const NodeInfo *node = nullptr; // the node the LAN or the load balancer chose
    quint32 address = 0;            // that node's address; an outside sender's address
    int port = 0;                   // LbToNodePort: the node port
    bool localPolicy = false;       // LbToNode(Port): externalTrafficPolicy Local
    QStringList healthyNodes;       // LbToNode(Port): the nodes passing the health check
    // Delivery: the port that listens, and who (one of them).
    const PodPort *podPort = nullptr;             // PodDelivered: the declared port
    QString serviceId;                            // the Service the connection went through
    const ServicePortPlan *healthCheck = nullptr; // NodeDelivered: kube-proxy's health server
    const ServiceInfo *processService = nullptr;  // … a Service's endpoint process
    const char *wellKnown = nullptr;              // … sshd, the kubelet …
    QString endpoint;                             // ReplyArrived: the endpoint that answered
    // A node's decisions: the place, the rules walked, the route taken.
    NodeContext *place = nullptr;
    TableVerdict verdict;                   // Dnat, Route (filter), Snat
    const IptablesRule *markedBy = nullptr; // Snat: the rule that marked the packet
    bool dnat = false, snat = false;        // UnTranslate: which translations conntrack undid
    QString device;                         // Snat: the device it leaves by; Bridge: the veth
    bool hairpin = false;                   // Bridge: out by the port it came in by
    // DNS: the name asked (DnsAnswer of a headless Service: the address taken), the answer.
    QString name;
    std::shared_ptr<const DnsResult> dns;
};

inline constexpr int kVxlanPort = 8472; // Linux's VXLAN port, flannel's default (A4)
inline constexpr int kVxlanVni = 1;

class PacketWalk final
{
public:
    PacketWalk(TraceContext &context, Trace &trace, std::mt19937_64 &random,
               const QString &pinnedEndpoint, bool explain = true);

    // Starts the request at its source; the walk runs until it is delivered and answered, or
    // fails. `packet` has its destination, ports and protocol; sources fill in their address.
    // An outside host (the client, or `ip/ADDR`) at `address`, named `entity` in the hops.
    void fromClient(WalkPacket packet, quint32 address, const QString &entity);
    void fromPod(const PodInfo &pod, WalkPacket packet);
    void fromNode(NodeContext &node, WalkPacket packet, const QString &entity);

    // Failure hops (also used by the tracer for DNS).
    bool ended() const { return m_ended; }
    // False for bulk runs (TraceRequest::explain): the hops get no explanation text.
    bool explaining() const { return m_explain; }
    // The text pass: writes the sentences of the hops whose facts were recorded, in the order
    // they were recorded; the only writer of hop text. Nothing for a bulk run. Call once, when
    // the walk is over.
    void explain();
    QString failureSummary() const { return m_failureSummary; }

    // Formatting helpers shared with the tracer.
    static QString ip(quint32 address);
    static QString socket(quint32 address, quint16 port); // "10.244.1.5:80"
    PacketHeader header(const WalkPacket &packet);
    Hop &addHop(HopAction action, const QString &entity, const QString &interface,
                const QString &node, const WalkPacket &before, const WalkPacket &after);
    void fail(Hop &hop, const QString &summary);
    // Records what decided `hop` for the text pass (also the tracer's DNS hops); null for a
    // bulk run, which records nothing.
    HopFacts *note(const Hop &hop, HopWhy why);

private:
    enum class Origin { Client, Pod, Node };

    // packetwalk.cpp
    void podSends(const PodInfo &pod, WalkPacket packet);
    void onLan(WalkPacket packet, const QString &fromEntity, const QString &fromNode);
    void atLoadBalancer(int serviceIndex, WalkPacket packet, const QString &fromEntity);
    bool loadBalancerReply(WalkPacket &packet);
    void throughRouter(const WalkPacket &packet, bool toLan);
    bool isOutsideOrigin(quint32 address) const;
    bool guard();

    // packetwalk_end.cpp
    void atClient(const WalkPacket &packet);
    void atPod(const PodInfo &pod, const WalkPacket &packet);
    void atNodeProcess(NodeContext &node, const WalkPacket &packet);
    void startReply(const WalkPacket &received, const PodInfo *pod, NodeContext *node,
                    const QString &entity);
    void replyArrived(const QString &entity, const QString &interface, const QString &node,
                      const WalkPacket &packet);

    // packetwalk_node.cpp
    void arriveAtNode(NodeContext &node, WalkPacket packet, const QString &interface, bool bridged);
    void nodeSends(NodeContext &node, WalkPacket packet, const QString &entity);
    bool conntrackAtNode(NodeContext &node, WalkPacket &packet, bool *established, int *entry,
                         const QString &interface);
    void routeAtNode(NodeContext &node, WalkPacket packet, bool established, int entry,
                     const QString &interface, bool bridged, bool local);
    void leaveNode(NodeContext &node, WalkPacket packet, const RouteEntry &route, bool established,
                   int entry, const QString &ingress);
    void encapsulate(NodeContext &node, WalkPacket packet, const RouteEntry &route);
    void bridgeToPod(NodeContext &node, const WalkPacket &packet, const QString &ingress);
    bool filterVerdict(NodeContext &node, const TableVerdict &verdict, const WalkPacket &packet,
                       const QString &interface);
    TableVerdict walkTable(NodeContext &node, RuleTable table, const char *chain,
                           WalkPacket &packet, quint8 ctstate);
    void setRule(Hop &hop, NodeContext &node, const IptablesRule *rule);
    void setTrail(Hop &hop, NodeContext &node, const TableVerdict &verdict);
    void addDnatHop(NodeContext &node, const WalkPacket &before, const WalkPacket &after,
                    const TableVerdict &verdict, const QString &interface);

    // packetwalk_explain.cpp
    QString factsText(const HopFacts &facts, const Hop &hop) const;
    QString loadBalancerText(const HopFacts &facts) const;
    QString noRouteText(const HopFacts &facts) const;
    QString deliveryText(const HopFacts &facts) const;
    QString nodeDeliveryText(const HopFacts &facts) const;
    QString nodeText(const HopFacts &facts, const Hop &hop) const;
    QString snatText(const HopFacts &facts) const;

    // packetwalk_dnstext.cpp
    QString dnsText(const HopFacts &facts, const Hop &hop) const;

    // packetwalk_text.cpp
    QString dnatExplanation(NodeContext &node, const TableVerdict &verdict,
                            const WalkPacket &before, const WalkPacket &after) const;
    QString markReason(const IptablesRule *markedBy, const WalkPacket &packet) const;
    QString sendExplanation(HostKind kind, const QString &who, const WalkPacket &packet,
                            const RouteEntry *route, const QString &nodeName, bool reply) const;
    QString outsideHostRoute(const WalkPacket &packet, const RouteEntry &route) const;
    QString routeExplanation(NodeContext &node, const WalkPacket &packet, const RouteEntry &route,
                             const TableVerdict &filter) const;
    QString filterFailureSummary(NodeContext &node, const TableVerdict &verdict,
                                 const WalkPacket &packet) const;
    QString filterFailureExplanation(NodeContext &node, const TableVerdict &verdict,
                                     const WalkPacket &packet) const;
    QString podName(quint32 address) const;
    QString serviceName(const QString &serviceId) const;

    TraceContext &m_ctx;
    Trace &m_trace;
    std::mt19937_64 &m_random;
    RuleEnvironment m_env;
    ConntrackTable m_conntrack;
    bool m_explain = true;
    QList<HopFacts> m_facts; // the recorded decisions, in hop order (explain() reads them)
    bool m_reply = false;
    bool m_ended = false;
    QString m_failureSummary;
    // The sender, and the request as it left it (the reply must come back as its inverse).
    Origin m_origin = Origin::Client;
    QString m_originEntity;
    QString m_originNode;   // Origin::Node: the node's name
    HostNetwork m_outside;  // Origin::Client: the outside host's network
    bool m_behindRouter = false; // Origin::Client: not on the client's LAN
    QStringList m_lbPlaces; // the load balancers the request went through
    WalkPacket m_sent;
    // The Service the connection goes through (set by the DNAT that chose an endpoint).
    QString m_serviceId;
    // Per place: the rule that marked the packet there (explains the SNAT hop).
    const IptablesRule *m_markedBy = nullptr;
    QString m_receiver; // entity that received the request
    TableVerdict m_inputVerdict; // the last filter INPUT walk (the rule a local delivery passed)
    TableVerdict m_natMiss;      // the last nat PREROUTING walk that did not DNAT
};

} // namespace hopscope
