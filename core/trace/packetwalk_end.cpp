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

QString declaredPorts(const PodInfo &pod)
{
    QStringList list;
    for (const PodPort &p : pod.ports)
        list << QStringLiteral("%1/%2").arg(p.port).arg(p.protocol.isEmpty() ? QStringLiteral("TCP")
                                                                             : p.protocol);
    return list.join(QLatin1String(", "));
}

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
    h.explanation = Tr::tr("The client %1 runs no server on port %2: its kernel refuses the "
                           "connection.")
                        .arg(ip(packet.dst))
                        .arg(packet.dport);
    fail(h, Tr::tr("Refused: the client serves nothing."));
}

void PacketWalk::atPod(const PodInfo &pod, const WalkPacket &packet)
{
    if (m_reply) {
        replyArrived(pod.id, QStringLiteral("eth0"), pod.nodeName, packet);
        return;
    }
    const bool udp = packet.protocol == RuleProtocol::Udp;
    const QString address = socket(packet.dst, packet.dport);
    const PodPort *port = listeningPort(pod, packet.dport, packet.protocol);
    if (!pod.ports.isEmpty() && !port) {
        Hop &h = addHop(HopAction::Refused, pod.id, QStringLiteral("eth0"), pod.nodeName, packet,
                        packet);
        h.serviceId = m_serviceId;
        h.explanation =
            (udp ? Tr::tr("Pod %1 receives it, but its containers declare only %2: nothing listens "
                          "on %3/UDP. Its kernel answers with ICMP port unreachable: connection "
                          "refused.")
                 : Tr::tr("Pod %1 receives it, but its containers declare only %2: nothing listens "
                          "on %3/TCP. Its kernel answers with a TCP reset: connection refused."))
                .arg(pod.name, declaredPorts(pod))
                .arg(packet.dport);
        if (!m_serviceId.isEmpty())
            h.explanation += u' ' + Tr::tr("The Service %1 sends to targetPort %2, which no "
                                           "container of the pod serves.")
                                        .arg(serviceName(m_serviceId))
                                        .arg(packet.dport);
        fail(h, fillArgs(Tr::tr("Refused: pod %1 does not listen on %2."), pod.name, address));
        return;
    }
    Hop &h =
        addHop(HopAction::Deliver, pod.id, QStringLiteral("eth0"), pod.nodeName, packet, packet);
    h.serviceId = m_serviceId;
    if (port) {
        if (m_explain)
            h.explanation = fillArgs(
                Tr::tr("Pod %1 receives it on eth0: container %2 declares port %3/%4, where "
                       "its server listens. It sees the source %5."),
                pod.name, port->container, QString::number(port->port),
                port->protocol.isEmpty() ? QStringLiteral("TCP") : port->protocol,
                socket(packet.src, packet.sport));
    } else {
        if (m_explain)
            h.explanation =
                fillArgs(Tr::tr("Pod %1 receives it on eth0. It declares no container ports "
                                "(containerPort is only informative), so Hopscope assumes a server "
                                "listens on %2. It sees the source %3."),
                         pod.name, QString::number(packet.dport), socket(packet.src, packet.sport));
    }
    if (m_explain) {
        if (packet.src != m_sent.src)
            h.explanation +=
                u' ' + fillArgs(Tr::tr("Not the sender's own address %1: the source was translated "
                                       "on the way (SNAT), so the answer must come back the same "
                                       "way."),
                                ip(m_sent.src));
        else if (m_origin == Origin::Client)
            h.explanation += u' ' + Tr::tr("The client's own address: it was kept all the way.");
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
        replyArrived(origin ? m_originEntity : node.place, QStringLiteral("eth0"), nodeName,
                     packet);
        return;
    }
    const Cluster &cluster = m_ctx.cluster();
    const QString address = socket(packet.dst, packet.dport);
    QString listener;
    QString entity = node.place;
    const PodInfo *hostPod = nullptr;
    QString healthCheck; // the whole sentence, for kube-proxy's health check server
    if (packet.protocol == RuleProtocol::Tcp)
        if (const ServicePortPlan *plan = m_ctx.healthCheckPlan(packet.dport)) {
            const int local = plan->healthCheckEndpoints(nodeName);
            listener = plan->name;
            healthCheck = fillArgs(
                Tr::tr("%1 takes it for itself (%2 is its own address): kube-proxy's health "
                       "check server for Service %3 listens on port %4. It answers HTTP %5, "
                       "because %1 has %6 ready local endpoints (terminating ones do not "
                       "count). It sees the source %7."),
                nodeName, ip(packet.dst), plan->name, QString::number(packet.dport),
                local ? QStringLiteral("200") : QStringLiteral("503"), QString::number(local),
                socket(packet.src, packet.sport));
        }
    if (listener.isEmpty())
        for (const PodInfo *p : m_ctx.network().podsOnNode(nodeName))
            if (listener.isEmpty() && p->hostNetwork &&
                listeningPort(*p, packet.dport, packet.protocol)) {
                hostPod = p;
                entity = p->id;
                listener = fillArgs(Tr::tr("pod %1, which uses the node's network (hostNetwork)"),
                                    p->name);
            }
    // The first Service with an endpoint that is this node's own process (no pod).
    if (listener.isEmpty())
        if (const int i = m_ctx.processEndpointService(node.info->internalIP, packet.dport);
            i >= 0) {
            const ServiceInfo &s = cluster.services[i];
            listener =
                s.ns == u"default" && s.name == u"kubernetes"
                    ? Tr::tr("the API server (endpoint of Service default/kubernetes)")
                    : fillArgs(Tr::tr("the process behind an endpoint of Service %1"), s.name);
        }
    if (listener.isEmpty() && packet.protocol == RuleProtocol::Tcp)
        for (const WellKnownPort &w : kNodePorts)
            if (w.port == packet.dport)
                listener = Tr::tr(w.what);

    if (listener.isEmpty()) {
        Hop &h = addHop(HopAction::Refused, node.place, QStringLiteral("eth0"), nodeName, packet,
                        packet);
        h.serviceId = m_serviceId;
        h.explanation =
            (packet.protocol == RuleProtocol::Udp
                 ? Tr::tr(
                       "%1 accepts the packet for itself, but nothing on it listens on %2/UDP (no "
                       "Service uses this node port, no rule caught it): it answers with ICMP "
                       "port unreachable. Connection refused.")
                 : Tr::tr(
                       "%1 accepts the packet for itself, but nothing on it listens on %2/TCP (no "
                       "Service uses this node port, no rule caught it): its kernel answers with "
                       "a TCP reset. Connection refused."))
                .arg(nodeName, address);
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
    if (m_explain && !healthCheck.isEmpty())
        h.explanation = healthCheck;
    else if (m_explain)
        h.explanation = fillArgs(
            Tr::tr("%1 takes it for itself (%2 is its own address): %3 listens on port %4. "
                   "It sees the source %5."),
            nodeName, ip(packet.dst), listener, QString::number(packet.dport),
            socket(packet.src, packet.sport));
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
        h.explanation =
            fillArgs(Tr::tr("The answer arrives from %1, but the connection was opened to %2: "
                            "the sender knows no such connection and resets it. The answer did "
                            "not pass back through the place that translated the request."),
                     from, sentTo);
        fail(h,
             fillArgs(Tr::tr("Failed: the answer came back from %1 instead of %2."), from, sentTo));
        return;
    }
    Hop &h = addHop(HopAction::Deliver, entity, interface, node, packet, packet);
    h.serviceId = m_serviceId;
    if (m_explain)
        h.explanation =
            fillArgs(Tr::tr("The answer arrives from %1, exactly the address the connection was "
                            "opened to, so the connection completes."),
                     from);
    if (m_explain && !m_trace.endpoint.isEmpty() && m_trace.endpoint != sentTo)
        h.explanation +=
            u' ' + fillArgs(Tr::tr("The sender never sees the address that really answered "
                                   "(%1): conntrack translated every packet both ways."),
                            m_trace.endpoint);
    m_trace.delivered = true;
    m_ended = true;
}

} // namespace hopscope
