#include "ui/clusterdocument.h"

#include "core/clusterbuilder.h"
#include "resources.h"
#include "ui/whatifcommand.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

namespace hopscope::app {

ClusterDocument::ClusterDocument(QObject *parent)
    : QObject(parent), m_loader(&loadCluster), m_undoStack(new QUndoStack(this))
{
    ensureResources();
}

ClusterDocument::~ClusterDocument()
{
    // Clearing the history on the way out is no change anyone should hear of.
    m_undoStack->blockSignals(true);
}

void ClusterDocument::setLoader(Loader loader)
{
    m_loader = std::move(loader);
}

QString ClusterDocument::displayName() const
{
    if (!m_hasCluster)
        return QString();
    if (m_demo)
        return tr("demo");
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
    return load(paths, false);
}

bool ClusterDocument::openDemo()
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
        m_problems = {Diagnostic{Severity::Error,
                                 QStringLiteral("demo-missing"),
                                 SourceLocation{m_demoSource, 0, 0},
                                 tr("The bundled demo is not part of this build."),
                                 {},
                                 {}}};
        Q_EMIT problemsChanged(m_problems);
        return false;
    }
    const bool ok = load({dir->path()}, true);
    if (ok)
        m_demoDir = std::move(dir);
    return ok;
}

bool ClusterDocument::reload()
{
    if (!m_hasCluster || m_paths.isEmpty())
        return false;
    return load(m_paths, m_demo);
}

void ClusterDocument::setSettings(const ClusterSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    reload();
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
    Cluster after = hopscope::applyWhatIf(m_cluster, change, &problems);
    m_whatIfProblems = problems;
    if (hasErrors(problems) || after == m_cluster) {
        Q_EMIT whatIfRefused(change, problems);
        return false;
    }
    m_undoStack->push(new WhatIfCommand(this, change, m_cluster, std::move(after)));
    return true;
}

void ClusterDocument::showWhatIfSnapshot(const Cluster &cluster, const WhatIf &change,
                                         WhatIfStep step)
{
    const Cluster previous = m_cluster;
    m_cluster = cluster;
    m_cluster.reindex();
    Q_EMIT changed();
    Q_EMIT whatIfChanged(change, step, previous);
}

void ClusterDocument::setCluster(const Cluster &cluster, const QStringList &paths)
{
    startHistory();
    m_cluster = cluster;
    m_cluster.reindex();
    m_paths = paths;
    m_demo = false;
    m_hasCluster = true;
    m_problems = m_cluster.diagnostics;
    Q_EMIT changed();
    Q_EMIT problemsChanged(m_problems);
}

bool ClusterDocument::load(const QStringList &paths, bool demo)
{
    Cluster cluster = m_loader(paths, m_settings);
    if (demo && !paths.isEmpty()) {
        // Name the bundled files as resources, not as their temporary copies.
        const QString copy = QDir(paths.first()).absolutePath() + u'/';
        const QString bundled = m_demoSource + u'/';
        for (Diagnostic &d : cluster.diagnostics)
            if (d.where.file.startsWith(copy))
                d.where.file.replace(0, copy.size(), bundled);
        for (QString &f : cluster.files)
            if (f.startsWith(copy))
                f.replace(0, copy.size(), bundled);
    }
    m_problems = cluster.diagnostics;
    if (!hasUserObjects(cluster)) {
        // Nothing to draw: keep the last good cluster, say why.
        if (!hasErrors(m_problems)) {
            m_problems << Diagnostic{Severity::Error,
                                     QStringLiteral("no-objects"),
                                     SourceLocation{paths.value(0), 0, 0},
                                     tr("No Kubernetes objects found (no Pod, workload, Service "
                                        "or Node)."),
                                     {},
                                     {}};
        }
        Q_EMIT problemsChanged(m_problems);
        return false;
    }
    startHistory();
    m_cluster = std::move(cluster);
    m_cluster.reindex();
    m_paths = paths;
    m_demo = demo;
    m_hasCluster = true;
    Q_EMIT changed();
    Q_EMIT problemsChanged(m_problems);
    return true;
}

} // namespace hopscope::app
