#include "document/clusterdocument.h"

#include "core/base/boundedread.h"
#include "core/lint/checks.h"
#include "common/commandline.h"
#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"
#include "resources.h"
#include "document/filewatcher.h"
#include "document/whatifcommand.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>

namespace hopscope::app {

// One load running in the thread pool. The document waits for it before it goes, so the worker
// may post to the document until it ends.
struct ClusterDocument::BackgroundLoad
{
    QStringList paths;
    std::atomic<bool> cancelled{false};
    std::atomic<int> percent{-1};
    QFutureWatcher<Cluster> watcher;
};

namespace {

// What the window shows: the cluster, with every problem `hopscope lint` finds as its
// diagnostics (so the Problems panel, the marks and the failing hops all see the same list).
Cluster loadWithChecks(const QStringList &paths, const ClusterSettings &settings,
                       ReadOptions options = {}, const std::atomic<bool> *cancelled = nullptr)
{
    CheckResult result = checkPaths(paths, settings, std::move(options));
    if (cancelled && *cancelled)
        return Cluster();
    Cluster cluster = ClusterBuilder::build(result.manifests, settings);
    addClusterChecks(result, cluster);
    cluster.diagnostics = std::move(result.diagnostics);
    return cluster;
}

// An error in `now` that `before` did not have (by file, code and message: lines move when a
// file is edited). A reload with one keeps the last good cluster; errors the shown cluster
// already had do not stop an unrelated edit from being seen.
bool hasNewErrors(const Diagnostics &now, const Diagnostics &before)
{
    QSet<QString> known;
    auto key = [](const Diagnostic &d) -> QString {
        return d.where.file + u'\x1f' + d.code + u'\x1f' + d.message;
    };
    for (const Diagnostic &d : before)
        if (d.severity == Severity::Error)
            known.insert(key(d));
    for (const Diagnostic &d : now)
        if (d.severity == Severity::Error && !known.contains(key(d)))
            return true;
    return false;
}

} // namespace

ClusterDocument::ClusterDocument(QObject *parent)
    : QObject(parent), m_loader([](const QStringList &paths, const ClusterSettings &settings) {
          return loadWithChecks(paths, settings, readOptions());
      }),
      m_undoStack(new QUndoStack(this)), m_watcher(new FileWatcher(this))
{
    ensureResources();
    connect(m_watcher, &FileWatcher::changed, this, &ClusterDocument::reloadChanged);
}

void ClusterDocument::setWatchFiles(bool on)
{
    if (on == m_watchFiles)
        return;
    m_watchFiles = on;
    if (!on) {
        m_watcher->clear();
        return;
    }
    // Watch what is open now (the files the cluster was read from).
    watchLoaded(m_paths, m_cluster->files);
}

void ClusterDocument::watchLoaded(const QStringList &paths, const QStringList &files)
{
    m_watchPaths = paths;
    if (!m_watchFiles || m_demo || paths.isEmpty()) {
        m_watcher->clear();
        return;
    }
    QStringList folders;
    QStringList all = files;
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir())
            folders << p;
        else
            all << p; // a file that could not be read is watched too: it may come back
    }
    m_watcher->watch(all, folders);
}

void ClusterDocument::reloadChanged()
{
    if (m_watchPaths.isEmpty())
        return;
    Q_EMIT filesChanged();
    openInBackground(m_watchPaths);
}

void ClusterDocument::failed(const QStringList &paths, const Diagnostics &problems)
{
    m_failedPaths = paths;
    m_problems = problems;
    m_showingLastGood = m_hasCluster;
    emitChange(DocumentChange::Kind::LoadFailed);
}

void ClusterDocument::emitChange(DocumentChange::Kind kind, bool lessonReplaced)
{
    DocumentChange change;
    change.kind = kind;
    change.lessonReplaced = lessonReplaced;
    Q_EMIT changed(change);
}

ClusterDocument::~ClusterDocument()
{
    for (const auto &job : std::as_const(m_running)) {
        job->cancelled = true;
        job->watcher.disconnect(this);
        job->watcher.waitForFinished();
    }
    // Clearing the history on the way out is no change anyone should hear of.
    m_undoStack->blockSignals(true);
}

void ClusterDocument::setLoader(Loader loader)
{
    m_loader = std::move(loader);
    m_customLoader = true;
}

void ClusterDocument::setOutsideLessonConsent(OutsideConsent ask)
{
    m_outsideConsent = std::move(ask);
}

void ClusterDocument::setStandardInput(const QByteArray &bytes)
{
    m_stdin = bytes;
    m_stdinRead = true;
    m_stdinCopy.clear();
}

QStringList ClusterDocument::captureStdin(const QStringList &paths)
{
    if (!paths.contains(QStringLiteral("-")))
        return paths;
    if (!m_stdinRead) {
        // Bounded, in chunks, binary data stopped at its first chunk (core/base/boundedread.h).
        BoundedReadLimits limits;
        limits.maxBytes = readOptions().maxFileBytes;
        BoundedRead read = readStdinBounded(limits);
        if (read.ok()) {
            m_stdin = std::move(read.bytes);
        } else {
            m_stdin.clear();
            m_stdinProblem = Diagnostic::make(Severity::Error, boundedReadCode(read),
                                              SourceLocation{stdinName(), 0, 0},
                                              boundedReadMessage(read, limits.maxBytes, true),
                                              boundedReadHint(read, readOptions().fileSizeOption));
        }
        m_stdinRead = true;
    }
    if (m_stdinCopy.isEmpty()) {
        m_stdinDir = std::make_unique<QTemporaryDir>();
        QFile copy(m_stdinDir->filePath(QStringLiteral("stdin.yaml")));
        if (!m_stdinDir->isValid() || !copy.open(QIODevice::WriteOnly) ||
            copy.write(m_stdin) != m_stdin.size())
            return paths;
        m_stdinCopy = copy.fileName();
    }
    QStringList out = paths;
    out.replace(out.indexOf(QStringLiteral("-")), m_stdinCopy);
    return out;
}

void ClusterDocument::nameStdin(Cluster *cluster, QStringList *paths) const
{
    if (m_stdinCopy.isEmpty())
        return;
    const QString dash = QStringLiteral("-");
    bool fromStdin = false;
    for (QString &p : *paths) {
        if (p == m_stdinCopy) {
            p = dash;
            fromStdin = true;
        }
    }
    // Standard input is "<stdin>" in every message, never its temporary copy's path.
    const QString name = stdinName();
    for (Diagnostic &d : cluster->diagnostics) {
        if (d.where.file == m_stdinCopy)
            d.where.file = name;
        d.message.replace(m_stdinCopy, name);
        d.hint.replace(m_stdinCopy, name);
    }
    if (fromStdin && !m_stdinProblem.code.isEmpty())
        cluster->diagnostics.prepend(m_stdinProblem);
    for (QString &f : cluster->files)
        if (f == m_stdinCopy)
            f = dash;
}

void ClusterDocument::openInBackground(const QStringList &givenPaths)
{
    const QStringList paths = captureStdin(givenPaths);
    if (paths.size() == 1 && isLessonFileName(paths.first())) {
        // A lesson is a few lines and names its manifests: read it here.
        if (m_background)
            cancelLoad();
        Q_EMIT loadStarted();
        Q_EMIT loadFinished(loadLesson(paths.first(), false));
        return;
    }
    if (m_background)
        cancelLoad();
    auto job = std::make_shared<BackgroundLoad>();
    job->paths = paths;
    m_background = job;
    m_running << job;
    BackgroundLoad *state = job.get();
    const ClusterSettings settings = m_settings;
    const Loader custom = m_customLoader ? m_loader : Loader();
    auto report = [this, state](int percent) {
        if (percent == state->percent.exchange(percent))
            return;
        QMetaObject::invokeMethod(
            this,
            [this, state, percent] {
                if (m_background.get() == state)
                    Q_EMIT loadProgress(percent);
            },
            Qt::QueuedConnection);
    };
    connect(&job->watcher, &QFutureWatcher<Cluster>::finished, this,
            [this, job] { backgroundDone(job); });
    job->watcher.setFuture(QtConcurrent::run([paths, settings, custom, state, report] {
        report(0);
        if (custom)
            return custom(paths, settings);
        ReadOptions options;
        // Reading is most of the work; building the cluster the last tenth.
        options.progress = [state, report](qint64 done, qint64 total) {
            if (state->cancelled)
                return false;
            report(total > 0 ? int(std::min<qint64>(90, done * 90 / total)) : 0);
            return true;
        };
        Cluster cluster = loadWithChecks(paths, settings, options, &state->cancelled);
        report(100);
        return cluster;
    }));
    Q_EMIT loadStarted();
}

void ClusterDocument::cancelLoad()
{
    if (!m_background)
        return;
    m_background->cancelled = true; // the reader stops at its next progress report
    m_background.reset();           // its result, when it comes, is dropped
    Q_EMIT loadFinished(false);
}

void ClusterDocument::backgroundDone(std::shared_ptr<BackgroundLoad> job)
{
    m_running.removeOne(job);
    job->watcher.disconnect(this); // the connection held the job: let it go
    if (m_background != job || job->cancelled)
        return; // cancelled or replaced: the current cluster stays
    m_background.reset();
    const bool replaced = apply(job->watcher.result(), job->paths, false);
    Q_EMIT loadFinished(replaced);
}

QString ClusterDocument::displayName() const
{
    if (!m_hasCluster)
        return QString();
    if (m_demo)
        return tr("%1 (demo)").arg(m_demoName);
    if (m_paths.isEmpty())
        return tr("untitled");
    const QString first = m_paths.first();
    QString name = first == u"-" ? tr("standard input") : QFileInfo(first).fileName();
    if (name.isEmpty()) // "dir/" or "/"
        name = QDir(first).dirName();
    if (m_paths.size() > 1)
        name += QStringLiteral(" (+%1)").arg(m_paths.size() - 1);
    return name;
}

bool ClusterDocument::hasUserObjects(const Cluster &cluster)
{
    for (const NodeInfo &n : cluster.nodes)
        if (n.fromManifest)
            return true;
    for (const PodInfo &p : cluster.pods)
        if (!p.system)
            return true;
    for (const ServiceInfo &s : cluster.services)
        if (!s.system)
            return true;
    return false;
}

bool ClusterDocument::open(const QStringList &paths)
{
    if (paths.size() == 1 && isLessonFileName(paths.first()))
        return loadLesson(paths.first(), false);
    return load(paths, false);
}

bool ClusterDocument::openLesson(const QString &path)
{
    return loadLesson(path, false);
}

QStringList ClusterDocument::demoNames() const
{
    QStringList names;
    QDirIterator it(m_demoSource, {QStringLiteral("*.lesson.yaml")}, QDir::Files);
    while (it.hasNext()) {
        const QString file = QFileInfo(it.next()).fileName();
        names << file.left(file.size() - int(qstrlen(".lesson.yaml")));
    }
    names.sort();
    return names;
}

bool ClusterDocument::openDemo(const QString &name)
{
    // loadCluster reads files: copy the bundled manifests out of the resources, in order.
    auto dir = std::make_unique<QTemporaryDir>();
    QStringList files;
    QDirIterator it(m_demoSource,
                    {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList resources;
    while (it.hasNext())
        resources << it.next();
    resources.sort();
    for (const QString &resource : std::as_const(resources)) {
        const QString relative = QDir(m_demoSource).relativeFilePath(resource);
        const QString target = dir->filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFile::copy(resource, target)) {
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
            files << target;
        }
    }
    if (!dir->isValid() || files.isEmpty()) {
        m_problems = {Diagnostic::make(Severity::Error, "demo-missing",
                                       SourceLocation{m_demoSource, 0, 0},
                                       tr("The bundled demo is not part of this build."))};
        emitChange(DocumentChange::Kind::Problems);
        return false;
    }
    const QString lesson = dir->filePath(name + QStringLiteral(".lesson.yaml"));
    const QString manifest = dir->filePath(name + QStringLiteral(".yaml"));
    m_demoName = name;
    bool ok = false;
    if (QFileInfo::exists(lesson))
        ok = loadLesson(lesson, true);
    else if (QFileInfo::exists(manifest))
        ok = load({manifest}, true);
    else
        ok = load({dir->path()}, true);
    if (ok)
        m_demoDir = std::move(dir);
    return ok;
}

bool ClusterDocument::reload()
{
    if (!m_hasCluster || m_paths.isEmpty())
        return false;
    if (hasLesson() && m_paths.size() == 1 && m_paths.first() == m_lesson.file)
        return loadLesson(m_lesson.file, m_demo);
    return load(m_paths, m_demo);
}

void ClusterDocument::setSettings(const ClusterSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    m_rebuilding = true;
    reload();
    m_rebuilding = false;
}

void ClusterDocument::startHistory()
{
    m_undoStack->clear();
    m_whatIfProblems.clear();
}

bool ClusterDocument::applyWhatIf(const WhatIf &change)
{
    if (!m_hasCluster)
        return false;
    Diagnostics problems;
    Cluster after = hopscope::applyWhatIf(*m_cluster, change, &problems);
    m_whatIfProblems = problems;
    if (hasErrors(problems) || after == *m_cluster) {
        Q_EMIT whatIfRefused(change, problems);
        return false;
    }
    after.reindex();
    m_undoStack->push(new WhatIfCommand(this, change, m_cluster,
                                        std::make_shared<const Cluster>(std::move(after))));
    return true;
}

void ClusterDocument::showWhatIfSnapshot(const std::shared_ptr<const Cluster> &cluster,
                                         const WhatIf &change, DocumentChange::Step step)
{
    DocumentChange event;
    event.kind = DocumentChange::Kind::WhatIfStep;
    event.step = step;
    event.edit = change;
    event.before = m_cluster;
    m_cluster = cluster;
    Q_EMIT changed(event);
}

void ClusterDocument::setCluster(const Cluster &cluster, const QStringList &paths)
{
    startHistory();
    m_watcher->clear(); // a cluster made here was read from no file worth watching
    m_watchPaths.clear();
    m_showingLastGood = false;
    Cluster snapshot = cluster;
    snapshot.reindex();
    m_cluster = std::make_shared<const Cluster>(std::move(snapshot));
    m_paths = paths;
    m_demo = false;
    m_hasCluster = true;
    m_problems = m_cluster->diagnostics;
    const bool hadLesson = hasLesson();
    m_lesson = Lesson{};
    m_positions.clear();
    emitChange(DocumentChange::Kind::Loaded, hadLesson);
}

void ClusterDocument::setLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    emitChange(DocumentChange::Kind::Lesson);
}

void ClusterDocument::setPositions(const QMap<QString, QPointF> &positions)
{
    m_positions = positions;
    emitChange(DocumentChange::Kind::Positions);
}

bool ClusterDocument::load(const QStringList &givenPaths, bool demo)
{
    const QStringList paths = captureStdin(givenPaths);
    return apply(m_loader(paths, m_settings), paths, demo, Lesson{});
}

bool ClusterDocument::loadLesson(const QString &path, bool demo)
{
    Lesson lesson = LessonReader::readFile(path);
    if (!lesson.isValid()) {
        watchLoaded({path}, {});
        failed({path}, lesson.problems);
        return false;
    }
    // Manifests outside the lesson's folder are read only with consent (asked before anything
    // the lesson names is read; the bundled demos name none).
    const QStringList outside = lesson.outsidePaths();
    lesson.allowOutside = outside.isEmpty() || (m_outsideConsent && m_outsideConsent(outside));
    bool hasInline = false;
    Diagnostics outsideProblems;
    const QStringList manifests = lesson.readablePaths(&outsideProblems);
    for (const LessonManifest &m : lesson.manifests)
        hasInline |= m.isInline();
    Diagnostics settingProblems;
    const ClusterSettings settings = lesson.applySettings(m_settings, &settingProblems);
    Cluster cluster = hasInline ? lesson.buildCluster(m_settings) : m_loader(manifests, settings);
    if (!hasInline)
        cluster.diagnostics = settingProblems + outsideProblems + cluster.diagnostics;
    cluster.diagnostics = lesson.problems + cluster.diagnostics;
    if (!apply(std::move(cluster), {path}, demo, lesson))
        return false;
    Diagnostics refused;
    for (qsizetype i = 0; i < lesson.whatIfs.size(); ++i) {
        if (applyWhatIf(lesson.whatIfs.at(i)))
            continue;
        for (const Diagnostic &d : std::as_const(m_whatIfProblems))
            if (d.severity == Severity::Error)
                refused << lesson.locateWhatIf(d, i);
    }
    if (!refused.isEmpty()) {
        m_problems << refused;
        emitChange(DocumentChange::Kind::Problems);
    }
    return true;
}

QList<WhatIf> ClusterDocument::appliedWhatIfs() const
{
    QList<WhatIf> out;
    for (int i = 0; i < m_undoStack->index(); ++i)
        if (const auto *c = dynamic_cast<const WhatIfCommand *>(m_undoStack->command(i)))
            out << c->change();
    return out;
}

bool ClusterDocument::apply(Cluster cluster, const QStringList &givenPaths, bool demo,
                            const Lesson &lesson)
{
    QStringList paths = givenPaths;
    nameStdin(&cluster, &paths);
    if (demo && !paths.isEmpty()) {
        // Name the bundled files as resources, not as their temporary copies.
        const QFileInfo first(paths.first());
        const QString copy =
            (first.isDir() ? first.absoluteFilePath() : first.absolutePath()) + u'/';
        const QString bundled = m_demoSource + u'/';
        for (Diagnostic &d : cluster.diagnostics)
            if (d.where.file.startsWith(copy))
                d.where.file.replace(0, copy.size(), bundled);
        for (QString &f : cluster.files)
            if (f.startsWith(copy))
                f.replace(0, copy.size(), bundled);
    }
    Diagnostics problems = cluster.diagnostics;
    if (!hasUserObjects(cluster)) {
        // Nothing to draw: keep the last good cluster, say why.
        if (!demo)
            watchLoaded(paths, cluster.files);
        if (!hasErrors(problems)) {
            problems << Diagnostic::make(Severity::Error, "no-objects",
                                         SourceLocation{paths.value(0), 0, 0},
                                         tr("No Kubernetes objects found (no Pod, workload, "
                                            "Service or Node)."));
        }
        failed(paths, problems);
        return false;
    }
    if (m_hasCluster && paths == m_paths && demo == m_demo &&
        hasNewErrors(problems, m_cluster->diagnostics)) {
        // A save that breaks part of a file (one document, a truncation) would otherwise
        // replace the cluster with what is left: keep the last good one, say what failed.
        if (!demo)
            watchLoaded(paths, cluster.files);
        failed(paths, problems);
        return false;
    }
    m_problems = std::move(problems);
    const bool reload = m_hasCluster && paths == m_paths && demo == m_demo;
    m_showingLastGood = false;
    m_failedPaths.clear();
    startHistory();
    cluster.reindex();
    m_cluster = std::make_shared<const Cluster>(std::move(cluster));
    m_paths = paths;
    m_demo = demo;
    m_hasCluster = true;
    m_lesson = lesson;
    if (!reload) // a reload keeps the items where the teacher put them
        m_positions = lesson.positions;
    watchLoaded(paths, m_cluster->files);
    using Kind = DocumentChange::Kind;
    emitChange(!reload ? Kind::Loaded : m_rebuilding ? Kind::Rebuilt : Kind::Reloaded, true);
    return true;
}

} // namespace hopscope::app
