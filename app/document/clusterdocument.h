#pragma once

// The open document: the current Cluster (a value), the paths it was read from and the cluster
// settings. open() reads, builds and checks through core (core/checks.h: the cluster's
// diagnostics are every problem `hopscope lint` finds, so the Problems panel, the scene's marks
// and the failing hops see one list); a load that yields errors and nothing to draw keeps the
// last good cluster and only reports its problems. The files read are watched (FileWatcher):
// a change reloads them, and a reload that fails keeps the last good cluster too.
//
// What-if edits (core/whatif.h) go through applyWhatIf(): core makes the new snapshot, and a
// WhatIfCommand on undoStack() holds the snapshots before and after, so undo restores the very
// same Cluster. Every change emits the one changed(const DocumentChange &) saying what changed
// (document/documentchange.h): a load, a reload, a failed load keeping the last good cluster, a
// what-if step with the edit, the step (applied, undone, redone) and the cluster it replaced (so
// a view can re-trace the current request on both and show the difference), the positions, the
// lesson, the problems. The current cluster is one immutable snapshot (snapshot()) that the
// scene, the classroom and the trace runner share. Loading, reloading or setCluster() start a
// new history. Nothing is ever written to the manifests.

#include "core/model/cluster.h"
#include "core/model/clustersettings.h"
#include "core/base/diagnostic.h"
#include "core/classroom/lesson.h"
#include "core/classroom/whatif.h"
#include "document/documentchange.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;
class QUndoStack;

namespace hopscope::app {

class FileWatcher;

class ClusterDocument final : public QObject
{
    Q_OBJECT
public:
    using Loader = std::function<Cluster(const QStringList &paths, const ClusterSettings &)>;

    explicit ClusterDocument(QObject *parent = nullptr);
    ~ClusterDocument() override;

    // Tests replace core's loadCluster with their own.
    void setLoader(Loader loader);
    // Asked with the paths a lesson names outside its folder, before any is read: true allows
    // reading them. Unset: they are refused (an error at the lesson's line for each).
    using OutsideConsent = std::function<bool(const QStringList &paths)>;
    void setOutsideLessonConsent(OutsideConsent ask);

    const Cluster &cluster() const { return *m_cluster; }
    // The same snapshot, to share (it never changes; a change makes a new one).
    const std::shared_ptr<const Cluster> &snapshot() const { return m_cluster; }
    bool hasCluster() const { return m_hasCluster; }
    const QStringList &paths() const { return m_paths; }
    bool isDemo() const { return m_demo; }
    QString demoName() const { return m_demoName; } // "voting-app" when isDemo()
    // The lesson open (its presets), if what is open is one (a *.lesson.yaml or a demo).
    const Lesson &lesson() const { return m_lesson; }
    bool hasLesson() const { return !m_lesson.file.isEmpty(); }
    // What is open, for the title: "myapp (demo)", "vote-service.yaml (+8)", or empty.
    QString displayName() const;
    const ClusterSettings &settings() const { return m_settings; }
    // The problems of the last load (kept even when the cluster was not replaced).
    const Diagnostics &problems() const { return m_problems; }

    // True when the result replaced the cluster. "-" reads standard input; one *.lesson.yaml
    // opens that lesson.
    bool open(const QStringList &paths);
    // A lesson file (core/lesson.h): its manifests, settings and presets; its what-if edits are
    // replayed as commands on the history (so that undo shows the cluster before them).
    bool openLesson(const QString &path);
    // A bundled demo (":/demo", copied to a temporary folder first): the lesson NAME.lesson.yaml,
    // else the manifest NAME.yaml, else every manifest of the folder.
    bool openDemo(const QString &name = QStringLiteral("myapp"));
    // The demos there are: the lessons of the demo folder ("myapp", "voting-app").
    QStringList demoNames() const;
    // The same off the GUI thread: reading and building run in the thread pool, the current
    // cluster stays (and stays drawn) until the new one is ready, loadProgress() reports the
    // progress and cancelLoad() stops it, keeping the current cluster. A load started while
    // another runs replaces it. Ends with loadFinished(replaced). A *.lesson.yaml is opened at
    // once (it is small; its manifests are read as open() reads them).
    void openInBackground(const QStringList &paths);
    void cancelLoad();
    bool isLoading() const { return m_background != nullptr; }
    // Rebuilds the open paths (after a settings change, or a file changed on disk).
    bool reload();
    // Replaces the settings and rebuilds what is open.
    void setSettings(const ClusterSettings &settings);
    // Replaces the cluster directly (what-if edits, tests); forgets the lesson.
    void setCluster(const Cluster &cluster, const QStringList &paths = {});
    // Replaces the lesson (its presets) over what is open (tests, a later lesson editor).
    void setLesson(const Lesson &lesson);
    // The lesson positions: items the teacher dragged (entity id → offset from the computed
    // layout). A load takes the lesson's; a reload and a what-if step keep them. Moves on the
    // history (their undo commands) set them here, and the scene syncs from the Positions change.
    const QMap<QString, QPointF> &positions() const { return m_positions; }
    void setPositions(const QMap<QString, QPointF> &positions);

    // File watching (on by default): the files read and the folders opened are watched, and a
    // change reloads them (in the background, as openInBackground() does; a lesson at once).
    // A reload that cannot be drawn keeps the last good cluster: isShowingLastGood() is then
    // true, and problems() says why, until a load succeeds. Demos are not watched.
    void setWatchFiles(bool on);
    bool watchFiles() const { return m_watchFiles; }
    FileWatcher *fileWatcher() const { return m_watcher; }
    // True when the last load failed (errors, nothing to draw) and the cluster shown is the one
    // before it.
    bool isShowingLastGood() const { return m_showingLastGood; }
    // What the failed load tried to read (paths() when it was a reload).
    const QStringList &failedPaths() const { return m_failedPaths; }

    // The what-if history (undo: Ctrl+Z, redo: Ctrl+Shift+Z).
    QUndoStack *undoStack() const { return m_undoStack; }
    // Applies a what-if edit as an undoable command. False when core refuses it or it changes
    // nothing (then whatIfRefused() carries core's reasons, when there are any).
    bool applyWhatIf(const hopscope::WhatIf &change);
    // The what-if edits in effect, in order (the history up to its current index; moves of
    // items are not edits). A saved lesson replays them.
    QList<hopscope::WhatIf> appliedWhatIfs() const;
    // What core said about the last applied or refused edit (the replacement pod, a bare pod
    // that nothing brings back, pods left Pending, the API server's refusal).
    const Diagnostics &whatIfProblems() const { return m_whatIfProblems; }
    // Used by WhatIfCommand: shows a snapshot of the history.
    void showWhatIfSnapshot(const std::shared_ptr<const Cluster> &cluster,
                            const hopscope::WhatIf &change, DocumentChange::Step step);

    // The bytes read from standard input ("-"), kept so that a lesson can embed them (and a
    // reload reads them again); empty when nothing came from it.
    const QByteArray &standardInput() const { return m_stdin; }
    // Tests give standard input's bytes here instead of the process's.
    void setStandardInput(const QByteArray &bytes);

    // Something to draw: objects the user gave (nodes, pods or Services), not only the
    // defaults Hopscope adds.
    static bool hasUserObjects(const Cluster &cluster);
    // Where openDemo() reads from: the resources by default (tests point it elsewhere).
    void setDemoSource(const QString &dir) { m_demoSource = dir; }
    const QString &demoSource() const { return m_demoSource; }

Q_SIGNALS:
    // Everything that changes the document, saying what (the document's state is already new).
    void changed(const hopscope::app::DocumentChange &change);
    void loadStarted();
    void loadProgress(int percent); // 0-100
    void loadFinished(bool replaced);
    void whatIfRefused(const hopscope::WhatIf &change, const hopscope::Diagnostics &reasons);
    // A watched file changed on disk; the reload starts right after.
    void filesChanged();

private:
    struct BackgroundLoad;
    bool load(const QStringList &paths, bool demo);
    bool loadLesson(const QString &path, bool demo);
    void startHistory();
    bool apply(Cluster cluster, const QStringList &paths, bool demo, const Lesson &lesson = {});
    void backgroundDone(std::shared_ptr<BackgroundLoad> job);
    void watchLoaded(const QStringList &paths, const QStringList &files);
    void reloadChanged();
    void failed(const QStringList &paths, const Diagnostics &problems);
    void emitChange(DocumentChange::Kind kind, bool lessonReplaced = false);
    // "-" replaced by a temporary copy of standard input (read once), and back.
    QStringList captureStdin(const QStringList &paths);
    void nameStdin(Cluster *cluster, QStringList *paths) const;

    Loader m_loader;
    OutsideConsent m_outsideConsent;
    bool m_customLoader = false;
    QUndoStack *m_undoStack;
    Diagnostics m_whatIfProblems;
    std::shared_ptr<BackgroundLoad> m_background;     // the load whose result is wanted
    QList<std::shared_ptr<BackgroundLoad>> m_running; // every load still in the pool
    std::shared_ptr<const Cluster> m_cluster = std::make_shared<const Cluster>();
    ClusterSettings m_settings;
    QStringList m_paths;
    Diagnostics m_problems;
    Lesson m_lesson;
    QMap<QString, QPointF> m_positions;
    QString m_demoName;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<QTemporaryDir> m_stdinDir;
    QByteArray m_stdin;
    QString m_stdinCopy; // the file standing for "-"
    Diagnostic m_stdinProblem; // standard input could not be read (too large …)
    bool m_stdinRead = false;
    QString m_demoSource = QStringLiteral(":/demo");
    bool m_hasCluster = false;
    bool m_demo = false;
    FileWatcher *m_watcher;
    QStringList m_watchPaths; // what the last load read (what a change reloads)
    bool m_watchFiles = true;
    bool m_showingLastGood = false;
    QStringList m_failedPaths;
    bool m_rebuilding = false; // setSettings() is reloading
};

} // namespace hopscope::app
