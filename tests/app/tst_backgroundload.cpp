// Opening a large cluster off the GUI thread: the event loop keeps running while a generated
// kubectl dump loads (a timer keeps firing), progress is reported, the scene changes only when
// the new cluster is ready, and Cancel keeps the cluster that was open — in the document and in
// the main window's status bar.

#include "core/generator/generator.h"
#include "scene/clusterscene.h"
#include "document/clusterdocument.h"
#include "ui/mainwindow.h"
#include "documentchanges.h"

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <sys/stat.h>

using namespace hopscope;
using namespace hopscope::app;

namespace {

bool writeGenerated(const QString &path, int nodes, int pods, int services)
{
    GeneratorSpec spec;
    spec.nodes = nodes;
    spec.pods = pods;
    spec.services = services;
    spec.form = GeneratorSpec::Form::Dump;
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && ClusterGenerator::write(spec, &f);
}

} // namespace

class TestBackgroundLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eventLoopKeepsRunning();
    void cancelKeepsPreviousCluster();
    void newLoadReplacesRunningOne();
    void windowShowsProgressAndCancels();
    void fifoEndsWithItsMessage();
    void windowClosesWhileLoading();

private:
    QTemporaryDir m_dir;
    QString m_big;
    QString m_small;
};

void TestBackgroundLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // ~30 MB: long enough to load that the event loop visibly turns meanwhile.
    m_big = m_dir.filePath(QStringLiteral("big.yaml"));
    QVERIFY(writeGenerated(m_big, 200, 8000, 400));
    m_small = m_dir.filePath(QStringLiteral("small.yaml"));
    QVERIFY(writeGenerated(m_small, 3, 10, 3));
}

void TestBackgroundLoad::eventLoopKeepsRunning()
{
    ClusterDocument doc;
    QVERIFY(doc.open({m_small}));
    QSignalSpy changed(&doc, &ClusterDocument::changed);
    QSignalSpy finished(&doc, &ClusterDocument::loadFinished);
    QList<int> progress;
    QList<qsizetype> podsWhileLoading;
    connect(&doc, &ClusterDocument::loadProgress, this, [&](int percent) {
        progress << percent;
        podsWhileLoading << doc.cluster().pods.size();
    });
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start(5);

    doc.openInBackground({m_big});
    QVERIFY(doc.isLoading());
    QCOMPARE(test::replacements(changed), 0); // nothing replaced yet: the call returned at once
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
    timer.stop();
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(test::replacements(changed), 1);
    QVERIFY(!doc.isLoading());
    QCOMPARE(doc.cluster().pods.size(), 8000 + 2);
    QCOMPARE(doc.paths(), QStringList{m_big});
    // The timer fired while the file was read and built: the GUI thread was free.
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    // Progress went up to the end, and the old cluster stayed until then.
    QVERIFY(!progress.isEmpty());
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), 100);
    for (qsizetype pods : std::as_const(podsWhileLoading))
        QCOMPARE(pods, qsizetype(10 + 2));
}

void TestBackgroundLoad::cancelKeepsPreviousCluster()
{
    ClusterDocument doc;
    QVERIFY(doc.open({m_small}));
    QSignalSpy changed(&doc, &ClusterDocument::changed);
    QSignalSpy finished(&doc, &ClusterDocument::loadFinished);
    QSignalSpy progress(&doc, &ClusterDocument::loadProgress);
    doc.openInBackground({m_big});
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000); // it is running
    doc.cancelLoad();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!doc.isLoading());
    // Let the cancelled work end, deliver whatever it posted: the small cluster stays.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(test::replacements(changed), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(doc.cluster().pods.size(), 10 + 2);
    QCOMPARE(doc.paths(), QStringList{m_small});
}

void TestBackgroundLoad::newLoadReplacesRunningOne()
{
    ClusterDocument doc;
    QSignalSpy changed(&doc, &ClusterDocument::changed);
    QSignalSpy finished(&doc, &ClusterDocument::loadFinished);
    doc.openInBackground({m_big});
    doc.openInBackground({m_small}); // the first one is cancelled
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(0).first().toBool(), false);
    QCOMPARE(finished.at(1).first().toBool(), true);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(test::replacements(changed), 1);
    QCOMPARE(doc.paths(), QStringList{m_small});
}

void TestBackgroundLoad::windowShowsProgressAndCancels()
{
    MainWindow window;
    QVERIFY(window.openPaths({m_small}));
    const QStringList idsBefore = window.scene()->ids();
    QVERIFY(!idsBefore.isEmpty());
    QVERIFY(window.loadProgressBar()->isHidden());
    QVERIFY(window.cancelLoadButton()->isHidden());

    QSignalSpy progress(window.document(), &ClusterDocument::loadProgress);
    window.openPathsInBackground({m_big});
    QVERIFY(!window.loadProgressBar()->isHidden());
    QVERIFY(!window.cancelLoadButton()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    QTest::mouseClick(window.cancelLoadButton(), Qt::LeftButton);
    QVERIFY(window.loadProgressBar()->isHidden());
    QVERIFY(window.cancelLoadButton()->isHidden());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(window.scene()->ids(), idsBefore);
    QVERIFY(window.windowTitle().endsWith(QStringLiteral("small.yaml")));
}

// A FIFO with no writer would block a read forever (issue 15): the bounded reader refuses it
// before opening it, so the load ends, names it, and the cluster that was open stays.
void TestBackgroundLoad::fifoEndsWithItsMessage()
{
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.yaml"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ClusterDocument doc;
    QVERIFY(doc.open({m_small}));
    QSignalSpy finished(&doc, &ClusterDocument::loadFinished);
    doc.openInBackground({fifo});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(doc.cluster().pods.size(), 10 + 2);
    bool named = false;
    for (const Diagnostic &d : doc.problems())
        named = named || (d.where.file == fifo && d.message.contains(QLatin1String("FIFO")));
    QVERIFY(named);
}

// Closing the window while a big file loads cancels the load: the window goes, the worker stops
// at its next progress report, and nothing it posts reaches a deleted document.
void TestBackgroundLoad::windowClosesWhileLoading()
{
    auto *window = new MainWindow;
    QVERIFY(window->openPaths({m_small}));
    QSignalSpy progress(window->document(), &ClusterDocument::loadProgress);
    window->openPathsInBackground({m_big});
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000); // it is running
    QVERIFY(window->document()->isLoading());
    window->close();
    delete window; // waits for the cancelled worker, which stops early
    QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
    QCoreApplication::processEvents(); // anything posted to the deleted document is dropped
}

QTEST_MAIN(TestBackgroundLoad)
#include "tst_backgroundload.moc"
