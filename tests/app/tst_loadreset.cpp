// Loading a cluster resets everything that belonged to the last one: the Problems preview (the
// file shown for a problem), the request bar's From and To (and seed, pin, preset), the status
// message; the Events tab comes to the front when the new load has no errors, Problems when it
// has.

#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/sourceview.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/requestbar.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

const QByteArray lonelyService = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"
                                 "  labels:\n    app: web\nspec:\n  containers:\n"
                                 "  - name: web\n    image: nginx\n---\n"
                                 "apiVersion: v1\nkind: Service\nmetadata:\n  name: lonely\n"
                                 "spec:\n  selector:\n    app: nobody\n  ports:\n  - port: 80\n";

const QByteArray brokenService = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\n"
                                 "spec:\n  containers:\n  - name: api\n    image: nginx\n---\n"
                                 "apiVersion: v1\nkind: Service\nmetadata:\n  name: broken\n"
                                 "spec:\n  ports:\n  - port: 99999\n";

// The front tab of the bottom dock area.
bool inFront(QDockWidget *dock)
{
    return dock->isVisible() && !dock->widget()->visibleRegion().isEmpty();
}

} // namespace

class TestLoadReset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newLoadForgetsTheLastCluster_data();
    void newLoadForgetsTheLastCluster();
};

void TestLoadReset::newLoadForgetsTheLastCluster_data()
{
    QTest::addColumn<QString>("next"); // what is loaded second
    QTest::addColumn<bool>("errors");
    QTest::newRow("the bundled demo (clean): Events in front") << QStringLiteral("demo") << false;
    QTest::newRow("a file with warnings only: Events in front") << QStringLiteral("lonely")
                                                                << false;
    QTest::newRow("a file with an error: Problems in front") << QStringLiteral("broken") << true;
}

void TestLoadReset::newLoadForgetsTheLastCluster()
{
    QFETCH(QString, next);
    QFETCH(bool, errors);
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The last cluster: a problem looked at, a request composed, a status message, Problems
    // in front.
    QVERIFY(w.openPaths({write(dir, QStringLiteral("lonely.yaml"), lonelyService)}));
    QVERIFY(w.problemsPanel()->count() > 0);
    w.problemsDock()->raise();
    w.problemsPanel()->activateRow(0);
    QVERIFY(!w.problemsPanel()->sourceView()->file().isEmpty());
    RequestBar *bar = w.requestBar();
    bar->setSource(QStringLiteral("pod/web"));
    bar->setDestination(QStringLiteral("10.96.0.20:80"));
    bar->setSeed(7);
    bar->setPinnedEndpoint(QStringLiteral("10.244.0.2:80"));
    w.statusBar()->showMessage(QStringLiteral("a message about the last cluster"));
    QCoreApplication::processEvents();
    QVERIFY(inFront(w.problemsDock()));

    if (next == u"demo")
        QVERIFY(w.openDemo(QStringLiteral("voting-app")));
    else if (next == u"lonely")
        QVERIFY(w.openPaths({write(dir, QStringLiteral("other.yaml"), lonelyService)}));
    else
        QVERIFY(w.openPaths({write(dir, QStringLiteral("broken.yaml"), brokenService)}));
    QCoreApplication::processEvents();

    QCOMPARE(w.problemsPanel()->sourceView()->file(), QString());
    QVERIFY(w.problemsPanel()->sourceView()->toPlainText().isEmpty());
    QCOMPARE(bar->source(), QString());
    QCOMPARE(bar->sourceBox()->count(), 0);
    QCOMPARE(bar->destination(), QString());
    QCOMPARE(bar->request().seed, quint64(1));
    QCOMPARE(bar->request().pinnedEndpoint, QString());
    QCOMPARE(bar->currentPreset(), -1);
    QVERIFY2(!w.statusBar()->currentMessage().contains(QStringLiteral("last cluster")),
             qPrintable(w.statusBar()->currentMessage()));
    if (errors) {
        QVERIFY(inFront(w.problemsDock()));
    } else {
        QVERIFY(inFront(w.eventsDock()));
        QVERIFY(!inFront(w.problemsDock()));
    }
}

QTEST_MAIN(TestLoadReset)
#include "tst_loadreset.moc"
