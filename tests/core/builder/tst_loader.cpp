// loadCluster = ManifestReader::readPaths + ClusterBuilder::build, on real manifests
// (../shared/manifests, skipped when absent) and on the project's own YAML fixtures.

#include "builderfixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace hopscope;
using namespace fixtures;

namespace {

QString shared(const QString &relative)
{
    return QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/") + relative;
}

QString data(const QString &relative)
{
    return QStringLiteral(HOPSCOPE_TEST_DATA "/") + relative;
}

bool readerMissing(const Cluster &c)
{
    for (const Diagnostic &d : c.diagnostics)
        if (d.code == u"not-implemented")
            return true;
    return false;
}

QString describe(const Diagnostics &list)
{
    QStringList lines;
    for (const Diagnostic &d : list)
        lines << d.toString();
    return lines.join(u'\n');
}

QStringList endpointPods(const ServiceInfo &s, const Cluster &c, int port = 0)
{
    QStringList out;
    for (const EndpointInfo &e : s.endpoints.value(port)) {
        const PodInfo *p = c.pod(e.podId);
        out << (p ? p->ownerName : QStringLiteral("?") + e.ip);
    }
    out.sort();
    return out;
}

} // namespace

#define SKIP_WITHOUT_SHARED()                                                                      \
    if (!QFileInfo::exists(shared(QString())))                                                     \
    QSKIP("../shared/manifests is not here")

#define LOAD_OR_SKIP(var, paths, settings)                                                         \
    const Cluster var = loadCluster(paths, settings);                                              \
    if (readerMissing(var))                                                                        \
    QSKIP("the manifest reader is not implemented yet")

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedManifestsLoadWithoutErrors_data();
    void sharedManifestsLoadWithoutErrors();
    void bookinfoReviewsHasThreeEndpoints();
    void votingAppVoteNodePort();
    void guestbookLegacyControllers();
    void seedNodePortFixture();
    void dumpFixture();
    void invalidFixtures_data();
    void invalidFixtures();
};

void TestLoader::sharedManifestsLoadWithoutErrors_data()
{
    QTest::addColumn<QString>("path");
    if (!QFileInfo::exists(shared(QString())))
        return;
    QDirIterator it(shared(QString()), {QStringLiteral("*.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &f : std::as_const(files))
        QTest::newRow(qPrintable(QDir(shared(QString())).relativeFilePath(f))) << f;
    for (const char *name : {"example-voting-app", "istio-bookinfo",
                             "kubernetes-examples-guestbook"}) {
        const QString dir = QString::fromLatin1(name);
        QTest::newRow(qPrintable(dir + QStringLiteral("/ (whole directory)"))) << shared(dir);
    }
}

void TestLoader::sharedManifestsLoadWithoutErrors()
{
    SKIP_WITHOUT_SHARED();
    QFETCH(QString, path);
    LOAD_OR_SKIP(c, {path}, ClusterSettings{});
    QVERIFY2(!hasErrors(c.diagnostics), qPrintable(describe(c.diagnostics)));
    // Every pod found a node and an address; every ClusterIP is in the service range.
    for (const PodInfo &p : c.pods) {
        QVERIFY2(!p.nodeName.isEmpty() && !p.ip.isEmpty(), qPrintable(p.id));
        QCOMPARE(p.phase, QStringLiteral("Running"));
    }
    for (const ServiceInfo &s : c.services)
        if (s.type != ServiceType::ExternalName && !s.isHeadless())
            QVERIFY2(s.clusterIP.startsWith(QStringLiteral("10.")), qPrintable(s.id));
}

// Bookinfo: `reviews` selects app=reviews, served by reviews-v1, -v2 and -v3 (one pod each).
void TestLoader::bookinfoReviewsHasThreeEndpoints()
{
    SKIP_WITHOUT_SHARED();
    LOAD_OR_SKIP(c, {shared("istio-bookinfo/bookinfo.yaml")}, ClusterSettings{});
    const ServiceInfo *reviews = c.serviceByName("default", "reviews");
    QVERIFY(reviews);
    QCOMPARE(reviews->ports.size(), 1);
    QCOMPARE(reviews->ports[0].port, 9080);
    QCOMPARE(endpointPods(*reviews, c), (QStringList{"reviews-v1", "reviews-v2", "reviews-v3"}));
    for (const EndpointInfo &e : reviews->endpoints[0])
        QCOMPARE(e.port, 9080);
}

// Voting app: vote is NodePort 8080:31000/TCP, one endpoint on targetPort 80.
void TestLoader::votingAppVoteNodePort()
{
    SKIP_WITHOUT_SHARED();
    LOAD_OR_SKIP(c, {shared("example-voting-app")}, ClusterSettings{});
    const ServiceInfo *vote = c.serviceByName("default", "vote");
    QVERIFY(vote);
    QCOMPARE(vote->type, ServiceType::NodePort);
    QCOMPARE(vote->ports.size(), 1);
    QCOMPARE(vote->ports[0].port, 8080);
    QCOMPARE(vote->ports[0].nodePort, 31000);
    QCOMPARE(vote->ports[0].protocol, QStringLiteral("TCP"));
    QCOMPARE(vote->endpoints[0].size(), 1);
    QCOMPARE(vote->endpoints[0][0].port, 80);
    QCOMPARE(c.pod(vote->endpoints[0][0].podId)->ownerName, QStringLiteral("vote"));
    QCOMPARE(c.serviceByName("default", "result")->ports[0].nodePort, 31001);
}

// The legacy guestbook uses ReplicationControllers without selectors (defaulted to the
// template labels).
void TestLoader::guestbookLegacyControllers()
{
    SKIP_WITHOUT_SHARED();
    LOAD_OR_SKIP(c, {shared("kubernetes-examples-guestbook/legacy")}, ClusterSettings{});
    QVERIFY2(!hasErrors(c.diagnostics), qPrintable(describe(c.diagnostics)));
    const auto frontend = podsOf(c, "frontend");
    QCOMPARE(frontend.size(), 3);
    for (const PodInfo *p : frontend)
        QCOMPARE(p->ownerKind, QStringLiteral("ReplicationController"));
}

// The seed article's NodePort example: pod myapp (10.244.0.2 on 192.168.1.2), Service port 80,
// targetPort 80, nodePort 30008.
void TestLoader::seedNodePortFixture()
{
    LOAD_OR_SKIP(c, {data("valid/builder/seed-nodeport.yaml")}, ClusterSettings{});
    QVERIFY2(c.diagnostics.isEmpty(), qPrintable(describe(c.diagnostics)));
    const PodInfo *pod = c.pod("pod/default/myapp-pod");
    QVERIFY(pod);
    QCOMPARE(pod->ip, QStringLiteral("10.244.0.2"));
    QCOMPARE(c.node(pod->nodeName)->internalIP, QStringLiteral("192.168.1.2"));
    const ServiceInfo *svc = c.serviceByName("default", "myapp-service");
    QVERIFY(svc);
    QCOMPARE(svc->ports[0].nodePort, 30008);
    QCOMPARE(svc->ports[0].targetPort, IntOrString::fromInt(80));
    QCOMPARE(svc->endpoints[0].size(), 1);
    QCOMPARE(svc->endpoints[0][0].ip, QStringLiteral("10.244.0.2"));
}

// A `kubectl get -o yaml` dump: Nodes, pods with addresses, EndpointSlices; no system objects
// are added, nothing is re-expanded, the LoadBalancer stays <pending> as dumped.
void TestLoader::dumpFixture()
{
    LOAD_OR_SKIP(c, {data("valid/builder/cluster-dump.yaml")}, ClusterSettings{});
    QVERIFY2(!hasErrors(c.diagnostics), qPrintable(describe(c.diagnostics)));
    QCOMPARE(c.nodes.size(), 2);
    QCOMPARE(c.nodes[1].podCIDR, QStringLiteral("10.244.1.0/24"));
    QCOMPARE(c.pods.size(), 2);
    const PodInfo *p = c.pod("pod/default/web-7c5ddbdf54-2xk8q");
    QVERIFY(p);
    QCOMPARE(p->ip, QStringLiteral("10.244.1.4"));
    QCOMPARE(p->ownerKind, QStringLiteral("Deployment"));
    const ServiceInfo *web = c.serviceByName("default", "web");
    QVERIFY(web);
    QCOMPARE(web->clusterIP, QStringLiteral("10.106.33.17"));
    QCOMPARE(web->ports[0].nodePort, 31337);
    QVERIFY(web->loadBalancerPending);
    QVERIFY(web->endpointsFromManifest);
    QCOMPARE(web->endpoints[0].size(), 2);
    QVERIFY(!c.serviceByName("kube-system", "kube-dns"));
}

void TestLoader::invalidFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("A1.3 nodePort 8080 outside the range")
        << "invalid/builder/nodeport-out-of-range.yaml"
        << "The Service \"web\" is invalid: spec.ports[0].nodePort: Invalid value: 8080: "
           "provided port is not in the valid range. The range of valid ports is 30000-32767";
    QTest::newRow("selector does not match template labels")
        << "invalid/builder/selector-mismatch.yaml"
        << "The Deployment \"httpd\" is invalid: spec.template.metadata.labels: Invalid value: "
           "map[string]string{\"app\":\"apache\"}: `selector` does not match template `labels`";
}

void TestLoader::invalidFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    LOAD_OR_SKIP(c, {data(file)}, ClusterSettings{});
    QStringList errors;
    const Diagnostic *located = nullptr;
    for (const Diagnostic &d : c.diagnostics) {
        if (d.severity != Severity::Error)
            continue;
        errors << d.message;
        located = &d;
    }
    QCOMPARE(errors, QStringList{message});
    // The reader's field marks put the error on the offending line.
    QVERIFY(located->where.line > 1);
    QCOMPARE(QFileInfo(located->where.file).fileName(), QFileInfo(file).fileName());
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
