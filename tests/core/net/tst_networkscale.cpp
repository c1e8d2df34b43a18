// The routing model at scale (reference A4): a node's network is built on first use and the
// flannel routes to the other nodes' pod networks are one shared table, yet every node's main
// table is what flannel installs — checked on 50 nodes against routes computed here, line by
// line, and by a lookup of every pod network from every node. Also the tracer's indexes of the
// listeners on a node's own ports (a node-process destination found / not found).

#include "tracerfixture.h"

#include "core/base/ipv4.h"
#include "core/net/network.h"
#include "core/trace/tracer.h"

#include <QTest>

#include <algorithm>
#include <thread>

using namespace hopscope;
using namespace hopscope::testing;

namespace {

constexpr int kNodes = 50;

// node-1..50 at 192.168.1.2-51 with pod networks 10.244.0-47.0/24, node-49 a /23 (another
// prefix length among the shared routes), node-50 without a pod network; two pods per node.
Cluster fiftyNodes()
{
    Cluster c;
    for (int i = 0; i < kNodes; ++i) {
        NodeInfo n = tracerNode(i);
        if (i == kNodes - 2) {
            n.podCIDR = QStringLiteral("10.244.100.0/23");
            n.bridgeIP = QStringLiteral("10.244.100.1");
            n.vtepIP = QStringLiteral("10.244.100.0");
        } else if (i == kNodes - 1) {
            n.podCIDR.clear();
            n.bridgeIP.clear();
            n.vtepIP.clear();
        }
        c.nodes << n;
    }
    c.clientIP = QStringLiteral("192.168.1.200");
    for (int i = 0; i < kNodes - 1; ++i) {
        const QString base = c.nodes[i].vtepIP.section(u'.', 0, 2);
        for (int p = 0; p < 2; ++p)
            c.pods << tracerPod(QStringLiteral("default"),
                                QStringLiteral("web-%1-%2").arg(i).arg(p), c.nodes[i].name,
                                base + u'.' + QString::number(p + 2), {}, {});
    }
    c.reindex();
    return c;
}

quint32 address(const QString &text)
{
    quint32 a = 0;
    parseIPv4(text, &a);
    return a;
}

struct Line
{
    bool isDefault;
    quint32 network;
    int prefix;
    QString text;
};

// A4, written out independently of network.cpp: what `ip route` prints on a node.
QString expectedRoutes(const Cluster &c, int self)
{
    const NodeInfo &n = c.nodes[self];
    const QString lan = n.internalIP.section(u'.', 0, 2);
    QList<Line> lines;
    lines << Line{true, 0, 0, QStringLiteral("default via %1.1 dev eth0").arg(lan)};
    lines << Line{
        false, address(lan + QStringLiteral(".0")), 24,
        QStringLiteral("%1.0/24 dev eth0 proto kernel scope link src %2").arg(lan, n.internalIP)};
    if (!n.podCIDR.isEmpty()) {
        const Ipv4Cidr own = *Ipv4Cidr::parse(n.podCIDR);
        lines << Line{false, own.network, own.prefix,
                      n.podCIDR + QStringLiteral(" dev cni0 proto kernel scope link src ") +
                          n.bridgeIP};
        for (int i = 0; i < c.nodes.size(); ++i) {
            if (i == self || c.nodes[i].podCIDR.isEmpty())
                continue;
            const Ipv4Cidr other = *Ipv4Cidr::parse(c.nodes[i].podCIDR);
            lines << Line{false, other.network, other.prefix,
                          c.nodes[i].podCIDR + QStringLiteral(" via ") + c.nodes[i].vtepIP +
                              QStringLiteral(" dev flannel.1 onlink")};
        }
    }
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (a.isDefault != b.isDefault)
            return a.isDefault;
        return a.network != b.network ? a.network < b.network : a.prefix < b.prefix;
    });
    QString text;
    for (const Line &l : lines)
        text += l.text + u'\n';
    return text;
}

} // namespace

class TestNetworkScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeRoutesOnFiftyNodes();
    void lookupOfEveryPodNetwork();
    void nodesBuiltOnceFromManyThreads();
    void podsOnNode();
    void nodeProcessListener_data();
    void nodeProcessListener();
};

// A4: one "via <vtep> dev flannel.1 onlink" route per remote node, byte for byte.
void TestNetworkScale::nodeRoutesOnFiftyNodes()
{
    const Cluster c = fiftyNodes();
    const Network net(c);
    for (int i = 0; i < kNodes; ++i) {
        const HostNetwork *node = net.node(c.nodes[i].name);
        QVERIFY(node);
        QCOMPARE(node->routeText(), expectedRoutes(c, i));
        QCOMPARE(node->table().size(), expectedRoutes(c, i).count(u'\n'));
    }
}

// A4: from every node, an address in every pod network takes cni0 (its own), flannel.1 (a
// remote node's), or the default route (a node without pod network has no flannel routes).
void TestNetworkScale::lookupOfEveryPodNetwork()
{
    const Cluster c = fiftyNodes();
    const Network net(c);
    for (int from = 0; from < kNodes; ++from) {
        const HostNetwork *node = net.node(c.nodes[from].id);
        QVERIFY(node);
        for (int to = 0; to < kNodes; ++to) {
            const NodeInfo &target = c.nodes[to];
            if (target.podCIDR.isEmpty())
                continue;
            const quint32 pod = address(target.bridgeIP) + 4;
            const RouteEntry *r = node->lookup(pod);
            QVERIFY(r);
            QString expected;
            if (c.nodes[from].podCIDR.isEmpty())
                expected = QStringLiteral("default via 192.168.1.1 dev eth0");
            else if (from == to)
                expected = target.podCIDR +
                           QStringLiteral(" dev cni0 proto kernel scope link src ") +
                           target.bridgeIP;
            else
                expected = target.podCIDR + QStringLiteral(" via ") + target.vtepIP +
                           QStringLiteral(" dev flannel.1 onlink");
            QCOMPARE(r->text, expected);
            QCOMPARE(net.nodeOwningPodAddress(pod), &target);
        }
        // The Service network is no pod network: the default route.
        QCOMPARE(node->lookup(address(QStringLiteral("10.96.0.1")))->text,
                 QStringLiteral("default via 192.168.1.1 dev eth0"));
    }
}

// Networks are built on first use: the same node, asked for from several threads at once, is
// built once and stays where it is.
void TestNetworkScale::nodesBuiltOnceFromManyThreads()
{
    const Cluster c = fiftyNodes();
    const Network net(c);
    std::vector<std::vector<const HostNetwork *>> seen(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int k = 0; k < kNodes; ++k) {
                const int i = t % 2 ? kNodes - 1 - k : k;
                seen[t].push_back(net.node(c.nodes[i].name));
                net.veth(c.pods[(i * 2) % c.pods.size()].id);
            }
        });
    for (std::thread &t : threads)
        t.join();
    for (int k = 0; k < kNodes; ++k) {
        const HostNetwork *node = net.node(c.nodes[k].name);
        QCOMPARE(seen[0][k], node);
        QCOMPARE(seen[2][k], node);
        QCOMPARE(seen[1][kNodes - 1 - k], node);
        QCOMPARE(seen[3][kNodes - 1 - k], node);
    }
    QCOMPARE(net.veth(c.pods.first().id), Network::vethName(c.pods.first().id));
}

// The pods of a node come from an index built once; the same as scanning the cluster.
void TestNetworkScale::podsOnNode()
{
    const Cluster c = fiftyNodes();
    const Network net(c);
    for (const NodeInfo &n : c.nodes)
        QCOMPARE(net.podsOnNode(n.name), c.podsOnNode(n.name));
    QVERIFY(net.podsOnNode(QStringLiteral("node-99")).isEmpty());
    QVERIFY(net.podsOnNode(QStringLiteral("node/node-1")).isEmpty()); // an id is no node name
}

void TestNetworkScale::nodeProcessListener_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("listener"); // part of the Deliver hop's explanation
    QTest::newRow("endpoint of default/kubernetes: the API server on node-1")
        << "192.168.1.2:6443" << true << "the API server (endpoint of Service default/kubernetes)";
    QTest::newRow("A3.4 endpoint without pod: the first Service that names it")
        << "192.168.1.3:9100" << true << "the process behind an endpoint of Service node-exporter";
    QTest::newRow("the same port on another node: no endpoint there, refused")
        << "192.168.1.4:9100" << false << "";
    QTest::newRow("the API server's port on node-2: refused") << "192.168.1.3:6443" << false << "";
    QTest::newRow("a hostNetwork pod's port on its node")
        << "192.168.1.4:9200" << true << "pod agent-3, which uses the node's network";
    QTest::newRow("A1.5 healthCheckNodePort: kube-proxy's health server")
        << "192.168.1.3:32000" << true
        << "kube-proxy's health check server for Service default/web-lb";
}

void TestNetworkScale::nodeProcessListener()
{
    QFETCH(QString, to);
    QFETCH(bool, delivered);
    QFETCH(QString, listener);
    Cluster c = tracerCluster();
    ServiceInfo exporter = tracerService(
        c, QStringLiteral("default"), QStringLiteral("node-exporter"), ServiceType::ClusterIP,
        QStringLiteral("10.96.0.40"), {{QStringLiteral("metrics"), 9100, 9100}}, {}, {});
    EndpointInfo host;
    host.ip = QStringLiteral("192.168.1.3");
    host.port = 9100;
    host.nodeName = QStringLiteral("node-2");
    exporter.endpoints[0] << host;
    ServiceInfo second = exporter;
    second.name = QStringLiteral("node-exporter-copy");
    second.id = serviceId(QStringLiteral("default"), second.name);
    second.clusterIP = QStringLiteral("10.96.0.41");
    c.services << exporter << second;
    PodInfo agent =
        tracerPod(QStringLiteral("default"), QStringLiteral("agent-3"), QStringLiteral("node-3"),
                  QStringLiteral("192.168.1.4"), {}, {tracerPort(9200, QStringLiteral("agent"))});
    agent.hostNetwork = true;
    c.pods << agent;
    c.reindex();

    TraceSession session(c);
    TraceRequest request;
    request.from = QStringLiteral("pod/default/front-end-1");
    request.to = to;
    const Trace t = session.trace(request);
    QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.value(0).message));
    QCOMPARE(t.delivered, delivered);
    const auto deliver = std::find_if(t.hops.cbegin(), t.hops.cend(), [](const Hop &h) {
        return !h.reply && (h.action == HopAction::Deliver || h.action == HopAction::Refused);
    });
    QVERIFY(deliver != t.hops.cend());
    QCOMPARE(deliver->action, delivered ? HopAction::Deliver : HopAction::Refused);
    if (!listener.isEmpty())
        QVERIFY2(deliver->explanation.contains(listener), qPrintable(deliver->explanation));
}

QTEST_GUILESS_MAIN(TestNetworkScale)
#include "tst_networkscale.moc"
