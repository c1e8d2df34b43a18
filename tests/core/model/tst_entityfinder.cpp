// Find (core/model/entityfinder.h): entities by name, namespace/name, label and address, a kind
// prefix narrowing it, names containing the text after the prefixes, best first, each once.

#include "core/model/cluster.h"
#include "core/model/entityfinder.h"

#include <QTest>

using namespace hopscope;

namespace {

// A small cluster made by hand (this test links only the model floor): two nodes, a Service
// web in default and one in shop, a Deployment web with two pods, a bare pod, a headless
// Service.
Cluster smallCluster()
{
    Cluster c;
    auto node = [&c](const QString &name, const QString &ip, const QString &cidr) {
        NodeInfo n;
        n.id = nodeId(name);
        n.name = name;
        n.internalIP = ip;
        n.podCIDR = cidr;
        n.labels.insert(QStringLiteral("kubernetes.io/hostname"), name);
        c.nodes << n;
    };
    node(QStringLiteral("node-1"), QStringLiteral("192.168.1.2"), QStringLiteral("10.244.0.0/24"));
    node(QStringLiteral("node-2"), QStringLiteral("192.168.1.3"), QStringLiteral("10.244.1.0/24"));
    auto pod = [&c](const QString &ns, const QString &name, const QString &ip,
                    const QString &app, const QString &owner) {
        PodInfo p;
        p.id = podId(ns, name);
        p.name = name;
        p.ns = ns;
        p.ip = ip;
        p.nodeName = QStringLiteral("node-2");
        p.labels.insert(QStringLiteral("app"), app);
        if (!owner.isEmpty()) {
            p.ownerKind = QStringLiteral("Deployment");
            p.ownerName = owner;
        }
        c.pods << p;
    };
    pod(u"default"_qs, u"web-7d9f-abcde"_qs, u"10.244.1.2"_qs, u"web"_qs, u"web"_qs);
    pod(u"default"_qs, u"web-7d9f-lx5zf"_qs, u"10.244.1.3"_qs, u"web"_qs, u"web"_qs);
    pod(u"default"_qs, u"Debug"_qs, u"10.244.1.4"_qs, u"tools"_qs, QString());
    auto service = [&c](const QString &ns, const QString &name, const QString &ip) {
        ServiceInfo s;
        s.id = serviceId(ns, name);
        s.name = name;
        s.ns = ns;
        s.clusterIP = ip;
        s.labels.insert(QStringLiteral("tier"), QStringLiteral("front"));
        c.services << s;
    };
    service(u"default"_qs, u"web"_qs, u"10.96.0.20"_qs);
    service(u"shop"_qs, u"web"_qs, u"10.96.0.30"_qs);
    service(u"default"_qs, u"db"_qs, u"None"_qs);
    c.services.last().loadBalancerIPs << QStringLiteral("198.51.100.7");
    WorkloadInfo w;
    w.id = workloadId(u"Deployment"_qs, u"default"_qs, u"web"_qs);
    w.kind = QStringLiteral("Deployment");
    w.name = QStringLiteral("web");
    w.ns = QStringLiteral("default");
    w.object.meta.labels.insert(QStringLiteral("app"), QStringLiteral("web"));
    c.workloads << w;
    WorkloadInfo empty = w;
    empty.id = workloadId(u"Deployment"_qs, u"default"_qs, u"idle"_qs);
    empty.name = QStringLiteral("idle");
    empty.object.meta.labels.clear();
    c.workloads << empty;
    c.reindex();
    return c;
}

QStringList ids(const QList<FoundEntity> &found)
{
    QStringList out;
    for (const FoundEntity &f : found)
        out << f.id;
    return out;
}

} // namespace

class TestEntityFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finds_data();
    void finds();
    void limitCutsTheList();
    void workloadIsShownByItsFirstPod();
    void matchSaysWhatMatched_data();
    void matchSaysWhatMatched();
    void emptyClusterAndQueryFindNothing();
};

void TestEntityFinder::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // the whole answer, in order

    QTest::newRow("exact name: Services before the workload, before pods")
        << "web"
        << QStringList{"svc/default/web", "svc/shop/web", "Deployment/default/web",
                       "pod/default/web-7d9f-abcde", "pod/default/web-7d9f-lx5zf"};
    QTest::newRow("name prefix, alphabetical")
        << "web-7" << QStringList{"pod/default/web-7d9f-abcde", "pod/default/web-7d9f-lx5zf"};
    QTest::newRow("case does not matter") << "DEBUG" << QStringList{"pod/default/Debug"};
    QTest::newRow("surrounding spaces do not matter") << "  db " << QStringList{"svc/default/db"};
    QTest::newRow("namespace/name") << "shop/w" << QStringList{"svc/shop/web"};
    QTest::newRow("contained in a name, after the prefixes")
        << "5zf" << QStringList{"pod/default/web-7d9f-lx5zf"};
    QTest::newRow("node name") << "node-2" << QStringList{"node/node-2"};
    QTest::newRow("node IP") << "192.168.1.3" << QStringList{"node/node-2"};
    QTest::newRow("pod CIDR of a node") << "10.244.0." << QStringList{"node/node-1"};
    QTest::newRow("pod IP") << "10.244.1.4" << QStringList{"pod/default/Debug"};
    QTest::newRow("address prefix: the node's CIDR, then pods by address")
        << "10.244.1."
        << QStringList{"node/node-2", "pod/default/web-7d9f-abcde", "pod/default/web-7d9f-lx5zf",
                       "pod/default/Debug"};
    QTest::newRow("ClusterIP") << "10.96.0.3" << QStringList{"svc/shop/web"};
    QTest::newRow("headless Service has no address key") << "none" << QStringList{};
    QTest::newRow("load-balancer address") << "198.51" << QStringList{"svc/default/db"};
    QTest::newRow("label key=value")
        << "app=web"
        << QStringList{"Deployment/default/web", "pod/default/web-7d9f-abcde",
                       "pod/default/web-7d9f-lx5zf"};
    QTest::newRow("label key= lists every value")
        << "app="
        << QStringList{"pod/default/Debug", "Deployment/default/web", "pod/default/web-7d9f-abcde",
                       "pod/default/web-7d9f-lx5zf"};
    QTest::newRow("label with a slash in its key")
        << "kubernetes.io/hostname=node-1" << QStringList{"node/node-1"};
    QTest::newRow("kind prefix svc/")
        << "svc/web" << QStringList{"svc/default/web", "svc/shop/web"};
    QTest::newRow("kind prefix alone lists that kind in the cluster's order")
        << "deploy/" << QStringList{"Deployment/default/web", "Deployment/default/idle"};
    QTest::newRow("kind prefix with namespace, as an id")
        << "pod/default/debug" << QStringList{"pod/default/Debug"};
    QTest::newRow("kind prefix narrows labels") << "no/kubernetes.io/hostname=node-2"
                                                << QStringList{"node/node-2"};
    QTest::newRow("unknown text") << "zzz" << QStringList{};
    QTest::newRow("one letter does not search inside names") << "f" << QStringList{};
}

void TestEntityFinder::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const EntityFinder finder(smallCluster());
    QCOMPARE(ids(finder.find(query)), expected);
}

void TestEntityFinder::limitCutsTheList()
{
    const EntityFinder finder(smallCluster());
    QCOMPARE(ids(finder.find(QStringLiteral("web"), 2)),
             (QStringList{"svc/default/web", "svc/shop/web"}));
    QVERIFY(finder.find(QStringLiteral("web"), 0).isEmpty());
}

void TestEntityFinder::workloadIsShownByItsFirstPod()
{
    const EntityFinder finder(smallCluster());
    const QList<FoundEntity> web = finder.find(QStringLiteral("deploy/web"));
    QCOMPARE(web.size(), 1);
    QCOMPARE(web[0].show, QStringLiteral("pod/default/web-7d9f-abcde"));
    QCOMPARE(web[0].kind, QStringLiteral("Deployment"));
    const QList<FoundEntity> idle = finder.find(QStringLiteral("idle"));
    QCOMPARE(idle.size(), 1);
    QVERIFY2(idle[0].show.isEmpty(), "a workload without pods shows nothing");
    // Everything else is shown as itself.
    for (const FoundEntity &f : finder.find(QStringLiteral("10.")))
        QCOMPARE(f.show, f.id);
}

void TestEntityFinder::matchSaysWhatMatched_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("matched");
    QTest::addColumn<int>("how");
    QTest::newRow("name, written as in the manifest")
        << "debug" << "default/Debug" << "default/Debug" << int(FindMatch::Name);
    QTest::newRow("node name has no namespace")
        << "node-1" << "node-1" << "node-1" << int(FindMatch::Name);
    QTest::newRow("label") << "tier=fr" << "default/web" << "tier=front" << int(FindMatch::Label);
    QTest::newRow("address") << "10.96.0.2" << "default/web" << "10.96.0.20"
                             << int(FindMatch::Address);
}

void TestEntityFinder::matchSaysWhatMatched()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    QFETCH(QString, matched);
    QFETCH(int, how);
    const QList<FoundEntity> found = EntityFinder(smallCluster()).find(query);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found[0].name, name);
    QCOMPARE(found[0].matched, matched);
    QCOMPARE(int(found[0].how), how);
}

void TestEntityFinder::emptyClusterAndQueryFindNothing()
{
    QVERIFY(EntityFinder().find(QStringLiteral("web")).isEmpty());
    QVERIFY(EntityFinder().isEmpty());
    const EntityFinder finder(smallCluster());
    QVERIFY(finder.find(QString()).isEmpty());
    QVERIFY(finder.find(QStringLiteral("   ")).isEmpty());
    QCOMPARE(finder.entityCount(), 2 + 3 + 2 + 3);
}

QTEST_GUILESS_MAIN(TestEntityFinder)
#include "tst_entityfinder.moc"
