// Packet flows of kube-proxy's own iptables unit tests (pkg/proxy/iptables/proxier_test.go),
// set up through manifests (tests/data/fidelity/) and kube-proxy's options, traced through
// the rules Hopscope generates: the endpoint chosen or the REJECT/DROP, the rule that decided,
// and whether the packet was masqueraded (the source the receiver sees).

#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"
#include "core/proxy/proxyrules.h"
#include "core/trace/tracer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace hopscope;

namespace {

Cluster buildFixture(const QStringList &options)
{
    QFile f(QStringLiteral(HOPSCOPE_TEST_DATA "/fidelity/loadbalancers.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    ClusterSettings settings;
    for (const QString &option : options)
        if (!settings.setOption(option.section(u'=', 0, 0), option.section(u'=', 1)))
            qWarning("bad option %s", qPrintable(option));
    return ClusterBuilder::build(ManifestReader::readBytes(f.readAll(), "loadbalancers.yaml"),
                                 settings);
}

QString actions(const Trace &t)
{
    QStringList list;
    for (const Hop &h : t.hops)
        list << (h.reply ? QStringLiteral("R:") : QString()) + h.actionName();
    return list.join(u',');
}

bool containsInOrder(const QString &all, const QString &wanted)
{
    const QStringList have = all.split(u',');
    qsizetype at = 0;
    for (const QString &w : wanted.split(u',', Qt::SkipEmptyParts)) {
        while (at < have.size() && have[at] != w)
            ++at;
        if (at == have.size())
            return false;
        ++at;
    }
    return true;
}

} // namespace

class TestTraceFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flows_data();
    void flows();
    void healthCheckCountsReadyEndpointsOnly();
    void outsideSourceProblems_data();
    void outsideSourceProblems();
};

void TestTraceFidelity::flows_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("seenSource"); // at the request's Deliver hop ("" not checked)
    QTest::addColumn<QString>("sequence");   // actions that occur, in order
    QTest::addColumn<QString>("rule");       // a rule the walk matched (hop rule or trail)

    const auto row = [](const char *name, QStringList options, const char *from, const char *to,
                        bool delivered, const char *seen, const char *sequence,
                        const char *rule) {
        QTest::newRow(name) << options << QString::fromUtf8(from) << QString::fromUtf8(to)
                            << delivered << QString::fromUtf8(seen) << QString::fromUtf8(sequence)
                            << QString::fromUtf8(rule);
    };
    const char *fwAllow =
        "-A KUBE-FW-ZZZZ -m comment --comment \"default/web-lb loadbalancer IP\" "
        "-s 203.0.113.0/24 -j KUBE-EXT-ZZZZ";
    const char *firewallDrop =
        "-A KUBE-PROXY-FIREWALL -m comment --comment \"default/web-lb traffic not accepted by "
        "KUBE-FW-ZZZZ\" -m tcp -p tcp -d 198.51.100.1 --dport 80 -j DROP";

    // TestLoadBalancer: the LB delivers to a node, still addressed to the LB IP (VIP model).
    row("TestLoadBalancer: a source in loadBalancerSourceRanges passes KUBE-FW, masqueraded",
        {}, "ip/203.0.113.7", "198.51.100.1:80", true, "", "send,route,route,DNAT,SNAT",
        fwAllow);
    row("TestLoadBalancer: a source outside the ranges is dropped by KUBE-PROXY-FIREWALL", {},
        "client", "198.51.100.1:80", false, "", "send,route,DROP", firewallDrop);
    row("TestLoadBalancer: outside the ranges, KUBE-FW lets it fall through (shown at the DROP)",
        {}, "client", "198.51.100.1:80", false, "", "send,route,DROP",
        "-A KUBE-FW-ZZZZ -m comment --comment \"other traffic to default/web-lb will be dropped "
        "by KUBE-PROXY-FIREWALL\"");
    row("TestLoadBalancer: the client LAN's own host in the ranges (ip/ on the LAN)", {},
        "ip/192.168.1.50", "198.51.100.1:80", false, "", "send,route,DROP", firewallDrop);
    row("TestOnlyLocalLoadBalancing: LB to the node with the pod, client IP kept", {}, "client",
        "198.51.100.2:80", true, "192.168.1.10", "send,route,DNAT,bridge,deliver,R:un-DNAT",
        "-A KUBE-EXT-ZZZZ -j KUBE-SVL-ZZZZ");
    row("TestOnlyLocalNodePorts: a node without a local endpoint drops (no local endpoints)",
        {}, "client", "192.168.1.2:30082", false, "", "send,DROP",
        "-A KUBE-EXTERNAL-SERVICES -m comment --comment \"default/web-local has no local "
        "endpoints\" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30082 -j DROP");
    row("allocateLoadBalancerNodePorts false: the VIP model still delivers", {}, "client",
        "198.51.100.3:80", true, "", "send,route,DNAT,SNAT", "");
    row("load-balancer-target node-port annotation: LB → NodeIP:NodePort", {}, "client",
        "198.51.100.4:80", true, "", "send,DNAT,DNAT,R:un-DNAT,R:un-DNAT", "");
    row("load-balancer-target node-port setting: the cluster's LBs forward to node ports",
        {"load-balancer-target=node-port"}, "client", "198.51.100.2:80", true, "192.168.1.10",
        "send,DNAT,DNAT,deliver,R:un-DNAT,R:un-DNAT", "");
    row("TestExternalIPs: the LAN routes an external IP to node-1, masqueraded", {}, "client",
        "192.0.2.10:80", true, "", "send,route,DNAT,SNAT,deliver",
        "-A KUBE-SERVICES -m comment --comment \"default/web-ext external IP\" -m tcp -p tcp "
        "-d 192.0.2.10 --dport 80 -j KUBE-EXT-ZZZZ");
    row("TestExternalIPsReject: an external IP without endpoints is rejected", {}, "client",
        "192.0.2.11:80", false, "", "send,route,REJECT",
        "-A KUBE-EXTERNAL-SERVICES -m comment --comment \"default/nothing-ext has no endpoints\" "
        "-m tcp -p tcp -d 192.0.2.11 --dport 80 -j REJECT");
    row("external-ip-node pins where the LAN routes external IPs", {"external-ip-node=node-2"},
        "client", "192.0.2.10:80", true, "", "send,route,DNAT,SNAT,bridge,deliver", "");
    row("TestNodePortsWithLocalhost: a node's curl to 127.0.0.1:NODEPORT via lo, masqueraded", {},
        "node/node-2", "127.0.0.1:30080", true, "10.244.1.1", "send,DNAT,SNAT,bridge,deliver",
        "-A KUBE-NODEPORTS -m comment --comment default/web-np -m tcp -p tcp -d 127.0.0.0/8 "
        "--dport 30080 -m nfacct --nfacct-name localhost_nps_accepted_pkts -j "
        "KUBE-EXT-ZZZZ");
    row("--iptables-localhost-nodeports=false: 127.0.0.1:NODEPORT is not caught, refused",
        {"iptables-localhost-nodeports=false"}, "node/node-2", "127.0.0.1:30080", false, "",
        "send,refused", "");
    row("--nodeport-addresses 192.168.1.3/32: node-1's node port is closed", 
        {"nodeport-addresses=192.168.1.3/32"}, "client", "192.168.1.2:30080", false, "",
        "send,refused", "");
    row("--nodeport-addresses 192.168.1.3/32: node-2's node port stays open",
        {"nodeport-addresses=192.168.1.3/32"}, "client", "192.168.1.3:30080", true, "",
        "send,DNAT,SNAT",
        "-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports; NOTE: this must "
        "be the last rule in this chain\" -d 192.168.1.3 -j KUBE-NODEPORTS");
    row("an outside host behind the LAN's router reaches a node port", {}, "ip/203.0.113.7",
        "192.168.1.3:30080", true, "", "send,route,DNAT,SNAT,bridge,deliver,R:route,R:deliver",
        "");
}

void TestTraceFidelity::flows()
{
    QFETCH(QStringList, options);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, delivered);
    QFETCH(QString, seenSource);
    QFETCH(QString, sequence);
    QFETCH(QString, rule);

    const Cluster cluster = buildFixture(options);
    QVERIFY(!cluster.nodes.isEmpty());
    const ProxyRules rules(cluster);
    TraceRequest request;
    request.from = from;
    request.to = to;
    const Trace t = trace(cluster, rules, request);
    QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.value(0).message));
    const QString seq = actions(t);
    QVERIFY2(containsInOrder(seq, sequence), qPrintable(seq));
    QCOMPARE(t.delivered, delivered);
    if (delivered)
        QCOMPARE(t.hops.last().entity, t.hops.first().entity);
    if (delivered && to.startsWith(QLatin1String("127."))) {
        // Sent through lo, and the answer reaches the node's socket through lo again.
        QCOMPARE(t.hops.first().interface, QStringLiteral("lo"));
        QCOMPARE(t.hops.last().interface, QStringLiteral("lo"));
    }
    for (const Hop &h : t.hops)
        if (!h.reply && h.action == HopAction::Deliver && !seenSource.isEmpty())
            QCOMPARE(h.before.srcIP, seenSource);
    if (!rule.isEmpty()) {
        // KUBE-EXT-ZZZZ (and FW, SVC, SVL, SEP) stands for the chain's hash suffix.
        QStringList seen;
        for (const Hop &h : t.hops) {
            seen << h.rule;
            for (const HopRule &r : h.trail)
                seen << r.rule;
        }
        bool found = false;
        for (const QString &text : std::as_const(seen)) {
            const QString generic =
                QString(text).replace(
                    QRegularExpression(QStringLiteral("KUBE-(EXT|FW|SVC|SVL|SEP)-[A-Z2-7]{16}")),
                    QStringLiteral("KUBE-\\1-ZZZZ"));
            found = found || text == rule || generic == rule;
        }
        QVERIFY2(found, qPrintable(seen.join(u'\n')));
    }
}

void TestTraceFidelity::healthCheckCountsReadyEndpointsOnly()
{
    // proxier.go: the health check server counts ready local endpoints (LocalReadyEndpoints);
    // node-2 runs web-1: 200, with its ACCEPT rule from KUBE-NODEPORTS.
    const Cluster cluster = buildFixture({});
    const ProxyRules rules(cluster);
    TraceRequest request;
    request.from = QStringLiteral("client");
    request.to = QStringLiteral("192.168.1.3:32000");
    const Trace t = trace(cluster, rules, request);
    QVERIFY(t.delivered);
    const Hop *deliver = nullptr;
    for (const Hop &h : t.hops)
        if (!h.reply && h.action == HopAction::Deliver)
            deliver = &h;
    QVERIFY(deliver);
    QCOMPARE(deliver->rule, QStringLiteral("-A KUBE-NODEPORTS -m comment --comment "
                                           "\"default/web-local health check node port\" -m tcp "
                                           "-p tcp --dport 32000 -j ACCEPT"));
    QVERIFY2(deliver->explanation.contains(QStringLiteral("answers HTTP 200")),
             qPrintable(deliver->explanation));
    QVERIFY2(!deliver->explanation.contains(QStringLiteral(") listens")),
             qPrintable(deliver->explanation));
}

void TestTraceFidelity::outsideSourceProblems_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("a node's address is no outside host") << "ip/192.168.1.2";
    QTest::newRow("a pod address is no outside host") << "ip/10.244.1.2";
    QTest::newRow("not an address") << "ip/300.1.1.1";
    QTest::newRow("a client the lesson does not name") << "client/office";
}

void TestTraceFidelity::outsideSourceProblems()
{
    QFETCH(QString, from);
    const Cluster cluster = buildFixture({});
    const ProxyRules rules(cluster);
    TraceRequest request;
    request.from = from;
    request.to = QStringLiteral("192.168.1.3:30080");
    const Trace t = trace(cluster, rules, request);
    QCOMPARE(t.problems.size(), 1);
    QCOMPARE(t.problems.first().code, QStringLiteral("trace-unknown-source"));
}

QTEST_GUILESS_MAIN(TestTraceFidelity)
#include "tst_tracefidelity.moc"
