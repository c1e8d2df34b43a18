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

    // Highlights what relates to an id (a Service: its band, edges, sockets, cloud and the pods
    // it selects; a pod: its edges and the Services selecting it). Empty: nothing.
    void setHovered(const QString &id);
    const QString &hovered() const { return m_hovered; }

Q_SIGNALS:
    void clusterChanged();

private:
    SceneItem *ensureItem(const QString &id, int type);

    Cluster m_cluster;
    SceneLayout m_layout;
    QHash<QString, SceneItem *> m_items;
    QString m_hovered;
    QList<SceneItem *> m_highlighted;
};

} // namespace hopscope::app
