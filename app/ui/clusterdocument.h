#pragma once

// The open document: the current Cluster (a value), the paths it was read from and the cluster
// settings. open() reads and builds through core; a load that yields errors and nothing to draw
// keeps the last good cluster and only reports its problems.
//
// What-if edits (core/whatif.h) go through applyWhatIf(): core makes the new snapshot, and a
// WhatIfCommand on undoStack() holds the snapshots before and after, so undo restores the very
// same Cluster. Every replacement emits changed(); a what-if step then also emits
// whatIfChanged() with the edit, the step (applied, undone, redone) and the cluster it replaced,
// so a view can re-trace the current request on both and show the difference. Loading, reloading
// or setCluster() start a new history. Nothing is ever written to the manifests.

#include "core/cluster.h"
#include "core/clustersettings.h"
#include "core/diagnostic.h"
#include "core/whatif.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;
class QUndoStack;

namespace hopscope::app {

class ClusterDocument final : public QObject
{
    Q_OBJECT
public:
    using Loader = std::function<Cluster(const QStringList &paths, const ClusterSettings &)>;

    enum class WhatIfStep { Applied, Undone, Redone };
    Q_ENUM(WhatIfStep)

    explicit ClusterDocument(QObject *parent = nullptr);
    ~ClusterDocument() override;

    // Tests replace core's loadCluster with their own.
    void setLoader(Loader loader);

    const Cluster &cluster() const { return m_cluster; }
    bool hasCluster() const { return m_hasCluster; }
    const QStringList &paths() const { return m_paths; }
    bool isDemo() const { return m_demo; }
    // What is open, for the title: "demo", "vote-service.yaml (+8)", or empty.
    QString displayName() const;
    const ClusterSettings &settings() const { return m_settings; }
    // The problems of the last load (kept even when the cluster was not replaced).
    const Diagnostics &problems() const { return m_problems; }

    // True when the result replaced the cluster. "-" reads standard input.
    bool open(const QStringList &paths);
    // The manifests bundled as resources (":/demo"), copied to a temporary folder first.
    bool openDemo();
    // Rebuilds the open paths (after a settings change, or a file changed on disk).
    bool reload();
    // Replaces the settings and rebuilds what is open.
    void setSettings(const ClusterSettings &settings);
    // Replaces the cluster directly (what-if edits, tests).
    void setCluster(const Cluster &cluster, const QStringList &paths = {});

    // The what-if history (undo: Ctrl+Z, redo: Ctrl+Shift+Z).
    QUndoStack *undoStack() const { return m_undoStack; }
    // Applies a what-if edit as an undoable command. False when core refuses it or it changes
    // nothing (then whatIfRefused() carries core's reasons, when there are any).
    bool applyWhatIf(const hopscope::WhatIf &change);
    // What core said about the last applied or refused edit (the replacement pod, a bare pod
    // that nothing brings back, pods left Pending, the API server's refusal).
    const Diagnostics &whatIfProblems() const { return m_whatIfProblems; }
    // Used by WhatIfCommand: shows a snapshot of the history.
    void showWhatIfSnapshot(const Cluster &cluster, const hopscope::WhatIf &change,
                            WhatIfStep step);

    // Something to draw: objects the user gave (nodes, pods or Services), not only the
    // defaults Hopscope adds.
    static bool hasUserObjects(const Cluster &cluster);
    // Where openDemo() reads from: the resources by default (tests point it elsewhere).
    void setDemoSource(const QString &dir) { m_demoSource = dir; }
    const QString &demoSource() const { return m_demoSource; }

Q_SIGNALS:
    void changed();
    void problemsChanged(const hopscope::Diagnostics &problems);
    // After changed(), when the cluster was replaced by a what-if step; `previous` is the
    // cluster shown just before it (cluster() is the new one).
    void whatIfChanged(const hopscope::WhatIf &change,
                       hopscope::app::ClusterDocument::WhatIfStep step,
                       const hopscope::Cluster &previous);
    void whatIfRefused(const hopscope::WhatIf &change, const hopscope::Diagnostics &reasons);

private:
    bool load(const QStringList &paths, bool demo);
    void startHistory();

    Loader m_loader;
    QUndoStack *m_undoStack;
    Diagnostics m_whatIfProblems;
    Cluster m_cluster;
    ClusterSettings m_settings;
    QStringList m_paths;
    Diagnostics m_problems;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QString m_demoSource = QStringLiteral(":/demo");
    bool m_hasCluster = false;
    bool m_demo = false;
};

} // namespace hopscope::app
