// Edit ▸ Find (ui/actions/findactions.h), offscreen: Ctrl+F opens the bar, typing lists the
// matches in the completer (core's index, built off the GUI thread), Return or a click selects
// the entity's item and centres the view on it. On a small cluster (the seed's demo cluster)
// and on a large generated one, whose items are made only where a view looks: the item of a
// pod far from the fitted view is made, selected and centred, the view zoomed in from the
// overview.

#include "core/builder/clusterbuilder.h"
#include "core/generator/generator.h"
#include "core/objects/manifestreader.h"
#include "document/clusterdocument.h"
#include "i18n.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/items/sceneitem.h"
#include "testcluster.h"
#include "ui/actions/findactions.h"
#include "ui/actions/findresultsmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

Cluster largeCluster()
{
    GeneratorSpec spec;
    spec.nodes = 300;
    spec.pods = 6000;
    spec.services = 200;
    ClusterSettings settings;
    settings.clusterCidr = ClusterGenerator::clusterCidr(spec.nodes);
    return ClusterBuilder::build(
        ManifestReader::readBytes(ClusterGenerator::generate(spec), QStringLiteral("gen.yaml")),
        settings);
}

void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// Where the view's centre is, in scene coordinates.
QPointF viewCentre(const ClusterView *view)
{
    return view->mapToScene(view->viewport()->rect().center());
}

// Return as a user presses it: to the completer's popup while it shows (it has the keyboard),
// else to the line edit.
void pressReturn(FindActions *find)
{
    QWidget *popup = find->completer()->popup();
    QTest::keyClick(popup->isVisible() ? popup : static_cast<QWidget *>(find->lineEdit()),
                    Qt::Key_Return);
}

} // namespace

class TestFind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void findsAndShows_data();
    void findsAndShows();
    void completerListsTheMatches();
    void notFoundSaysSo();
    void escapeClosesTheBar();
    void newClusterIsIndexedAgain();
    void largeClusterMakesCentresAndSelectsTheItem();
    void koreanRows(); // last: it leaves the Korean translators installed

private:
    MainWindow *open(const Cluster &cluster);
    void type(MainWindow *window, const QString &text);

    Cluster m_large;
    MainWindow *m_window = nullptr;
};

void TestFind::initTestCase()
{
    m_large = largeCluster();
    QVERIFY(m_large.pods.size() >= 3000); // large for the scene: items made lazily
}

void TestFind::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow *TestFind::open(const Cluster &cluster)
{
    auto *document = new ClusterDocument;
    document->setLoader([cluster](const QStringList &paths, const ClusterSettings &) {
        Cluster c = cluster;
        c.files = paths;
        return c;
    });
    m_window = new MainWindow(document);
    m_window->resize(1280, 720);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        return nullptr;
    if (!m_window->openPaths({QStringLiteral("cluster.yaml")}))
        return nullptr;
    return m_window;
}

// Ctrl+F, then the text typed key by key, once the index is ready.
void TestFind::type(MainWindow *window, const QString &text)
{
    FindActions *find = window->findActions();
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(find->isVisible());
    QTRY_VERIFY(find->lineEdit()->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(find->isIndexReady(), 20000);
    QTest::keyClicks(find->lineEdit(), text);
}

void TestFind::findsAndShows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the entity found first (and shown)

    QTest::newRow("pod by name prefix")
        << "vote-6f7d9c8b5-mn" << "pod/default/vote-6f7d9c8b5-mn4rb";
    QTest::newRow("pod by address") << "10.244.2." << "node/node-3";
    QTest::newRow("node by IP") << "192.168.1.3" << "node/node-2";
    QTest::newRow("Service by kind and name") << "svc/back" << "svc/default/back-end";
    QTest::newRow("Service by ClusterIP") << "10.98.12.240" << "svc/default/back-end";
    QTest::newRow("Service by load-balancer address") << "198.51.100.1" << "svc/default/vote";
    QTest::newRow("pod by label") << "app=redis" << "pod/default/redis-8d6c5b4f7-wq9xt";
    QTest::newRow("pod by part of its name") << "wq9x" << "pod/default/redis-8d6c5b4f7-wq9xt";
    QTest::newRow("system pod by namespace/name")
        << "kube-system/coredns" << "pod/kube-system/coredns-5d78c9869d-h2x7b";
}

void TestFind::findsAndShows()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    MainWindow *w = open(test::makeDemoCluster());
    QVERIFY(w);
    FindActions *find = w->findActions();
    QSignalSpy shown(find, &FindActions::shown);
    type(w, text);
    QTRY_VERIFY(find->results()->rowCount() > 0);
    QCOMPARE(find->results()->at(0)->id, expected);
    pressReturn(find);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0][0].toString(), expected);
    // Its item (or the collapsed group showing it) is the one selected, in the middle.
    SceneItem *item = w->scene()->itemById(expected);
    QVERIFY(item);
    QCOMPARE(shown[0][1].toString(), item->id());
    QVERIFY(item->isSelected());
    QCOMPARE(w->scene()->selectedItems().size(), 1);
    // Centred as far as the drawing's edge lets the view go: in view, at least.
    const QRectF shownRect =
        w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
    QVERIFY2(shownRect.contains(item->sceneBoundingRect().center()), "the item is in view");
    if (QTest::currentDataTag() == QLatin1String("pod by label"))
        keep(w, QStringLiteral("find-small"));
}

void TestFind::completerListsTheMatches()
{
    MainWindow *w = open(test::makeDemoCluster());
    QVERIFY(w);
    FindActions *find = w->findActions();
    type(w, QStringLiteral("app=myapp"));
    QTRY_VERIFY(find->completer()->popup()->isVisible());
    QStringList rows;
    for (int r = 0; r < find->completer()->popup()->model()->rowCount(); ++r)
        rows << find->completer()->popup()->model()->index(r, 0).data().toString();
    // The front end's three pods, then the back end's (their template says app=myapp too).
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.first(), QStringLiteral("Pod  default/myapp-7c9f6d5b8-4xkqz  ·  app=myapp"));
    QCOMPARE(rows.last(), QStringLiteral("Pod  default/back-end-5d4c8b7f9-zr6kd  ·  app=myapp"));
    keep(w, QStringLiteral("find-completer"));
    // The second row, chosen with the keyboard.
    QTest::keyClick(find->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(find->completer()->popup(), Qt::Key_Down);
    QSignalSpy shown(find, &FindActions::shown);
    QTest::keyClick(find->completer()->popup(), Qt::Key_Return);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown[0][0].toString(), QStringLiteral("pod/default/myapp-7c9f6d5b8-9bw2m"));
}

void TestFind::notFoundSaysSo()
{
    MainWindow *w = open(test::makeDemoCluster());
    QVERIFY(w);
    FindActions *find = w->findActions();
    QSignalSpy shown(find, &FindActions::shown);
    type(w, QStringLiteral("no-such-thing"));
    QCOMPARE(find->results()->rowCount(), 0);
    QVERIFY(!find->completer()->popup()->isVisible());
    pressReturn(find);
    QCOMPARE(shown.size(), 0);
    QCOMPARE(find->findChild<QLabel *>(QStringLiteral("findStatus"))->text(),
             QStringLiteral("Not found"));
}

void TestFind::escapeClosesTheBar()
{
    MainWindow *w = open(test::makeDemoCluster());
    QVERIFY(w);
    type(w, QStringLiteral("db"));
    QVERIFY(w->findActions()->isVisible());
    QTest::keyClick(w->findActions()->lineEdit(), Qt::Key_Escape); // the popup closes
    QTest::keyClick(w->findActions()->lineEdit(), Qt::Key_Escape); // then the bar
    QTRY_VERIFY(!w->findActions()->isVisible());
}

void TestFind::newClusterIsIndexedAgain()
{
    MainWindow *w = open(test::makeDemoCluster());
    QVERIFY(w);
    FindActions *find = w->findActions();
    type(w, QStringLiteral("redis"));
    QTRY_VERIFY(find->results()->rowCount() > 0);
    // Another cluster: the old names are gone, the new ones are found.
    w->document()->setLoader([this](const QStringList &, const ClusterSettings &) {
        return m_large;
    });
    QVERIFY(w->openPaths({QStringLiteral("big.yaml")}));
    QVERIFY(!find->isIndexReady() || find->find(QStringLiteral("redis")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(find->isIndexReady(), 20000);
    QVERIFY(find->find(QStringLiteral("redis-8d6c5b4f7")).isEmpty());
    QCOMPARE(find->find(m_large.pods.last().name).value(0).id, m_large.pods.last().id);
}

void TestFind::largeClusterMakesCentresAndSelectsTheItem()
{
    MainWindow *w = open(m_large);
    QVERIFY(w);
    ClusterScene *scene = w->scene();
    QVERIFY(scene->isLarge());
    w->view()->fitToView();
    QCoreApplication::processEvents();
    // A pod in the last node, far from where anything was made.
    const PodInfo &pod = m_large.pods.last();
    FindActions *find = w->findActions();
    QSignalSpy shown(find, &FindActions::shown);
    type(w, pod.ip);
    QTRY_VERIFY(find->results()->rowCount() > 0);
    QCOMPARE(find->results()->at(0)->id, pod.id);
    pressReturn(find);
    QCOMPARE(shown.size(), 1);
    SceneItem *item = scene->itemById(pod.id);
    QVERIFY(item);
    QVERIFY(item->isSelected());

    QVERIFY(item->isVisible());
    QVERIFY2(!scene->isOverview(), "zoomed in from the overview");
    QVERIFY(w->view()->zoom() >= 0.6);
    QVERIFY(QLineF(viewCentre(w->view()), item->sceneBoundingRect().center()).length() < 40);
    // The minimap draws the whole cluster (the overview) in the next turns of the event loop.
    QTest::qWait(200);
    QVERIFY2(scene->itemById(pod.id)->isSelected(),
             "the item stays made and selected after the view and the minimap paint");
    keep(w, QStringLiteral("find-large"));
    // A workload is shown by its first pod.
    const WorkloadInfo &workload = m_large.workloads.first();
    const QList<FoundEntity> found = find->find(QStringLiteral("deploy/") + workload.name);
    QCOMPARE(found.value(0).id, workload.id);
    QVERIFY(find->showEntity(found.first()));
    QCOMPARE(shown.size(), 2);
    QVERIFY(shown[1][1].toString().startsWith(u"pod/"));
}

void TestFind::koreanRows()
{
    installTranslators(QStringLiteral("ko"), false);
    MainWindow *w = open(test::makeDemoCluster());
    QVERIFY(w);
    FindActions *find = w->findActions();
    QCOMPARE(find->findAction()->text(), QStringLiteral("찾기(&F)…"));
    type(w, QStringLiteral("10.244.1"));
    QTRY_VERIFY(find->completer()->popup()->isVisible());
    QCOMPARE(find->results()->index(0).data().toString(),
             QStringLiteral("노드  node-2  ·  10.244.1.0/24"));
    QCOMPARE(find->results()->index(1).data().toString().left(4), QStringLiteral("파드  "));
    keep(w, QStringLiteral("find-completer-ko"));
}

QTEST_MAIN(TestFind)
#include "tst_find.moc"
