#include "scene/clusterscene.h"

#include "scene/items/clientitem.h"
#include "scene/items/clusterframeitem.h"
#include "scene/items/legenditem.h"
#include "scene/items/loadbalanceritem.h"
#include "scene/items/nodeitem.h"
#include "scene/items/nodeportitem.h"
#include "scene/items/overviewitem.h"
#include "scene/items/poditem.h"
#include "scene/items/selectoredgeitem.h"
#include "scene/items/serviceitem.h"
#include "scene/style.h"
#include "scene/items/tileitem.h"

#include <QPixmapCache>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hopscope::app {

namespace {

constexpr qreal TileSize = 3000; // about two screens at 1:1
constexpr int TilesPerSuperTile = 8;

// From here on the overview stands in for the items when zoomed out.
constexpr int LargeClusterNodes = 200;
constexpr int LargeClusterPods = 3000;


} // namespace

ClusterScene::ClusterScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(style::sceneBackground());
    // Items never move: a BSP index only costs on every change.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    // Also what makes the empty tiles cull their children: an item without contents is tested
    // against the exposed area only when a minimum render size is set (an invisible 0.01 px).
    setMinimumRenderSize(0.01);
    // Room for the pixmaps nodes, pods and sockets draw from (a 1:1 screen holds ~15 MB of
    // them; Qt's default 10 MB would drop and redraw them on every frame).
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 64 * 1024));
}

// The layers, their tiles and the overview exist while there is something to draw.
void ClusterScene::updateStructure(bool needed)
{
    if (needed && m_layers.isEmpty()) {
        for (const int layer : {NodeLayer, EdgeLayer, ServiceLayer, PodLayer, GlyphLayer}) {
            auto *item = new LayerItem(layer);
            addItem(item);
            m_layers << item;
        }
    } else if (!needed && !m_layers.isEmpty()) {
        qDeleteAll(m_layers); // their entity items are gone already
        m_layers.clear();
        m_tiles.clear();
    }
    const bool overview = needed && m_large;
    if (overview && !m_overviewItem) {
        m_overviewItem = new OverviewItem;
        addItem(m_overviewItem);
    } else if (!overview && m_overviewItem) {
        delete m_overviewItem;
        m_overviewItem = nullptr;
    }
}

int ClusterScene::layerFor(int type)
{
    switch (type) {
    case NodeItemType:
        return 0;
    case SelectorEdgeItemType:
        return 1;
    case ServiceItemType:
        return 2;
    case PodItemType:
        return 3;
    case NodePortItemType:
        return 4;
    default:
        return -1;
    }
}

QGraphicsItem *ClusterScene::tileFor(int layerIndex, const QPointF &at)
{
    const int tx = int(std::floor(at.x() / TileSize));
    const int ty = int(std::floor(at.y() / TileSize));
    auto key = [](int layerIndex, int level, int x, int y) {
        return (quint64(layerIndex) << 56) | (quint64(level) << 48) |
               (quint64(quint16(qint16(x))) << 16) | quint64(quint16(qint16(y)));
    };
    const int sx = int(std::floor(qreal(tx) / TilesPerSuperTile));
    const int sy = int(std::floor(qreal(ty) / TilesPerSuperTile));
    // (No references into m_tiles across inserts: an insert may move every entry.)
    QGraphicsItem *super = m_tiles.value(key(layerIndex, 1, sx, sy));
    if (!super) {
        super = new TileItem;
        super->setParentItem(m_layers[layerIndex]);
        m_tiles.insert(key(layerIndex, 1, sx, sy), super);
    }
    QGraphicsItem *tile = m_tiles.value(key(layerIndex, 0, tx, ty));
    if (!tile) {
        tile = new TileItem;
        tile->setParentItem(super);
        m_tiles.insert(key(layerIndex, 0, tx, ty), tile);
    }
    return tile;
}

void ClusterScene::setOverview(bool on)
{
    on = on && m_large;
    if (on == m_overview)
        return;
    m_overview = on;
    if (m_overviewItem)
        m_overviewItem->setVisible(on);
    for (QGraphicsItem *layer : std::as_const(m_layers))
        layer->setVisible(!on);
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
    if (layerFor(type) < 0)
        addItem(item);
    m_items.insert(id, item);
    return item;
}

void ClusterScene::retranslate()
{
    if (!m_layout.isEmpty())
        setCluster(m_cluster);
    update();
}

void ClusterScene::setCluster(const Cluster &cluster)
{
    Cluster snapshot = cluster;
    snapshot.reindex();
    setCluster(std::make_shared<const Cluster>(std::move(snapshot)));
}

void ClusterScene::setCluster(std::shared_ptr<const Cluster> snapshot)
{
    m_cluster = snapshot ? std::move(snapshot) : std::make_shared<const Cluster>();
    m_baseLayout = computeLayout(*m_cluster);
    m_large =
        m_cluster->nodes.size() >= LargeClusterNodes || m_cluster->pods.size() >= LargeClusterPods;
    syncItems();
    Q_EMIT clusterChanged();
}

void ClusterScene::setPositionOffsets(const PositionOffsets &offsets)
{
    PositionOffsets clean;
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        if (isMovableId(it.key()) && !it.value().isNull())
            clean.insert(it.key(), it.value());
    if (clean == m_offsets)
        return;
    m_offsets = clean;
    syncItems();
    Q_EMIT layoutChanged();
}

void ClusterScene::setPositionOffset(const QString &id, const QPointF &offset)
{
    PositionOffsets next = m_offsets;
    next.insert(id, offset);
    setPositionOffsets(next);
}

void ClusterScene::setDragging(bool on)
{
    m_dragging = on;
    if (!on)
        setSceneRect(m_layout.isEmpty() ? QRectF(0, 0, 1, 1) : m_layout.bounds);
}

bool ClusterScene::isMovable(const QString &id) const
{
    if (m_large || !isMovableId(id))
        return false;
    if (id == clientId())
        return !m_layout.isEmpty();
    return m_layout.node(id) || m_layout.service(id) || m_layout.cloud(id);
}

void ClusterScene::syncItems()
{
    m_layout = m_baseLayout;
    if (!m_large)
        applyOffsets(&m_layout, m_offsets);

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
    if (!m_large)
        setOverview(false);
    if (!wanted.isEmpty())
        updateStructure(true); // emptied only below, once the entity items are gone
    // A spatial index of a hundred thousand items costs more per frame than it saves: large
    // clusters rely on the tiles, small ones keep the BSP tree (cheap hover look-ups).
    setItemIndexMethod(m_large ? QGraphicsScene::NoIndex : QGraphicsScene::BspTreeIndex);
    m_lazy.clear();
    for (const auto &[id, type] : std::as_const(wanted)) {
        if (m_large && layerFor(type) >= 0) {
            // Made where a view looks (materialize), or when asked for by id; a selector
            // edge only while what it joins is highlighted (setHovered): thousands of edges
            // crossing every screen say nothing.
            if (type != SelectorEdgeItemType)
                m_lazy.add(id, type, lazyRect(id, type));
            continue;
        }
        SceneItem *item = ensureItem(id, type);
        if (!item || !item->sync(*m_cluster, m_layout))
            continue;
        keep.insert(id);
        const int layer = layerFor(type);
        if (layer < 0)
            continue;
        QGraphicsItem *tile = tileFor(layer, item->pos());
        if (item->parentItem() != tile)
            item->setParentItem(tile);
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_items.erase(it);
    }
    if (m_items.isEmpty())
        updateStructure(false);
    applyProblemMarks(); // before the tiles fit their children: badges stick out a little
    if (m_overviewItem)
        m_overviewItem->sync(*m_cluster, m_layout);
    if (SceneItem *legend = m_items.value(QStringLiteral("legend")))
        legend->setVisible(m_legendVisible);
    if (!m_dragging)
        setSceneRect(m_layout.isEmpty() ? QRectF(0, 0, 1, 1) : m_layout.bounds);
    setHovered(m_items.contains(hovered) ? hovered : QString());
}

void ClusterScene::restyle()
{
    setBackgroundBrush(style::sceneBackground());
    for (SceneItem *item : std::as_const(m_items)) {
        item->sync(*m_cluster, m_layout);
        item->update();
    }
    if (m_overviewItem) {
        m_overviewItem->sync(*m_cluster, m_layout);
        m_overviewItem->update();
    }
    update();
}

void ClusterScene::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    if (SceneItem *legend = m_items.value(QStringLiteral("legend")))
        legend->setVisible(visible);
}

void ClusterScene::fitTiles()
{
    for (const bool superTiles : {false, true}) { // tiles first, then the super tiles
        for (QGraphicsItem *tile : std::as_const(m_tiles))
            if ((tile->parentItem()->parentItem() == nullptr) == superTiles)
                static_cast<TileItem *>(tile)->fitChildren();
    }
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
    const PodSlot *slot = m_layout.slotOfPod(id);
    const QString &key = slot ? slot->id : id;
    if (SceneItem *item = m_items.value(key))
        return item;
    // A large cluster's item not made yet: asking for it makes it (it is part of the scene).
    if (const LazyItems::Entry *entry = m_lazy.entry(key))
        return const_cast<ClusterScene *>(this)->makeLazy(*entry, true);
    return nullptr;
}

void ClusterScene::setHovered(const QString &id)
{
    m_hovered = id;
    for (SceneItem *item : std::as_const(m_highlighted)) {
        item->setHighlighted(false);
        if (m_large && item->type() == SelectorEdgeItemType) {
            m_items.remove(item->id()); // a large cluster's edge lives while it is lit
            delete item;
        }
    }
    m_highlighted.clear();
    m_related.clear();
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
    m_related = related;
    for (const QString &key : std::as_const(related)) {
        SceneItem *item = m_items.value(key);
        if (!item && m_large && m_layout.edge(key)) {
            item = ensureItem(key, SelectorEdgeItemType);
            if (!item->sync(*m_cluster, m_layout)) {
                m_items.remove(key);
                delete item;
                continue;
            }
            item->setParentItem(m_layers.value(layerFor(SelectorEdgeItemType)));
        }
        if (item) {
            item->setHighlighted(true);
            m_highlighted << item;
        }
    }
}

void ClusterScene::setProblemMarks(const QList<ProblemMark> &marks)
{
    m_problemMarks = marks;
    applyProblemMarks();
}

namespace {

ProblemMarkItem *markChild(const QGraphicsItem *item)
{
    for (QGraphicsItem *child : item->childItems())
        if (auto *mark = qgraphicsitem_cast<ProblemMarkItem *>(child))
            return mark;
    return nullptr;
}

int severityRank(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

} // namespace

void ClusterScene::applyProblemMarks()
{
    // What each item shows: the marks of the ids it stands for, merged.
    QHash<SceneItem *, ProblemMark> wanted;
    QList<SceneItem *> order;
    for (const ProblemMark &m : std::as_const(m_problemMarks)) {
        SceneItem *item = itemById(m.id);
        if (!item)
            continue;
        auto it = wanted.find(item);
        if (it == wanted.end()) {
            ProblemMark first = m;
            first.id = item->id();
            wanted.insert(item, first);
            order << item;
            continue;
        }
        if (severityRank(m.severity) < severityRank(it->severity))
            it->severity = m.severity;
        if (!m.text.isEmpty())
            it->text += (it->text.isEmpty() ? QString() : QStringLiteral("\n")) + m.text;
    }
    for (const QString &id : std::as_const(m_markedItems)) {
        SceneItem *item = m_items.value(id);
        if (!item || wanted.contains(item))
            continue;
        if (ProblemMarkItem *mark = markChild(item)) {
            mark->unmark();
            delete mark;
        }
    }
    m_markedItems.clear();
    for (SceneItem *item : std::as_const(order)) {
        const ProblemMark &m = wanted.value(item);
        if (ProblemMarkItem *mark = markChild(item)) {
            mark->setMark(m);
            mark->refit();
        } else {
            new ProblemMarkItem(item, m);
        }
        m_markedItems.insert(item->id());
    }
    fitTiles();
}

ProblemMarkItem *ClusterScene::problemMarkOf(const QString &id) const
{
    const SceneItem *item = itemById(id);
    return item ? markChild(item) : nullptr;
}

SceneItem *ClusterScene::selectEntity(const QString &id)
{
    clearSelection();
    SceneItem *item = itemById(id);
    if (!item)
        return nullptr;
    item->setFlag(QGraphicsItem::ItemIsSelectable);
    item->setSelected(true);
    if (ProblemMarkItem *mark = markChild(item))
        mark->update();
    return item;
}

QStringList ClusterScene::ids() const
{
    QStringList list = m_items.keys();
    for (const QString &id : m_lazy.ids())
        if (!m_items.contains(id))
            list << id;
    list.sort();
    return list;
}

} // namespace hopscope::app
