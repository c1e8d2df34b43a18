#pragma once

// The cluster as a QGraphicsScene: one item per entity, found by id, each synced from the
// current snapshot. setCluster() lays the snapshot out, creates the items that are new, syncs
// the others and removes those whose entity is gone.

#include "core/model/cluster.h"
#include "scene/layout.h"
#include "scene/lazyitems.h"
#include "scene/items/problemmarkitem.h"
#include "scene/layoutoffsets.h"
#include "scene/items/sceneitem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

namespace hopscope::app {

class ClusterScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit ClusterScene(QObject *parent = nullptr);
    ~ClusterScene() override;

    // The snapshot to draw, shared with the document (never copied).
    void setCluster(std::shared_ptr<const Cluster> snapshot);
    // A snapshot made of a cluster value (the command line's render, tests, benchmarks).
    void setCluster(const Cluster &cluster);
    // The theme or the presentation scale changed (style.h): every item refreshes what it
    // cached (colours, elided texts) and the scene repaints, on its own background.
    void restyle();
    // The key of shapes and colours under the client (View ▸ Legend).
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legendVisible; }
    void clearCluster();

    // Items dragged for the lesson (layoutoffsets.h): entity id → offset from the computed
    // layout. They stay across setCluster() (a what-if edit keeps the arrangement); setting
    // them lays the scene out again and emits layoutChanged().
    const PositionOffsets &positionOffsets() const { return m_offsets; }
    void setPositionOffsets(const PositionOffsets &offsets);
    void setPositionOffset(const QString &id, const QPointF &offset);
    QPointF positionOffset(const QString &id) const { return m_offsets.value(id); }
    void resetPositions() { setPositionOffsets({}); }
    // While an item is dragged the scene rectangle stays as it was (the view would otherwise
    // re-centre under the pointer as the drawing grows); it catches up when the drag ends.
    void setDragging(bool on);
    // An item that can be dragged now: a movable kind, drawn, and the cluster not too large.
    bool isMovable(const QString &id) const;

    // The language changed: every item syncs again (their texts are made in sync() or
    // paint()), with the same layout.
    void retranslate();
    const Cluster &cluster() const { return *m_cluster; }
    const SceneLayout &sceneLayout() const { return m_layout; }
    bool hasContent() const { return !m_layout.isEmpty(); }
    // The drawing's extent (what "fit to view" and `render` show).
    QRectF contentRect() const { return m_layout.bounds; }

    // The item showing an entity: "node/…", "pod/…" (its collapsed group when replicas are
    // collapsed), "svc/…", "client", "lb/…", "socket/…", "edge/…". In a large cluster the
    // items are made where a view looks (materialize): asking for one by id makes it.
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
    // Every entity the scene draws (made or not), sorted. A large cluster's selector edges
    // are not listed: they exist only while highlighted.
    QStringList ids() const;

    // A large cluster keeps items only for what views have shown lately: a view calls this
    // with the area it shows before painting it (the scene makes the items there and gives
    // back those of areas shown long ago). Nothing to do for small clusters.
    void materialize(const QRectF &sceneRect);
    // Items that exist now (itemsOfType() sees only these).
    int liveItemCount() const;
    // QGraphicsScene::render for exports and thumbnails: a large cluster draws as a view at
    // that scale would (the overview when far, else the items of source, made first).
    void renderContent(QPainter *painter, const QRectF &target, const QRectF &source,
                       Qt::AspectRatioMode mode = Qt::KeepAspectRatio);

    // Every text the items draw when the drawing is shown at `scale` (device pixels per scene
    // unit), in scene coordinates: what callouts keep clear of and layout reports list. Empty
    // for a large cluster (its items exist only where a view looks).
    QList<DrawnText> drawnTexts(qreal scale = 1.0) const;

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

    // The entities that have problems (the Problems panel decides what they are): each one's
    // item gets an outline and a badge; ids the scene does not draw are skipped. Several ids
    // shown by one item (pods in a collapsed group) share its mark, with the worst severity.
    // Kept over setCluster().
    void setProblemMarks(const QList<ProblemMark> &marks);
    const QList<ProblemMark> &problemMarks() const { return m_problemMarks; }
    // The mark on the item showing an entity, if any.
    ProblemMarkItem *problemMarkOf(const QString &id) const;
    // Selects the item showing an entity (and only it); null when nothing shows it.
    SceneItem *selectEntity(const QString &id);

Q_SIGNALS:
    void clusterChanged();
    // Dragged items moved (the cluster did not change): what reads the layout reads it again.
    void layoutChanged();

private:
    void syncItems();
    SceneItem *ensureItem(const QString &id, int type);
    void updateStructure(bool needed);
    static int layerFor(int type); // index in m_layers, -1: a top-level item
    QGraphicsItem *tileFor(int layerIndex, const QPointF &at);
    void applyProblemMarks();
    void fitTiles();
    // Large clusters (lazyitems.h): an entry's place, and its item made on demand.
    QRectF lazyRect(const QString &id, int type) const;
    SceneItem *makeLazy(const LazyItems::Entry &entry, bool fitTile);

    std::shared_ptr<const Cluster> m_cluster = std::make_shared<const Cluster>();
    SceneLayout m_baseLayout; // as computed
    SceneLayout m_layout;     // with the offsets
    PositionOffsets m_offsets;
    bool m_dragging = false;
    QHash<QString, SceneItem *> m_items;
    QString m_hovered;
    QList<SceneItem *> m_highlighted;
    // Entity items are children of one empty item per layer (nodes, edges, bands, pods,
    // sockets), so that hiding five items hides them all.
    QList<QGraphicsItem *> m_layers;
    QHash<quint64, QGraphicsItem *> m_tiles; // (layer, level, x, y) → tile
    LazyItems m_lazy;
    QSet<QString> m_related; // what the hovered id highlights, drawn or not
    SceneItem *m_overviewItem = nullptr;
    bool m_large = false;
    bool m_overview = false;
    bool m_legendVisible = true;
    QList<ProblemMark> m_problemMarks;
    QSet<QString> m_markedItems; // ids of the items that carry a mark
};

} // namespace hopscope::app
