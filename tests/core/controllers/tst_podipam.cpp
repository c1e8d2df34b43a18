// Pod IPAM (reference A4, host-local under flannel): per node, from its podCIDR, .1 is cni0, so
// the first pod gets .2, then .3 … in scheduling order; a dump's addresses are kept and skipped;
// a full range leaves the pod Pending.

#include "builderfixtures.h"

#include "core/controllers/podipam.h"

#include <QTest>

using namespace hopscope;
using namespace fixtures;

namespace {

const Labels kApp{{"app", "web"}};

QStringList ipsOf(const QList<const PodInfo *> &pods)
{
    QStringList out;
    for (const PodInfo *p : pods)
        out << p->ip;
    return out;
}

} // namespace

class TestPodIpam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPodGetsDotTwo();
    void sequentialPerNode();
    void seedAddresses();
    void dumpAddressesKeptAndSkipped();
    void rangeFull_data();
    void rangeFull();
    void ipamUnit();
};

void TestPodIpam::firstPodGetsDotTwo()
{
    ManifestSet m;
    m.pods << pod("myapp-pod", {{"app", "myapp"}});
    const Cluster c = buildPlain(m);
    const PodInfo *p = c.pod("pod/default/myapp-pod");
    QVERIFY(p);
    QCOMPARE(p->nodeName, QStringLiteral("node-1"));
    QCOMPARE(p->ip, QStringLiteral("10.244.0.2"));
    QCOMPARE(p->phase, QStringLiteral("Running"));
    QVERIFY(p->ready);
}

void TestPodIpam::sequentialPerNode()
{
    ManifestSet m;
    m.workloads << deployment("web", 7, kApp);
    const Cluster c = buildPlain(m);
    QCOMPARE(ipsOf(podsOf(c, "web")),
             (QStringList{"10.244.0.2", "10.244.1.2", "10.244.2.2", "10.244.0.3", "10.244.1.3",
                          "10.244.2.3", "10.244.0.4"}));
}

// With the system objects on, CoreDNS starts after the user's pods: the seed article's first pod
// is 10.244.0.2 on the node at 192.168.1.2.
void TestPodIpam::seedAddresses()
{
    ManifestSet m;
    m.pods << pod("myapp-pod", {{"app", "myapp"}});
    const Cluster c = ClusterBuilder::build(m, ClusterSettings{});
    QCOMPARE(c.pods.first().name, QStringLiteral("myapp-pod"));
    QCOMPARE(c.pods.first().ip, QStringLiteral("10.244.0.2"));
    QCOMPARE(c.node(c.pods.first().nodeName)->internalIP, QStringLiteral("192.168.1.2"));
    const auto dns = podsOf(c, "coredns");
    QCOMPARE(dns.size(), 2);
    QCOMPARE(ipsOf(dns), (QStringList{"10.244.1.2", "10.244.2.2"}));
}

void TestPodIpam::dumpAddressesKeptAndSkipped()
{
    ManifestSet m;
    m.nodes << node("a", "10.0.0.1", "10.244.0.0/24") << node("b", "10.0.0.2", "10.244.1.0/24");
    m.pods << dumpPod("old-1", {}, "a", "10.244.0.2") << dumpPod("old-2", {}, "a", "10.244.0.4")
           << dumpPod("old-3", {}, "b", "10.244.1.9");
    WorkloadObject w = deployment("web", 3, kApp);
    w.podTemplate.spec.nodeName = QStringLiteral("a");
    m.workloads << w;
    const Cluster c = buildPlain(m);
    QCOMPARE(c.pod("pod/default/old-1")->ip, QStringLiteral("10.244.0.2"));
    QCOMPARE(c.pod("pod/default/old-2")->ip, QStringLiteral("10.244.0.4"));
    QCOMPARE(c.pod("pod/default/old-3")->ip, QStringLiteral("10.244.1.9"));
    QCOMPARE(ipsOf(podsOf(c, "web")), (QStringList{"10.244.0.3", "10.244.0.5", "10.244.0.6"}));
}

void TestPodIpam::rangeFull_data()
{
    QTest::addColumn<QString>("podCIDR");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<int>("fitting");
    QTest::addColumn<QString>("lastIP");
    QTest::addColumn<QString>("rangeSet");
    QTest::newRow("A4 /24 holds 253 pods (.2–.254)")
        << "10.244.0.0/24" << 255 << 253 << "10.244.0.254"
        << "10.244.0.1-10.244.0.254";
    QTest::newRow("A4 /28 holds 13 pods") << "10.244.0.0/28" << 15 << 13 << "10.244.0.14"
                                          << "10.244.0.1-10.244.0.14";
}

void TestPodIpam::rangeFull()
{
    QFETCH(QString, podCIDR);
    QFETCH(int, replicas);
    QFETCH(int, fitting);
    QFETCH(QString, lastIP);
    QFETCH(QString, rangeSet);
    ManifestSet m;
    m.nodes << node("only", "10.0.0.1", podCIDR);
    m.workloads << deployment("web", replicas, kApp);
    const Cluster c = buildPlain(m);
    const auto pods = podsOf(c, "web");
    QCOMPARE(pods.size(), replicas);
    int withIP = 0;
    for (const PodInfo *p : pods) {
        if (!p->ip.isEmpty()) {
            ++withIP;
            continue;
        }
        QCOMPARE(p->phase, QStringLiteral("Pending"));
        QCOMPARE(p->nodeName, QStringLiteral("only")); // scheduled; the sandbox fails
        QVERIFY(!p->ready);
    }
    QCOMPARE(withIP, fitting);
    QCOMPARE(pods[fitting - 1]->ip, lastIP);
    const Diagnostic *d = findDiagnostic(c, "pod-ip-exhausted");
    QVERIFY(d);
    QCOMPARE(d->severity, Severity::Warning);
    QCOMPARE(d->hint, QStringLiteral("failed to allocate for range 0: no IP addresses available "
                                     "in range set: ") +
                          rangeSet);
    QVERIFY(d->message.contains(QStringLiteral("Deployment \"web\"")));
}

void TestPodIpam::ipamUnit()
{
    NodeInfo n;
    n.name = QStringLiteral("n");
    n.podCIDR = QStringLiteral("10.244.3.0/24");
    PodIpam ipam({n});
    QVERIFY(ipam.reserve("n", "10.244.3.3"));
    QVERIFY(!ipam.reserve("other", "10.244.3.4"));
    QCOMPARE(ipam.allocate("n").value_or(QString()), QStringLiteral("10.244.3.2"));
    QCOMPARE(ipam.allocate("n").value_or(QString()), QStringLiteral("10.244.3.4"));
    QVERIFY(!ipam.allocate("other"));
    QCOMPARE(ipam.rangeText("n"), QStringLiteral("10.244.3.1-10.244.3.254"));
}

QTEST_GUILESS_MAIN(TestPodIpam)
#include "tst_podipam.moc"
