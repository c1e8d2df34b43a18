// Lessons in the window (offscreen), on the bundled voting app and the real tracer: a lesson
// saved (embedded from the demo, or referencing a copied folder) and opened again replays the
// same demo — the same cluster with its what-if edits (undoable again), the same positions, the
// same presets, notes and traces; saving only reads the manifests; a failed save leaves the old
// file (QSaveFile).

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/actions/lessonactions.h"
#include "ui/mainwindow.h"
#include "ui/requestbar.h"
#include "document/stepcontroller.h"

#include "core/classroom/lesson.h"
#include "core/classroom/whatif.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace hopscope;
using namespace hopscope::app;

namespace {

const QString DemoDir = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo");

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<MainWindow> newWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->resize(1400, 900);
    w->show();
    return w;
}

QString firstPodOf(const Cluster &c, const QString &owner)
{
    for (const PodInfo &p : c.pods)
        if (p.ownerName == owner)
            return p.id;
    return {};
}

// The cluster without where it was read from.
Cluster comparable(Cluster c)
{
    c.files.clear();
    c.diagnostics.clear();
    for (PodInfo &p : c.pods)
        p.where = {};
    for (ServiceInfo &s : c.services)
        s.where = {};
    for (NodeInfo &n : c.nodes)
        n.where = {};
    for (WorkloadInfo &w : c.workloads)
        w.object = {};
    return c;
}

} // namespace

class TestLessonSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void failedSaveKeepsTheOldFile();
};

void TestLessonSave::roundTrip_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("the bundled demo: manifests embedded") << true;
    QTest::newRow("a lesson in a folder: manifests referenced") << false;
}

void TestLessonSave::roundTrip()
{
    QFETCH(bool, demo);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto a = newWindow();
    const QString manifest = dir.filePath(QStringLiteral("voting-app.yaml"));
    if (demo) {
        QVERIFY(a->openDemo(QStringLiteral("voting-app")));
    } else {
        QVERIFY(QFile::copy(DemoDir + QStringLiteral("/voting-app.yaml"), manifest));
        QVERIFY(QFile::copy(DemoDir + QStringLiteral("/voting-app.lesson.yaml"),
                            dir.filePath(QStringLiteral("voting-app.lesson.yaml"))));
        QVERIFY(a->openPaths({dir.filePath(QStringLiteral("voting-app.lesson.yaml"))}));
    }
    const QByteArray manifestHash = digest(manifest);
    ClusterDocument *doc = a->document();
    // What-if edits (a pod deleted: its replacement has a new name and IP, A4; a scale).
    QVERIFY(doc->applyWhatIf(WhatIf::deletePod(firstPodOf(doc->cluster(), "vote"))));
    QVERIFY(doc->applyWhatIf(WhatIf::scale(QStringLiteral("Deployment/default/vote"), 3)));
    // Items moved for the lesson.
    a->scene()->setPositionOffset(QStringLiteral("node/node02"), QPointF(30, -40));
    a->scene()->setPositionOffset(QStringLiteral("client"), QPointF(0, 120));
    // A preset shown, with notes; then a request composed by hand, with a step note.
    a->classroom()->runPreset(0, 2);
    a->classroom()->setRequestNote(QStringLiteral("Every node opens 30035."));
    a->classroom()->setHopNote(3, QStringLiteral("Here the DNAT picks a vote pod."));
    const Lesson edited = a->classroom()->editedLesson();
    const QList<WhatIf> whatIfs = doc->appliedWhatIfs();
    QCOMPARE(whatIfs.size(), 2);

    const QString saved = dir.filePath(QStringLiteral("saved/class-1.lesson.yaml"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("saved"))));
    QString error;
    QVERIFY2(a->lessonActions()->saveTo(saved, &error), qPrintable(error));
    const QByteArray text = readAll(saved);
    QCOMPARE(text.contains("inline: |"), demo);
    if (!demo)
        QVERIFY2(text.contains("- ../voting-app.yaml"), text.constData());
    QVERIFY(text.contains("whatif:"));
    QVERIFY(text.contains("node/node02: [30, -40]"));
    if (!demo)
        QCOMPARE(digest(manifest), manifestHash); // only read

    auto b = newWindow();
    // Saved one folder down, the lesson names ../voting-app.yaml: outside its folder, read only
    // after the teacher agrees (the dialog's "Yes").
    QStringList asked;
    b->document()->setOutsideLessonConsent([&asked](const QStringList &paths) {
        asked = paths;
        return true;
    });
    QVERIFY(b->openPaths({saved}));
    QCOMPARE(asked.size(), demo ? 0 : 1);
    ClusterDocument *reopened = b->document();
    QCOMPARE(reopened->appliedWhatIfs(), whatIfs);
    QCOMPARE(comparable(reopened->cluster()), comparable(doc->cluster()));
    QCOMPARE(b->scene()->positionOffsets(), a->scene()->positionOffsets());
    QCOMPARE(b->scene()->sceneLayout().client, a->scene()->sceneLayout().client);
    const QList<LessonRequest> &before = edited.requests;
    const QList<LessonRequest> &after = b->classroom()->editedLesson().requests;
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].title, before[i].title);
        QCOMPARE(after[i].to, before[i].to);
        QCOMPARE(after[i].note, before[i].note);
        QCOMPARE(after[i].hopNotes, before[i].hopNotes);
    }
    // The same traces, preset by preset.
    for (int i = 0; i < before.size(); ++i) {
        a->classroom()->runPreset(i);
        b->classroom()->runPreset(i);
        QCOMPARE(b->classroom()->trace().summary, a->classroom()->trace().summary);
        QCOMPARE(b->classroom()->trace().endpoint, a->classroom()->trace().endpoint);
        QCOMPARE(b->classroom()->trace().hops.size(), a->classroom()->trace().hops.size());
    }
    // The notes reach the class: the step note is the hint at that step.
    b->classroom()->runPreset(0, 2);
    b->classroom()->controller()->jumpTo(3);
    QVERIFY(b->requestBar()->hint().contains(QStringLiteral("DNAT picks a vote pod")));
    // The replayed edits are on the history: undo shows the cluster before them.
    QCOMPARE(reopened->undoStack()->count(), 2);
    reopened->undoStack()->undo();
    reopened->undoStack()->undo();
    QCOMPARE(reopened->appliedWhatIfs().size(), 0);
}

void TestLessonSave::failedSaveKeepsTheOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("needs RLIMIT_FSIZE to make a write fail");
#else
    QTemporaryDir dir;
    auto w = newWindow();
    QVERIFY(w->openDemo(QStringLiteral("voting-app")));
    const QString path = dir.filePath(QStringLiteral("old.lesson.yaml"));
    QVERIFY(w->lessonActions()->saveTo(path));
    const QByteArray old = readAll(path);
    QVERIFY(old.size() > 1000);
    w->scene()->setPositionOffset(QStringLiteral("client"), QPointF(5, 5));
    // Every write past 512 bytes fails (EFBIG), as on a full disk: the new lesson cannot be
    // written, and the old one must stay whole.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    getrlimit(RLIMIT_FSIZE, &previous);
    rlimit small = previous;
    small.rlim_cur = 512;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool ok = w->lessonActions()->saveTo(path, &error);
    setrlimit(RLIMIT_FSIZE, &previous);
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"old.lesson.yaml"});
    // With room again, it saves.
    QVERIFY(w->lessonActions()->saveTo(path));
    QVERIFY(readAll(path) != old);
#endif
}

QTEST_MAIN(TestLessonSave)
#include "tst_lessonsave.moc"
