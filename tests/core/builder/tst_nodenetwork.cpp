// Nodes and their pod networks (DESIGN.md "Default cluster", reference A4): the default cluster,
// --nodes, Node objects with and without spec.podCIDR (CidrSet.AllocateNext), cni0 / flannel.1.

#include "builderfixtures.h"

#include "core/builder/nodenetwork.h"

#include <QTest>

using namespace hopscope;
using namespace fixtures;

Q_DECLARE_METATYPE(hopscope::ManifestSet)

class TestNodeNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultCluster_data();
    void defaultCluster();
    void defaultLabels();
    void nodeObjects_data();
    void nodeObjects();
    void nodeObjectFields();
    void nodeWithoutAddress();
    void nodesFromDumpPods();
    void cidrSet();
    void clusterCidrExhausted();
};

void TestNodeNetwork::defaultCluster_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("clusterCidr");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("cidrs");
    QTest::addColumn<QStringList>("bridges");
    QTest::addColumn<QStringList>("vteps");

    QTest::newRow("default cluster: 3 nodes (DESIGN.md)")
        << 3 << "10.244.0.0/16" << QStringList{"node-1", "node-2", "node-3"}
        << QStringList{"192.168.1.2", "192.168.1.3", "192.168.1.4"}
        << QStringList{"10.244.0.0/24", "10.244.1.0/24", "10.244.2.0/24"}
        << QStringList{"10.244.0.1", "10.244.1.1", "10.244.2.1"}
        << QStringList{"10.244.0.0", "10.244.1.0", "10.244.2.0"};
    QTest::newRow("--nodes 5")
        << 5 << "10.244.0.0/16" << QStringList{"node-1", "node-2", "node-3", "node-4", "node-5"}
        << QStringList{"192.168.1.2", "192.168.1.3", "192.168.1.4", "192.168.1.5", "192.168.1.6"}
        << QStringList{"10.244.0.0/24", "10.244.1.0/24", "10.244.2.0/24", "10.244.3.0/24",
                       "10.244.4.0/24"}
        << QStringList{"10.244.0.1", "10.244.1.1", "10.244.2.1", "10.244.3.1", "10.244.4.1"}
        << QStringList{"10.244.0.0", "10.244.1.0", "10.244.2.0", "10.244.3.0", "10.244.4.0"};
    QTest::newRow("--nodes 1 --cluster-cidr 10.32.0.0/12")
        << 1 << "10.32.0.0/12" << QStringList{"node-1"} << QStringList{"192.168.1.2"}
        << QStringList{"10.32.0.0/24"} << QStringList{"10.32.0.1"} << QStringList{"10.32.0.0"};
}

void TestNodeNetwork::defaultCluster()
{
    QFETCH(int, count);
    QFETCH(QString, clusterCidr);
    QFETCH(QStringList, names);
    QFETCH(QStringList, ips);
    QFETCH(QStringList, cidrs);
    QFETCH(QStringList, bridges);
    QFETCH(QStringList, vteps);
    ClusterSettings s = plainSettings();
    s.nodeCount = count;
    s.clusterCidr = clusterCidr;
    const Cluster c = ClusterBuilder::build(ManifestSet{}, s);
    QStringList gotNames, gotIps, gotCidrs, gotBridges, gotVteps;
    for (const NodeInfo &n : c.nodes) {
        gotNames << n.name;
        gotIps << n.internalIP;
        gotCidrs << n.podCIDR;
        gotBridges << n.bridgeIP;
        gotVteps << n.vtepIP;
        QCOMPARE(n.id, QStringLiteral("node/") + n.name);
        QVERIFY(!n.fromManifest);
        QVERIFY(n.ready);
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotIps, ips);
    QCOMPARE(gotCidrs, cidrs);
    QCOMPARE(gotBridges, bridges);
    QCOMPARE(gotVteps, vteps);
    QCOMPARE(c.clientIP, QStringLiteral("192.168.1.10"));
}

// The labels kubelet puts on a node it registers.
void TestNodeNetwork::defaultLabels()
{
    const Cluster c = buildPlain(ManifestSet{});
    const Labels expected{{"kubernetes.io/arch", "amd64"},
                          {"kubernetes.io/hostname", "node-2"},
                          {"kubernetes.io/os", "linux"}};
    QCOMPARE(c.nodes[1].labels, expected);
}

void TestNodeNetwork::nodeObjects_data()
{
    QTest::addColumn<ManifestSet>("manifests");
    QTest::addColumn<QStringList>("cidrs");

    {
        ManifestSet m;
        m.nodes << node("cp", "172.18.0.2", "10.244.0.0/24")
                << node("w1", "172.18.0.3", "10.244.1.0/24");
        QTest::newRow("A4 spec.podCIDR kept") << m << QStringList{"10.244.0.0/24", "10.244.1.0/24"};
    }
    {
        ManifestSet m;
        m.nodes << node("a", "172.18.0.2") << node("b", "172.18.0.3") << node("c", "172.18.0.4");
        QTest::newRow("A4 CidrSet.AllocateNext from the first subnet, in node order")
            << m << QStringList{"10.244.0.0/24", "10.244.1.0/24", "10.244.2.0/24"};
    }
    {
        ManifestSet m;
        m.nodes << node("a", "172.18.0.2") << node("b", "172.18.0.3", "10.244.0.0/24")
                << node("c", "172.18.0.4");
        QTest::newRow("A4 AllocateNext skips subnets other nodes hold")
            << m << QStringList{"10.244.1.0/24", "10.244.0.0/24", "10.244.2.0/24"};
    }
    {
        ManifestSet m;
        NodeObject n = node("a", "172.18.0.2");
        n.podCIDRs = QStringList{"10.244.7.0/24", "fd00:10:244::/64"};
        m.nodes << n;
        QTest::newRow("spec.podCIDRs[0] when podCIDR is empty")
            << m << QStringList{"10.244.7.0/24"};
    }
    {
        ManifestSet m;
        m.nodes << node("a", "172.18.0.2", "10.200.5.0/24");
        QTest::newRow("podCIDR outside --cluster-cidr is still the node's")
            << m << QStringList{"10.200.5.0/24"};
    }
}

void TestNodeNetwork::nodeObjects()
{
    QFETCH(ManifestSet, manifests);
    QFETCH(QStringList, cidrs);
    const Cluster c = buildPlain(manifests);
    QStringList got;
    for (const NodeInfo &n : c.nodes)
        got << n.podCIDR;
    QCOMPARE(got, cidrs);
    QCOMPARE(c.nodes.size(), manifests.nodes.size()); // Node objects replace the defaults
}

void TestNodeNetwork::nodeObjectFields()
{
    ManifestSet m;
    NodeObject n = node("worker", "172.18.0.3", "10.244.3.0/24",
                        {{"disktype", "ssd"}, {"kubernetes.io/hostname", "worker"}});
    n.externalIP = QStringLiteral("203.0.113.3");
    n.taints << Taint{"dedicated", "db", "NoSchedule"};
    n.unschedulable = true;
    n.ready = false;
    m.nodes << n;
    const Cluster c = buildPlain(m);
    QCOMPARE(c.nodes.size(), 1);
    const NodeInfo &info = c.nodes[0];
    QCOMPARE(info.name, QStringLiteral("worker"));
    QCOMPARE(info.internalIP, QStringLiteral("172.18.0.3"));
    QCOMPARE(info.externalIP, QStringLiteral("203.0.113.3"));
    QCOMPARE(info.labels.value("disktype"), QStringLiteral("ssd"));
    QCOMPARE(info.labels.value("kubernetes.io/os"), QStringLiteral("linux"));
    QCOMPARE(info.taints, n.taints);
    QVERIFY(info.unschedulable);
    QVERIFY(!info.ready);
    QVERIFY(info.fromManifest);
    QCOMPARE(info.where, n.meta.where);
    QCOMPARE(info.bridgeIP, QStringLiteral("10.244.3.1"));
    QCOMPARE(info.vtepIP, QStringLiteral("10.244.3.0"));
}

void TestNodeNetwork::nodeWithoutAddress()
{
    ManifestSet m;
    m.nodes << node("a", "192.168.1.2") << node("b", QString());
    const Cluster c = buildPlain(m);
    QCOMPARE(c.nodes[1].internalIP, QStringLiteral("192.168.1.3")); // next free from firstNodeIP
    const Diagnostic *d = findDiagnostic(c, QStringLiteral("node-address"));
    QVERIFY(d);
    QCOMPARE(d->severity, Severity::Info);
    QCOMPARE(d->entity, QStringLiteral("node/b"));
}

// `kubectl get pods -o yaml` of a cluster, without its Node objects: the nodes the pods run on.
void TestNodeNetwork::nodesFromDumpPods()
{
    ManifestSet m;
    PodObject a = dumpPod("web-1", {}, "minikube-m02", "10.244.1.5");
    a.hostIP = QStringLiteral("192.168.49.3");
    PodObject b = dumpPod("web-2", {}, "minikube", "10.244.0.3");
    b.hostIP = QStringLiteral("192.168.49.2");
    m.pods << a << b;
    const Cluster c = buildPlain(m);
    QCOMPARE(c.nodes.size(), 2);
    QCOMPARE(c.nodes[0].name, QStringLiteral("minikube"));
    QCOMPARE(c.nodes[0].internalIP, QStringLiteral("192.168.49.2"));
    QCOMPARE(c.nodes[0].podCIDR, QStringLiteral("10.244.0.0/24"));
    QCOMPARE(c.nodes[1].name, QStringLiteral("minikube-m02"));
    QCOMPARE(c.nodes[1].podCIDR, QStringLiteral("10.244.1.0/24"));
    QCOMPARE(c.pod(QStringLiteral("pod/default/web-1"))->nodeName, QStringLiteral("minikube-m02"));
}

void TestNodeNetwork::cidrSet()
{
    CidrSet set(*Ipv4Cidr::parse("10.244.0.0/22"), 24);
    set.occupy(*Ipv4Cidr::parse("10.244.1.0/24"));
    QCOMPARE(set.allocateNext()->toString(), QStringLiteral("10.244.0.0/24"));
    QCOMPARE(set.allocateNext()->toString(), QStringLiteral("10.244.2.0/24"));
    QCOMPARE(set.allocateNext()->toString(), QStringLiteral("10.244.3.0/24"));
    QVERIFY(!set.allocateNext());
}

void TestNodeNetwork::clusterCidrExhausted()
{
    ClusterSettings s = plainSettings();
    s.clusterCidr = QStringLiteral("10.244.0.0/23"); // room for two /24s
    ManifestSet m;
    m.nodes << node("a", "10.0.0.1") << node("b", "10.0.0.2") << node("c", "10.0.0.3");
    const Cluster c = ClusterBuilder::build(m, s);
    QCOMPARE(c.nodes[2].podCIDR, QString());
    const Diagnostic *d = findDiagnostic(c, QStringLiteral("node-cidr-exhausted"));
    QVERIFY(d);
    QCOMPARE(d->entity, QStringLiteral("node/c"));
}

QTEST_GUILESS_MAIN(TestNodeNetwork)
#include "tst_nodenetwork.moc"
