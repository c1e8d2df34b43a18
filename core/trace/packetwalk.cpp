#include "core/trace/packetwalk.h"

#include "core/base/textfill.h"

#include <QCoreApplication>

#include <array>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Tracer)
};

constexpr int kMaxHops = 96; // a walk longer than this is a loop

QString protocolName(RuleProtocol protocol)
{
    switch (protocol) {
    case RuleProtocol::Udp:
        return QStringLiteral("UDP");
    case RuleProtocol::Sctp:
        return QStringLiteral("SCTP");
    default:
        return QStringLiteral("TCP");
    }
}

} // namespace

WalkPacket WalkPacket::reversed() const
{
    WalkPacket r;
    r.src = dst;
    r.sport = dport;
    r.dst = src;
    r.dport = sport;
    r.protocol = protocol;
    return r;
}

PacketWalk::PacketWalk(TraceContext &context, Trace &trace, std::mt19937_64 &random,
                       const QString &pinnedEndpoint, bool explain)
    : m_ctx(context), m_trace(trace), m_random(random), m_explain(explain)
{
    m_trace.hops.reserve(24);
    m_env.random = &random;
    m_env.pinnedEndpoint = pinnedEndpoint;
    m_env.recent = &context.recent;
    m_env.now = context.now;
}

QString PacketWalk::ip(quint32 a)
{
    // A walk prints a handful of addresses dozens of times: the last ones are remembered (per
    // thread, a slot per address hash; a collision just formats again).
    struct Slot
    {
        quint32 address = 0;
        QString text;
    };
    thread_local std::array<Slot, 32> cache;
    Slot &slot = cache[(a ^ (a >> 8) ^ (a >> 16)) & 31u];
    if (slot.address != a || slot.text.isNull()) {
        slot.address = a;
        slot.text = formatIPv4(a);
    }
    return slot.text;
}

QString PacketWalk::socket(quint32 address, quint16 port)
{
    // By hand, into one string: explanations print a dozen of these per trace.
    char text[24];
    int n = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned v = (address >> shift) & 0xffu;
        if (v >= 100)
            text[n++] = char('0' + v / 100);
        if (v >= 10)
            text[n++] = char('0' + (v / 10) % 10);
        text[n++] = char('0' + v % 10);
        text[n++] = shift ? '.' : ':';
    }
    char digits[6];
    int d = 0;
    unsigned p = port;
    do {
        digits[d++] = char('0' + p % 10);
        p /= 10;
    } while (p);
    while (d)
        text[n++] = digits[--d];
    return QString::fromLatin1(text, n);
}

PacketHeader PacketWalk::header(const WalkPacket &p)
{
    PacketHeader h;
    h.srcIP = ip(p.src);
    h.srcPort = p.sport;
    h.dstIP = ip(p.dst);
    h.dstPort = p.dport;
    h.protocol = protocolName(p.protocol);
    h.masqMark = p.mark != 0;
    if (p.encapsulated) {
        h.encapsulated = true;
        h.outerSrcIP = ip(p.outerSrc);
        h.outerDstIP = ip(p.outerDst);
        h.outerDstPort = kVxlanPort;
        h.vni = kVxlanVni;
    }
    return h;
}

Hop &PacketWalk::addHop(HopAction action, const QString &entity, const QString &interface,
                        const QString &node, const WalkPacket &before, const WalkPacket &after)
{
    Hop &hop = m_trace.hops.emplaceBack(); // filled in place: a Hop is large
    hop.index = int(m_trace.hops.size()) - 1;
    hop.reply = m_reply;
    hop.entity = entity;
    hop.interface = interface;
    hop.node = node;
    hop.action = action;
    hop.before = header(before);
    const bool same = before.src == after.src && before.sport == after.sport &&
                      before.dst == after.dst && before.dport == after.dport &&
                      before.encapsulated == after.encapsulated && before.mark == after.mark &&
                      before.outerSrc == after.outerSrc && before.outerDst == after.outerDst;
    hop.after = same ? hop.before : header(after);
    return hop;
}

void PacketWalk::fail(Hop &hop, const QString &summary)
{
    hop.failure = true;
    m_ended = true;
    m_failureSummary = summary;
}

bool PacketWalk::guard()
{
    if (m_ended)
        return false;
    if (m_trace.hops.size() < kMaxHops)
        return true;
    Hop &h = m_trace.hops.last();
    note(h, HopWhy::LoopStop);
    fail(h, Tr::tr("Stopped: the packet loops."));
    return false;
}

// --- sources ---------------------------------------------------------------------------------

void PacketWalk::fromClient(WalkPacket packet, quint32 address, const QString &entity)
{
    const Network &net = m_ctx.network();
    packet.src = address;
    m_origin = Origin::Client;
    m_originEntity = entity;
    m_sent = packet;
    m_outside = address == net.clientAddress() ? net.client()
                                               : Network::outsideHost(address, entity);
    m_behindRouter = !net.onClientLan(address);
    const RouteEntry *route = m_outside.lookup(packet.dst);
    Hop &h = addHop(HopAction::Send, m_originEntity, QStringLiteral("eth0"), QString(), packet,
                    packet);
    h.route = route ? route->text : QString();
    if (HopFacts *f = note(h, HopWhy::Send)) {
        f->host = HostKind::Client;
        f->packet = packet;
        f->route = route;
        f->address = address;
    }
    if (m_behindRouter)
        throughRouter(packet, true);
    onLan(packet, m_originEntity, QString());
}

// An outside host that is not on the client's LAN reaches it through the LAN's router (and its
// answers leave that way).
void PacketWalk::throughRouter(const WalkPacket &packet, bool toLan)
{
    const quint32 router = Network::gatewayFor(m_ctx.network().clientAddress());
    Hop &h = addHop(HopAction::Route, QStringLiteral("router"), QStringLiteral("eth0"), QString(),
                    packet, packet);
    if (HopFacts *f = note(h, toLan ? HopWhy::RouterToLan : HopWhy::RouterFromLan)) {
        f->packet = packet;
        f->address = router;
    }
}

bool PacketWalk::isOutsideOrigin(quint32 address) const
{
    return m_origin == Origin::Client && address == m_sent.src;
}

void PacketWalk::fromPod(const PodInfo &pod, WalkPacket packet)
{
    quint32 address = 0;
    parseIPv4(pod.ip, &address);
    packet.src = address;
    m_origin = Origin::Pod;
    m_originEntity = pod.id;
    m_sent = packet;
    podSends(pod, packet);
}

void PacketWalk::fromNode(NodeContext &node, WalkPacket packet, const QString &entity)
{
    m_origin = Origin::Node;
    m_originEntity = entity;
    m_originNode = node.info->name;
    packet.src = 0; // chosen by the route, as the kernel does
    nodeSends(node, packet, entity);
}

void PacketWalk::podSends(const PodInfo &pod, WalkPacket packet)
{
    if (!guard())
        return;
    const HostNetwork &host = m_ctx.podNetwork(pod);
    const RouteEntry *route = host.lookup(packet.dst);
    NodeContext *node = m_ctx.node(pod.nodeName);
    Hop &h = addHop(HopAction::Send, pod.id, QStringLiteral("eth0"), pod.nodeName, packet, packet);
    h.route = route ? route->text : QString();
    if (HopFacts *f = note(h, HopWhy::Send)) {
        f->host = HostKind::Pod;
        f->packet = packet;
        f->route = route;
        f->pod = &pod;
    }
    if (!route || !node) {
        fail(h, fillArgs(Tr::tr("No route: pod %1 has no network."), pod.name));
        return;
    }
    if (route->local) { // its own address: never leaves the pod
        if (m_reply)
            replyArrived(pod.id, QStringLiteral("lo"), pod.nodeName, packet);
        else
            atPod(pod, packet);
        return;
    }
    arriveAtNode(*node, packet, m_ctx.network().veth(pod.id), route->gateway == 0);
}

// --- the LAN, the router and the cloud load balancer -----------------------------------------

void PacketWalk::onLan(WalkPacket packet, const QString &fromEntity, const QString &fromNode)
{
    if (!guard())
        return;
    const Network &net = m_ctx.network();
    if (m_reply)
        loadBalancerReply(packet);
    if (const NodeInfo *n = net.nodeByAddress(packet.dst)) {
        if (NodeContext *node = m_ctx.node(n->name)) {
            arriveAtNode(*node, packet, QStringLiteral("eth0"), false);
            return;
        }
    }
    if (isOutsideOrigin(packet.dst) || packet.dst == net.clientAddress()) {
        if (m_reply && m_behindRouter && isOutsideOrigin(packet.dst))
            throughRouter(packet, false);
        atClient(packet);
        return;
    }
    if (const int service = m_ctx.loadBalancerService(packet.dst); service >= 0) {
        atLoadBalancer(service, packet, fromEntity);
        return;
    }
    if (const int service = m_ctx.externalIPService(packet.dst); service >= 0 && !m_reply) {
        // No node has the address: the LAN routes it to one node (a static route on the router,
        // or an ARP answer), --external-ip-node or the first.
        const Cluster &cluster = m_ctx.cluster();
        const QString &pinned = cluster.settings.externalIPNode;
        const NodeInfo *target = pinned.isEmpty() ? nullptr : cluster.node(pinned);
        if (!target && !cluster.nodes.isEmpty())
            target = &cluster.nodes.first();
        if (NodeContext *node = target ? m_ctx.node(target->name) : nullptr) {
            Hop &h = addHop(HopAction::Route, QStringLiteral("router"), QStringLiteral("eth0"),
                            QString(), packet, packet);
            h.serviceId = cluster.services[service].id;
            if (HopFacts *f = note(h, HopWhy::ExternalIPToNode)) {
                f->packet = packet;
                f->service = &cluster.services[service];
                f->node = target;
                f->address = node->address;
            }
            arriveAtNode(*node, packet, QStringLiteral("eth0"), false);
            return;
        }
    }

    // Only the router is left, and it knows the LAN, the nodes and the cloud: nothing else.
    const HostNetwork *sender = fromNode.isEmpty() ? &m_outside : net.node(fromNode);
    const RouteEntry *route = sender ? sender->lookup(packet.dst) : nullptr;
    const quint32 router = Network::gatewayFor(
        fromNode.isEmpty() && !m_behindRouter ? net.clientAddress() : packet.src);
    Hop &h =
        addHop(HopAction::NoRoute, fromEntity, QStringLiteral("eth0"), fromNode, packet, packet);
    h.route = route ? route->text : QString();
    const QString dst = ip(packet.dst);
    const auto facts = [&](HopWhy why) {
        if (HopFacts *f = note(h, why)) {
            f->packet = packet;
            f->route = route;
            f->address = router;
        }
    };
    if (net.inClusterNetwork(packet.dst)) {
        facts(HopWhy::NoRoutePodNetwork);
        fail(h, fillArgs(
                    Tr::tr("No route: %1 is a pod address, unreachable from outside the cluster."),
                    dst));
    } else if (m_ctx.inServiceNetwork(packet.dst)) {
        facts(HopWhy::NoRouteServiceNetwork);
        fail(h, Tr::tr("Timeout: nothing answers %1:%2 (a ClusterIP exists only in kube-proxy's "
                       "rules, and none caught this port).")
                    .arg(dst)
                    .arg(packet.dport));
    } else {
        facts(HopWhy::NoRoute);
        fail(h, fillArgs(Tr::tr("No route to %1."), dst));
    }
}

void PacketWalk::atLoadBalancer(int serviceIndex, WalkPacket packet, const QString &fromEntity)
{
    Q_UNUSED(fromEntity);
    const Cluster &cluster = m_ctx.cluster();
    const ServiceInfo &svc = cluster.services[serviceIndex];
    const QString entity = QLatin1String("lb/") + svc.ns + u'/' + svc.name;
    const QString lbAddress = socket(packet.dst, packet.dport);
    const LoadBalancerPort *lb = m_ctx.loadBalancerPort(packet.dst, packet.dport, packet.protocol);
    const auto drop = [&](HopWhy why, const QString &summary) {
        Hop &h = addHop(HopAction::Drop, entity, QString(), QString(), packet, packet);
        h.serviceId = svc.id;
        if (HopFacts *f = note(h, why)) {
            f->packet = packet;
            f->service = &svc;
        }
        fail(h, summary);
    };
    if (!lb) {
        drop(HopWhy::LbNoListener,
             fillArgs(Tr::tr("Timeout: the load balancer of %1 has no listener on %2."), svc.name,
                      lbAddress));
        return;
    }
    const ServicePortInfo &port = svc.ports[lb->port];
    // Where this load balancer sends: per Service (annotation), else per cluster; an ingress
    // with ipMode Proxy is a proxy, which connects to the node ports itself.
    const QString target = svc.annotations.value(QLatin1String(kLoadBalancerTargetAnnotation));
    const bool proxyMode = svc.loadBalancerProxyIPs.contains(ip(packet.dst));
    const bool nodePortTarget =
        proxyMode || target == u"node-port" ||
        (target != u"vip" &&
         cluster.settings.loadBalancerTarget == ClusterSettings::LoadBalancerTarget::NodePort);
    if (nodePortTarget && !svc.loadBalancerSourceRanges.isEmpty()) {
        bool allowed = false;
        for (const QString &range : svc.loadBalancerSourceRanges) {
            quint32 net = 0;
            int prefix = 0;
            if (parseIPv4Cidr(range, &net, &prefix) && (packet.src & ipv4PrefixMask(prefix)) == net)
                allowed = true;
        }
        if (!allowed) {
            drop(HopWhy::LbSourceRange,
                 fillArgs(Tr::tr("Dropped: %1 is not in the loadBalancerSourceRanges of %2."),
                          ip(packet.src), svc.name));
            return;
        }
    }
    if (nodePortTarget && port.nodePort <= 0) {
        drop(HopWhy::LbNoNodePort,
             fillArgs(Tr::tr("Dropped: the load balancer of %1 has no node port to forward to."),
                      svc.name));
        return;
    }

    // Health checks: with Local policy only nodes with a ready local endpoint pass (kube-proxy's
    // health server on healthCheckNodePort answers 200 there, 503 elsewhere).
    const bool local = svc.externalTrafficPolicy == u"Local";
    const ServicePortPlan *plan = m_ctx.plan(serviceIndex, lb->port);
    QList<const NodeInfo *> healthy;
    QStringList healthyNames;
    for (const NodeInfo &n : cluster.nodes) {
        if (!n.ready || n.internalIP.isEmpty())
            continue;
        if (local && (!plan || plan->healthCheckEndpoints(n.name) == 0))
            continue;
        healthy << &n;
        healthyNames << n.name;
    }
    if (healthy.isEmpty()) {
        drop(HopWhy::LbNoHealthyNode,
             fillArgs(Tr::tr("Timeout: no node passes the health check of %1's load balancer."),
                      svc.name));
        return;
    }
    const NodeInfo *targetNode = nullptr;
    if (local && plan && !m_env.pinnedEndpoint.isEmpty())
        for (const PlannedEndpoint &e : plan->endpoints)
            if (e.text == m_env.pinnedEndpoint)
                for (const NodeInfo *n : healthy)
                    if (n->name == e.nodeName)
                        targetNode = n;
    if (!targetNode)
        targetNode = healthy[int(m_random() % quint64(healthy.size()))];
    NodeContext *node = m_ctx.node(targetNode->name);
    if (!node)
        return;
    const auto facts = [&](const Hop &h, HopWhy why, const WalkPacket &before) {
        if (HopFacts *f = note(h, why)) {
            f->packet = before;
            f->service = &svc;
            f->node = targetNode;
            f->address = node->address;
            f->port = port.nodePort;
            f->localPolicy = local;
            f->healthyNodes = healthyNames;
        }
    };

    if (!nodePortTarget) {
        // The VIP model: the packet reaches the node still addressed to the LB IP; the node's
        // kube-proxy rules for the load-balancer IP (KUBE-FW, KUBE-EXT) decide.
        Hop &h = addHop(HopAction::Route, entity, QString(), QString(), packet, packet);
        h.serviceId = svc.id;
        m_serviceId = svc.id;
        facts(h, HopWhy::LbToNode, packet);
        arriveAtNode(*node, packet, QStringLiteral("eth0"), false);
        return;
    }

    const int entry = m_conntrack.open(entity, packet.tuple());
    m_lbPlaces << entity;
    const WalkPacket before = packet;
    packet.dst = node->address;
    packet.dport = quint16(port.nodePort);
    m_conntrack.complete(entry, packet.tuple());
    Hop &h = addHop(HopAction::Dnat, entity, QString(), QString(), before, packet);
    h.serviceId = svc.id;
    m_serviceId = svc.id;
    facts(h, HopWhy::LbToNodePort, before);
    arriveAtNode(*node, packet, QStringLiteral("eth0"), false);
}

bool PacketWalk::loadBalancerReply(WalkPacket &packet)
{
    for (const QString &place : std::as_const(m_lbPlaces)) {
        const QString svcId = QLatin1String("svc/") + place.mid(3);
        ConntrackTable::Direction direction;
        const int entry = m_conntrack.find(place, packet.tuple(), &direction);
        if (entry < 0 || direction != ConntrackTable::Direction::Reply)
            continue;
        const ConntrackEntry &e = m_conntrack.at(entry);
        const WalkPacket before = packet;
        packet.src = e.original.dst;
        packet.sport = e.original.dport;
        Hop &h = addHop(HopAction::UnDnat, place, QString(), QString(), before, packet);
        h.serviceId = svcId;
        if (m_explain)
            h.conntrack = e.text();
        if (HopFacts *f = note(h, HopWhy::LbReply)) {
            f->packet = before;
            f->after = packet;
        }
        return true;
    }
    return false;
}

} // namespace hopscope
