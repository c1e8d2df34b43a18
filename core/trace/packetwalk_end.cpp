// PacketWalk: where a request ends (a pod, a node's own process, the client) and the reply
// that starts there, up to its arrival back at the sender.

#include "core/trace/packetwalk.h"

#include "core/base/textfill.h"

#include <QCoreApplication>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Tracer)
};

// The well-known listeners of every node (kubeadm defaults): sshd, kubelet, kube-proxy healthz.
struct WellKnownPort
{
    int port;
    const char *what;
};
constexpr WellKnownPort kNodePorts[] = {
    {22, QT_TRANSLATE_NOOP("hopscope::Tracer", "sshd")},
    {10250, QT_TRANSLATE_NOOP("hopscope::Tracer", "the kubelet")},
    {10256, QT_TRANSLATE_NOOP("hopscope::Tracer", "kube-proxy's healthz server")},
};

const PodPort *listeningPort(const PodInfo &pod, int port, RuleProtocol protocol)
{
    for (const PodPort &p : pod.ports) {
        const RuleProtocol proto =
            p.protocol.isEmpty() ? RuleProtocol::Tcp : ruleProtocolFromName(p.protocol);
        if (p.port == port && proto == protocol)
            return &p;
    }
    return nullptr;
}

} // namespace

// --- where the request (or the reply) ends -------------------------------------------------

void PacketWalk::atClient(const WalkPacket &packet)
{
    if (m_reply) {
        replyArrived(isOutsideOrigin(packet.dst) ? m_originEntity : QStringLiteral("client"),
                     QStringLiteral("eth0"), QString(), packet);
        return;
    }
    Hop &h = addHop(HopAction::Refused, QStringLiteral("client"), QStringLiteral("eth0"), QString(),
                    packet, packet);
    if (HopFacts *f = note(h, HopWhy::ClientRefused))
        f->packet = packet;
    fail(h, Tr::tr("Refused: the client serves nothing."));
}

void PacketWalk::atPod(const PodInfo &pod, const WalkPacket &packet)
{
    if (m_reply) {
        replyArrived(pod.id, QStringLiteral("eth0"), pod.nodeName, packet);
        return;
    }
    const QString address = socket(packet.dst, packet.dport);
    const PodPort *port = listeningPort(pod, packet.dport, packet.protocol);
    if (!pod.ports.isEmpty() && !port) {
        Hop &h = addHop(HopAction::Refused, pod.id, QStringLiteral("eth0"), pod.nodeName, packet,
                        packet);
        h.serviceId = m_serviceId;
        if (HopFacts *f = note(h, HopWhy::PodRefused)) {
            f->packet = packet;
            f->pod = &pod;
            f->serviceId = m_serviceId;
        }
        fail(h, fillArgs(Tr::tr("Refused: pod %1 does not listen on %2."), pod.name, address));
        return;
    }
    Hop &h =
        addHop(HopAction::Deliver, pod.id, QStringLiteral("eth0"), pod.nodeName, packet, packet);
    h.serviceId = m_serviceId;
    if (HopFacts *f = note(h, HopWhy::PodDelivered)) {
        f->packet = packet;
        f->pod = &pod;
        f->podPort = port;
    }
    m_trace.endpoint = address;
    m_trace.endpointPod = pod.id;
    m_receiver = pod.id;
    startReply(packet, &pod, nullptr, pod.id);
}

void PacketWalk::atNodeProcess(NodeContext &node, const WalkPacket &packet)
{
    const QString nodeName = node.info->name;
    if (m_reply) {
        const bool origin = m_origin == Origin::Node && m_originNode == nodeName;
        // A reply to 127.0.0.1 (the node's own curl to localhost:NODEPORT) reaches its socket
        // through lo once conntrack has undone the NAT.
        const bool loopback = (packet.dst >> 24) == 127;
        replyArrived(origin ? m_originEntity : node.place,
                     loopback ? QStringLiteral("lo") : QStringLiteral("eth0"), nodeName, packet);
        return;
    }
    const QString address = socket(packet.dst, packet.dport);
    // Who listens: kube-proxy's health check server, a hostNetwork pod, a Service's endpoint
    // that is the node's own process, or a well-known node daemon (the first that does).
    HopFacts who;
    QString entity = node.place;
    const PodInfo *hostPod = nullptr;
    if (packet.protocol == RuleProtocol::Tcp)
        who.healthCheck = m_ctx.healthCheckPlan(packet.dport);
    if (!who.healthCheck)
        for (const PodInfo *p : m_ctx.network().podsOnNode(nodeName))
            if (!hostPod && p->hostNetwork && listeningPort(*p, packet.dport, packet.protocol)) {
                hostPod = p;
                entity = p->id;
            }
    if (!who.healthCheck && !hostPod)
        if (const int i = m_ctx.processEndpointService(node.info->internalIP, packet.dport); i >= 0)
            who.processService = &m_ctx.cluster().services[i];
    if (!who.healthCheck && !hostPod && !who.processService && packet.protocol == RuleProtocol::Tcp)
        for (const WellKnownPort &w : kNodePorts)
            if (w.port == packet.dport)
                who.wellKnown = w.what;

    if (!who.healthCheck && !hostPod && !who.processService && !who.wellKnown) {
        Hop &h = addHop(HopAction::Refused, node.place, QStringLiteral("eth0"), nodeName, packet,
                        packet);
        h.serviceId = m_serviceId;
        if (HopFacts *f = note(h, HopWhy::NodeRefused)) {
            f->packet = packet;
            f->node = node.info;
        }
        fail(h, fillArgs(Tr::tr("Refused: nothing listens on %1 (%2)."), address, nodeName));
        return;
    }
    Hop &h = addHop(HopAction::Deliver, entity, QStringLiteral("eth0"), nodeName, packet, packet);
    h.serviceId = m_serviceId;
    if (m_inputVerdict.kind == TableVerdict::Kind::Accept && m_inputVerdict.rule) {
        setRule(h, node, m_inputVerdict.rule); // e.g. KUBE-NODEPORTS' health check ACCEPT
        setTrail(h, node, m_inputVerdict);
        h.serviceId = m_inputVerdict.rule->serviceId;
    }
    if (HopFacts *f = note(h, HopWhy::NodeDelivered)) {
        const int hop = f->hop;
        *f = who;
        f->hop = hop;
        f->why = HopWhy::NodeDelivered;
        f->packet = packet;
        f->node = node.info;
        f->pod = hostPod;
    }
    m_trace.endpoint = address;
    m_trace.endpointPod = hostPod ? hostPod->id : QString();
    m_receiver = entity;
    startReply(packet, nullptr, &node, entity);
}

void PacketWalk::startReply(const WalkPacket &received, const PodInfo *pod, NodeContext *node,
                            const QString &entity)
{
    m_reply = true;
    m_trace.replyStart = int(m_trace.hops.size());
    WalkPacket reply = received.reversed();
    if (pod && !pod->hostNetwork)
        podSends(*pod, reply);
    else if (node)
        nodeSends(*node, reply, entity);
}

void PacketWalk::replyArrived(const QString &entity, const QString &interface, const QString &node,
                              const WalkPacket &packet)
{
    const WalkPacket expected = m_sent.reversed();
    const bool matches = entity == m_originEntity && packet.src == expected.src &&
                         packet.sport == expected.sport && packet.dst == expected.dst &&
                         packet.dport == expected.dport;
    const QString from = socket(packet.src, packet.sport);
    const QString sentTo = socket(m_sent.dst, m_sent.dport);
    if (!matches) {
        Hop &h = addHop(HopAction::Refused, entity, interface, node, packet, packet);
        if (HopFacts *f = note(h, HopWhy::ReplyMismatch))
            f->packet = packet;
        fail(h,
             fillArgs(Tr::tr("Failed: the answer came back from %1 instead of %2."), from, sentTo));
        return;
    }
    Hop &h = addHop(HopAction::Deliver, entity, interface, node, packet, packet);
    h.serviceId = m_serviceId;
    if (HopFacts *f = note(h, HopWhy::ReplyArrived)) {
        f->packet = packet;
        f->endpoint = m_trace.endpoint;
    }
    m_trace.delivered = true;
    m_ended = true;
}

} // namespace hopscope
