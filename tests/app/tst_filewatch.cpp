// Watching the files: a manifest changed on disk is read again (debounced), also when an editor
// saves by writing a new file and renaming it over the old one, or deletes it and writes it
// again; a change that breaks it keeps the last good cluster on screen with its problems and a
// banner, which goes with the next good load; a reload traces the current request again; the
// "Watch Files" toggle is remembered. No fixed waits: every check polls (QTRY_*).

#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "document/filewatcher.h"
#include "ui/mainwindow.h"
#include "ui/panels/problemspanel.h"
#include "ui/requestbar.h"
#include "documentchanges.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace hopscope;
using namespace hopscope::app;

namespace {

constexpr int kTimeout = 20000; // a guard for a loaded machine, not a speed test

// `pods` pods labelled app=web, and a NodePort Service selecting them (A1.3: nodePort 30080).
QByteArray manifest(int pods, const QByteArray &selector = "web")
{
    QByteArray out;
    for (int i = 1; i <= pods; ++i)
        out += "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-" + QByteArray::number(i) +
               "\n  labels:\n    app: web\nspec:\n  containers:\n  - name: nginx\n"
               "    image: nginx\n    ports:\n    - containerPort: 80\n---\n";
    out += "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n"
           "  selector:\n    app: " +
           selector + "\n  ports:\n  - port: 80\n    targetPort: 80\n    nodePort: 30080\n";
    return out;
}

// A YAML syntax error and nothing else: nothing to draw.
const QByteArray kBroken = "apiVersion: v1\nkind: Service\nmetadata:\n  name: [web\n";

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int userPods(const Cluster &c)
{
    int n = 0;
    for (const PodInfo &p : c.pods)
        n += !p.system;
    return n;
}

} // namespace

class TestFileWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void changeReloads();
    void saveByRenameReloads();
    void deletedThenWrittenAgain();
    void brokenKeepsTheLastGoodCluster();
    void anyErrorKeepsTheLastGoodCluster_data();
    void anyErrorKeepsTheLastGoodCluster();
    void reloadTracesTheRequestAgain();
    void folderGainsAFile();
    void watchToggleIsRemembered();

private:
    QString m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow *m_window = nullptr;
};

void TestFileWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFileWatch::init()
{
    QSettings().remove(QStringLiteral("files/watch"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("web.yaml"));
    QVERIFY(write(m_file, manifest(1)));
    m_window = new MainWindow;
    QVERIFY(m_window->watchFilesAction()->isChecked()); // on by default
    QVERIFY(m_window->openPaths({m_file}));
    QCOMPARE(userPods(m_window->document()->cluster()), 1);
    QVERIFY(m_window->document()->fileWatcher()->watchedPaths().contains(m_file));
}

void TestFileWatch::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_dir.reset();
}

void TestFileWatch::changeReloads()
{
    QSignalSpy changed(m_window->document(), &ClusterDocument::changed);
    QVERIFY(write(m_file, manifest(2)));
    QTRY_COMPARE_WITH_TIMEOUT(userPods(m_window->document()->cluster()), 2, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isLoading(), kTimeout);
    QCOMPARE(test::replacements(changed), 1); // one reload for the write, not one per event
    QVERIFY(m_window->reloadBanner()->isHidden());
}

void TestFileWatch::saveByRenameReloads()
{
    // As vim and most editors save: a new file, renamed over the old one (a new inode).
    for (int pods : {3, 2}) {
        const QString temp = m_dir->filePath(QStringLiteral(".web.yaml.swp"));
        QVERIFY(write(temp, manifest(pods)));
        QCOMPARE(
            std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_file).constData()),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(userPods(m_window->document()->cluster()), pods, kTimeout);
        // The new file is watched again, so the next save is seen too.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->document()->fileWatcher()->watchedPaths().contains(m_file), kTimeout);
    }
}

void TestFileWatch::deletedThenWrittenAgain()
{
    QSignalSpy changed(m_window->document(), &ClusterDocument::changed);
    QSignalSpy settled(m_window->document()->fileWatcher(), &FileWatcher::settled);
    QVERIFY(QFile::remove(m_file));
    // The system watcher lets a deleted file go; once the events settled, nothing was read
    // (a missing file is no reason to reload) and the document keeps its cluster.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->fileWatcher()->watchedPaths().contains(m_file),
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), kTimeout);
    QCOMPARE(settled.first().first().toBool(), false);
    QCOMPARE(test::replacements(changed), 0);
    QCOMPARE(test::problemUpdates(changed), 0);
    QVERIFY(!m_window->document()->isShowingLastGood());
    // Written again later: its folder's watch sees it.
    QVERIFY(write(m_file, manifest(3)));
    QTRY_COMPARE_WITH_TIMEOUT(userPods(m_window->document()->cluster()), 3, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->fileWatcher()->watchedPaths().contains(m_file),
                             kTimeout);
    QVERIFY(!m_window->document()->isShowingLastGood());
}

void TestFileWatch::brokenKeepsTheLastGoodCluster()
{
    ClusterDocument *doc = m_window->document();
    m_window->problemsDock()->hide();
    QVERIFY(write(m_file, manifest(2)));
    QTRY_COMPARE_WITH_TIMEOUT(userPods(doc->cluster()), 2, kTimeout);

    QVERIFY(write(m_file, kBroken));
    QTRY_VERIFY_WITH_TIMEOUT(doc->isShowingLastGood(), kTimeout);
    QCOMPARE(userPods(doc->cluster()), 2); // the last good cluster stays on screen
    QVERIFY(hasErrors(doc->problems()));
    const int count = int(doc->problems().size());
    QCOMPARE(m_window->problemsPanel()->count(), count);
    QCOMPARE(m_window->problemsDock()->windowTitle(), QStringLiteral("Problems (%1)").arg(count));
    QVERIFY(!m_window->reloadBanner()->isHidden());
    // "Reload failed: showing the last good cluster; 2 problems" (the plural as the
    // translation has it).
    const QString banner = m_window->reloadBanner()->text();
    QVERIFY2(banner.startsWith(QStringLiteral("Reload failed: showing the last good cluster; ")),
             qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("; %1 problem").arg(count)));
    QVERIFY(!m_window->problemsDock()->isHidden()); // errors bring the panel back
    const QString shots = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) { // for a person to look at
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->grab().save(shots + QStringLiteral("/reload-failed-banner.png"));
    }

    QVERIFY(write(m_file, manifest(1)));
    QTRY_VERIFY_WITH_TIMEOUT(!doc->isShowingLastGood(), kTimeout);
    QCOMPARE(userPods(doc->cluster()), 1);
    QVERIFY(m_window->reloadBanner()->isHidden());
    QVERIFY(!hasErrors(doc->problems()));
}

// Not only a file with nothing to draw: any new error in a reload keeps the last good cluster
// (two pods and the Service), with the problems and the banner.
void TestFileWatch::anyErrorKeepsTheLastGoodCluster_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code"); // the error the reload shows
    QTest::newRow("one document of three broken (name: [web)")
        << QStringLiteral("partly-broken") << QStringLiteral("yaml-syntax");
    QTest::newRow("a truncated file (nodePort: 30)")
        << QStringLiteral("truncated") << QStringLiteral("service-allocation");
    QTest::newRow("the file replaced by a folder")
        << QStringLiteral("folder") << QStringLiteral("no-objects");
    QTest::newRow("the file deleted, then File > Reload")
        << QStringLiteral("deleted") << QStringLiteral("no-such-file");
}

void TestFileWatch::anyErrorKeepsTheLastGoodCluster()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    ClusterDocument *doc = m_window->document();
    QVERIFY(write(m_file, manifest(2)));
    QTRY_COMPARE_WITH_TIMEOUT(userPods(doc->cluster()), 2, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!doc->isLoading(), kTimeout);
    QCOMPARE(doc->cluster().services.size() > 2, true); // web, and kubernetes, kube-dns

    if (change == u"partly-broken") {
        QByteArray three = manifest(3);
        three.replace("kind: Service\nmetadata:\n  name: web", "kind: Service\nmetadata:\n  "
                                                               "name: [web");
        QVERIFY(write(m_file, three));
    } else if (change == u"truncated") {
        const QByteArray three = manifest(3);
        QVERIFY(write(m_file, three.left(three.lastIndexOf("30080") + 2)));
    } else if (change == u"folder") {
        QVERIFY(QFile::remove(m_file));
        QVERIFY(QDir().mkdir(m_file));
        QVERIFY(doc->reload() == false);
    } else {
        QVERIFY(QFile::remove(m_file));
        QVERIFY(doc->reload() == false);
    }
    QTRY_VERIFY_WITH_TIMEOUT(doc->isShowingLastGood(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!doc->isLoading(), kTimeout);
    QCOMPARE(userPods(doc->cluster()), 2); // the last good cluster stays on screen
    QStringList codes;
    for (const Diagnostic &d : doc->problems())
        if (d.severity == Severity::Error)
            codes << d.code;
    QVERIFY2(codes.contains(code), qPrintable(codes.join(u' ')));
    QVERIFY(!m_window->reloadBanner()->isHidden());
    QVERIFY(m_window->reloadBanner()->text().startsWith(
        QStringLiteral("Reload failed: showing the last good cluster; ")));
}

void TestFileWatch::reloadTracesTheRequestAgain()
{
    m_window->requestBar()->setSource(QStringLiteral("client"));
    m_window->requestBar()->setDestination(QStringLiteral("192.168.1.2:30080"));
    m_window->classroom()->send();
    QVERIFY(m_window->classroom()->trace().delivered);

    // The selector no longer matches: the same request, traced again, is refused, and its
    // failing hop names the selector-no-pods problem (core/traceproblems.h).
    QVERIFY(write(m_file, manifest(1, "wbe")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->classroom()->trace().hops.isEmpty() &&
                                 !m_window->classroom()->trace().delivered,
                             kTimeout);
    const Trace &t = m_window->classroom()->trace();
    QCOMPARE(t.request.to, QStringLiteral("192.168.1.2:30080"));
    QVERIFY(t.hops.last().failure);
    QVERIFY(!t.hops.last().problems.isEmpty());
    QCOMPARE(t.hops.last().problems.first().code, QStringLiteral("selector-no-pods"));

    // A request that no longer makes sense (its pod is gone) is forgotten, not an error.
    m_window->requestBar()->setSource(QStringLiteral("pod/default/web-1"));
    m_window->requestBar()->setDestination(QStringLiteral("web:80"));
    m_window->classroom()->send();
    QVERIFY(!m_window->classroom()->trace().hops.isEmpty());
    QByteArray renamed = manifest(1);
    renamed.replace("name: web-1", "name: web-9");
    QVERIFY(write(m_file, renamed));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->document()->cluster().pod(QStringLiteral("pod/default/web-9")) != nullptr,
        kTimeout);
    QVERIFY(m_window->classroom()->trace().hops.isEmpty());
    QVERIFY(m_window->classroom()->trace().problems.isEmpty());
}

void TestFileWatch::folderGainsAFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("manifests"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(write(folder + QStringLiteral("/web.yaml"), manifest(1)));
    QVERIFY(m_window->openPaths({folder}));
    QCOMPARE(userPods(m_window->document()->cluster()), 1);
    QByteArray other = manifest(2);
    other.replace("web", "api");
    other.replace("30080", "30081");
    QVERIFY(write(folder + QStringLiteral("/api.yaml"), other));
    QTRY_COMPARE_WITH_TIMEOUT(userPods(m_window->document()->cluster()), 3, kTimeout);
}

void TestFileWatch::watchToggleIsRemembered()
{
    QAction *toggle = m_window->watchFilesAction();
    toggle->setChecked(false);
    QVERIFY(!m_window->document()->watchFiles());
    QVERIFY(m_window->document()->fileWatcher()->watchedPaths().isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("files/watch")).toBool(), false);
    {
        MainWindow second;
        QVERIFY(!second.watchFilesAction()->isChecked());
        QVERIFY(!second.document()->watchFiles());
    }
    toggle->setChecked(true);
    QVERIFY(m_window->document()->fileWatcher()->watchedPaths().contains(m_file));
    QCOMPARE(QSettings().value(QStringLiteral("files/watch")).toBool(), true);
    QVERIFY(write(m_file, manifest(2)));
    QTRY_COMPARE_WITH_TIMEOUT(userPods(m_window->document()->cluster()), 2, kTimeout);
}

QTEST_MAIN(TestFileWatch)
#include "tst_filewatch.moc"
