#pragma once

// Hand-built traces on the test cluster (testcluster.h), shaped as the tracer makes them: the
// seed's NodePort request (client → node-1:30008 → a myapp pod on node-2 through the VXLAN
// overlay, and the reply), and the failing "client → pod IP directly". The DNAT hop names the
// real rule of node-1's ProxyRules, so the rules pane can find it.

#include "core/model/cluster.h"
#include "core/proxy/proxyrules.h"
#include "core/model/trace.h"

namespace hopscope::test {

inline PacketHeader header(const QString &src, int sport, const QString &dst, int dport)
{
    PacketHeader h;
    h.srcIP = src;
    h.srcPort = sport;
    h.dstIP = dst;
    h.dstPort = dport;
    return h;
}

inline PacketHeader vxlan(PacketHeader h, const QString &outerSrc, const QString &outerDst)
{
    h.encapsulated = true;
    h.outerSrcIP = outerSrc;
    h.outerDstIP = outerDst;
    h.outerDstPort = 8472;
    h.vni = 1;
    return h;
}

inline Hop hop(const QString &entity, const QString &iface, const QString &node, HopAction action,
               const PacketHeader &before, const PacketHeader &after, bool reply = false)
{
    Hop h;
    h.entity = entity;
    h.interface = iface;
    h.node = node;
    h.action = action;
    h.before = before;
    h.after = after;
    h.reply = reply;
    h.explanation =
        QStringLiteral("Explanation of %1 at %2 %3.").arg(hopActionName(action), entity, iface);
    return h;
}

// client → 192.168.1.2:30008 (myapp-service), DNAT to 10.244.1.2:80 on node-2.
inline Trace nodePortTrace(const Cluster &c)
{
    const QString client = QStringLiteral("192.168.1.10");
    const QString node1 = QStringLiteral("192.168.1.2");
    const QString node2 = QStringLiteral("192.168.1.3");
    const QString podIP = QStringLiteral("10.244.1.2");
    const QString vtep1 = QStringLiteral("10.244.0.0");
    const QString pod = QStringLiteral("pod/default/myapp-7c9f6d5b8-9bw2m");
    const QString n1 = QStringLiteral("node/node-1");
    const QString n2 = QStringLiteral("node/node-2");
    Trace t;
    t.request.from = QStringLiteral("client");
    t.request.to = QStringLiteral("192.168.1.2:30008");
    const PacketHeader sent = header(client, 45232, node1, 30008);
    PacketHeader dnat = header(client, 45232, podIP, 80);
    dnat.masqMark = true;
    PacketHeader snat = header(vtep1, 45232, podIP, 80);
    const PacketHeader wrapped = vxlan(snat, node1, node2);
    t.hops << hop(QStringLiteral("client"), QStringLiteral("eth0"), QString(), HopAction::Send,
                  sent, sent);
    t.hops.last().route = QStringLiteral("192.168.1.0/24 dev eth0 proto kernel scope link");
    Hop d = hop(n1, QStringLiteral("eth0"), QStringLiteral("node-1"), HopAction::Dnat, sent, dnat);
    d.serviceId = QStringLiteral("svc/default/myapp-service");
    // The rule that decided: node-1's KUBE-SEP DNAT to the chosen endpoint.
    ProxyRules rules(c);
    const auto onNode = rules.forNode(QStringLiteral("node-1"));
    for (const IptablesRule *r : onNode->rules(RuleTable::Nat)) {
        if (r->serviceId == d.serviceId && r->chain == u"KUBE-NODEPORTS" && d.trail.isEmpty())
            d.trail.prepend(
                HopRule{QStringLiteral("nat"), r->chain, r->text, onNode->ruleIndex(r)});
        if (r->serviceId == d.serviceId && r->text.contains(u"-j DNAT") &&
            r->endpoint == QStringLiteral("10.244.1.2:80")) {
            d.table = QStringLiteral("nat");
            d.chain = r->chain;
            d.rule = r->text;
            d.ruleIndex = onNode->ruleIndex(r);
            d.trail.append(HopRule{d.table, d.chain, d.rule, d.ruleIndex});
        }
    }
    t.hops << d;
    t.hops << hop(n1, QStringLiteral("flannel.1"), QStringLiteral("node-1"), HopAction::Route, dnat,
                  dnat);
    t.hops.last().route = QStringLiteral("10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink");
    PacketHeader unmarked = snat;
    t.hops << hop(n1, QStringLiteral("flannel.1"), QStringLiteral("node-1"), HopAction::Snat, dnat,
                  unmarked);
    t.hops << hop(n1, QStringLiteral("flannel.1"), QStringLiteral("node-1"), HopAction::Encapsulate,
                  snat, wrapped);
    t.hops << hop(n1, QStringLiteral("eth0"), QStringLiteral("node-1"), HopAction::Route, wrapped,
                  wrapped);
    t.hops << hop(n2, QStringLiteral("flannel.1"), QStringLiteral("node-2"), HopAction::Decapsulate,
                  wrapped, snat);
    t.hops << hop(n2, QStringLiteral("cni0"), QStringLiteral("node-2"), HopAction::Route, snat,
                  snat);
    t.hops << hop(n2, QStringLiteral("veth1c225424"), QStringLiteral("node-2"), HopAction::Bridge,
                  snat, snat);
    t.hops << hop(pod, QStringLiteral("eth0"), QString(), HopAction::Deliver, snat, snat);
    t.replyStart = int(t.hops.size());
    const PacketHeader answer = header(podIP, 80, vtep1, 45232);
    const PacketHeader answerWrapped = vxlan(answer, node2, node1);
    const PacketHeader restored = header(node1, 30008, client, 45232);
    t.hops << hop(pod, QStringLiteral("eth0"), QString(), HopAction::Send, answer, answer, true);
    t.hops << hop(n2, QStringLiteral("flannel.1"), QStringLiteral("node-2"), HopAction::Encapsulate,
                  answer, answerWrapped, true);
    t.hops << hop(n1, QStringLiteral("flannel.1"), QStringLiteral("node-1"), HopAction::Decapsulate,
                  answerWrapped, answer, true);
    t.hops << hop(n1, QStringLiteral("eth0"), QStringLiteral("node-1"), HopAction::UnDnat, answer,
                  restored, true);
    t.hops << hop(QStringLiteral("client"), QStringLiteral("eth0"), QString(), HopAction::Deliver,
                  restored, restored, true);
    for (int i = 0; i < t.hops.size(); ++i)
        t.hops[i].index = i;
    t.delivered = true;
    t.endpoint = QStringLiteral("10.244.1.2:80");
    t.endpointPod = pod;
    t.summary = QStringLiteral("Delivered to %1.").arg(pod);
    return t;
}

// client → 10.244.1.2:80: the client's router has no route to the pod network.
inline Trace podDirectTrace()
{
    Trace t;
    t.request.from = QStringLiteral("client");
    t.request.to = QStringLiteral("10.244.1.2:80");
    const PacketHeader sent =
        header(QStringLiteral("192.168.1.10"), 45232, QStringLiteral("10.244.1.2"), 80);
    t.hops << hop(QStringLiteral("client"), QStringLiteral("eth0"), QString(), HopAction::Send,
                  sent, sent);
    Hop fail = hop(QStringLiteral("client"), QStringLiteral("eth0"), QString(), HopAction::NoRoute,
                   sent, sent);
    fail.index = 1;
    fail.failure = true;
    fail.route = QStringLiteral("default via 192.168.1.1 dev eth0");
    t.hops << fail;
    t.summary = QStringLiteral("No route: 10.244.1.2 is a pod address, unreachable from outside "
                               "the cluster.");
    return t;
}

} // namespace hopscope::test
