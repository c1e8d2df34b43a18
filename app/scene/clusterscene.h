#pragma once

// The cluster as a QGraphicsScene: one item per entity, found by id, each synced from the
// current snapshot. setCluster() lays the snapshot out, creates the items that are new, syncs
// the others and removes those whose entity is gone.

#include "core/cluster.h"
#include "scene/layout.h"
#include "scene/sceneitem.h"

#include <QGraphicsScene>
#include <QHash>

namespace hopscope::app {

class ClusterScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit ClusterScene(QObject *parent = nullptr);
    ~ClusterScene() override;

    void setCluster(const Cluster &cluster);
    void clearCluster();
    const Cluster &cluster() const { return m_cluster; }
    const SceneLayout &sceneLayout() const { return m_layout; }
    bool hasContent() const { return !m_layout.isEmpty(); }
    // The drawing's extent (what "fit to view" and `render` show).
    QRectF contentRect() const { return m_layout.bounds; }

    // The item showing an entity: "node/…", "pod/…" (its collapsed group when replicas are
    // collapsed), "svc/…", "client", "lb/…", "socket/…", "edge/…".
    SceneItem *itemById(const QString &id) const;
    template <typename T> T *item(const QString &id) const
    {
        return qgraphicsitem_cast<T *>(static_cast<QGraphicsItem *>(itemById(id)));
    }
    template <typename T> QList<T *> itemsOfType() const
    {
        QList<T *> out;
        for (SceneItem *i : m_items)
            if (T *t = qgraphicsitem_cast<T *>(static_cast<QGraphicsItem *>(i)))
                out << t;
        return out;
    }
    QStringList ids() const;

    // A cluster too large to draw entity by entity from far away (thousands of nodes or pods).
    bool isLarge() const { return m_large; }
    // Far view of a large cluster: one overview item instead of the node, pod, band, socket and
    // edge items (hidden, so a frame does no per-entity work). The view switches it with the
    // zoom; it is off for small clusters, whose items draw their own summaries.
    void setOverview(bool on);
    bool isOverview() const { return m_overview; }
    QGraphicsItem *overviewItem() const { return m_overviewItem; }

    // Highlights what relates to an id (a Service: its band, edges, sockets, cloud and the pods
    // it selects; a pod: its edges and the Services selecting it). Empty: nothing.
    void setHovered(const QString &id);
    const QString &hovered() const { return m_hovered; }

Q_SIGNALS:
    void clusterChanged();

private:
    SceneItem *ensureItem(const QString &id, int type);
    void updateStructure(bool needed);
    static int layerFor(int type); // index in m_layers, -1: a top-level item
    QGraphicsItem *tileFor(int layerIndex, const QPointF &at);
    // Large clusters: where a selector edge goes, shown (the edge layer) or not (a hidden one).
    QGraphicsItem *edgeParent(bool shown);

    Cluster m_cluster;
    SceneLayout m_layout;
    QHash<QString, SceneItem *> m_items;
    QString m_hovered;
    QList<SceneItem *> m_highlighted;
    // Entity items are children of one empty item per layer (nodes, edges, bands, pods,
    // sockets), so that hiding five items hides them all.
    QList<QGraphicsItem *> m_layers;
    QHash<quint64, QGraphicsItem *> m_tiles; // (layer, level, x, y) → tile
    QGraphicsItem *m_hiddenEdges = nullptr;
    SceneItem *m_overviewItem = nullptr;
    bool m_large = false;
    bool m_overview = false;
};

} // namespace hopscope::app
