// PacketWalk on a node: VXLAN decapsulation, conntrack, the netfilter hooks in their order
// (nat PREROUTING or OUTPUT, routing, filter INPUT / FORWARD / OUTPUT, nat POSTROUTING), and
// the way out: the cni0 bridge to a pod, flannel.1 (VXLAN) to another node, or eth0.

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

const QString &chainName(const char *name)
{
    static const QString prerouting = QStringLiteral("PREROUTING");
    static const QString input = QStringLiteral("INPUT");
    static const QString forward = QStringLiteral("FORWARD");
    static const QString output = QStringLiteral("OUTPUT");
    static const QString postrouting = QStringLiteral("POSTROUTING");
    switch (name[0]) {
    case 'P':
        return name[1] == 'R' ? prerouting : postrouting;
    case 'I':
        return input;
    case 'F':
        return forward;
    default:
        return output;
    }
}

const QString kFlannel = QStringLiteral("flannel.1");
const QString kCni0 = QStringLiteral("cni0");
const QString kEth0 = QStringLiteral("eth0");
const QString kVxlanPortText = QString::number(kVxlanPort);
const QString kVxlanVniText = QString::number(kVxlanVni);

} // namespace

TableVerdict PacketWalk::walkTable(NodeContext &node, RuleTable table, const char *chain,
                                   WalkPacket &packet, quint8 ctstate)
{
    RulePacket rp;
    rp.src = packet.src;
    rp.srcPort = packet.sport;
    rp.dst = packet.dst;
    rp.dstPort = packet.dport;
    rp.protocol = packet.protocol;
    rp.mark = packet.mark;
    rp.ctstate = ctstate;
    RuleEvaluator evaluator(*node.rules, node.flannel, m_ctx.chainCache(), node.chains, m_env,
                            node.match);
    TableVerdict verdict = evaluator.walk(table, chainName(chain), rp);
    packet.mark = rp.mark;
    return verdict;
}

// The rule's position in the node's table (the rules pane), looked up once per node and rule.
static int ruleIndexOn(NodeContext &node, const IptablesRule *rule)
{
    auto it = node.ruleIndexes.constFind(rule);
    if (it == node.ruleIndexes.cend())
        it = node.ruleIndexes.insert(rule, node.rules->ruleIndex(rule));
    return it.value();
}

void PacketWalk::setRule(Hop &hop, NodeContext &node, const IptablesRule *rule)
{
    if (!rule)
        return;
    hop.table = ruleTableName(rule->table);
    hop.chain = rule->chain;
    hop.rule = rule->text;
    hop.ruleIndex = ruleIndexOn(node, rule);
}

void PacketWalk::setTrail(Hop &hop, NodeContext &node, const TableVerdict &verdict)
{
    if (!m_explain)
        return; // bulk runs: nobody lists the rules
    hop.trail.reserve(verdict.trail.size());
    for (const IptablesRule *r : verdict.trail)
        hop.trail << HopRule{ruleTableName(r->table), r->chain, r->text, ruleIndexOn(node, r)};
}

void PacketWalk::addDnatHop(NodeContext &node, const WalkPacket &before, const WalkPacket &after,
                            const TableVerdict &verdict, const QString &interface)
{
    Hop &h = addHop(HopAction::Dnat, node.place, interface, node.info->name, before, after);
    setRule(h, node, verdict.rule);
    setTrail(h, node, verdict);
    h.serviceId = verdict.rule->serviceId;
    m_serviceId = h.serviceId;
    if (HopFacts *f = note(h, HopWhy::Dnat)) {
        f->place = &node;
        f->verdict = verdict;
        f->packet = before;
        f->after = after;
    }
}

// The packet reaches a node: from a pod's veth, from eth0 (the LAN, or VXLAN from another node).
void PacketWalk::arriveAtNode(NodeContext &node, WalkPacket packet, const QString &interface,
                              bool bridged)
{
    if (!guard())
        return;
    QString in = interface;
    if (packet.encapsulated) {
        WalkPacket inner = packet;
        inner.encapsulated = false;
        inner.outerSrc = inner.outerDst = 0;
        Hop &h =
            addHop(HopAction::Decapsulate, node.place, kFlannel, node.info->name, packet, inner);
        if (HopFacts *f = note(h, HopWhy::Decapsulate)) {
            f->place = &node;
            f->packet = packet;
        }
        packet = inner;
        in = kFlannel;
    }
    bool established = false;
    int entry = -1;
    const quint32 arrivedFor = packet.dst;
    conntrackAtNode(node, packet, &established, &entry, in);
    if (packet.dst != arrivedFor)
        bridged = false; // addressed to the node (un-SNAT): routed, not bridged
    m_markedBy = nullptr;
    m_natMiss = TableVerdict();
    if (!established) {
        const WalkPacket before = packet;
        const TableVerdict verdict = walkTable(node, RuleTable::Nat, "PREROUTING", packet, CtNew);
        if (verdict.kind == TableVerdict::Kind::Dnat) {
            packet.dst = verdict.dnatAddress;
            packet.dport = verdict.dnatPort;
            addDnatHop(node, before, packet, verdict, in);
            bridged = false;
        } else {
            m_natMiss = verdict; // e.g. KUBE-FW let it fall through: shown with the filter DROP
        }
        m_markedBy = verdict.markedBy;
    }
    routeAtNode(node, packet, established, entry, in, bridged, false);
}

// A node's own process sends (a request from `node/NAME` or a hostNetwork pod, or the answer
// of a server on the node): routing picks the source, then nat OUTPUT.
void PacketWalk::nodeSends(NodeContext &node, WalkPacket packet, const QString &entity)
{
    if (!guard())
        return;
    const RouteEntry *route = node.net->lookup(packet.dst);
    if (!m_reply && packet.src == 0) {
        packet.src = route ? node.net->sourceAddress(*route) : node.address;
        m_sent = packet;
    }
    const QString nodeName = node.info->name;
    const QString device = route ? (route->local ? QStringLiteral("lo") : route->device) : kEth0;
    Hop &h = addHop(HopAction::Send, entity, device, nodeName, packet, packet);
    h.route = route ? route->text : QString();
    if (HopFacts *f = note(h, HopWhy::Send)) {
        f->host = HostKind::Node;
        f->place = &node;
        f->packet = packet;
        f->route = route;
    }
    if (!route) {
        fail(h, fillArgs(Tr::tr("No route to %1."), ip(packet.dst)));
        return;
    }
    const quint32 sentTo = packet.dst;
    bool established = false;
    int entry = -1;
    conntrackAtNode(node, packet, &established, &entry, device);
    m_markedBy = nullptr;
    if (!established) {
        const WalkPacket before = packet;
        const TableVerdict verdict = walkTable(node, RuleTable::Nat, "OUTPUT", packet, CtNew);
        if (verdict.kind == TableVerdict::Kind::Dnat) {
            packet.dst = verdict.dnatAddress;
            packet.dport = verdict.dnatPort;
            addDnatHop(node, before, packet, verdict, device);
        }
        m_markedBy = verdict.markedBy;
    }
    // The Send hop showed the route; a new destination (DNAT, un-NAT) is routed again.
    routeAtNode(node, packet, established, entry, device, packet.dst == sentTo, true);
}

// Conntrack at a node: a known connection is ESTABLISHED (and an answer of a translated one
// is un-translated here); anything else opens an entry.
bool PacketWalk::conntrackAtNode(NodeContext &node, WalkPacket &packet, bool *established,
                                 int *entry, const QString &interface)
{
    ConntrackTable::Direction direction;
    const int found = m_conntrack.find(node.place, packet.tuple(), &direction);
    if (found < 0) {
        *established = false;
        *entry = m_conntrack.open(node.place, packet.tuple());
        return true;
    }
    *established = true;
    *entry = -1;
    const ConntrackEntry &e = m_conntrack.at(found);
    if (!e.dnat() && !e.snat())
        return true;
    const WalkPacket before = packet;
    if (direction == ConntrackTable::Direction::Original) {
        packet.src = e.reply.dst;
        packet.sport = e.reply.dport;
        packet.dst = e.reply.src;
        packet.dport = e.reply.sport;
        return true;
    }
    packet.src = e.original.dst;
    packet.sport = e.original.dport;
    packet.dst = e.original.src;
    packet.dport = e.original.sport;
    const QString nodeName = node.info->name;
    Hop &h = addHop(e.dnat() ? HopAction::UnDnat : HopAction::UnSnat, node.place, interface,
                    nodeName, before, packet);
    if (m_explain)
        h.conntrack = e.text();
    h.serviceId = e.dnat() ? m_serviceId : QString();
    if (HopFacts *f = note(h, HopWhy::UnTranslate)) {
        f->place = &node;
        f->packet = before;
        f->after = packet;
        f->dnat = e.dnat();
        f->snat = e.snat();
    }
    return true;
}

void PacketWalk::routeAtNode(NodeContext &node, WalkPacket packet, bool established, int entry,
                             const QString &interface, bool bridged, bool local)
{
    if (!guard())
        return;
    quint8 ctstate = established ? CtEstablished : CtNew;
    if (entry >= 0 && packet.dst != m_conntrack.at(entry).original.dst)
        ctstate |= CtDnat;
    const QString nodeName = node.info->name;
    if (node.net->isLocalAddress(packet.dst)) {
        if (local) {
            const TableVerdict out = walkTable(node, RuleTable::Filter, "OUTPUT", packet, ctstate);
            if (!filterVerdict(node, out, packet, QStringLiteral("lo")))
                return;
        }
        const TableVerdict in = walkTable(node, RuleTable::Filter, "INPUT", packet, ctstate);
        if (!filterVerdict(node, in, packet, interface))
            return;
        m_inputVerdict = in;
        m_conntrack.complete(entry, packet.tuple());
        atNodeProcess(node, packet);
        return;
    }
    const RouteEntry *route = node.net->lookup(packet.dst);
    if (!route) {
        Hop &h = addHop(HopAction::NoRoute, node.place, interface, nodeName, packet, packet);
        if (HopFacts *f = note(h, HopWhy::NodeNoRoute)) {
            f->place = &node;
            f->packet = packet;
        }
        fail(h, fillArgs(Tr::tr("%1 has no route to %2."), nodeName, ip(packet.dst)));
        return;
    }
    const TableVerdict filter =
        walkTable(node, RuleTable::Filter, local ? "OUTPUT" : "FORWARD", packet, ctstate);
    if (!filterVerdict(node, filter, packet, route->device))
        return;
    // A Route hop, unless the packet is only bridged (pod to pod on this node) or the Send hop
    // of the node's own process already showed this route.
    if (!bridged) {
        Hop &h = addHop(HopAction::Route, node.place, route->device, nodeName, packet, packet);
        h.route = route->text;
        if (filter.kind == TableVerdict::Kind::Accept)
            setRule(h, node, filter.rule);
        setTrail(h, node, filter);
        if (HopFacts *f = note(h, HopWhy::Route)) {
            f->place = &node;
            f->packet = packet;
            f->route = route;
            f->verdict = filter;
        }
    }
    leaveNode(node, packet, *route, established, entry, interface);
}

bool PacketWalk::filterVerdict(NodeContext &node, const TableVerdict &verdict,
                               const WalkPacket &packet, const QString &interface)
{
    if (verdict.kind != TableVerdict::Kind::Drop && verdict.kind != TableVerdict::Kind::Reject)
        return true;
    Hop &h =
        addHop(verdict.kind == TableVerdict::Kind::Reject ? HopAction::Reject : HopAction::Drop,
               node.place, interface, node.info->name, packet, packet);
    setRule(h, node, verdict.rule);
    if (verdict.rule && verdict.rule->role == RuleRole::LoadBalancerSourceDrop &&
        !m_natMiss.trail.isEmpty()) {
        // The nat walk that matched no source range (KUBE-SERVICES → KUBE-FW, no DNAT), then
        // the filter rules that drop it.
        TableVerdict both = verdict;
        both.trail = m_natMiss.trail + verdict.trail;
        setTrail(h, node, both);
    } else {
        setTrail(h, node, verdict);
    }
    h.serviceId = verdict.rule ? verdict.rule->serviceId : QString();
    if (HopFacts *f = note(h, HopWhy::FilterStop)) {
        f->place = &node;
        f->packet = packet;
        f->verdict = verdict;
    }
    fail(h, filterFailureSummary(node, verdict, packet));
    return false;
}

// nat POSTROUTING (for a new connection), then out of the route's device.
void PacketWalk::leaveNode(NodeContext &node, WalkPacket packet, const RouteEntry &route,
                           bool established, int entry, const QString &ingress)
{
    const QString nodeName = node.info->name;
    if (!established) {
        const WalkPacket before = packet;
        const TableVerdict verdict = walkTable(node, RuleTable::Nat, "POSTROUTING", packet, CtNew);
        if (verdict.kind == TableVerdict::Kind::Masquerade) {
            packet.src = node.net->sourceAddress(route);
            const bool kubeProxy = verdict.rule->role == RuleRole::PostroutingMasquerade;
            Hop &h = addHop(HopAction::Snat, node.place, route.device, nodeName, before, packet);
            setRule(h, node, verdict.rule);
            setTrail(h, node, verdict);
            h.serviceId = kubeProxy ? m_serviceId : QString();
            if (HopFacts *f = note(h, HopWhy::Snat)) {
                f->place = &node;
                f->packet = before;
                f->after = packet;
                f->verdict = verdict;
                f->markedBy = m_markedBy;
                f->device = route.device;
            }
        }
    }
    m_conntrack.complete(entry, packet.tuple());
    packet.mark = 0; // the mark belongs to this host's skb
    if (route.device == kCni0)
        bridgeToPod(node, packet, ingress);
    else if (route.device == kFlannel)
        encapsulate(node, packet, route);
    else
        onLan(packet, node.place, nodeName);
}

void PacketWalk::encapsulate(NodeContext &node, WalkPacket packet, const RouteEntry &route)
{
    const Network &net = m_ctx.network();
    const NodeInfo *remoteInfo = net.nodeOwningPodAddress(route.gateway);
    NodeContext *remote = remoteInfo ? m_ctx.node(remoteInfo->name) : nullptr;
    const QString nodeName = node.info->name;
    if (!remote) {
        Hop &h = addHop(HopAction::NoRoute, node.place, kFlannel, nodeName, packet, packet);
        if (HopFacts *f = note(h, HopWhy::NoVxlanGateway))
            f->address = route.gateway;
        fail(h, fillArgs(Tr::tr("No node owns the VXLAN gateway %1: flannel.1 cannot send the "
                                "packet."),
                         ip(route.gateway)));
        return;
    }
    WalkPacket outer = packet;
    outer.encapsulated = true;
    outer.outerSrc = node.address;
    outer.outerDst = remote->address;
    Hop &h = addHop(HopAction::Encapsulate, node.place, kFlannel, nodeName, packet, outer);
    h.route = net.neighbourEntry(*remoteInfo) + u'\n' + net.fdbEntry(*remoteInfo);
    const auto facts = [&](const Hop &hop, HopWhy why) {
        if (HopFacts *f = note(hop, why)) {
            f->place = &node;
            f->node = remoteInfo;
            f->address = remote->address;
        }
    };
    facts(h, HopWhy::Encapsulate);
    const RouteEntry *wire = node.net->lookup(remote->address);
    Hop &w = addHop(HopAction::Route, node.place, kEth0, nodeName, outer, outer);
    w.route = wire ? wire->text : QString();
    facts(w, HopWhy::VxlanWire);
    arriveAtNode(*remote, outer, kEth0, false);
}

void PacketWalk::bridgeToPod(NodeContext &node, const WalkPacket &packet, const QString &ingress)
{
    const PodInfo *pod = m_ctx.network().podByAddress(packet.dst);
    const QString nodeName = node.info->name;
    if (!pod || pod->nodeName != nodeName) {
        Hop &h = addHop(HopAction::NoRoute, node.place, kCni0, nodeName, packet, packet);
        if (HopFacts *f = note(h, HopWhy::NoPodOnBridge)) {
            f->place = &node;
            f->packet = packet;
        }
        fail(h, fillArgs(Tr::tr("Unreachable: no pod has %1."), ip(packet.dst)));
        return;
    }
    const QString veth = m_ctx.network().veth(pod->id);
    Hop &h = addHop(HopAction::Bridge, node.place, veth, nodeName, packet, packet);
    if (HopFacts *f = note(h, HopWhy::Bridge)) {
        f->place = &node;
        f->pod = pod;
        f->device = veth;
        f->hairpin = ingress == veth;
    }
    atPod(*pod, packet);
}

} // namespace hopscope
