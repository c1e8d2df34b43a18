// PacketWalk: the explanations of the hops that need more than one sentence, built from what
// decided them (the rules a walk matched, the route taken). Plain sentences with the actual
// addresses, in the seed lesson's terms (nodePort, port, targetPort, ClusterIP).

#include "core/trace/packetwalk.h"

#include "core/base/textfill.h"

#include "core/proxy/chainnames.h"

#include <QCoreApplication>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Tracer)
};

bool isCapture(RuleRole role)
{
    return role == RuleRole::ClusterIPCapture || role == RuleRole::NodePortCapture ||
           role == RuleRole::NodePortLocalhostCapture || role == RuleRole::LoadBalancerCapture ||
           role == RuleRole::ExternalIPCapture;
}

QString selectorText(const ServiceInfo &svc)
{
    QStringList parts;
    for (auto it = svc.selector.cbegin(); it != svc.selector.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u',');
}

} // namespace

QString PacketWalk::podName(quint32 address) const
{
    const Network &net = m_ctx.network();
    if (const PodInfo *pod = net.podByAddress(address))
        return fillArgs(Tr::tr("pod %1 on %2"), pod->name, pod->nodeName);
    if (const NodeInfo *node = net.nodeByAddress(address))
        return fillArgs(Tr::tr("%1's own address"), node->name);
    return Tr::tr("not a pod of this cluster");
}

QString PacketWalk::serviceName(const QString &serviceId) const
{
    const ServiceInfo *svc = m_ctx.cluster().service(serviceId);
    if (!svc)
        return serviceId;
    return svc->ns == u"default" ? svc->name : svc->ns + u'/' + svc->name;
}

QString PacketWalk::markReason(const IptablesRule *markedBy, const WalkPacket &packet) const
{
    const Network &net = m_ctx.network();
    switch (markedBy ? markedBy->role : RuleRole::MarkForMasquerade) {
    case RuleRole::ServiceMasquerade:
        return fillArgs(
            Tr::tr("its source %1 is outside the pod network %2, which could not route the answer "
                   "back through this node"),
            ip(packet.src), cidrText(net.clusterNetwork(), net.clusterPrefix()));
    case RuleRole::ExternalMasquerade:
        return Tr::tr(
            "externalTrafficPolicy Cluster masquerades everything sent to a node port, an "
            "external IP or a load-balancer IP, so that the answer comes back through this "
            "node");
    case RuleRole::ExternalLocalMasquerade:
        return Tr::tr("the node itself sent it to a Service with externalTrafficPolicy Local");
    case RuleRole::EndpointHairpin:
        return Tr::tr("the pod reaches itself through its Service (hairpin): without SNAT it would "
                      "answer itself directly and never see the un-DNAT");
    default:
        return Tr::tr("kube-proxy marked it for masquerading");
    }
}

QString PacketWalk::dnatExplanation(NodeContext &node, const TableVerdict &verdict,
                                    const WalkPacket &before, const WalkPacket &after) const
{
    const QString nodeName = node.info->name;
    const IptablesRule *capture = nullptr;
    for (const IptablesRule *r : verdict.trail)
        if (!capture && isCapture(r->role))
            capture = r;
    const ServiceInfo *svc = m_ctx.cluster().service(verdict.rule->serviceId);
    const ServicePortInfo *port = nullptr;
    if (svc)
        for (const ServicePortInfo &p : svc->ports)
            if (p.name == verdict.rule->portName && !port)
                port = &p;
    const QString name = serviceName(verdict.rule->serviceId);
    const QString target = socket(before.dst, before.dport);
    const QString servicePort = port ? QString::number(port->port) : QString();
    const QString targetPort = port ? port->targetPort.toString() : QString();

    QString text;
    switch (capture ? capture->role : RuleRole::ClusterIPCapture) {
    case RuleRole::NodePortCapture:
    case RuleRole::NodePortLocalhostCapture:
        text = fillArgs(
            Tr::tr("kube-proxy's rules on %1 catch %2, a node port of Service %3: nodePort %4 → "
                   "port %5 → targetPort %6. Every node opens this port."),
            nodeName, target, name, QString::number(port ? port->nodePort : before.dport),
            servicePort, targetPort);
        break;
    case RuleRole::LoadBalancerCapture:
        if (m_origin == Origin::Client) // handed over by the load balancer (the VIP model)
            text = fillArgs(
                Tr::tr("kube-proxy's rules on %1 catch %2, the load-balancer IP of Service %3 "
                       "(port %4 → targetPort %5): the load balancer delivered the packet still "
                       "addressed to it."),
                nodeName, target, name, servicePort, targetPort);
        else
            text = fillArgs(
                Tr::tr("kube-proxy's rules on %1 catch %2, the load-balancer IP of Service %3 "
                       "(port %4 → targetPort %5): from inside the cluster it never goes out to "
                       "the load balancer."),
                nodeName, target, name, servicePort, targetPort);
        break;
    case RuleRole::ExternalIPCapture:
        text = fillArgs(
            Tr::tr("kube-proxy's rules on %1 catch %2, an external IP of Service %3 (port %4 → "
                   "targetPort %5)."),
            nodeName, target, name, servicePort, targetPort);
        break;
    default:
        text = fillArgs(
            Tr::tr("kube-proxy's rules on %1 catch %2, the ClusterIP of Service %3 (port %4 → "
                   "targetPort %5)."),
            nodeName, target, name, servicePort, targetPort);
        break;
    }

    // How the endpoint was chosen, from the rules of the chain that chose it.
    const QString chooser = verdict.chosenBy ? verdict.chosenBy->chain : QString();
    QStringList probabilities;
    int endpoints = 0;
    // The walk entered the chain that chose: its rules are in the node's cache.
    const auto cached = node.chains.chains[1].constFind(chooser);
    const QList<const IptablesRule *> chooserRules =
        cached != node.chains.chains[1].cend() ? cached.value()
                                               : node.rules->chainRules(RuleTable::Nat, chooser);
    for (const IptablesRule *r : chooserRules)
        if (r->role == RuleRole::EndpointSelect) {
            ++endpoints;
            if (r->statistic.set)
                probabilities << r->statistic.text;
        }
    const QString endpoint = socket(after.dst, after.dport);
    const QString where = podName(after.dst);
    if (verdict.chosenBy && verdict.chosenBy->role == RuleRole::AffinityCheck)
        text +=
            u' ' +
            fillArgs(
                Tr::tr("sessionAffinity is ClientIP, and %1 was sent to %2 (%3) before, within "
                       "%4 seconds: the -m recent list %5 sends it there again."),
                ip(before.src), endpoint, where, QString::number(verdict.chosenBy->recent.seconds),
                verdict.chosenBy->recent.name);
    else if (verdict.pinned)
        text += u' ' + fillArgs(Tr::tr("The endpoint %1 (%2) was chosen by hand, out of %3."),
                                endpoint, where, QString::number(endpoints));
    else if (endpoints <= 1)
        text += u' ' + fillArgs(Tr::tr("Its only endpoint is %1 (%2)."), endpoint, where);
    else
        text += u' ' +
                fillArgs(
                    Tr::tr("Of its %1 endpoints the rules pick %2 (%3) at random: they try "
                           "-m statistic --probability %4 in turn, then take the last one, so each "
                           "endpoint has the same chance, 1/%1."),
                    QString::number(endpoints), endpoint, where,
                    probabilities.join(QLatin1String(", ")));
    if (chooser.startsWith(QLatin1String(kLocalChainPrefix)))
        text +=
            u' ' +
            fillArgs(Tr::tr("The traffic policy is Local: only the endpoints on %1 count, and the "
                            "source address is kept."),
                     nodeName);
    text +=
        u' ' +
        fillArgs(Tr::tr("DNAT rewrites the destination to %1; conntrack on %2 remembers it for the "
                        "answer."),
                 endpoint, nodeName);
    if (verdict.markedBy)
        text += u' ' + fillArgs(Tr::tr("The packet is also marked for SNAT (0x4000): %1."),
                                markReason(verdict.markedBy, before));
    return text;
}

QString PacketWalk::sendExplanation(HostKind kind, const QString &who, const WalkPacket &packet,
                                    const RouteEntry *route, const QString &nodeName,
                                    bool reply) const
{
    const QString src = socket(packet.src, packet.sport);
    const QString dst = socket(packet.dst, packet.dport);
    QString text =
        reply ? fillArgs(Tr::tr("%1 answers: source and destination swap, %2 → %3."), who, src, dst)
              : fillArgs(Tr::tr("%1 sends %2 → %3."), who, src, dst);
    if (!route)
        return text + u' ' + fillArgs(Tr::tr("It has no route to %1."), ip(packet.dst));
    const QString dstIP = ip(packet.dst);
    if (route->local)
        return text + u' ' + Tr::tr("That is its own address: the packet never leaves it.");
    switch (kind) {
    case HostKind::Pod:
        if (route->isDefault())
            return text + u' ' +
                   fillArgs(Tr::tr("%1 is not on the pod network, so the default route '%2' hands "
                                   "it to the "
                                   "gateway %3: cni0, the bridge of %4, where the node's rules and "
                                   "routes take "
                                   "over."),
                            dstIP, route->text, ip(route->gateway), nodeName);
        if (route->gateway)
            return text + u' ' +
                   fillArgs(Tr::tr("%1 is on the cluster's pod network: the route '%2' hands it to "
                                   "the gateway "
                                   "%3 (cni0 on %4)."),
                            dstIP, route->text, ip(route->gateway), nodeName);
        return text + u' ' +
               fillArgs(
                   Tr::tr("%1 is on the pod network of this node: the route '%2' sends it straight "
                          "across the cni0 bridge."),
                   dstIP, route->text);
    case HostKind::Client:
        if (!reply && m_originEntity != u"client")
            return text + u' ' + outsideHostRoute(packet, *route);
        if (route->gateway)
            return text + u' ' +
                   fillArgs(
                       Tr::tr("The client is outside the cluster; its default route '%1' sends the "
                              "packet to the router %2."),
                       route->text, ip(route->gateway));
        return text + u' ' +
               fillArgs(
                   Tr::tr("%1 is on the client's own LAN: the route '%2' sends it there directly."),
                   dstIP, route->text);
    case HostKind::Node:
        break;
    }
    return text + u' ' +
           fillArgs(
               Tr::tr("The route '%1' picks the interface %2, and with it the source address %3."),
               route->text, route->device, ip(packet.src));
}

// An outside host other than the client (`--from ip/ADDR`, a lesson's client): on the client's
// LAN, or behind the LAN's router (issue 14).
QString PacketWalk::outsideHostRoute(const WalkPacket &packet, const RouteEntry &route) const
{
    if (!route.gateway)
        return m_behindRouter
                   ? fillArgs(Tr::tr("%1 is on the host's own network: the route '%2' sends it "
                                     "there directly."),
                              ip(packet.dst), route.text)
                   : fillArgs(Tr::tr("%1 is on the client's own LAN: the route '%2' sends it "
                                     "there directly."),
                              ip(packet.dst), route.text);
    if (!m_behindRouter)
        return fillArgs(Tr::tr("It is on the client's LAN, outside the cluster; its default route "
                               "'%1' sends the packet to the router %2."),
                        route.text, ip(route.gateway));
    return fillArgs(Tr::tr("It is not on the client's LAN but behind the LAN's router %1; its "
                           "default route '%2' sends the packet to its own router %3, which "
                           "passes it on towards the LAN."),
                    ip(Network::gatewayFor(m_ctx.network().clientAddress())), route.text,
                    ip(route.gateway));
}

QString PacketWalk::routeExplanation(NodeContext &node, const WalkPacket &packet,
                                     const RouteEntry &route, const TableVerdict &filter) const
{
    const QString nodeName = node.info->name;
    const QString dst = ip(packet.dst);
    QString text;
    if (route.device == u"cni0") {
        text = fillArgs(Tr::tr("%1 routes %2 by '%3': a pod on this node, behind the bridge cni0."),
                        nodeName, dst, route.text);
    } else if (route.device == u"flannel.1") {
        const NodeInfo *remote = m_ctx.network().nodeOwningPodAddress(route.gateway);
        text = fillArgs(
            Tr::tr("%1 routes %2 by '%3': the pod network %4 belongs to %5 and is reached through "
                   "the VXLAN device flannel.1."),
            nodeName, dst, route.text, cidrText(route.network, route.prefix),
            remote ? remote->name : ip(route.gateway));
    } else if (route.isDefault()) {
        text = fillArgs(
            Tr::tr("%1 has no specific route for %2: the default route '%3' sends it out of eth0 "
                   "to the router %4."),
            nodeName, dst, route.text, ip(route.gateway));
    } else {
        text = fillArgs(Tr::tr("%1 routes %2 by '%3': out of eth0, on the node network."), nodeName,
                        dst, route.text);
    }
    if (filter.kind != TableVerdict::Kind::Accept || !filter.rule)
        return text + u' ' + Tr::tr("No filter rule stops it (the chain's policy is ACCEPT).");
    switch (filter.rule->role) {
    case RuleRole::ForwardAcceptMarked:
        return text + u' ' +
               Tr::tr("filter FORWARD accepts it: KUBE-FORWARD lets packets marked by "
                      "kube-proxy (0x4000) through.");
    case RuleRole::ForwardAcceptEstablished:
        return text + u' ' +
               Tr::tr("filter FORWARD accepts it: KUBE-FORWARD lets packets of known "
                      "connections (conntrack RELATED,ESTABLISHED) through.");
    case RuleRole::FlannelForwardAccept:
        return text + u' ' +
               Tr::tr("filter FORWARD accepts it: flannel's FLANNEL-FWD accepts "
                      "traffic to and from the pod network.");
    default:
        return text + u' ' + fillArgs(Tr::tr("filter %1 accepts it."), filter.rule->chain);
    }
}

// The failure summary of a filter drop or reject (the walk's, also for bulk runs).
QString PacketWalk::filterFailureSummary(NodeContext &node, const TableVerdict &verdict,
                                         const WalkPacket &packet) const
{
    const QString nodeName = node.info->name;
    const IptablesRule *rule = verdict.rule;
    const QString target = socket(packet.dst, packet.dport);
    const QString name = rule ? serviceName(rule->serviceId) : QString();
    switch (rule ? rule->role : RuleRole::LocalnetBlock) {
    case RuleRole::NoEndpointsReject:
        return fillArgs(Tr::tr("Refused at once: Service %1 has no endpoints (%2)."), name, target);
    case RuleRole::NoLocalEndpointsDrop:
        if (rule->chain == QLatin1String(kKubeExternalServicesChain))
            return fillArgs(Tr::tr("Timeout: %1 has no local endpoint of Service %2 "
                                   "(externalTrafficPolicy Local)."),
                            nodeName, name);
        return fillArgs(Tr::tr("Timeout: %1 has no local endpoint of Service %2 "
                               "(internalTrafficPolicy Local)."),
                        nodeName, name);
    case RuleRole::LoadBalancerSourceDrop:
        return fillArgs(
            Tr::tr("Timeout: %1 is not in the loadBalancerSourceRanges of Service %2."),
            ip(packet.src), name);
    default:
        break;
    }
    return verdict.kind == TableVerdict::Kind::Reject
               ? fillArgs(Tr::tr("Refused: a filter rule on %1 rejects %2."), nodeName, target)
               : fillArgs(Tr::tr("Timeout: a filter rule on %1 drops %2."), nodeName, target);
}

// What the filter rule that stopped the packet is, and why it is there (the text pass).
QString PacketWalk::filterFailureExplanation(NodeContext &node, const TableVerdict &verdict,
                                             const WalkPacket &packet) const
{
    const QString nodeName = node.info->name;
    const IptablesRule *rule = verdict.rule;
    const QString chain = rule ? rule->chain : QString();
    const QString comment = rule ? rule->comment : QString();
    const QString name = rule ? serviceName(rule->serviceId) : QString();
    const ServiceInfo *svc = rule ? m_ctx.cluster().service(rule->serviceId) : nullptr;
    switch (rule ? rule->role : RuleRole::LocalnetBlock) {
    case RuleRole::NoEndpointsReject: {
        QString text =
            fillArgs(Tr::tr("The filter rule %1 on %2 rejects it: \"%3\". No ready pod backs "
                            "Service %4, so kube-proxy wrote a REJECT instead of a DNAT: the "
                            "sender gets ICMP port unreachable at once and reports 'connection "
                            "refused', without waiting."),
                     chain, nodeName, comment, name);
        if (svc && svc->hasSelector && !svc->selector.isEmpty())
            text += u' ' + fillArgs(Tr::tr("Check the selector %1 against the pods' labels."),
                                    selectorText(*svc));
        return text;
    }
    case RuleRole::NoLocalEndpointsDrop:
        if (chain == QLatin1String(kKubeExternalServicesChain))
            return fillArgs(
                Tr::tr("The filter rule %1 on %2 drops it: \"%3\". With externalTrafficPolicy "
                       "Local, traffic from outside goes only to pods on the node it reaches, "
                       "and %2 runs no pod of Service %4. Nothing answers: the client waits "
                       "until it times out. (Send it to a node that runs one of the pods, or use "
                       "the policy Cluster.)"),
                chain, nodeName, comment, name);
        return fillArgs(
            Tr::tr("The filter rule %1 on %2 drops it: \"%3\". With internalTrafficPolicy Local, "
                   "traffic from inside the cluster goes only to pods on the sender's node, and "
                   "%2 runs no pod of Service %4. Nothing answers: the connection times out."),
            chain, nodeName, comment, name);
    case RuleRole::LoadBalancerSourceDrop:
        return fillArgs(
            Tr::tr("The filter rule %1 on %2 drops it: \"%3\". The source %4 is not in the "
                   "loadBalancerSourceRanges of Service %5, so the KUBE-FW chain did not let it "
                   "through. Nothing answers: the connection times out."),
            chain, nodeName, comment, ip(packet.src), name);
    default:
        break;
    }
    return verdict.kind == TableVerdict::Kind::Reject
               ? fillArgs(Tr::tr("The filter rule %1 on %2 rejects it: connection refused."),
                          chain.isEmpty() ? QStringLiteral("?") : chain, nodeName)
               : fillArgs(Tr::tr("The filter rule %1 on %2 drops it: nothing answers, the "
                                 "connection times out."),
                          chain.isEmpty() ? QStringLiteral("?") : chain, nodeName);
}

} // namespace hopscope
