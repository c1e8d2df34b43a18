// The structured rules as the tracer uses them: the index of the long chains, match() on
// packets of the A3.5 walks, ClientIP affinity, sharing of rule blocks between nodes.

#include "proxyrulesscenarios.h"

#include "core/proxy/chainnames.h"
#include "core/proxy/proxyrules.h"

#include <QTest>

using namespace hopscope;
using namespace hopscope::testing;

class TestProxyRulesIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexAndMatch();
    void affinityMatch();
    void sharing();
    void unknownNode();
    void entryJumps_data();
    void entryJumps();
};

// The index finds the rules a packet can match; match() evaluates them (A3.5 walks).
void TestProxyRulesIndex::indexAndMatch()
{
    const ProxyRules rules(makeScenario(QStringLiteral("nodeport-cluster")));
    const auto node = rules.forNode(QStringLiteral("node-1"));
    quint32 vip = 0, nodeIP = 0, client = 0, pod = 0;
    QVERIFY(parseIPv4(QStringLiteral("10.96.0.20"), &vip));
    QVERIFY(parseIPv4(QStringLiteral("192.168.1.2"), &nodeIP));
    QVERIFY(parseIPv4(QStringLiteral("192.168.1.10"), &client));
    QVERIFY(parseIPv4(QStringLiteral("10.244.0.2"), &pod));
    RuleMatchContext ctx;
    ctx.isLocalAddress = [nodeIP](quint32 a) { return a == nodeIP || (a >> 24) == 127; };

    // Pod → ClusterIP:80: the capture rule, then the final rule (which does not match).
    RulePacket p{pod, 40000, vip, 80, RuleProtocol::Tcp, 0, CtNew};
    QList<const IptablesRule *> c = node->candidateRules(RuleTable::Nat, kKubeServicesChain, p);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0]->role, RuleRole::ClusterIPCapture);
    QCOMPARE(c[0]->match(p, ctx), RuleMatch::Match);
    QCOMPARE(c[0]->serviceId, QStringLiteral("svc/default/web"));
    QCOMPARE(c[1]->role, RuleRole::NodePortsJump);
    QCOMPARE(c[1]->match(p, ctx), RuleMatch::NoMatch);
    // In KUBE-SVC: the masquerade rule skips a pod source, the first endpoint rule is random.
    const QList<const IptablesRule *> svc = node->chainRules(RuleTable::Nat, c[0]->target.chain);
    QCOMPARE(svc[0]->role, RuleRole::ServiceMasquerade);
    QCOMPARE(svc[0]->match(p, ctx), RuleMatch::NoMatch);
    RulePacket fromNode = p;
    fromNode.src = nodeIP;
    QCOMPARE(svc[0]->match(fromNode, ctx), RuleMatch::Match);
    QCOMPARE(svc[1]->match(p, ctx), RuleMatch::MatchIfRandom);
    QCOMPARE(svc[1]->statistic.probability, 1.0 / 3.0);
    QCOMPARE(svc[3]->match(p, ctx), RuleMatch::Match);
    const QList<const IptablesRule *> sep = node->chainRules(RuleTable::Nat, svc[3]->target.chain);
    QCOMPARE(sep.size(), 2);
    QCOMPARE(sep[1]->target.kind, TargetKind::Dnat);
    QCOMPARE(sep[1]->target.dnatPort, quint16(8080));
    QCOMPARE(formatIPv4(sep[1]->target.dnatIP), QStringLiteral("10.244.2.2"));

    // Client → node-1:30080: no capture in KUBE-SERVICES but the final rule; KUBE-NODEPORTS.
    RulePacket np{client, 50000, nodeIP, 30080, RuleProtocol::Tcp, 0, CtNew};
    c = node->candidateRules(RuleTable::Nat, kKubeServicesChain, np);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0]->match(np, ctx), RuleMatch::Match);
    QCOMPARE(c[0]->target.chain, QLatin1String(kKubeNodePortsChain));
    c = node->candidateRules(RuleTable::Nat, kKubeNodePortsChain, np);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0]->role, RuleRole::NodePortLocalhostCapture);
    QCOMPARE(c[0]->match(np, ctx), RuleMatch::NoMatch);
    QCOMPARE(c[1]->match(np, ctx), RuleMatch::Match);
    QVERIFY(node->candidateRules(RuleTable::Nat, kKubeNodePortsChain,
                                 RulePacket{client, 1, nodeIP, 30081, RuleProtocol::Tcp, 0, CtNew})
                .isEmpty());
    QVERIFY(node->candidateRules(RuleTable::Nat, kKubeNodePortsChain,
                                 RulePacket{client, 1, nodeIP, 30080, RuleProtocol::Udp, 0, CtNew})
                .isEmpty());

    // KUBE-POSTROUTING: unmarked packets return; marked ones are masqueraded.
    const QList<const IptablesRule *> post =
        node->chainRules(RuleTable::Nat, kKubePostroutingChain);
    QCOMPARE(post.size(), 3);
    QCOMPARE(post[0]->match(p, ctx), RuleMatch::Match);
    RulePacket marked = p;
    marked.mark = 0x4000;
    QCOMPARE(post[0]->match(marked, ctx), RuleMatch::NoMatch);
    QCOMPARE(post[1]->target.markOp, MarkOp::Xor);
    QCOMPARE(post[2]->target.kind, TargetKind::Masquerade);
    // KUBE-FORWARD accepts marked packets and established ones.
    const QList<const IptablesRule *> fwd = node->chainRules(RuleTable::Filter, kKubeForwardChain);
    QCOMPARE(fwd.size(), 3);
    QCOMPARE(fwd[0]->match(marked, ctx), RuleMatch::NoMatch);
    QCOMPARE(fwd[1]->match(marked, ctx), RuleMatch::Match);
    RulePacket established = p;
    established.ctstate = CtEstablished;
    QCOMPARE(fwd[2]->match(established, ctx), RuleMatch::Match);
}

// A1.5 ClientIP affinity: the recent check asks the context.
void TestProxyRulesIndex::affinityMatch()
{
    const ProxyRules rules(makeScenario(QStringLiteral("affinity")));
    const auto node = rules.forNode(QStringLiteral("node-1"));
    const QString svc = servicePortChainName(kServiceChainPrefix, QStringLiteral("default/web"),
                                             QStringLiteral("tcp"));
    const QList<const IptablesRule *> list = node->chainRules(RuleTable::Nat, svc);
    QCOMPARE(list[1]->role, RuleRole::AffinityCheck);
    QCOMPARE(list[1]->recent.seconds, 600);
    RulePacket p{0x0af40005u, 1, 0x0a600014u, 80, RuleProtocol::Tcp, 0, CtNew};
    QCOMPARE(list[1]->match(p), RuleMatch::NoMatch);
    RuleMatchContext ctx;
    QString asked;
    ctx.recentHit = [&asked](const QString &name, quint32, int) {
        asked = name;
        return true;
    };
    QCOMPARE(list[1]->match(p, ctx), RuleMatch::Match);
    QCOMPARE(asked, list[1]->target.chain);
}

// Node-independent rule blocks are shared between nodes; Local-policy ones differ.
void TestProxyRulesIndex::sharing()
{
    Cluster c = makeScenario(QStringLiteral("nodeport-local"));
    c.services << makeService(QStringLiteral("api"), ServiceType::ClusterIP, 0, kThree);
    c.services.last().clusterIP = QStringLiteral("10.96.0.21");
    const ProxyRules rules(c);
    const auto n1 = rules.forNode(QStringLiteral("node-1"));
    const auto n2 = rules.forNode(QStringLiteral("node-2"));
    const auto n3 = rules.forNode(QStringLiteral("node-3"));
    QCOMPARE(rules.forNode(QStringLiteral("node/node-1")), n1); // cached, by id too
    QCOMPARE(n1->servicePorts().size(), 2);
    QVERIFY(n1->servicePorts()[0] != n2->servicePorts()[0]); // web: Local, endpoints on both
    QCOMPARE(n1->servicePorts()[1], n2->servicePorts()[1]);  // api: Cluster, same everywhere
    QCOMPARE(n2->servicePorts()[1], n3->servicePorts()[1]);
    QCOMPARE(n1->servicePortRules(QStringLiteral("svc/default/web")).size(), 1);
}

void TestProxyRulesIndex::unknownNode()
{
    const ProxyRules rules(makeScenario(QStringLiteral("clusterip")));
    QVERIFY(!rules.forNode(QStringLiteral("node-9")));
    QCOMPARE(rules.nodeNames(), QStringList({"node-1", "node-2", "node-3"}));
    QVERIFY(iptablesRestoreText(makeScenario(QStringLiteral("clusterip")), "node-9").isEmpty());
}

// A3.1: the jumps from the built-in chains (EnsureRule(Prepend), outside the restore input),
// in the order `iptables -S` shows them on a node.
void TestProxyRulesIndex::entryJumps_data()
{
    QTest::addColumn<bool>("nat");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QStringList>("rules");
    const QString lbFirewall = QStringLiteral("-m conntrack --ctstate NEW -m comment --comment "
                                              "\"kubernetes load balancer firewall\" "
                                              "-j KUBE-PROXY-FIREWALL");
    const QString portals = QStringLiteral("-m conntrack --ctstate NEW -m comment --comment "
                                           "\"kubernetes service portals\" -j KUBE-SERVICES");
    const QString external = QStringLiteral(
        "-m conntrack --ctstate NEW -m comment --comment "
        "\"kubernetes externally-visible service portals\" -j KUBE-EXTERNAL-SERVICES");
    QTest::newRow("A3.1 nat PREROUTING -> KUBE-SERVICES")
        << true << "PREROUTING"
        << QStringList{"-A PREROUTING -m comment --comment \"kubernetes service portals\" "
                       "-j KUBE-SERVICES"};
    QTest::newRow("A3.1 nat OUTPUT -> KUBE-SERVICES")
        << true << "OUTPUT"
        << QStringList{"-A OUTPUT -m comment --comment \"kubernetes service portals\" "
                       "-j KUBE-SERVICES"};
    QTest::newRow("A3.1 nat POSTROUTING -> KUBE-POSTROUTING")
        << true << "POSTROUTING"
        << QStringList{"-A POSTROUTING -m comment --comment \"kubernetes postrouting rules\" "
                       "-j KUBE-POSTROUTING"};
    QTest::newRow("A3.1 filter INPUT")
        << false << "INPUT"
        << QStringList{"-A INPUT " + lbFirewall,
                       "-A INPUT -m comment --comment \"kubernetes health check service ports\" "
                       "-j KUBE-NODEPORTS",
                       "-A INPUT " + external, "-A INPUT -j KUBE-FIREWALL"};
    QTest::newRow("A3.1 filter FORWARD")
        << false << "FORWARD"
        << QStringList{"-A FORWARD " + lbFirewall,
                       "-A FORWARD -m comment --comment \"kubernetes forwarding rules\" "
                       "-j KUBE-FORWARD",
                       "-A FORWARD " + portals, "-A FORWARD " + external};
    QTest::newRow("A3.1 filter OUTPUT")
        << false << "OUTPUT"
        << QStringList{"-A OUTPUT " + lbFirewall, "-A OUTPUT " + portals,
                       "-A OUTPUT -j KUBE-FIREWALL"};
}

void TestProxyRulesIndex::entryJumps()
{
    QFETCH(bool, nat);
    QFETCH(QString, chain);
    QFETCH(QStringList, rules);
    const ProxyRules proxy(makeScenario(QStringLiteral("clusterip")));
    const auto node = proxy.forNode(QStringLiteral("node-2"));
    const RuleTable table = nat ? RuleTable::Nat : RuleTable::Filter;
    QStringList texts;
    for (const IptablesRule *r : node->chainRules(table, chain)) {
        QCOMPARE(r->role, RuleRole::EntryJump);
        QCOMPARE(node->ruleIndex(r), -1); // not in the restore input
        QVERIFY(node->hasChain(table, r->target.chain));
        texts << r->text;
    }
    QCOMPARE(texts, rules);
    QVERIFY(!node->restoreText().contains(QStringLiteral("-A ") + chain + u' '));
    // A NEW-only jump does not match an established packet.
    RulePacket established{1, 1, 2, 80, RuleProtocol::Tcp, 0, CtEstablished};
    for (const IptablesRule *r : node->entryRules(table, chain))
        QCOMPARE(r->match(established) == RuleMatch::Match, r->conntrack.states == 0);
}

QTEST_GUILESS_MAIN(TestProxyRulesIndex)
#include "tst_proxyrules_index.moc"
