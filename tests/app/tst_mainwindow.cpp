// The main window: its title ("Hopscope" and what is open), opening by drop, fit to view, the
// empty state, and keeping the last good cluster when a load fails.

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/items/poditem.h"
#include "testcluster.h"
#include "documentchanges.h"
#include "document/clusterdocument.h"
#include "ui/mainwindow.h"

#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWheelEvent>

using namespace hopscope;
using namespace hopscope::app;

namespace {

// Stands in for core's loadCluster: the demo cluster for any path, or errors and nothing for a
// path containing "broken".
struct FakeLoader
{
    QList<QStringList> *calls;
    Cluster operator()(const QStringList &paths, const ClusterSettings &settings) const
    {
        calls->append(paths);
        if (paths.join(u' ').contains(QStringLiteral("broken"))) {
            Cluster c;
            c.settings = settings;
            c.diagnostics << Diagnostic{Severity::Error,
                                        QStringLiteral("yaml-syntax"),
                                        SourceLocation{paths.first(), 3, 7},
                                        QStringLiteral("mapping values are not allowed here"),
                                        {},
                                        {}};
            return c;
        }
        Cluster c = test::makeDemoCluster();
        c.settings = settings;
        c.files = paths;
        return c;
    }
};

void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents(); // pending layouts (the status bar's labels)
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void titleStartsWithHopscope();
    void emptyStateBeforeAnythingIsOpen();
    void title_data();
    void title();
    void dropOpensFiles();
    void dropOfNothingUsefulIsRefused();
    void fitToView();
    void failedLoadKeepsTheLastCluster();
    void settingsRebuild();
    void koreanNames();
    void bundledResourcesAreLinked();
    void realLoaderOpensManifests();
    void demoIsCopiedOutOfItsSource();
    void missingDemoShowsWhyInTheEmptyState();

private:
    QList<QStringList> m_calls;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_calls.clear();
    auto *document = new ClusterDocument;
    document->setLoader(FakeLoader{&m_calls});
    m_window = new MainWindow(document);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::titleStartsWithHopscope()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Hopscope"));
    QVERIFY(m_window->openPaths({QStringLiteral("/tmp/x/vote-service.yaml")}));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Hopscope")));
}

void TestMainWindow::emptyStateBeforeAnythingIsOpen()
{
    QVERIFY(m_window->view()->isShowingEmptyState());
    QVERIFY(!m_window->scene()->hasContent());
    keep(m_window, QStringLiteral("window-empty"));
}

void TestMainWindow::title_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("title");
    QStringList nine;
    nine << QStringLiteral("/m/vote-service.yaml");
    for (int i = 0; i < 8; ++i)
        nine << QStringLiteral("/m/other-%1.yaml").arg(i);
    QTest::newRow("one file") << QStringList{QStringLiteral("/m/vote-service.yaml")}
                              << QStringLiteral("Hopscope — vote-service.yaml");
    QTest::newRow("nine files") << nine << QStringLiteral("Hopscope — vote-service.yaml (+8)");
    QTest::newRow("a folder") << QStringList{QStringLiteral("/m/example-voting-app/")}
                              << QStringLiteral("Hopscope — example-voting-app");
}

void TestMainWindow::title()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, title);
    QVERIFY(m_window->openPaths(paths));
    QCOMPARE(m_window->windowTitle(), title);
}

void TestMainWindow::dropOpensFiles()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("vote-service.yaml"));
    QSignalSpy changed(m_window->document(), &ClusterDocument::changed);
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(file), QUrl::fromLocalFile(dir.path())});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QVERIFY(drop.isAccepted());
    delete mime;

    QTRY_COMPARE(test::replacements(changed), 1); // a drop loads in the background (tst_backgroundload)
    QCOMPARE(m_calls.size(), 1);
    QCOMPARE(m_calls.first(), (QStringList{file, dir.path()}));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Hopscope — vote-service.yaml (+1)"));
    QVERIFY(m_window->scene()->hasContent());
    QVERIFY(!m_window->view()->isShowingEmptyState());
}

void TestMainWindow::dropOfNothingUsefulIsRefused()
{
    QMimeData mime;
    mime.setText(QStringLiteral("not a file"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(m_calls.isEmpty());
}

void TestMainWindow::fitToView()
{
    QVERIFY(m_window->openPaths({QStringLiteral("/m/demo.yaml")}));
    ClusterView *view = m_window->view();
    auto fits = [view] {
        const QRectF content = view->scene()->itemsBoundingRect();
        const QRect onScreen = view->mapFromScene(content).boundingRect();
        return QRect(view->viewport()->rect()).adjusted(-2, -2, 2, 2).contains(onScreen);
    };
    // Fitted automatically after the load, and the drawing uses most of the window.
    QVERIFY(fits());
    const QRectF shown = view->mapFromScene(view->scene()->itemsBoundingRect()).boundingRect();
    QVERIFY(shown.width() > view->viewport()->width() * 0.8 ||
            shown.height() > view->viewport()->height() * 0.8);
    keep(m_window, QStringLiteral("window-demo"));

    const qreal fitted = view->zoom();
    view->zoomIn();
    view->zoomIn();
    QVERIFY(view->zoom() > fitted);
    QVERIFY(!fits());
    QTest::keyClick(view, Qt::Key_F);
    QVERIFY(fits());
    QVERIFY(qAbs(view->zoom() - fitted) < 1e-6);
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(view->zoom() < fitted);

    // The wheel zooms around the pointer: the scene point under it stays put (once the drawing
    // is larger than the window; smaller, the view centres it).
    view->zoomToActualSize();
    const qreal actual = view->zoom();
    const QPoint at(view->viewport()->width() / 3, view->viewport()->height() / 3);
    const QPointF before = view->mapToScene(at);
    QWheelEvent wheel(QPointF(at), QPointF(view->viewport()->mapToGlobal(at)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > actual);
    const QPointF after = view->mapToScene(at);
    QVERIFY2(QLineF(before, after).length() < 2.0 / view->zoom(),
             qPrintable(QStringLiteral("%1,%2 → %3,%4")
                            .arg(before.x())
                            .arg(before.y())
                            .arg(after.x())
                            .arg(after.y())));
}

void TestMainWindow::failedLoadKeepsTheLastCluster()
{
    QVERIFY(m_window->openPaths({QStringLiteral("/m/good.yaml")}));
    const QStringList ids = m_window->scene()->ids();
    QSignalSpy changed(m_window->document(), &ClusterDocument::changed);
    QVERIFY(!m_window->openPaths({QStringLiteral("/m/broken.yaml")}));
    QCOMPARE(test::replacements(changed), 0);
    QCOMPARE(test::problemUpdates(changed), 1);
    QVERIFY(test::changes(changed).first().kind == DocumentChange::Kind::LoadFailed);
    QCOMPARE(m_window->scene()->ids(), ids);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Hopscope — good.yaml"));
    QVERIFY(m_window->document()->problems().first().toString().contains(
        QStringLiteral("broken.yaml:3:7")));
}

void TestMainWindow::settingsRebuild()
{
    QVERIFY(m_window->openPaths({QStringLiteral("/m/a.yaml")}));
    ClusterSettings s = m_window->document()->settings();
    s.nodeCount = 5;
    m_window->document()->setSettings(s);
    QCOMPARE(m_calls.size(), 2);
    QCOMPARE(m_window->document()->cluster().settings.nodeCount, 5);
}

void TestMainWindow::koreanNames()
{
    Cluster cluster = test::makeDemoCluster();
    test::addPod(cluster, QStringLiteral("웹서버-프론트엔드-0"), 2,
                 {{QStringLiteral("app"), QStringLiteral("웹")}}, 8080);
    cluster.reindex();
    m_window->document()->setCluster(cluster, {QStringLiteral("/m/한국어.yaml")});
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Hopscope — 한국어.yaml"));
    auto *pod = m_window->scene()->item<PodItem>(QStringLiteral("pod/default/웹서버-프론트엔드-0"));
    QVERIFY(pod);
    QCOMPARE(pod->displayedName(), pod->fullName());
    keep(m_window, QStringLiteral("window-korean"));
}

void TestMainWindow::bundledResourcesAreLinked()
{
    // The resources live in a static library: without an explicit init the linker drops them,
    // and the window icon and the demo would be missing.
    QVERIFY(QFile::exists(QStringLiteral(":/icons/hopscope.svg")));
}

void TestMainWindow::realLoaderOpensManifests()
{
    // Through core's reader and builder: the seed's NodePort example on the default cluster.
    MainWindow window;
    const QString dir = QStringLiteral(HOPSCOPE_TEST_DATA "/valid/scene-demo");
    QVERIFY(window.openPaths({dir}));
    QCOMPARE(window.windowTitle(), QStringLiteral("Hopscope — scene-demo"));
    ClusterScene *scene = window.scene();
    QVERIFY(scene->hasContent());
    const Cluster &c = window.document()->cluster();
    QCOMPARE(scene->itemsOfType<PodItem>().size(), c.pods.size());
    int sockets = 0;
    for (const QString &id : scene->ids())
        sockets += id.startsWith(QStringLiteral("socket/default/myapp-service/30008@")) ? 1 : 0;
    QCOMPARE(sockets, c.nodes.size()); // A1.3: the nodePort is opened on every node
    // The bundled demo opens too.
    MainWindow demo;
    QVERIFY(demo.openDemo());
    QCOMPARE(demo.windowTitle(), QStringLiteral("Hopscope — myapp (demo)"));
    QVERIFY(demo.scene()->hasContent());
}

void TestMainWindow::demoIsCopiedOutOfItsSource()
{
    // loadCluster reads files: the bundled manifests are copied to a folder first.
    m_window->document()->setDemoSource(QStringLiteral(HOPSCOPE_TEST_DATA "/valid/scene-demo"));
    QVERIFY(m_window->openDemo());
    QCOMPARE(m_calls.size(), 1);
    QCOMPARE(m_calls.first().size(), 1);
    const QString copy = m_calls.first().first();
    // The default demo is myapp alone (its lesson, else its manifest), not the whole folder.
    QVERIFY(!copy.startsWith(QStringLiteral(HOPSCOPE_TEST_DATA)));
    QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("myapp.yaml"));
    QVERIFY(QFile::exists(copy));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Hopscope — myapp (demo)"));
    QVERIFY(m_window->document()->isDemo());
    // Settings rebuild the same copy.
    ClusterSettings s;
    s.nodeCount = 4;
    m_window->document()->setSettings(s);
    QCOMPARE(m_calls.size(), 2);
    QCOMPARE(m_calls.last(), m_calls.first());
}

void TestMainWindow::missingDemoShowsWhyInTheEmptyState()
{
    m_window->document()->setDemoSource(QStringLiteral(":/no-such-demo"));
    QVERIFY(!m_window->openDemo());
    QVERIFY(m_calls.isEmpty());
    QVERIFY(m_window->view()->isShowingEmptyState());
    QCOMPARE(m_window->document()->problems().size(), 1);
    QCOMPARE(m_window->document()->problems().first().code, QStringLiteral("demo-missing"));
    QCOMPARE(m_window->view()->emptyStateDetails().size(), 1);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Hopscope"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
