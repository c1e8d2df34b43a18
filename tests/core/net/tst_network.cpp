// The routing model (reference A4): each node's routes as flannel (vxlan) and the CNI bridge
// plugin install them, each pod's, the client's; route lookup; the kernel's source address
// selection; the interfaces; flannel's --ip-masq rules.

#include "tracerfixture.h"

#include "core/proxy/flannelrules.h"
#include "core/net/network.h"

#include <QRegularExpression>
#include <QTest>

using namespace hopscope;
using namespace hopscope::testing;

class TestNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nodeRoutes();
    void podRoutes();
    void clientRoutes();
    void lookup_data();
    void lookup();
    void sourceAddress_data();
    void sourceAddress();
    void interfaces();
    void addressLookups();
    void otherSubnet();
    void flannelRules();
    void flannelMasquerade_data();
    void flannelMasquerade();

private:
    Cluster m_cluster;
};

void TestNetwork::initTestCase()
{
    m_cluster = tracerCluster();
}

// A4: per node, default via the LAN gateway, the node network, the own pod CIDR on cni0 and one
// "via <vtep> dev flannel.1 onlink" route per remote node — in `ip route` order.
void TestNetwork::nodeRoutes()
{
    const Network net(m_cluster);
    const HostNetwork *node = net.node(QStringLiteral("node-2"));
    QVERIFY(node);
    QCOMPARE(node->routeText(),
             QStringLiteral("default via 192.168.1.1 dev eth0\n"
                            "10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink\n"
                            "10.244.1.0/24 dev cni0 proto kernel scope link src "
                            "10.244.1.1\n"
                            "10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink\n"
                            "192.168.1.0/24 dev eth0 proto kernel scope link src "
                            "192.168.1.3\n"));
    QCOMPARE(net.node(QStringLiteral("node/node-2")), node);
    QVERIFY(!net.node(QStringLiteral("node-9")));
}

// A4: isDefaultGateway gives the default route via cni0's .1; flannel's CNI plugin adds the
// cluster network as an IPAM route; the kernel adds the connected pod subnet.
void TestNetwork::podRoutes()
{
    const Network net(m_cluster);
    const HostNetwork pod = net.pod(*m_cluster.pod(QStringLiteral("pod/default/web-1")));
    QCOMPARE(pod.routeText(), QStringLiteral("default via 10.244.1.1 dev eth0\n"
                                             "10.244.0.0/16 via 10.244.1.1 dev eth0\n"
                                             "10.244.1.0/24 dev eth0 proto kernel scope link src "
                                             "10.244.1.5\n"));
    QCOMPARE(pod.nodeName, QStringLiteral("node-2"));
    PodInfo pending = *m_cluster.pod(QStringLiteral("pod/default/web-1"));
    pending.nodeName.clear();
    pending.ip.clear();
    QVERIFY(net.pod(pending).routes.isEmpty());
}

void TestNetwork::clientRoutes()
{
    const Network net(m_cluster);
    QCOMPARE(net.client().routeText(),
             QStringLiteral("default via 192.168.1.1 dev eth0\n"
                            "192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.10\n"));
    quint32 client = 0;
    parseIPv4(QStringLiteral("192.168.1.10"), &client);
    QCOMPARE(net.clientAddress(), client);
}

void TestNetwork::lookup_data()
{
    QTest::addColumn<QString>("host"); // "client", a node name or a pod id
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("route");
    QTest::newRow("A4 node to a remote pod: flannel.1 onlink")
        << "node-1"
        << "10.244.2.9"
        << "10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink";
    QTest::newRow("A4 node to a local pod: cni0")
        << "node-1"
        << "10.244.0.3"
        << "10.244.0.0/24 dev cni0 proto kernel scope link src "
           "10.244.0.1";
    QTest::newRow("node to another node: eth0")
        << "node-1"
        << "192.168.1.4"
        << "192.168.1.0/24 dev eth0 proto kernel scope link src "
           "192.168.1.2";
    QTest::newRow("node to a ClusterIP: default route (the VIP is no machine)")
        << "node-1"
        << "10.96.0.21"
        << "default via 192.168.1.1 dev eth0";
    QTest::newRow("node to its own address: the local table")
        << "node-1"
        << "192.168.1.2"
        << "local 192.168.1.2 dev eth0 table local proto kernel scope host src 192.168.1.2";
    QTest::newRow("node to its flannel.1 address: local")
        << "node-3"
        << "10.244.2.0"
        << "local 10.244.2.0 dev flannel.1 table local proto kernel scope host src 10.244.2.0";
    QTest::newRow("pod to a pod of its node: the connected subnet")
        << "pod/default/front-end-1"
        << "10.244.0.4"
        << "10.244.0.0/24 dev eth0 proto kernel scope link src 10.244.0.3";
    QTest::newRow("pod to a pod of another node: the cluster network via cni0")
        << "pod/default/front-end-1"
        << "10.244.2.2"
        << "10.244.0.0/16 via 10.244.0.1 dev eth0";
    QTest::newRow("pod to a ClusterIP: default via cni0") << "pod/default/front-end-1"
                                                          << "10.96.0.21"
                                                          << "default via 10.244.0.1 dev eth0";
    QTest::newRow("client to a node: its LAN")
        << "client"
        << "192.168.1.3"
        << "192.168.1.0/24 dev eth0 proto kernel scope link src "
           "192.168.1.10";
    QTest::newRow("client to a pod: only the default route (the router)")
        << "client"
        << "10.244.0.3"
        << "default via 192.168.1.1 dev eth0";
}

static HostNetwork hostOf(const Network &net, const Cluster &cluster, const QString &host)
{
    if (host == u"client")
        return net.client();
    if (host.startsWith(QLatin1String("pod/")))
        return net.pod(*cluster.pod(host));
    return *net.node(host);
}

void TestNetwork::lookup()
{
    QFETCH(QString, host);
    QFETCH(QString, destination);
    QFETCH(QString, route);
    const Network net(m_cluster);
    const HostNetwork h = hostOf(net, m_cluster, host);
    quint32 dst = 0;
    QVERIFY(parseIPv4(destination, &dst));
    const RouteEntry *r = h.lookup(dst);
    QVERIFY(r);
    QCOMPARE(r->text, route);
}

// A4 / the kernel: the route's src, else the address of its device. A node reaches a remote pod
// from flannel.1's 10.244.N.0, a local pod from cni0's 10.244.N.1, anything else from its IP.
void TestNetwork::sourceAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("source");
    QTest::newRow("A4 remote pod: flannel.1 .0") << "node-2"
                                                 << "10.244.0.3"
                                                 << "10.244.1.0";
    QTest::newRow("local pod: cni0 .1") << "node-2"
                                        << "10.244.1.5"
                                        << "10.244.1.1";
    QTest::newRow("Service VIP: node IP") << "node-2"
                                          << "10.96.0.21"
                                          << "192.168.1.3";
    QTest::newRow("other node: node IP") << "node-2"
                                         << "192.168.1.2"
                                         << "192.168.1.3";
    QTest::newRow("pod: its own IP") << "pod/default/web-1"
                                     << "10.96.0.21"
                                     << "10.244.1.5";
    QTest::newRow("client: its IP") << "client"
                                    << "192.168.1.2"
                                    << "192.168.1.10";
}

void TestNetwork::sourceAddress()
{
    QFETCH(QString, host);
    QFETCH(QString, destination);
    QFETCH(QString, source);
    const Network net(m_cluster);
    const HostNetwork h = hostOf(net, m_cluster, host);
    quint32 dst = 0;
    QVERIFY(parseIPv4(destination, &dst));
    const RouteEntry *r = h.lookup(dst);
    QVERIFY(r);
    QCOMPARE(formatIPv4(h.sourceAddress(*r)), source);
}

// A4: eth0, cni0 (.1/24), flannel.1 (.0/32 with a VTEP MAC), a veth per pod named like the real
// ones; the pod's eth0 names its host veth.
void TestNetwork::interfaces()
{
    const Network net(m_cluster);
    const HostNetwork *node = net.node(QStringLiteral("node-3"));
    QCOMPARE(node->interface(QStringLiteral("eth0"))->text, QStringLiteral("192.168.1.4/24"));
    QCOMPARE(node->interface(QStringLiteral("cni0"))->text, QStringLiteral("10.244.2.1/24"));
    const NetInterface *flannel = node->interface(QStringLiteral("flannel.1"));
    QCOMPARE(flannel->text, QStringLiteral("10.244.2.0/32"));
    static const QRegularExpression mac(QStringLiteral("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"));
    QVERIFY(mac.match(flannel->mac).hasMatch());
    QCOMPARE(quint8(flannel->mac.left(2).toUInt(nullptr, 16)) & 0x03, 0x02); // local, unicast
    QVERIFY(flannel->mac != Network::vtepMac(QStringLiteral("node-2")));

    static const QRegularExpression veth(QStringLiteral("^veth[0-9a-f]{8}$"));
    int veths = 0;
    for (const NetInterface &i : node->interfaces)
        if (i.name.startsWith(QLatin1String("veth"))) {
            QVERIFY(veth.match(i.name).hasMatch());
            QCOMPARE(i.name, Network::vethName(i.peer));
            ++veths;
        }
    QCOMPARE(veths, int(m_cluster.podsOnNode(QStringLiteral("node-3")).size()));
    QCOMPARE(Network::vethName(QStringLiteral("pod/default/a")),
             Network::vethName(QStringLiteral("pod/default/a")));
    QVERIFY(Network::vethName(QStringLiteral("pod/default/a")) !=
            Network::vethName(QStringLiteral("pod/default/b")));
    const HostNetwork pod = net.pod(*m_cluster.pod(QStringLiteral("pod/default/db-0")));
    QCOMPARE(pod.interface(QStringLiteral("eth0"))->peer,
             Network::vethName(QStringLiteral("pod/default/db-0")));
    QCOMPARE(net.neighbourEntry(*m_cluster.node(QStringLiteral("node-3"))),
             QStringLiteral("10.244.2.0 dev flannel.1 lladdr %1 PERMANENT").arg(flannel->mac));
    QCOMPARE(net.fdbEntry(*m_cluster.node(QStringLiteral("node-3"))),
             QStringLiteral("%1 dev flannel.1 dst 192.168.1.4 self permanent").arg(flannel->mac));
}

void TestNetwork::addressLookups()
{
    const Network net(m_cluster);
    const auto a = [](const char *text) {
        quint32 v = 0;
        parseIPv4(QString::fromLatin1(text), &v);
        return v;
    };
    QCOMPARE(net.nodeByAddress(a("192.168.1.4"))->name, QStringLiteral("node-3"));
    QVERIFY(!net.nodeByAddress(a("192.168.1.5")));
    QCOMPARE(net.nodeOwningPodAddress(a("10.244.1.200"))->name, QStringLiteral("node-2"));
    QVERIFY(!net.nodeOwningPodAddress(a("10.244.7.2")));
    QCOMPARE(net.podByAddress(a("10.244.2.4"))->name, QStringLiteral("db-0"));
    QVERIFY(!net.podByAddress(a("10.244.2.99")));
    QVERIFY(net.inClusterNetwork(a("10.244.255.1")));
    QVERIFY(!net.inClusterNetwork(a("10.245.0.1")));
    // The router reaches the client and the nodes, not pods nor Service VIPs.
    QVERIFY(net.routerReaches(a("192.168.1.10")));
    QVERIFY(net.routerReaches(a("192.168.1.2")));
    QVERIFY(!net.routerReaches(a("10.244.0.3")));
    QVERIFY(!net.routerReaches(a("10.96.0.21")));
}

// The voting app's nodes (192.168.56.70-73) sit in another /24 than the client: their default
// route goes to 192.168.56.1, and the router still reaches them.
void TestNetwork::otherSubnet()
{
    Cluster c = m_cluster;
    for (int i = 0; i < c.nodes.size(); ++i)
        c.nodes[i].internalIP = QStringLiteral("192.168.56.%1").arg(70 + i);
    c.reindex();
    const Network net(c);
    QCOMPARE(net.node(QStringLiteral("node-1"))->routes.first().text,
             QStringLiteral("default via 192.168.56.1 dev eth0"));
    quint32 node = 0, client = 0;
    parseIPv4(QStringLiteral("192.168.56.71"), &node);
    parseIPv4(QStringLiteral("192.168.1.10"), &client);
    QVERIFY(net.routerReaches(node));
    QCOMPARE(net.client().lookup(node)->text, QStringLiteral("default via 192.168.1.1 dev eth0"));
}

// flannel's iptables rules (pkg/trafficmngr/iptables masqRules, forwardRules), node-2's lease.
void TestNetwork::flannelRules()
{
    const FlannelRules rules(QStringLiteral("10.244.0.0/16"), QStringLiteral("10.244.1.0/24"));
    QStringList text;
    for (const IptablesRule &r : rules.rules())
        text << r.text;
    QCOMPARE(text,
             QStringList({
                 "-A POSTROUTING -m comment --comment \"flanneld masq\" -j FLANNEL-POSTRTG",
                 "-A FLANNEL-POSTRTG -m mark --mark 0x4000/0x4000 -m comment --comment "
                 "\"flanneld masq\" -j RETURN",
                 "-A FLANNEL-POSTRTG -s 10.244.1.0/24 -d 10.244.0.0/16 -m comment --comment "
                 "\"flanneld masq\" -j RETURN",
                 "-A FLANNEL-POSTRTG -s 10.244.0.0/16 -d 10.244.1.0/24 -m comment --comment "
                 "\"flanneld masq\" -j RETURN",
                 "-A FLANNEL-POSTRTG ! -s 10.244.0.0/16 -d 10.244.1.0/24 -m comment --comment "
                 "\"flanneld masq\" -j RETURN",
                 "-A FLANNEL-POSTRTG -s 10.244.0.0/16 ! -d 224.0.0.0/4 -m comment --comment "
                 "\"flanneld masq\" -j MASQUERADE --random-fully",
                 "-A FLANNEL-POSTRTG ! -s 10.244.0.0/16 -d 10.244.0.0/16 -m comment --comment "
                 "\"flanneld masq\" -j MASQUERADE --random-fully",
                 "-A FORWARD -m comment --comment \"flanneld forward\" -j FLANNEL-FWD",
                 "-A FLANNEL-FWD -s 10.244.0.0/16 -m comment --comment \"flanneld forward\" -j "
                 "ACCEPT",
                 "-A FLANNEL-FWD -d 10.244.0.0/16 -m comment --comment \"flanneld forward\" -j "
                 "ACCEPT",
             }));
    QCOMPARE(rules.entryRules(RuleTable::Nat, QStringLiteral("POSTROUTING")).size(), 1);
    QCOMPARE(rules.chainRules(RuleTable::Nat, QStringLiteral("FLANNEL-POSTRTG")).size(), 6);
    QVERIFY(rules.ownsChain(QStringLiteral("FLANNEL-FWD")));
    QVERIFY(FlannelRules(QStringLiteral("bad"), QStringLiteral("10.244.1.0/24")).rules().isEmpty());
}

// Which packets flannel's FLANNEL-POSTRTG masquerades (first matching rule's target).
void TestNetwork::flannelMasquerade_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("dst");
    QTest::addColumn<bool>("marked");
    QTest::addColumn<bool>("masquerade");
    QTest::newRow("pod to pod of another node: no NAT") << "10.244.1.5"
                                                        << "10.244.2.3" << false << false;
    QTest::newRow("pod to the Internet: masquerade") << "10.244.1.5"
                                                     << "93.184.216.34" << false << true;
    QTest::newRow("pod to a node IP: masquerade") << "10.244.1.5"
                                                  << "192.168.1.2" << false << true;
    QTest::newRow("client to a local pod (Local policy): kept") << "192.168.1.10"
                                                                << "10.244.1.5" << false << false;
    QTest::newRow("host to a remote pod: masquerade") << "192.168.1.3"
                                                      << "10.244.2.3" << false << true;
    QTest::newRow("kube-proxy-marked: left to kube-proxy") << "10.244.1.5"
                                                           << "8.8.8.8" << true << false;
}

void TestNetwork::flannelMasquerade()
{
    QFETCH(QString, src);
    QFETCH(QString, dst);
    QFETCH(bool, marked);
    QFETCH(bool, masquerade);
    const FlannelRules rules(QStringLiteral("10.244.0.0/16"), QStringLiteral("10.244.1.0/24"));
    RulePacket p;
    parseIPv4(src, &p.src);
    parseIPv4(dst, &p.dst);
    p.dstPort = 80;
    p.mark = marked ? 0x4000 : 0;
    bool masq = false;
    for (const IptablesRule *r :
         rules.chainRules(RuleTable::Nat, QStringLiteral("FLANNEL-POSTRTG")))
        if (r->match(p) != RuleMatch::NoMatch) {
            masq = r->target.kind == TargetKind::Masquerade;
            break;
        }
    QCOMPARE(masq, masquerade);
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
