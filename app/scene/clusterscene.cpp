#include "scene/clusterscene.h"

#include "scene/clientitem.h"
#include "scene/clusterframeitem.h"
#include "scene/legenditem.h"
#include "scene/loadbalanceritem.h"
#include "scene/nodeitem.h"
#include "scene/nodeportitem.h"
#include "scene/poditem.h"
#include "scene/selectoredgeitem.h"
#include "scene/serviceitem.h"
#include "scene/style.h"

#include <QSet>

namespace hopscope::app {

ClusterScene::ClusterScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(style::sceneBackground());
    // Items never move: a BSP index only costs on every change.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

ClusterScene::~ClusterScene() = default;

SceneItem *ClusterScene::ensureItem(const QString &id, int type)
{
    if (SceneItem *existing = m_items.value(id)) {
        if (existing->type() == type)
            return existing;
        m_items.remove(id);
        delete existing;
    }
    SceneItem *item = nullptr;
    switch (type) {
    case ClusterFrameItemType:
        item = new ClusterFrameItem;
        break;
    case NodeItemType:
        item = new NodeItem(id);
        break;
    case PodItemType:
        item = new PodItem(id);
        break;
    case ServiceItemType:
        item = new ServiceItem(id);
        break;
    case NodePortItemType:
        item = new NodePortItem(id);
        break;
    case SelectorEdgeItemType:
        item = new SelectorEdgeItem(id);
        break;
    case ClientItemType:
        item = new ClientItem;
        break;
    case LoadBalancerItemType:
        item = new LoadBalancerItem(id);
        break;
    case LegendItemType:
        item = new LegendItem;
        break;
    default:
        return nullptr;
    }
    addItem(item);
    m_items.insert(id, item);
    return item;
}

void ClusterScene::setCluster(const Cluster &cluster)
{
    m_cluster = cluster;
    m_cluster.reindex();
    m_layout = computeLayout(m_cluster);

    // What the layout shows, by id and item type, in drawing order.
    QList<QPair<QString, int>> wanted;
    if (!m_layout.isEmpty()) {
        wanted.append({QStringLiteral("cluster"), ClusterFrameItemType});
        wanted.append({clientId(), ClientItemType});
        wanted.append({QStringLiteral("legend"), LegendItemType});
    }
    for (const NodePlace &n : std::as_const(m_layout.nodes))
        wanted.append({n.id, NodeItemType});
    for (const PodSlot &s : std::as_const(m_layout.pods))
        wanted.append({s.id, PodItemType});
    for (const ServiceBand &b : std::as_const(m_layout.services))
        wanted.append({b.id, ServiceItemType});
    for (const SocketPlace &s : std::as_const(m_layout.sockets))
        wanted.append({s.id, NodePortItemType});
    for (const CloudPlace &c : std::as_const(m_layout.clouds))
        wanted.append({c.id, LoadBalancerItemType});
    for (const EdgeRoute &e : std::as_const(m_layout.edges))
        wanted.append({e.id, SelectorEdgeItemType});

    const QString hovered = m_hovered;
    setHovered(QString()); // items may go: forget them before
    QSet<QString> keep;
    keep.reserve(wanted.size());
    for (const auto &[id, type] : std::as_const(wanted)) {
        SceneItem *item = ensureItem(id, type);
        if (item && item->sync(m_cluster, m_layout))
            keep.insert(id);
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_items.erase(it);
    }
    setSceneRect(m_layout.isEmpty() ? QRectF(0, 0, 1, 1) : m_layout.bounds);
    setHovered(m_items.contains(hovered) ? hovered : QString());
    Q_EMIT clusterChanged();
}

void ClusterScene::clearCluster()
{
    setCluster(Cluster{});
}

SceneItem *ClusterScene::itemById(const QString &id) const
{
    if (SceneItem *item = m_items.value(id))
        return item;
    // A pod shown inside a collapsed group.
    if (const PodSlot *slot = m_layout.slotOfPod(id))
        return m_items.value(slot->id);
    return nullptr;
}

void ClusterScene::setHovered(const QString &id)
{
    m_hovered = id;
    for (SceneItem *item : std::as_const(m_highlighted))
        item->setHighlighted(false);
    m_highlighted.clear();
    if (id.isEmpty())
        return;
    QSet<QString> related{id};
    for (const EdgeRoute &e : std::as_const(m_layout.edges)) {
        if (e.serviceId == id || e.slotId == id)
            related << e.id << e.serviceId << e.slotId;
    }
    for (const SocketPlace &s : std::as_const(m_layout.sockets))
        if (related.contains(s.serviceId))
            related << s.id;
    for (const CloudPlace &c : std::as_const(m_layout.clouds))
        if (related.contains(c.serviceId))
            related << c.id;
    for (const QString &key : std::as_const(related)) {
        if (SceneItem *item = m_items.value(key)) {
            item->setHighlighted(true);
            m_highlighted << item;
        }
    }
}

QStringList ClusterScene::ids() const
{
    QStringList list = m_items.keys();
    list.sort();
    return list;
}

} // namespace hopscope::app
