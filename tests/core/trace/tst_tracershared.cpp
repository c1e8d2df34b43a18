// The tracer on the real manifests of ../shared/manifests (skipped when absent): the voting
// app's NodePorts answer on every node IP (seed "Load Balancer"), the guestbook's frontend
// reaches redis by name, bookinfo's reviews spread over their versions.

#include "core/builder/clusterbuilder.h"
#include "core/proxy/proxyrules.h"
#include "core/trace/tracer.h"

#include <QDir>
#include <QTest>

using namespace hopscope;

class TestTracerShared : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedVotingApp();
    void sharedGuestbook();
    void sharedBookinfoSpread();
};

static Cluster sharedCluster(const char *dir)
{
    const QString path = QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/") + QLatin1String(dir);
    if (!QDir(path).exists())
        return {};
    return loadCluster({path}, ClusterSettings());
}

#define SKIP_WITHOUT(cluster, dir)                                                                 \
    if (!QDir(QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/" dir)).exists())                     \
        QSKIP("../shared/manifests/" dir " is absent");                                            \
    QVERIFY2(!(cluster).nodes.isEmpty() && !hasErrors((cluster).diagnostics),                      \
             qPrintable((cluster).diagnostics.value(0).toString()));

// Seed "Load Balancer": the voting app's vote and result NodePorts answer on every node IP.
void TestTracerShared::sharedVotingApp()
{
    const Cluster cluster = sharedCluster("example-voting-app");
    SKIP_WITHOUT(cluster, "example-voting-app");
    const ProxyRules rules(cluster);
    int checked = 0;
    for (const char *name : {"vote", "result"}) {
        const ServiceInfo *svc =
            cluster.serviceByName(QStringLiteral("default"), QString::fromLatin1(name));
        QVERIFY2(svc, name);
        QVERIFY(svc->ports.first().nodePort > 0);
        for (const NodeInfo &node : cluster.nodes) {
            for (quint64 seed = 1; seed <= 4; ++seed) {
                TraceRequest r;
                r.from = QStringLiteral("client");
                r.to = node.internalIP + u':' + QString::number(svc->ports.first().nodePort);
                r.seed = seed;
                const Trace t = trace(cluster, rules, r);
                QVERIFY2(t.delivered, qPrintable(r.to + u' ' + t.summary));
                QCOMPARE(t.hops.last().entity, QStringLiteral("client"));
                ++checked;
            }
        }
    }
    QVERIFY(checked >= 8);
}

// Guestbook: the frontend reaches redis-master by name; the frontend NodePort answers on every
// node IP.
void TestTracerShared::sharedGuestbook()
{
    const QString dir =
        QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/kubernetes-examples-guestbook/");
    if (!QDir(dir).exists())
        QSKIP("../shared/manifests/kubernetes-examples-guestbook is absent");
    QStringList files;
    for (const char *f : {"frontend-deployment.yaml", "frontend-service.yaml",
                          "redis-master-deployment.yaml", "redis-master-service.yaml",
                          "redis-replica-deployment.yaml", "redis-replica-service.yaml"})
        files << dir + QLatin1String(f);
    const Cluster cluster = loadCluster(files, ClusterSettings());
    QVERIFY2(!cluster.nodes.isEmpty() && !hasErrors(cluster.diagnostics),
             qPrintable(cluster.diagnostics.value(0).toString()));
    TraceSession session(cluster);
    const PodInfo *pod = nullptr;
    for (const PodInfo &p : cluster.pods)
        if (p.labels.value(QStringLiteral("tier")) == u"frontend" && !p.ip.isEmpty())
            pod = &p;
    QVERIFY(pod);
    TraceRequest r;
    r.from = pod->id;
    r.to = QStringLiteral("redis-master:6379");
    const Trace t = session.trace(r);
    QVERIFY2(t.delivered, qPrintable(t.summary));
    QCOMPARE(t.hops.first().action, HopAction::DnsQuery);
    QVERIFY(t.endpointPod.contains(QLatin1String("redis-master")));
    r.to = QStringLiteral("redis-replica:6379");
    QVERIFY2(session.trace(r).delivered, "redis-replica:6379");
    const ServiceInfo *frontend =
        cluster.serviceByName(QStringLiteral("default"), QStringLiteral("frontend"));
    QVERIFY(frontend);
    QCOMPARE(frontend->type, ServiceType::NodePort);
    for (const NodeInfo &node : cluster.nodes) {
        r.from = QStringLiteral("client");
        r.to = node.internalIP + u':' + QString::number(frontend->ports.first().nodePort);
        const Trace n = session.trace(r);
        QVERIFY2(n.delivered, qPrintable(r.to + u' ' + n.summary));
        QVERIFY(n.endpointPod.contains(QLatin1String("frontend")));
    }
}

// Bookinfo: productpage → reviews spreads over its three versions, ≈ 1/3 each.
void TestTracerShared::sharedBookinfoSpread()
{
    const QString path =
        QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/istio-bookinfo/bookinfo.yaml");
    if (!QFile::exists(path))
        QSKIP("../shared/manifests/istio-bookinfo is absent");
    const Cluster cluster = loadCluster({path}, ClusterSettings());
    QVERIFY2(!cluster.nodes.isEmpty() && !hasErrors(cluster.diagnostics),
             qPrintable(cluster.diagnostics.value(0).toString()));
    const ServiceInfo *reviews =
        cluster.serviceByName(QStringLiteral("default"), QStringLiteral("reviews"));
    QVERIFY(reviews);
    QCOMPARE(reviews->totalEndpoints(), 3);
    const PodInfo *productpage = nullptr;
    for (const PodInfo &p : cluster.pods)
        if (p.labels.value(QStringLiteral("app")) == u"productpage")
            productpage = &p;
    QVERIFY(productpage);
    TraceSession session(cluster);
    TraceRequest r;
    r.from = productpage->id;
    r.to = QStringLiteral("reviews:9080");
    const int n = 3000;
    QCOMPARE(session.send(r, n), n);
    const QHash<QString, int> counts = session.endpointCounts();
    QCOMPARE(counts.size(), 3);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double share = double(it.value()) / n;
        QVERIFY2(share >= 0.30 && share <= 0.37,
                 qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(share)));
    }
}

QTEST_GUILESS_MAIN(TestTracerShared)
#include "tst_tracershared.moc"
