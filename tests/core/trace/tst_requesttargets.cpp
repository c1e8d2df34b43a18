// The addresses a request can be sent to, by source (core/requesttargets.h), on the bundled
// demos: from outside a NodePort Service is a node IP with its node port on every node (A1.3),
// a LoadBalancer adds its ingress IP; from a pod, the cluster DNS name comes first; a pod is
// its IP with each declared container port.

#include "core/builder/clusterbuilder.h"
#include "core/trace/requesttargets.h"

#include <QTest>

using namespace hopscope;

namespace {

const QString DemoDir = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo");

Cluster demo(const QString &file)
{
    return loadCluster({DemoDir + u'/' + file}, ClusterSettings{});
}

QStringList tos(const QList<RequestTarget> &targets)
{
    QStringList out;
    for (const RequestTarget &t : targets)
        out << t.to;
    return out;
}

} // namespace

class TestRequestTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sources();
    void targets_data();
    void targets();
    void nodePortTargetsNameTheirNode();
};

void TestRequestTargets::sources()
{
    const Cluster c = demo(QStringLiteral("myapp.yaml"));
    QVERIFY(isRequestSource(c, QStringLiteral("client")));
    QVERIFY(isRequestSource(c, QStringLiteral("node/node-2")));
    QVERIFY(isRequestSource(c, c.pods.first().id));
    QVERIFY(!isRequestSource(c, QStringLiteral("node/node-9")));
    QVERIFY(!isRequestSource(c, QStringLiteral("svc/default/back-end")));
    QVERIFY(!isRequestSource(c, QStringLiteral("pod/default/nope")));
}

void TestRequestTargets::targets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("expected"); // the first few, in order
    // A1.3: kube-proxy opens a NodePort on every node.
    QTest::newRow("client → NodePort Service: every node IP, then the ClusterIP")
        << QStringLiteral("myapp.yaml") << QStringLiteral("svc/default/myapp-service")
        << QStringLiteral("client")
        << QStringList{QStringLiteral("192.168.1.2:30008"), QStringLiteral("192.168.1.3:30008"),
                       QStringLiteral("192.168.1.4:30008")};
    QTest::newRow("pod → ClusterIP Service: DNS name, short name, then the ClusterIP")
        << QStringLiteral("myapp.yaml") << QStringLiteral("svc/default/back-end")
        << QStringLiteral("pod/default/x")
        << QStringList{QStringLiteral("back-end.default.svc.cluster.local:80"),
                       QStringLiteral("back-end:80")};
    QTest::newRow("node → ClusterIP Service: the ClusterIP first (no cluster DNS on a node)")
        << QStringLiteral("myapp.yaml") << QStringLiteral("svc/default/redis")
        << QStringLiteral("node/node-1") << QStringList{};
    QTest::newRow("client → LoadBalancer: node ports, then the load balancer's ingress IP")
        << QStringLiteral("voting-app.yaml") << QStringLiteral("svc/default/vote-lb")
        << QStringLiteral("client")
        << QStringList{QStringLiteral("192.168.56.70:30853"), QStringLiteral("192.168.56.71:30853"),
                       QStringLiteral("192.168.56.72:30853"), QStringLiteral("192.168.56.73:30853"),
                       QStringLiteral("198.51.100.1:80")};
}

void TestRequestTargets::targets()
{
    QFETCH(QString, file);
    QFETCH(QString, entity);
    QFETCH(QString, from);
    QFETCH(QStringList, expected);
    const Cluster c = demo(file);
    const ServiceInfo *s = c.service(entity);
    QVERIFY(s);
    const QStringList got = tos(requestTargets(c, entity, from));
    if (from.startsWith(u"node/"))
        expected = {QStringLiteral("%1:%2").arg(s->clusterIP).arg(s->ports.first().port)};
    QVERIFY2(got.size() >= expected.size(), qPrintable(got.join(u' ')));
    QCOMPARE(got.mid(0, expected.size()), expected);
    // The ClusterIP is always offered (from outside it fails: a lesson too).
    QVERIFY(got.contains(QStringLiteral("%1:%2").arg(s->clusterIP).arg(s->ports.first().port)));
}

void TestRequestTargets::nodePortTargetsNameTheirNode()
{
    const Cluster c = demo(QStringLiteral("voting-app.yaml"));
    const PodInfo *pod = nullptr;
    for (const PodInfo &p : c.pods)
        if (p.name.startsWith(u"vote-"))
            pod = &p;
    QVERIFY(pod);
    const QList<RequestTarget> pods = requestTargets(c, pod->id, QStringLiteral("client"));
    QCOMPARE(tos(pods), QStringList{pod->ip + QStringLiteral(":80")});
    QCOMPARE(pods.first().kind, RequestTarget::Kind::PodIP);
    const QList<RequestTarget> node =
        requestTargets(c, QStringLiteral("node/node03"), QStringLiteral("client"));
    QVERIFY(!node.isEmpty());
    for (const RequestTarget &t : node) {
        QCOMPARE(t.kind, RequestTarget::Kind::NodePort);
        QCOMPARE(t.nodeId, QStringLiteral("node/node03"));
        QVERIFY(t.to.startsWith(QStringLiteral("192.168.56.72:")));
    }
}

QTEST_GUILESS_MAIN(TestRequestTargets)
#include "tst_requesttargets.moc"
