// The nftables evaluator against the packet flows kube-proxy's own nftables unit tests assert
// (pkg/proxy/nftables/proxier_test.go, runPacketFlowTests in TestClusterIPGeneral,
// TestLoadBalancer, TestNodePorts, TestExternalTrafficPolicyLocal; the no-endpoint and
// affinity behaviour of TestOverallNFTablesRules' svc2, svc5 and svc6). Each row is set up
// through manifests (tests/data/kube-proxy/nftables-flows.yaml) and kube-proxy's options, and
// names the upstream case it reproduces. Upstream's tracer follows every endpoint of a
// `numgen` map at once; here the seeded draw is repeated until every reachable endpoint has
// been seen, and the set is compared.

#include "core/builder/clusterbuilder.h"
#include "core/proxy/nftevaluator.h"
#include "core/proxy/nftgenerator.h"
#include "core/proxy/nfttext.h"

#include <QSet>
#include <QTest>

#include <random>

using namespace hopscope;

namespace {

const QString kFlows = QStringLiteral(HOPSCOPE_TEST_DATA "/kube-proxy/nftables-flows.yaml");

// NewFakeProxier's settings, with its node's addresses as `fib … type local` sees them.
ClusterSettings flowSettings(const QStringList &options)
{
    ClusterSettings s;
    s.clusterCidr = QStringLiteral("10.0.0.0/8");
    s.serviceCidr = QStringLiteral("172.30.0.0/16");
    s.setNodePortRange(QStringLiteral("3000-32767"));
    s.proxyMode = ClusterSettings::ProxyMode::Nftables;
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(u'=');
        if (!s.setOption(option.left(eq), option.mid(eq + 1)))
            qFatal("bad option %s", qPrintable(option));
    }
    return s;
}

bool isNodeAddress(quint32 a)
{
    static const QSet<quint32> node{*parseIPv4(QStringLiteral("192.168.0.2")),
                                    *parseIPv4(QStringLiteral("192.168.1.2")),
                                    *parseIPv4(QStringLiteral("192.168.99.11"))};
    return node.contains(a);
}

NftPacket packet(const QString &src, const QString &dst, int port, RuleProtocol protocol)
{
    NftPacket p;
    p.src = *parseIPv4(src);
    p.dst = *parseIPv4(dst);
    p.dstPort = quint16(port);
    p.srcPort = 40000;
    p.protocol = protocol;
    return p;
}

// Upstream's output text: the endpoints reached ("a, b", sorted), or DROP / REJECT, or "".
struct Flow
{
    QString output;
    bool masq = false;
};

Flow run(const NftRuleset &ruleset, const NftPacket &p)
{
    QSet<QString> endpoints;
    Flow flow;
    for (quint64 seed = 0; seed < 32; ++seed) {
        std::mt19937_64 random(seed);
        NftAffinitySets affinity;
        NftEnvironment env;
        env.random = &random;
        env.affinity = &affinity;
        env.isLocalAddress = isNodeAddress;
        const NftConnection c = nftNewConnection(ruleset, env, p, false);
        switch (c.outcome) {
        case NftConnection::Outcome::Dropped:
            return {QStringLiteral("DROP"), false};
        case NftConnection::Outcome::Rejected:
            return {QStringLiteral("REJECT"), false};
        case NftConnection::Outcome::NoService:
            return {QString(), c.masqueraded};
        case NftConnection::Outcome::Dnat:
            endpoints.insert(c.endpoint);
            flow.masq = c.masqueraded;
            break;
        }
    }
    QStringList list(endpoints.cbegin(), endpoints.cend());
    list.sort();
    flow.output = list.join(QStringLiteral(", "));
    return flow;
}

} // namespace

class TestNftEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packetFlows_data();
    void packetFlows();
    void trailNamesTheElement();
    void affinityKeepsTheEndpoint();
    void pinnedEndpoint();
    void hostileLoopEnds();
};

void TestNftEvaluator::packetFlows_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("dst");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("masq");
    const QStringList none;
    const QString plain = QStringLiteral("10.180.0.1:80");
    const QString both = QStringLiteral("10.180.0.1:80, 10.180.2.1:80");
    const QString local = QStringLiteral("10.180.2.1:80");
    // TestClusterIPGeneral
    QTest::newRow("TestClusterIPGeneral: simple clusterIP")
        << none << "10.180.0.2"
        << "172.30.0.41" << 80 << false << plain << false;
    QTest::newRow("TestClusterIPGeneral: hairpin to cluster IP")
        << none << "10.180.0.1"
        << "172.30.0.41" << 80 << false << plain << true;
    QTest::newRow("TestClusterIPGeneral: svc1 does not accept svc2's ports")
        << none << "10.180.0.2"
        << "172.30.0.41" << 443 << false << "REJECT" << false;
    QTest::newRow("TestClusterIPGeneral: TCP-only port does not match UDP traffic")
        << none << "10.180.0.2"
        << "172.30.0.41" << 80 << true << "REJECT" << false;
    QTest::newRow("TestClusterIPGeneral: packet to unallocated cluster ip")
        << none << "10.180.0.2"
        << "172.30.0.50" << 80 << false << "DROP" << false;
    QTest::newRow("TestMasqueradeAll: pod to cluster IP is masqueraded")
        << QStringList{"masquerade-all=true"} << "10.180.0.2"
        << "172.30.0.41" << 80 << false << plain << true;
    // TestLoadBalancer (source ranges 192.168.0.0/24 and 203.0.113.0/25)
    QTest::newRow("TestLoadBalancer: pod to cluster IP")
        << none << "10.0.0.2"
        << "172.30.0.42" << 80 << false << plain << false;
    QTest::newRow("TestLoadBalancer: external to nodePort")
        << none << "203.0.113.2"
        << "192.168.0.2" << 3001 << false << plain << true;
    QTest::newRow("TestLoadBalancer: nodePort bypasses LoadBalancerSourceRanges")
        << none << "203.0.113.130"
        << "192.168.0.2" << 3001 << false << plain << true;
    QTest::newRow("TestLoadBalancer: accepted external to LB1")
        << none << "203.0.113.2"
        << "1.2.3.4" << 80 << false << plain << true;
    QTest::newRow("TestLoadBalancer: blocked external to LB2")
        << none << "203.0.113.130"
        << "5.6.7.8" << 80 << false << "DROP" << false;
    QTest::newRow("TestLoadBalancer: pod to LB1 (blocked by LoadBalancerSourceRanges)")
        << none << "10.0.0.2"
        << "1.2.3.4" << 80 << false << "DROP" << false;
    QTest::newRow("TestLoadBalancer: node to LB1 (allowed by LoadBalancerSourceRanges)")
        << none << "192.168.0.2"
        << "1.2.3.4" << 80 << false << plain << true;
    QTest::newRow("TestLoadBalancer: same node to LB2, SNATted to LB2 (implicitly allowed)")
        << none << "5.6.7.8"
        << "5.6.7.8" << 80 << false << plain << true;
    // TestNodePorts: the primary IP only by default; more with --nodeport-addresses.
    QTest::newRow("TestNodePorts: node to nodePort")
        << none << "192.168.0.2"
        << "192.168.0.2" << 3001 << false << plain << true;
    QTest::newRow("TestNodePorts: secondary nodeIP ignores NodePorts")
        << none << "203.0.113.2"
        << "192.168.1.2" << 3001 << false << "" << false;
    QTest::newRow("TestNodePorts: external to nodePort on secondary IP")
        << QStringList{"nodeport-addresses=192.168.0.0/24,192.168.1.0/24"} << "203.0.113.2"
        << "192.168.1.2" << 3001 << false << plain << true;
    QTest::newRow("config.md: no localhost NodePorts in nftables mode")
        << none << "127.0.0.1"
        << "127.0.0.1" << 3001 << false << "" << false;
    // TestExternalTrafficPolicyLocal: 10.180.2.1 is on test-node, 10.180.0.1 is not.
    QTest::newRow("eTP Local: pod to cluster IP hits both endpoints, unmasqueraded")
        << none << "10.0.0.2"
        << "172.30.0.43" << 80 << false << both << false;
    QTest::newRow("eTP Local: pod to external IP hits both endpoints, unmasqueraded")
        << none << "10.0.0.2"
        << "192.168.99.11" << 80 << false << both << false;
    QTest::newRow("eTP Local: external to external IP hits only local endpoint, unmasqueraded")
        << none << "203.0.113.2"
        << "192.168.99.11" << 80 << false << local << false;
    QTest::newRow("eTP Local: pod to LB IP hits both endpoints, unmasqueraded")
        << none << "10.0.0.2"
        << "9.10.11.12" << 80 << false << both << false;
    QTest::newRow("eTP Local: external to LB IP hits only local endpoint, unmasqueraded")
        << none << "203.0.113.2"
        << "9.10.11.12" << 80 << false << local << false;
    QTest::newRow("eTP Local: pod to NodePort hits both endpoints, unmasqueraded")
        << none << "10.0.0.2"
        << "192.168.0.2" << 3002 << false << both << false;
    QTest::newRow("eTP Local: external to NodePort hits only local endpoint, unmasqueraded")
        << none << "203.0.113.2"
        << "192.168.0.2" << 3002 << false << local << false;
    // TestOverallNFTablesRules svc2: policy Local, no local endpoint.
    QTest::newRow("no local endpoint: external to NodePort is dropped")
        << none << "203.0.113.2"
        << "192.168.0.2" << 3003 << false << "DROP" << false;
    QTest::newRow("no local endpoint: pod to NodePort is short-circuited to the cluster chain")
        << none << "10.0.0.2"
        << "192.168.0.2" << 3003 << false << "10.180.0.9:80" << false;
    QTest::newRow("no local endpoint: the node itself is short-circuited and masqueraded")
        << none << "192.168.0.2"
        << "192.168.0.2" << 3003 << false << "10.180.0.9:80" << true;
    // TestOverallNFTablesRules svc6: no endpoints at all.
    QTest::newRow("no endpoints: cluster IP is rejected")
        << none << "10.0.0.2"
        << "172.30.0.46" << 80 << false << "REJECT" << false;
}

void TestNftEvaluator::packetFlows()
{
    QFETCH(QStringList, options);
    QFETCH(QString, src);
    QFETCH(QString, dst);
    QFETCH(int, port);
    QFETCH(bool, udp);
    QFETCH(QString, output);
    QFETCH(bool, masq);
    const Cluster cluster = loadCluster({kFlows}, flowSettings(options));
    for (const Diagnostic &d : cluster.diagnostics)
        QVERIFY2(d.severity != Severity::Error, qPrintable(d.toString()));
    const auto ruleset = NftProxyRules(cluster).forNode(QStringLiteral("test-node"));
    QVERIFY(ruleset);
    const Flow flow =
        run(*ruleset, packet(src, dst, port, udp ? RuleProtocol::Udp : RuleProtocol::Tcp));
    QCOMPARE(flow.output, output);
    QCOMPARE(flow.masq, masq);
}

// Each hop can name the chain, the rule and the map element that decided.
void TestNftEvaluator::trailNamesTheElement()
{
    const Cluster cluster = loadCluster({kFlows}, flowSettings({}));
    const auto ruleset = NftProxyRules(cluster).forNode(QStringLiteral("test-node"));
    NftEnvironment env;
    env.isLocalAddress = isNodeAddress;
    NftEvaluator evaluator(*ruleset, env);
    NftPacket p = packet("10.0.0.2", "172.30.0.41", 80, RuleProtocol::Tcp);
    const NftTableVerdict v = evaluator.walkHook(QStringLiteral("prerouting"), QString(), p);
    QCOMPARE(v.kind, NftTableVerdict::Kind::Dnat);
    QCOMPARE(formatIPv4(p.dst), QStringLiteral("10.180.0.1")); // rewritten for what follows
    QVERIFY(v.rule);
    QCOMPARE(nftRuleBody(*v.rule), QStringLiteral("meta l4proto tcp dnat to 10.180.0.1:80"));
    QVERIFY(v.chosenBy);
    QVERIFY(nftRuleBody(*v.chosenBy).startsWith(QLatin1String("numgen random mod 1 vmap")));
    const NftStep *lookup = nullptr;
    for (const NftStep &s : v.trail)
        if (s.element)
            lookup = &s;
    QVERIFY(lookup);
    QCOMPARE(lookup->rule->chain, QStringLiteral("services"));
    QCOMPARE(lookup->element->set, QStringLiteral("service-ips"));
    QCOMPARE(lookup->element->key, QStringLiteral("172.30.0.41 . tcp . 80"));
    // Priority order: the filter chain at -110 (the LB firewall check) before nat at -100.
    QCOMPARE(v.trail.first().rule->chain, QStringLiteral("filter-prerouting-pre-dnat"));
    QCOMPARE(v.trail.at(1).rule->chain, QStringLiteral("nat-prerouting"));
}

// ClientIP affinity (svc5 of TestOverallNFTablesRules): the endpoint chain records the client
// in its affinity set, and the next connection from it goes back there whatever the draw.
void TestNftEvaluator::affinityKeepsTheEndpoint()
{
    const Cluster cluster = loadCluster({kFlows}, flowSettings({}));
    const auto ruleset = NftProxyRules(cluster).forNode(QStringLiteral("test-node"));
    for (quint64 seed = 0; seed < 8; ++seed) {
        std::mt19937_64 random(seed);
        NftAffinitySets affinity;
        NftEnvironment env;
        env.random = &random;
        env.affinity = &affinity;
        env.isLocalAddress = isNodeAddress;
        const NftPacket p = packet("10.0.0.2", "172.30.0.45", 80, RuleProtocol::Tcp);
        const QString first = nftNewConnection(*ruleset, env, p, false).endpoint;
        QVERIFY(!first.isEmpty());
        for (int i = 0; i < 10; ++i) {
            env.now += 60;
            const NftConnection again = nftNewConnection(*ruleset, env, p, false);
            QCOMPARE(again.endpoint, first);
            QVERIFY(again.first.chosenBy);
            QVERIFY(nftRuleBody(*again.first.chosenBy).startsWith(QLatin1String("ip saddr @")));
        }
        env.now += 10800; // the set's timeout: the client is forgotten
        QVERIFY(!affinity.hit(affinity.sets.cbegin().key(), p.src, 10800, env.now));
    }
}

// A pinned endpoint (the lesson's "endpoint:") wins the numgen draw.
void TestNftEvaluator::pinnedEndpoint()
{
    const Cluster cluster = loadCluster({kFlows}, flowSettings({}));
    const auto ruleset = NftProxyRules(cluster).forNode(QStringLiteral("test-node"));
    for (const QString &ep : {QStringLiteral("10.180.0.1:80"), QStringLiteral("10.180.2.1:80")}) {
        std::mt19937_64 random(1);
        NftEnvironment env;
        env.random = &random;
        env.pinnedEndpoint = ep;
        env.isLocalAddress = isNodeAddress;
        const NftConnection c = nftNewConnection(
            *ruleset, env, packet("10.0.0.2", "172.30.0.43", 80, RuleProtocol::Tcp), false);
        QCOMPARE(c.endpoint, ep);
        QVERIFY(c.first.pinned);
    }
}

// A ruleset whose chains jump to each other forever ends (depth guard), with no verdict.
void TestNftEvaluator::hostileLoopEnds()
{
    NftRuleset r;
    NftChain base;
    base.name = QStringLiteral("a");
    base.type = QStringLiteral("filter");
    base.hook = QStringLiteral("input");
    r.chains << base;
    NftRule jump;
    jump.chain = QStringLiteral("a");
    jump.verdict.kind = NftVerdict::Kind::Jump;
    jump.verdict.chain = QStringLiteral("a");
    r.rules << jump;
    r.reindex();
    NftEnvironment env;
    NftEvaluator evaluator(r, env);
    NftPacket p;
    const NftTableVerdict v = evaluator.walkHook(QStringLiteral("input"), QString(), p);
    QCOMPARE(v.kind, NftTableVerdict::Kind::None);
}

QTEST_GUILESS_MAIN(TestNftEvaluator)
#include "tst_nftevaluator.moc"
