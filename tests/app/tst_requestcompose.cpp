// Composing a request like a teacher: click a source (the client, a pod, a node), then a
// destination (a Service band, a NodePort socket, the load balancer's cloud, a pod) on the
// viewport; the request bar shows it and the request is traced. The right-click menu offers
// "Send request from here" and "Send request to this Service".

#include "classroomfixture.h"
#include "ui/actions/entitymenu.h"
#include "ui/requestbar.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>

using namespace hopscope;
using namespace hopscope::app;

class TestRequestCompose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startsAskingForASource();
    void clickSourceThenDestination_data();
    void clickSourceThenDestination();
    void destinationChoicesForAService();
    void destinationFirstSendsFromTheClient();
    void clickingTheClientAgainRestarts();
    void entityAtPicksWhatIsUnderThePointer();
    void contextMenuSendFromHere();
    void contextMenuSendToThisService();
    void sendButtonResends();

private:
    test::ClassroomFixture f;
    RequestBar *bar() const { return f.window->requestBar(); }
};

void TestRequestCompose::init()
{
    f = test::ClassroomFixture{};
    f.open();
}

void TestRequestCompose::cleanup()
{
    f.window.reset();
}

void TestRequestCompose::startsAskingForASource()
{
    QCOMPARE(f.window->classroom()->composeState(), Classroom::Compose::PickSource);
    QVERIFY(bar()->hint().contains(QStringLiteral("source")));
}

void TestRequestCompose::clickSourceThenDestination_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QPointF>("sourceOffset");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // A1.3: a NodePort is opened on every node; from outside, a node IP with the node port.
    QTest::newRow("client → NodePort Service: the first node's IP and node port")
        << QStringLiteral("client") << QPointF() << QStringLiteral("svc/default/myapp-service")
        << QStringLiteral("client") << QStringLiteral("192.168.1.2:30008");
    QTest::newRow("client → node-2's socket: node-2's IP")
        << QStringLiteral("client") << QPointF()
        << QStringLiteral("socket/default/myapp-service/30008@node-2") << QStringLiteral("client")
        << QStringLiteral("192.168.1.3:30008");
    QTest::newRow("client → the cloud: the load balancer's address")
        << QStringLiteral("client") << QPointF() << QStringLiteral("lb/default/vote")
        << QStringLiteral("client") << QStringLiteral("198.51.100.1:80");
    // From a pod a Service is reached by its DNS name (the cluster DNS, A5/seed).
    QTest::newRow("front-end pod → back-end Service: its DNS name")
        << QStringLiteral("pod/default/myapp-7c9f6d5b8-4xkqz") << QPointF()
        << QStringLiteral("svc/default/back-end")
        << QStringLiteral("pod/default/myapp-7c9f6d5b8-4xkqz")
        << QStringLiteral("back-end.default.svc.cluster.local:80");
    QTest::newRow("node-1 → a pod on node-2: its IP and port")
        << QStringLiteral("node/node-1") << QPointF(60, 30)
        << QStringLiteral("pod/default/myapp-7c9f6d5b8-9bw2m") << QStringLiteral("node/node-1")
        << QStringLiteral("10.244.1.2:80");
}

void TestRequestCompose::clickSourceThenDestination()
{
    QFETCH(QString, source);
    QFETCH(QPointF, sourceOffset);
    QFETCH(QString, target);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QSignalSpy traced(f.window->classroom(), &Classroom::traceChanged);
    f.click(source, sourceOffset);
    QCOMPARE(bar()->source(), from);
    QCOMPARE(f.window->classroom()->composeState(), Classroom::Compose::PickDestination);
    QVERIFY(f.requests.isEmpty());
    f.click(target);
    QTRY_COMPARE(traced.count(), 1);
    QCOMPARE(f.requests.size(), 1);
    QCOMPARE(f.requests.first().from, from);
    QCOMPARE(f.requests.first().to, to);
    QCOMPARE(bar()->destination(), to);
    QCOMPARE(f.window->classroom()->composeState(), Classroom::Compose::Ready);
    QVERIFY(!f.window->classroom()->trace().hops.isEmpty());
}

void TestRequestCompose::destinationChoicesForAService()
{
    f.click(QStringLiteral("client"));
    f.click(QStringLiteral("svc/default/myapp-service"));
    // Every node's IP with the node port, then the ClusterIP (which fails from outside).
    QComboBox *to = bar()->destinationBox();
    QStringList offered;
    for (int i = 0; i < to->count(); ++i)
        offered << to->itemData(i).toString();
    QCOMPARE(offered,
             QStringList({QStringLiteral("192.168.1.2:30008"), QStringLiteral("192.168.1.3:30008"),
                          QStringLiteral("192.168.1.4:30008"), QStringLiteral("10.106.63.91:80")}));
    to->setCurrentIndex(2);
    QCOMPARE(bar()->destination(), QStringLiteral("192.168.1.4:30008"));
}

void TestRequestCompose::destinationFirstSendsFromTheClient()
{
    f.click(QStringLiteral("socket/default/myapp-service/30008@node-3"));
    QCOMPARE(f.requests.size(), 1);
    QCOMPARE(f.requests.first().from, QStringLiteral("client"));
    QCOMPARE(f.requests.first().to, QStringLiteral("192.168.1.4:30008"));
}

void TestRequestCompose::clickingTheClientAgainRestarts()
{
    f.click(QStringLiteral("pod/default/myapp-7c9f6d5b8-4xkqz"));
    f.click(QStringLiteral("client"));
    QCOMPARE(bar()->source(), QStringLiteral("client"));
    QCOMPARE(f.window->classroom()->composeState(), Classroom::Compose::PickDestination);
}

void TestRequestCompose::entityAtPicksWhatIsUnderThePointer()
{
    for (const QString &id :
         {QStringLiteral("client"), QStringLiteral("svc/default/back-end"),
          QStringLiteral("pod/default/redis-8d6c5b4f7-wq9xt"), QStringLiteral("lb/default/vote"),
          QStringLiteral("socket/default/myapp-service/30008@node-1")})
        QCOMPARE(f.view()->entityAt(f.itemPoint(id)), id);
    QCOMPARE(f.view()->entityAt(f.itemPoint(QStringLiteral("node/node-2"), QPointF(60, 30))),
             QStringLiteral("node/node-2"));
    QCOMPARE(f.view()->entityAt(QPoint(2, 2)), QString()); // the margin
}

void TestRequestCompose::contextMenuSendFromHere()
{
    const QString pod = QStringLiteral("pod/default/back-end-5d4c8b7f9-h8vqs");
    // The scene's context menu, as a right click on the pod opens it.
    QCOMPARE(f.window->entityMenu()->entityAt(f.itemPoint(pod)), pod);
    std::unique_ptr<QMenu> menu(f.window->entityMenu()->menuFor(pod, f.view()));
    QVERIFY(menu);
    QAction *from = menu->findChild<QAction *>(QStringLiteral("sendFrom"));
    QVERIFY(from);
    QCOMPARE(from->text(), QStringLiteral("Send request from here"));
    from->trigger();
    QCOMPARE(bar()->source(), pod);
    QCOMPARE(f.window->classroom()->composeState(), Classroom::Compose::PickDestination);
    // A Service is no source.
    std::unique_ptr<QMenu> svc(
        f.window->entityMenu()->menuFor(QStringLiteral("svc/default/redis"), f.view()));
    QVERIFY(svc);
    QVERIFY(!svc->findChild<QAction *>(QStringLiteral("sendFrom")));
}

void TestRequestCompose::contextMenuSendToThisService()
{
    const QString pod = QStringLiteral("pod/default/back-end-5d4c8b7f9-h8vqs");
    f.click(pod);
    std::unique_ptr<QMenu> menu(
        f.window->entityMenu()->menuFor(QStringLiteral("svc/default/redis"), f.view()));
    QVERIFY(menu);
    QAction *to = menu->findChild<QAction *>(QStringLiteral("sendTo"));
    QVERIFY(to);
    QCOMPARE(to->text(), QStringLiteral("Send request to this Service"));
    to->trigger();
    QCOMPARE(f.requests.size(), 1);
    QCOMPARE(f.requests.first().from, pod);
    QCOMPARE(f.requests.first().to, QStringLiteral("redis.default.svc.cluster.local:6379"));
}

void TestRequestCompose::sendButtonResends()
{
    f.click(QStringLiteral("client"));
    f.click(QStringLiteral("svc/default/myapp-service"));
    bar()->destinationBox()->setCurrentIndex(1);
    QTest::mouseClick(bar()->sendButton(), Qt::LeftButton);
    QCOMPARE(f.requests.size(), 2);
    QCOMPARE(f.requests.last().to, QStringLiteral("192.168.1.3:30008"));
    QCOMPARE(f.requests.last().seed, quint64(1));
}

QTEST_MAIN(TestRequestCompose)
#include "tst_requestcompose.moc"
