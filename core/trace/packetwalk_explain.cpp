// PacketWalk's text pass: the sentences of the hops whose facts the walk recorded (HopFacts),
// written once the walk is over, in the output language. The walk itself only decides.

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

const QString kVxlanPortText = QString::number(kVxlanPort);
const QString kVxlanVniText = QString::number(kVxlanVni);

QString declaredPorts(const PodInfo &pod)
{
    QStringList list;
    for (const PodPort &p : pod.ports)
        list << QStringLiteral("%1/%2").arg(p.port).arg(p.protocol.isEmpty() ? QStringLiteral("TCP")
                                                                             : p.protocol);
    return list.join(QLatin1String(", "));
}

} // namespace

HopFacts *PacketWalk::note(const Hop &hop, HopWhy why)
{
    if (!m_explain)
        return nullptr;
    HopFacts &f = m_facts.emplaceBack();
    f.hop = hop.index;
    f.why = why;
    return &f;
}

void PacketWalk::explain()
{
    if (!m_explain)
        return;
    // In the order the walk recorded them: a hop's own facts, then any note added after its
    // decision (the loop stop).
    for (const HopFacts &f : std::as_const(m_facts)) {
        Hop &hop = m_trace.hops[f.hop];
        hop.explanation += factsText(f, hop);
    }
    m_facts.clear();
}

QString PacketWalk::factsText(const HopFacts &f, const Hop &hop) const
{
    switch (f.why) {
    case HopWhy::Send:
        if (f.host == HostKind::Node) {
            const QString nodeName = f.place->info->name;
            const bool process = hop.entity == f.place->place;
            const QString who = process
                                    ? fillArgs(Tr::tr("A process on %1"), nodeName)
                                    : fillArgs(Tr::tr("Pod %1 (hostNetwork: the network of %2)"),
                                               hop.entity.section(u'/', -1), nodeName);
            QString text =
                sendExplanation(HostKind::Node, who, f.packet, f.route, nodeName, hop.reply);
            if (!hop.reply && process)
                text += u' ' + Tr::tr("(As in the lesson: SSH to the node, then curl.)");
            return text;
        }
        if (f.host == HostKind::Pod)
            return sendExplanation(HostKind::Pod, fillArgs(Tr::tr("Pod %1"), f.pod->name), f.packet,
                                   f.route, f.pod->nodeName, hop.reply);
        return sendExplanation(HostKind::Client,
                               hop.entity == u"client"
                                   ? Tr::tr("The client")
                                   : fillArgs(Tr::tr("The outside host %1"), ip(f.address)),
                               f.packet, f.route, QString(), hop.reply);
    case HopWhy::RouterToLan:
        return fillArgs(Tr::tr("The LAN's router %1 receives the packet from %2, which is "
                               "outside the LAN, and forwards it onto the LAN, unchanged."),
                        ip(f.address), ip(f.packet.src));
    case HopWhy::RouterFromLan:
        return fillArgs(Tr::tr("The LAN's router %1 forwards the answer to %2, outside the "
                               "LAN, unchanged."),
                        ip(f.address), ip(f.packet.dst));
    case HopWhy::ExternalIPToNode:
        return fillArgs(
            Tr::tr("%1 is an external IP of Service %2. No node has that address, so the "
                   "LAN delivers it where its route points: %3 (%4). kube-proxy's "
                   "\"external IP\" rule on that node takes it from there."),
            ip(f.packet.dst), f.service->name, f.node->name, ip(f.address));
    case HopWhy::NoRoutePodNetwork:
    case HopWhy::NoRouteServiceNetwork:
    case HopWhy::NoRoute:
        return noRouteText(f);
    case HopWhy::LbNoListener:
    case HopWhy::LbSourceRange:
    case HopWhy::LbNoNodePort:
    case HopWhy::LbNoHealthyNode:
    case HopWhy::LbToNode:
    case HopWhy::LbToNodePort:
        return loadBalancerText(f);
    case HopWhy::ClientRefused:
    case HopWhy::PodRefused:
    case HopWhy::PodDelivered:
    case HopWhy::ReplyMismatch:
    case HopWhy::ReplyArrived:
        return deliveryText(f);
    case HopWhy::NodeRefused:
    case HopWhy::NodeDelivered:
        return nodeDeliveryText(f);
    case HopWhy::Decapsulate:
    case HopWhy::Dnat:
    case HopWhy::UnTranslate:
    case HopWhy::Route:
    case HopWhy::Encapsulate:
    case HopWhy::VxlanWire:
    case HopWhy::Bridge:
    case HopWhy::NoPodOnBridge:
        return nodeText(f, hop);
    case HopWhy::Snat:
        return snatText(f);
    case HopWhy::NodeNoRoute:
        return fillArgs(Tr::tr("%1 has no route to %2."), f.place->info->name, ip(f.packet.dst));
    case HopWhy::NoVxlanGateway:
        return fillArgs(Tr::tr("No node owns the VXLAN gateway %1: flannel.1 cannot send the "
                               "packet."),
                        ip(f.address));
    case HopWhy::FilterStop:
        return filterFailureExplanation(*f.place, f.verdict, f.packet);
    case HopWhy::LoopStop:
        return u' ' + Tr::tr("The walk goes round in circles: Hopscope stops it here.");
    case HopWhy::DnsOutside:
    case HopWhy::DnsNoCluster:
    case HopWhy::DnsQuery:
    case HopWhy::DnsAnswer:
        return dnsText(f, hop);
    case HopWhy::LbReply:
        return fillArgs(Tr::tr("The load balancer recognises the answer of the connection it "
                               "forwarded and puts its own address back as the source: %1:%2 "
                               "becomes %3:%4."),
                        ip(f.packet.src), QString::number(f.packet.sport), ip(f.after.src),
                        QString::number(f.after.sport));
    }
    return QString();
}

// Outside the cluster, towards an address nothing on the LAN has: where the packet went, and
// why nobody answers.
QString PacketWalk::noRouteText(const HopFacts &f) const
{
    const Network &net = m_ctx.network();
    const QString dst = ip(f.packet.dst);
    const QString viaRouter =
        f.route && f.route->gateway
            ? fillArgs(Tr::tr("The packet goes to the router %1 (the default route)."),
                       ip(f.address))
            : fillArgs(Tr::tr("The packet is put on the LAN, where nothing answers for %1."), dst);
    switch (f.why) {
    case HopWhy::NoRoutePodNetwork:
        return viaRouter + u' ' +
               fillArgs(Tr::tr("The router knows the node network, but not the pod network %1: "
                               "pod addresses exist only inside the cluster, on each node's cni0 "
                               "and flannel.1. The packet is dropped (no route to host). From "
                               "outside, reach pods through a Service: a node port on a node IP, "
                               "or a LoadBalancer."),
                        cidrText(net.clusterNetwork(), net.clusterPrefix()));
    case HopWhy::NoRouteServiceNetwork:
        return viaRouter + u' ' +
               Tr::tr("%1 is in the Service network %2: a ClusterIP is not a machine, it exists "
                      "only as kube-proxy rules inside the nodes, and no rule on the way caught "
                      "%1:%3. The router has no route to %2 either: nobody answers and the "
                      "connection times out.")
                   .arg(dst, m_ctx.serviceCidr())
                   .arg(f.packet.dport);
    default:
        return viaRouter + u' ' +
               fillArgs(Tr::tr("No machine of this network has the address %1, and the router "
                               "has no route to it: the packet is lost."),
                        dst);
    }
}

// Where the request (or the answer) ends: refused, or taken, and what the receiver sees.
QString PacketWalk::deliveryText(const HopFacts &f) const
{
    const WalkPacket &packet = f.packet;
    switch (f.why) {
    case HopWhy::ClientRefused:
        return Tr::tr("The client %1 runs no server on port %2: its kernel refuses the "
                      "connection.")
            .arg(ip(packet.dst))
            .arg(packet.dport);
    case HopWhy::PodRefused: {
        QString text =
            (packet.protocol == RuleProtocol::Udp
                 ? Tr::tr("Pod %1 receives it, but its containers declare only %2: nothing "
                          "listens on %3/UDP. Its kernel answers with ICMP port unreachable: "
                          "connection refused.")
                 : Tr::tr("Pod %1 receives it, but its containers declare only %2: nothing "
                          "listens on %3/TCP. Its kernel answers with a TCP reset: connection "
                          "refused."))
                .arg(f.pod->name, declaredPorts(*f.pod))
                .arg(packet.dport);
        if (!f.serviceId.isEmpty())
            text += u' ' + Tr::tr("The Service %1 sends to targetPort %2, which no container of "
                                  "the pod serves.")
                               .arg(serviceName(f.serviceId))
                               .arg(packet.dport);
        return text;
    }
    case HopWhy::PodDelivered: {
        const PodPort *port = f.podPort;
        QString text =
            port ? fillArgs(Tr::tr("Pod %1 receives it on eth0: container %2 declares port "
                                   "%3/%4, where its server listens. It sees the source %5."),
                            f.pod->name, port->container, QString::number(port->port),
                            port->protocol.isEmpty() ? QStringLiteral("TCP") : port->protocol,
                            socket(packet.src, packet.sport))
                 : fillArgs(Tr::tr("Pod %1 receives it on eth0. It declares no container ports "
                                   "(containerPort is only informative), so Hopscope assumes a "
                                   "server listens on %2. It sees the source %3."),
                            f.pod->name, QString::number(packet.dport),
                            socket(packet.src, packet.sport));
        if (packet.src != m_sent.src)
            text += u' ' + fillArgs(Tr::tr("Not the sender's own address %1: the source was "
                                           "translated on the way (SNAT), so the answer must "
                                           "come back the same way."),
                                    ip(m_sent.src));
        else if (m_origin == Origin::Client)
            text += u' ' + Tr::tr("The client's own address: it was kept all the way.");
        return text;
    }
    case HopWhy::ReplyMismatch:
        return fillArgs(Tr::tr("The answer arrives from %1, but the connection was opened to %2: "
                               "the sender knows no such connection and resets it. The answer "
                               "did not pass back through the place that translated the "
                               "request."),
                        socket(packet.src, packet.sport), socket(m_sent.dst, m_sent.dport));
    default:
        break;
    }
    const QString sentTo = socket(m_sent.dst, m_sent.dport);
    QString text = fillArgs(Tr::tr("The answer arrives from %1, exactly the address the "
                                   "connection was opened to, so the connection completes."),
                            socket(packet.src, packet.sport));
    if (!f.endpoint.isEmpty() && f.endpoint != sentTo)
        text += u' ' + fillArgs(Tr::tr("The sender never sees the address that really answered "
                                       "(%1): conntrack translated every packet both ways."),
                                f.endpoint);
    return text;
}

// What a node does to a packet on its way through: VXLAN, DNAT, conntrack, routes, the bridge.
QString PacketWalk::nodeText(const HopFacts &f, const Hop &hop) const
{
    NodeContext &node = *f.place;
    const QString nodeName = node.info->name;
    const WalkPacket &packet = f.packet;
    switch (f.why) {
    case HopWhy::Decapsulate:
        return fillArgs(Tr::tr("%1 receives UDP %2 on eth0 from %3: a VXLAN packet. Its flannel.1 "
                               "device (VNI %4) unwraps it, and the inner packet %5 → %6 goes on "
                               "as if it had arrived on flannel.1."),
                        nodeName, kVxlanPortText, ip(packet.outerSrc), kVxlanVniText,
                        ip(packet.src), ip(packet.dst));
    case HopWhy::Dnat:
        return dnatExplanation(node, f.verdict, packet, f.after);
    case HopWhy::UnTranslate: {
        QString text = fillArgs(Tr::tr("conntrack on %1 recognises the answer of a connection it "
                                       "translated and undoes the translation."),
                                nodeName);
        if (f.dnat)
            text += u' ' + fillArgs(Tr::tr("un-DNAT: the source %1 becomes %2 again, the address "
                                           "the sender connected to."),
                                    socket(packet.src, packet.sport),
                                    socket(f.after.src, f.after.sport));
        if (f.snat)
            text += u' ' + fillArgs(Tr::tr("un-SNAT: the destination %1 becomes %2 again, the "
                                           "real sender."),
                                    socket(packet.dst, packet.dport),
                                    socket(f.after.dst, f.after.dport));
        return text;
    }
    case HopWhy::Route:
        return routeExplanation(node, packet, *f.route, f.verdict);
    case HopWhy::Encapsulate:
        return fillArgs(
            Tr::tr("flannel.1 on %1 wraps the packet in VXLAN for %2: its neighbour entry "
                   "gives the MAC of %2's flannel.1, its FDB entry the node IP %3 behind it. "
                   "The outer header is %4 → %3 UDP %5, VNI %6; the pod addresses travel "
                   "unchanged inside."),
            nodeName, f.node->name, ip(f.address), ip(node.address), kVxlanPortText, kVxlanVniText);
    case HopWhy::VxlanWire:
        return fillArgs(Tr::tr("The VXLAN packet leaves %1's eth0 by '%2' and crosses the node "
                               "network to %3 (%4)."),
                        nodeName, hop.route, f.node->name, ip(f.address));
    case HopWhy::Bridge: {
        QString text = fillArgs(Tr::tr("The bridge cni0 of %1 passes the frame to %2, the host end "
                                       "of the veth pair whose other end is eth0 in pod %3."),
                                nodeName, f.device, f.pod->name);
        if (f.hairpin)
            text += u' ' + Tr::tr("It leaves by the port it came in by: cni0 allows that "
                                  "(hairpinMode).");
        return text;
    }
    default:
        return fillArgs(Tr::tr("No pod on %1 has the address %2: nothing answers the ARP request "
                               "on cni0 (host unreachable)."),
                        nodeName, ip(packet.dst));
    }
}

// POSTROUTING masquerades: kube-proxy's mark (and why it was set), or flannel's --ip-masq.
QString PacketWalk::snatText(const HopFacts &f) const
{
    const WalkPacket &before = f.packet;
    const WalkPacket &packet = f.after;
    const QString nodeName = f.place->info->name;
    const bool kubeProxy = f.verdict.rule->role == RuleRole::PostroutingMasquerade;
    if (packet.src == before.src)
        return fillArgs(
            Tr::tr("The packet carries a masquerade mark (%1), so %2 masquerades it to the "
                   "address of %3, the interface it leaves by: %4. It already has that "
                   "source, so the address stays; conntrack still records the translation."),
            kubeProxy ? markReason(f.markedBy, before) : Tr::tr("flannel's --ip-masq rule"),
            f.verdict.rule->chain, f.device, ip(packet.src));
    if (kubeProxy)
        return fillArgs(
            Tr::tr("The packet carries kube-proxy's mark 0x4000 (%1), so KUBE-POSTROUTING "
                   "masquerades it: the source %2 becomes %3, the address of %4, the "
                   "interface it leaves by. The receiver will see %3, and its answer comes "
                   "back to %5."),
            markReason(f.markedBy, before), ip(before.src), ip(packet.src), f.device, nodeName);
    return fillArgs(
        Tr::tr("flannel (--ip-masq) masquerades pod traffic that leaves the pod network "
               "%1: the source %2 becomes %3, the address of %4 on %5, because nothing "
               "outside the cluster could route an answer back to a pod address."),
        cidrText(m_ctx.network().clusterNetwork(), m_ctx.network().clusterPrefix()), ip(before.src),
        ip(packet.src), f.device, nodeName);
}

// A node takes the packet for itself: who listens there (or nobody).
QString PacketWalk::nodeDeliveryText(const HopFacts &f) const
{
    const WalkPacket &packet = f.packet;
    const QString nodeName = f.node->name;
    const QString address = socket(packet.dst, packet.dport);
    if (f.why == HopWhy::NodeRefused)
        return (packet.protocol == RuleProtocol::Udp
                    ? Tr::tr("%1 accepts the packet for itself, but nothing on it listens on "
                             "%2/UDP (no Service uses this node port, no rule caught it): it "
                             "answers with ICMP port unreachable. Connection refused.")
                    : Tr::tr("%1 accepts the packet for itself, but nothing on it listens on "
                             "%2/TCP (no Service uses this node port, no rule caught it): its "
                             "kernel answers with a TCP reset. Connection refused."))
            .arg(nodeName, address);
    if (const ServicePortPlan *plan = f.healthCheck) {
        const int local = plan->healthCheckEndpoints(nodeName);
        return fillArgs(
            Tr::tr("%1 takes it for itself (%2 is its own address): kube-proxy's health "
                   "check server for Service %3 listens on port %4. It answers HTTP %5, "
                   "because %1 has %6 ready local endpoints (terminating ones do not "
                   "count). It sees the source %7."),
            nodeName, ip(packet.dst), plan->name, QString::number(packet.dport),
            local ? QStringLiteral("200") : QStringLiteral("503"), QString::number(local),
            socket(packet.src, packet.sport));
    }
    QString listener;
    if (f.pod)
        listener =
            fillArgs(Tr::tr("pod %1, which uses the node's network (hostNetwork)"), f.pod->name);
    else if (const ServiceInfo *s = f.processService)
        listener = s->ns == u"default" && s->name == u"kubernetes"
                       ? Tr::tr("the API server (endpoint of Service default/kubernetes)")
                       : fillArgs(Tr::tr("the process behind an endpoint of Service %1"), s->name);
    else
        listener = Tr::tr(f.wellKnown);
    return fillArgs(Tr::tr("%1 takes it for itself (%2 is its own address): %3 listens on port "
                           "%4. It sees the source %5."),
                    nodeName, ip(packet.dst), listener, QString::number(packet.dport),
                    socket(packet.src, packet.sport));
}

// The cloud load balancer of a Service: why it drops, or where it sends and why there.
QString PacketWalk::loadBalancerText(const HopFacts &f) const
{
    const ServiceInfo &svc = *f.service;
    const QString lbAddress = socket(f.packet.dst, f.packet.dport);
    switch (f.why) {
    case HopWhy::LbNoListener: {
        QStringList ports;
        for (const ServicePortInfo &p : svc.ports)
            ports << QStringLiteral("%1/%2").arg(p.port).arg(p.protocol);
        return fillArgs(Tr::tr("The cloud load balancer of Service %1 listens only on the "
                               "Service's ports (%2); nothing answers on %3: the connection "
                               "times out."),
                        svc.name, ports.join(QLatin1String(", ")), lbAddress);
    }
    case HopWhy::LbSourceRange:
        return fillArgs(
            Tr::tr("The cloud load balancer of Service %1 only admits the sources listed in "
                   "loadBalancerSourceRanges (%2); %3 is not one of them, so it drops the "
                   "packet: the connection times out."),
            svc.name, svc.loadBalancerSourceRanges.join(QLatin1String(", ")), ip(f.packet.src));
    case HopWhy::LbNoNodePort:
        return fillArgs(
            Tr::tr("Service %1 has no node port (allocateLoadBalancerNodePorts: false), and this "
                   "simulated cloud load balancer forwards to node ports only: nothing takes the "
                   "connection."),
            svc.name);
    case HopWhy::LbNoHealthyNode:
        return Tr::tr("externalTrafficPolicy is Local and no node has a ready pod of Service %1, "
                      "so every node fails the load balancer's health check (healthCheckNodePort "
                      "%2): it has nowhere to send the connection, which times out.")
            .arg(svc.name)
            .arg(svc.healthCheckNodePort);
    default:
        break;
    }
    const QString healthy = f.healthyNodes.join(QLatin1String(", "));
    const QString health =
        f.localPolicy
            ? fillArgs(Tr::tr("With externalTrafficPolicy Local only nodes with a pod of the "
                              "Service pass its health check on healthCheckNodePort %1: %2."),
                       QString::number(svc.healthCheckNodePort), healthy)
            : fillArgs(Tr::tr("With externalTrafficPolicy Cluster every node passes its health "
                              "check (%1), and it picked one."),
                       healthy);
    if (f.why == HopWhy::LbToNode)
        return fillArgs(Tr::tr("The load balancer of Service %1 (%2) sends the packet to %3 (%4) "
                               "unchanged: the destination stays %2 and the source %5, as "
                               "MetalLB, GCP and Azure load balancers do. The kube-proxy rules "
                               "of %3 for the load-balancer IP take it from there."),
                        svc.name, lbAddress, f.node->name, ip(f.address), ip(f.packet.src)) +
               u' ' + health;
    return fillArgs(Tr::tr("The cloud load balancer of Service %1 (%2) forwards the connection "
                           "to %3's node port %4:%5: LoadBalancer → node port → pod. It keeps "
                           "the client's address %6 as the source, as network load balancers "
                           "do."),
                    svc.name, lbAddress, f.node->name, ip(f.address), QString::number(f.port),
                    ip(f.packet.src)) +
           u' ' + health;
}

} // namespace hopscope
