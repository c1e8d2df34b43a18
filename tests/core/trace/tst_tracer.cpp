// The tracer, scenario by scenario: every walk of the seed lesson (kubernetes-network.md) and of
// reference A3.5 / A4 on a cluster built by code (tracerfixture.h), each checked by its facts
// (delivered or not, where, the source the server sees, the hop sequence) and against a golden
// text and JSON file in tests/data/traces/ (HOPSCOPE_UPDATE_GOLDEN=1 rewrites them; review the
// diff). Then the properties: seeds spread the endpoints evenly, affinity pins across a
// session, the hops' rules are the node's rules, determinism. The real manifests of
// ../shared/manifests: tst_tracershared.cpp.

#include "tracerfixture.h"

#include "core/builder/clusterbuilder.h"
#include "core/proxy/proxyrules.h"
#include "core/trace/output/traceformat.h"
#include "core/trace/tracer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace hopscope;
using namespace hopscope::testing;

class TestTracer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void problems_data();
    void problems();
    void seedsReachDifferentPods();
    void endpointShares();
    void pinnedEndpoint();
    void affinityPinsAcrossSession();
    void affinityExpires();
    void hopRulesAreTheNodesRules();
    void deterministic();
    void sessionCounters();
    void outsideHostSends_data();
    void outsideHostSends();

private:
    Trace run(const QString &from, const QString &to, quint64 seed = 1,
              const QString &protocol = QStringLiteral("TCP"), const QString &pin = QString());
    static QString actions(const Trace &t);

    Cluster m_cluster;
    std::unique_ptr<ProxyRules> m_rules;
};

void TestTracer::initTestCase()
{
    m_cluster = tracerCluster();
    m_rules = std::make_unique<ProxyRules>(m_cluster);
}

Trace TestTracer::run(const QString &from, const QString &to, quint64 seed, const QString &protocol,
                      const QString &pin)
{
    TraceRequest r;
    r.from = from;
    r.to = to;
    r.seed = seed;
    r.protocol = protocol;
    r.pinnedEndpoint = pin;
    return trace(m_cluster, *m_rules, r);
}

QString TestTracer::actions(const Trace &t)
{
    QStringList list;
    for (const Hop &h : t.hops)
        list << (h.reply ? QStringLiteral("R:") : QString()) + h.actionName();
    return list.join(u',');
}

// True when `wanted` (comma-separated) occurs in `all` in this order (not necessarily adjacent).
static bool containsInOrder(const QString &all, const QString &wanted)
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

static QString goldenPath(const QString &name, const char *ext)
{
    return QStringLiteral(HOPSCOPE_TEST_DATA "/traces/%1.%2").arg(name, QLatin1String(ext));
}

static void compareGolden(const QString &name, const char *ext, const QByteArray &actual)
{
    const QString path = goldenPath(name, ext);
    if (qEnvironmentVariableIsSet("HOPSCOPE_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("missing golden %1").arg(path)));
    const QByteArray expected = f.readAll();
    if (expected != actual) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (int i = 0; i < qMin(a.size(), e.size()); ++i)
            if (a[i] != e[i])
                qWarning("%s line %d\n  expected: %s\n  actual:   %s", qPrintable(path), i + 1,
                         e[i].constData(), a[i].constData());
    }
    QCOMPARE(actual, expected);
}

void TestTracer::scenarios_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("receiver");   // the entity of the request's Deliver hop
    QTest::addColumn<QString>("seenSource"); // the source address the receiver sees
    QTest::addColumn<QString>("sequence");   // actions that must occur, in this order

    const auto row = [](const char *name, const char *golden, const char *from, const char *to,
                        quint64 seed, bool delivered, const char *receiver, const char *seen,
                        const char *sequence, const char *protocol = "TCP", const char *pin = "") {
        QTest::newRow(name) << QString::fromUtf8(golden) << QString::fromUtf8(from)
                            << QString::fromUtf8(to) << seed << QString::fromUtf8(protocol)
                            << QString::fromUtf8(pin) << delivered << QString::fromUtf8(receiver)
                            << QString::fromUtf8(seen) << QString::fromUtf8(sequence);
    };

    // Seed "External Traffic": the laptop cannot reach 10.244.0.x; SSH to the node then curl can.
    row("seed: client to pod IP has no route (A4: the router has no route to 10.244.0.0/16)",
        "client-to-pod-ip", "client", "10.244.0.3:80", 1, false, "", "", "send,no route");
    row("seed: SSH to node-1, curl a local pod (cni0 source 10.244.0.1)", "node-to-local-pod",
        "node/node-1", "10.244.0.3:80", 1, true, "pod/default/front-end-1", "10.244.0.1",
        "send,bridge,deliver,R:send,R:deliver");
    row("A4: node-1 to a pod on node-2 leaves flannel.1 with source 10.244.0.0",
        "node-to-remote-pod", "node/node-1", "10.244.1.3:80", 1, true, "pod/default/front-end-2",
        "10.244.0.0",
        "send,VXLAN encapsulate,route,VXLAN decapsulate,route,bridge,deliver,R:send,R:route,"
        "R:VXLAN encapsulate,R:route,R:VXLAN decapsulate,R:deliver");
    row("A4: a pod IP without port uses the pod's first declared port", "pod-ip-no-port",
        "node/node-2", "10.244.2.4", 1, true, "pod/default/db-0", "10.244.1.0", "send,deliver");

    // Seed "NodePort": every node's IP:30008 reaches the front-end pods (Cluster policy: SNAT).
    row("seed NodePort 30008 via node-1, endpoint on node-1 (SNAT to cni0 10.244.0.1)",
        "nodeport-node1-local-endpoint", "client", "192.168.1.2:30008", 1, true,
        "pod/default/front-end-1", "10.244.0.1", "send,DNAT,route,SNAT,bridge,deliver,R:un-DNAT",
        "TCP", "10.244.0.3:80");
    row("seed NodePort 30008 via node-1, endpoint on node-2 (VXLAN, SNAT to flannel.1 10.244.0.0)",
        "nodeport-node1-remote-endpoint", "client", "192.168.1.2:30008", 1, true,
        "pod/default/front-end-2", "10.244.0.0",
        "send,DNAT,route,SNAT,VXLAN encapsulate,route,VXLAN decapsulate,route,bridge,deliver,"
        "R:send,R:VXLAN encapsulate,R:VXLAN decapsulate,R:un-DNAT,R:route,R:deliver",
        "TCP", "10.244.1.3:80");
    row("seed NodePort 30008 via node-3, which runs no front-end pod", "nodeport-node3", "client",
        "192.168.1.4:30008", 7, true, "", "10.244.2.0",
        "send,DNAT,route,SNAT,VXLAN encapsulate,deliver,R:un-DNAT");
    row("seed NodePort: the URL pasted from the lesson (http://…/)", "nodeport-url", "client",
        "http://192.168.1.3:30008/", 3, true, "", "", "send,DNAT,deliver");
    row("A3.5 Local policy on the node with the pod keeps the client IP",
        "nodeport-local-keeps-client", "client", "192.168.1.3:30080", 1, true, "pod/default/web-1",
        "192.168.1.10", "send,DNAT,route,bridge,deliver,R:un-DNAT");
    row("A3.5 Local policy on a node without endpoint: DROP, timeout", "nodeport-local-drop",
        "client", "192.168.1.2:30080", 1, false, "", "", "send,DROP");
    row("seed: a node port nobody serves: the node answers RST", "nodeport-unused", "client",
        "192.168.1.2:30099", 1, false, "", "", "send,refused");

    // Seed "Cluster IP": front-end to back-end, a random back-end pod.
    row("seed ClusterIP: front-end to back-end (seed 1)", "clusterip-seed1", "pod/front-end-1",
        "10.96.0.21:80", 1, true, "", "10.244.0.3", "send,DNAT,deliver");
    row("seed ClusterIP: back-end-3 chosen (remote, VXLAN, no SNAT)", "clusterip-remote",
        "pod/front-end-1", "10.96.0.21:80", 1, true, "pod/default/back-end-3", "10.244.0.3",
        "send,DNAT,route,VXLAN encapsulate,route,VXLAN decapsulate,route,bridge,deliver,"
        "R:send,R:route,R:VXLAN encapsulate,R:route,R:VXLAN decapsulate,R:un-DNAT,R:route,"
        "R:bridge,R:deliver",
        "TCP", "10.244.2.2:80");
    row("seed ClusterIP by name: DNS first (search path of namespace default)",
        "clusterip-dns-name", "front-end-1", "back-end:80", 2, true, "", "10.244.0.3",
        "DNS query,DNS answer,send,DNAT,deliver");
    row("DNS: a Service in another namespace needs NAME.NAMESPACE", "dns-other-namespace",
        "pod/default/front-end-2", "cart.shop:8080", 1, true, "pod/shop/cart-1", "10.244.1.3",
        "DNS query,DNS answer,send,DNAT,deliver");
    row("DNS: NXDOMAIN for a Service of another namespace by its short name", "dns-nxdomain",
        "front-end-1", "cart:8080", 1, false, "", "", "DNS query,DNS answer");
    row("DNS: the full name", "dns-fqdn", "front-end-2", "back-end.default.svc.cluster.local:80", 4,
        true, "", "", "DNS query,DNS answer,DNAT");
    row("DNS: a node does not use cluster DNS", "dns-from-node", "node/node-1", "back-end:80", 1,
        false, "", "", "DNS query");
    row("DNS: the client does not use cluster DNS", "dns-from-client", "client", "myapp-service:80",
        1, false, "", "", "DNS query");
    row("A1.5 headless: DNS answers pod IPs, no DNAT", "headless", "front-end-1", "db:5432", 1,
        true, "pod/default/db-0", "10.244.0.3", "DNS query,DNS answer,send,route,deliver");
    row("A1.5 headless: the StatefulSet pod's own name", "headless-hostname", "front-end-1",
        "db-0.db:5432", 1, true, "pod/default/db-0", "", "DNS query,DNS answer,send,deliver");
    row("A1.5 ExternalName: a CNAME, the trace leaves the cluster", "externalname", "front-end-1",
        "external:5432", 1, false, "", "", "DNS query,DNS answer");

    // Seed "Load Balancer", as MetalLB, GCP and Azure do it (the VIP model): the LB hands the
    // packet to a node still addressed to the LB IP; the node's "loadbalancer IP" rule DNATs.
    // (The node-port model, LB → NodeIP:NodePort: tst_tracefidelity.)
    row("seed LoadBalancer (Cluster): LB → node (LB IP kept) → KUBE-EXT → pod, SNAT",
        "loadbalancer-cluster", "client", "198.51.100.2:80", 1, true, "", "",
        "send,route,DNAT,deliver,R:un-DNAT,R:deliver");
    row("A1.5 LoadBalancer Local: only node-2 passes the health check, client IP kept",
        "loadbalancer-local", "client", "198.51.100.1:80", 5, true, "pod/default/web-1",
        "192.168.1.10", "send,route,DNAT,bridge,deliver,R:un-DNAT");
    row("A3.2 LB IP from inside the cluster: the 'loadbalancer IP' rule catches it",
        "loadbalancer-from-pod", "front-end-2", "198.51.100.2:80", 1, true, "", "",
        "send,DNAT,deliver");
    row("LB: a port the load balancer does not listen on", "loadbalancer-wrong-port", "client",
        "198.51.100.2:81", 1, false, "", "", "send,DROP");

    // Failures of the seed's Service definitions.
    row("A1.5 selector matching nothing: REJECT 'has no endpoints'", "no-endpoints", "front-end-1",
        "empty:80", 1, false, "", "", "DNS query,DNS answer,send,REJECT");
    row("targetPort no container serves: refused at the pod", "wrong-target-port", "front-end-1",
        "10.96.0.26:80", 1, false, "", "", "send,DNAT,refused");
    row("a ClusterIP port no rule captures: leaves by the default route, never answered",
        "clusterip-wrong-port", "front-end-1", "10.96.0.21:81", 1, false, "", "",
        "send,route,SNAT,no route");
    row("A3.5 client to a ClusterIP: no route outside the cluster", "client-to-clusterip", "client",
        "10.96.0.21:80", 1, false, "", "", "send,no route");

    // More walks of A3.5.
    row("A3.5 node process to a ClusterIP: marked, SNAT", "node-to-clusterip", "node/node-2",
        "10.96.0.21:80", 1, true, "pod/default/back-end-3", "10.244.1.0",
        "send,DNAT,route,SNAT,VXLAN encapsulate", "TCP", "10.244.2.2:80");
    row("A3.2 hairpin: a pod reaching itself through its Service is SNATed", "hairpin",
        "back-end-1", "10.96.0.21:80", 1, true, "pod/default/back-end-1", "10.244.0.1",
        "send,DNAT,route,SNAT,bridge,deliver,R:send,R:un-DNAT,R:bridge,R:deliver", "TCP",
        "10.244.0.4:80");
    row("flannel --ip-masq: a pod to another node's node port leaves with the node IP",
        "pod-to-other-node-nodeport", "front-end-1", "192.168.1.4:30008", 1, true,
        "pod/default/front-end-2", "10.244.2.0",
        "send,route,SNAT,DNAT,route,SNAT,VXLAN encapsulate,deliver,R:un-DNAT,R:un-SNAT,R:deliver",
        "TCP", "10.244.1.3:80");
    row("UDP to kube-dns's ClusterIP reaches a CoreDNS pod", "udp-kube-dns", "front-end-1",
        "10.96.0.10:53", 1, true, "", "", "send,DNAT,deliver", "UDP");
    row("the kubernetes Service leads to the API server on node-1", "kubernetes-apiserver",
        "front-end-2", "kubernetes:443", 1, true, "node/node-1", "192.168.1.3",
        "DNS query,DNS answer,send,DNAT,deliver");
    row("A1.5 LB Local health check node port answered by kube-proxy", "healthcheck-nodeport",
        "client", "192.168.1.3:32000", 1, true, "node/node-2", "192.168.1.10", "send,deliver");
}

void TestTracer::scenarios()
{
    QFETCH(QString, golden);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(quint64, seed);
    QFETCH(QString, protocol);
    QFETCH(QString, pin);
    QFETCH(bool, delivered);
    QFETCH(QString, receiver);
    QFETCH(QString, seenSource);
    QFETCH(QString, sequence);

    const Trace t = run(from, to, seed, protocol, pin);
    const QString seq = actions(t);
    QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.value(0).message));
    QVERIFY(!t.hops.isEmpty());
    QVERIFY2(containsInOrder(seq, sequence), qPrintable(seq));
    QCOMPARE(t.delivered, delivered);
    QVERIFY(!t.summary.isEmpty());
    // Exactly one failure hop, the last, when not delivered (or the ExternalName end).
    int failures = 0;
    for (const Hop &h : t.hops)
        failures += h.failure ? 1 : 0;
    if (delivered) {
        QCOMPARE(failures, 0);
        QVERIFY(t.replyStart > 0);
        QVERIFY(t.hops.last().reply);
        QCOMPARE(t.hops.last().action, HopAction::Deliver);
        QCOMPARE(t.hops.last().entity, t.hops.first().entity);
    } else {
        QVERIFY(failures <= 1);
        QVERIFY(failures == 0 || t.hops.last().failure);
    }
    // The request's Deliver hop: who received it, seeing which source.
    for (const Hop &h : t.hops) {
        if (h.reply || h.action != HopAction::Deliver)
            continue;
        if (!receiver.isEmpty())
            QCOMPARE(h.entity, receiver);
        if (!seenSource.isEmpty())
            QCOMPARE(h.before.srcIP, seenSource);
    }
    // Hops are numbered in order; a reply hop never precedes a request hop.
    for (int i = 0; i < t.hops.size(); ++i) {
        QCOMPARE(t.hops[i].index, i);
        QCOMPARE(t.hops[i].reply, t.replyStart >= 0 && i >= t.replyStart);
        QVERIFY2(!t.hops[i].explanation.isEmpty(), qPrintable(t.hops[i].actionName()));
    }
    compareGolden(golden, "txt", formatTraceText(t).toUtf8());
    compareGolden(golden, "json", formatTraceJson(t));
}

void TestTracer::problems_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown pod") << "pod/nope"
                                 << "10.96.0.21:80"
                                 << "TCP"
                                 << "trace-unknown-source";
    QTest::newRow("unknown node") << "node/node-9"
                                  << "10.96.0.21:80"
                                  << "TCP"
                                  << "trace-unknown-source";
    QTest::newRow("port out of range") << "client"
                                       << "192.168.1.2:99999"
                                       << "TCP"
                                       << "trace-bad-destination";
    QTest::newRow("IP without port that is no pod") << "client"
                                                    << "192.168.1.2"
                                                    << "TCP"
                                                    << "trace-bad-destination";
    QTest::newRow("empty destination") << "client"
                                       << ""
                                       << "TCP"
                                       << "trace-bad-destination";
    QTest::newRow("unknown protocol") << "client"
                                      << "192.168.1.2:30008"
                                      << "ICMP"
                                      << "trace-bad-protocol";
}

void TestTracer::problems()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, protocol);
    QFETCH(QString, code);
    const Trace t = run(from, to, 1, protocol);
    QVERIFY(!t.problems.isEmpty());
    QCOMPARE(t.problems.first().code, code);
    QVERIFY(t.hops.isEmpty());
    QVERIFY(!t.delivered);
}

// Seed "Cluster IP": "위 요청은 무작위로 한 Pod에 전달 됩니다" — different seeds, different pods.
void TestTracer::seedsReachDifferentPods()
{
    QSet<QString> reached;
    for (quint64 seed = 1; seed <= 30; ++seed) {
        const Trace t = run(QStringLiteral("front-end-1"), QStringLiteral("10.96.0.21:80"), seed);
        QVERIFY(t.delivered);
        reached.insert(t.endpointPod);
    }
    QCOMPARE(reached.size(), 3);
}

// A3.2: the statistic rules give every endpoint 1/n overall.
void TestTracer::endpointShares()
{
    TraceSession session(m_cluster, *m_rules);
    TraceRequest r;
    r.from = QStringLiteral("front-end-2");
    r.to = QStringLiteral("10.96.0.21:80");
    r.seed = 1000;
    const int n = 3000;
    QCOMPARE(session.send(r, n), n);
    const QHash<QString, int> counts = session.endpointCounts();
    QCOMPARE(counts.size(), 3);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double share = double(it.value()) / n;
        QVERIFY2(share > 0.30 && share < 0.37,
                 qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(share)));
    }
}

void TestTracer::pinnedEndpoint()
{
    for (const char *ep : {"10.244.0.4:80", "10.244.1.4:80", "10.244.2.2:80"}) {
        const Trace t = run(QStringLiteral("front-end-1"), QStringLiteral("back-end:80"), 99,
                            QStringLiteral("TCP"), QString::fromLatin1(ep));
        QCOMPARE(t.endpoint, QString::fromLatin1(ep));
    }
}

// A1.5 sessionAffinity ClientIP: -m recent pins a client to its first endpoint in a session.
void TestTracer::affinityPinsAcrossSession()
{
    TraceSession session(m_cluster, *m_rules);
    TraceRequest r;
    r.from = QStringLiteral("front-end-1");
    r.to = QStringLiteral("sticky:80");
    QSet<QString> pinned;
    for (quint64 seed = 1; seed <= 20; ++seed) {
        r.seed = seed;
        const Trace t = session.trace(r);
        QVERIFY(t.delivered);
        pinned.insert(t.endpoint);
        if (seed > 1) { // the affinity rule, not a random draw, chose it
            bool affinity = false;
            for (const Hop &h : t.hops)
                for (const HopRule &rule : h.trail)
                    affinity = affinity || rule.rule.contains(QLatin1String("--rcheck"));
            QVERIFY(affinity);
        }
    }
    QCOMPARE(pinned.size(), 1);
    // Without a session (fresh lists) the same seeds spread.
    QSet<QString> spread;
    for (quint64 seed = 1; seed <= 20; ++seed)
        spread.insert(
            run(QStringLiteral("front-end-1"), QStringLiteral("sticky:80"), seed).endpoint);
    QVERIFY(spread.size() > 1);
}

void TestTracer::affinityExpires()
{
    TraceSession session(m_cluster, *m_rules);
    TraceRequest r;
    r.from = QStringLiteral("front-end-2");
    r.to = QStringLiteral("10.96.0.27:80");
    r.seed = 1;
    const QString first = session.trace(r).endpoint;
    QSet<QString> after;
    for (quint64 seed = 2; seed <= 30; ++seed) {
        session.advanceClock(10801); // past timeoutSeconds 10800
        r.seed = seed;
        after.insert(session.trace(r).endpoint);
    }
    QVERIFY(!first.isEmpty());
    QVERIFY(after.size() > 1);
}

// Every rule a hop names is the rule at that index in the node's own table.
void TestTracer::hopRulesAreTheNodesRules()
{
    const QList<QPair<QString, QString>> requests = {
        {"client", "192.168.1.2:30008"}, {"front-end-1", "back-end:80"},
        {"client", "192.168.1.2:30080"}, {"front-end-1", "empty:80"},
        {"back-end-2", "10.96.0.21:80"}, {"node/node-3", "10.96.0.27:80"}};
    int checked = 0;
    for (const auto &[from, to] : requests) {
        for (quint64 seed = 1; seed <= 5; ++seed) {
            const Trace t = run(from, to, seed);
            for (const Hop &h : t.hops) {
                QList<HopRule> rules = h.trail;
                if (!h.rule.isEmpty())
                    rules << HopRule{h.table, h.chain, h.rule, h.ruleIndex};
                for (const HopRule &rule : rules) {
                    QVERIFY(rule.rule.startsWith(QLatin1String("-A ") + rule.chain + u' '));
                    if (rule.ruleIndex < 0)
                        continue;
                    const auto node = m_rules->forNode(h.node);
                    QVERIFY(node);
                    const IptablesRule *r = node->ruleAt(
                        rule.table == u"nat" ? RuleTable::Nat : RuleTable::Filter, rule.ruleIndex);
                    QVERIFY(r);
                    QCOMPARE(r->text, rule.rule);
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 50);
}

void TestTracer::deterministic()
{
    for (quint64 seed : {1ull, 42ull, 123456789ull}) {
        const Trace a = run(QStringLiteral("client"), QStringLiteral("198.51.100.2:80"), seed);
        const Trace b = run(QStringLiteral("client"), QStringLiteral("198.51.100.2:80"), seed);
        QCOMPARE(formatTraceJson(a), formatTraceJson(b));
    }
    // A different seed changes the ephemeral port at least.
    QVERIFY(run("client", "192.168.1.2:30008", 1).hops.first().before.srcPort !=
            run("client", "192.168.1.2:30008", 2).hops.first().before.srcPort);
}

void TestTracer::sessionCounters()
{
    TraceSession session(m_cluster, *m_rules);
    TraceRequest r;
    r.from = QStringLiteral("client");
    r.to = QStringLiteral("192.168.1.2:30080"); // Local policy, no pod on node-1: dropped
    QCOMPARE(session.send(r, 5), 0);
    r.to = QStringLiteral("192.168.1.3:30080");
    Trace last;
    QCOMPARE(session.send(r, 4, &last), 4);
    QVERIFY(last.delivered);
    QCOMPARE(session.requestCount(), 9);
    QCOMPARE(session.deliveredCount(), 4);
    QCOMPARE(session.endpointCounts().value(QStringLiteral("10.244.1.5:8080")), 4);
    session.reset();
    QCOMPARE(session.requestCount(), 0);
    QVERIFY(session.endpointCounts().isEmpty());
}

// `--from ip/ADDR` is an outside host at ADDR, not the client: on the client's LAN
// (192.168.1.0/24) when ADDR is in it, else behind the LAN's router 192.168.1.1 (issue 14,
// "Any source, any address"). The Send hop says which, with the host's own route.
void TestTracer::outsideHostSends_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("says");
    QTest::newRow("on the client's LAN, to a load-balancer IP")
        << "ip/192.168.1.50" << "198.51.100.2:80"
        << "The outside host 192.168.1.50 sends 192.168.1.50:45232 → 198.51.100.2:80. It is on "
           "the client's LAN, outside the cluster; its default route 'default via 192.168.1.1 "
           "dev eth0' sends the packet to the router 192.168.1.1.";
    QTest::newRow("on the client's LAN, to a node port")
        << "ip/192.168.1.50" << "192.168.1.2:30008"
        << "The outside host 192.168.1.50 sends 192.168.1.50:45232 → 192.168.1.2:30008. "
           "192.168.1.2 is on the client's own LAN: the route '192.168.1.0/24 dev eth0 proto "
           "kernel scope link src 192.168.1.50' sends it there directly.";
    QTest::newRow("behind the LAN's router")
        << "ip/203.0.113.7" << "192.168.1.2:30008"
        << "The outside host 203.0.113.7 sends 203.0.113.7:45232 → 192.168.1.2:30008. It is not "
           "on the client's LAN but behind the LAN's router 192.168.1.1; its default route "
           "'default via 203.0.113.1 dev eth0' sends the packet to its own router 203.0.113.1, "
           "which passes it on towards the LAN.";
}

void TestTracer::outsideHostSends()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, says);
    const Trace t = run(from, to);
    QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.value(0).message));
    QVERIFY(t.delivered);
    const Hop &send = t.hops.first();
    QCOMPARE(send.action, HopAction::Send);
    QCOMPARE(send.entity, from);
    QCOMPARE(send.explanation, says);
    QVERIFY(!send.explanation.contains(QStringLiteral("client is")));
    // The answer comes back to that host, not to "client".
    QVERIFY2(t.summary.endsWith(QStringLiteral("the answer came back to the outside host ") +
                                from.mid(3) + u'.'),
             qPrintable(t.summary));
    // The client itself keeps its sentences.
    const Trace client = run(QStringLiteral("client"), to);
    QVERIFY(client.hops.first().explanation.contains(QStringLiteral("The client ")));
    QVERIFY(client.summary.endsWith(QStringLiteral("the answer came back to client.")));
}

// --- the real manifests of ../shared/manifests ----------------------------------------------

QTEST_GUILESS_MAIN(TestTracer)
#include "tst_tracer.moc"
