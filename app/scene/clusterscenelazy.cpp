#include "scene/clusterscene.h"
#include "scene/items/tileitem.h"

#include <QPainter>
#include <QSet>

#include <algorithm>

// ClusterScene's large-cluster half: items made where a view looks (lazyitems.h), and renders
// that draw what a view at their scale would.

namespace hopscope::app {

namespace {
// Squares of the drawing (LazyItems) whose items are kept: a 1920x1080 view at 1:1 shows four.
constexpr int MaxLiveSquares = 48;
} // namespace

QRectF ClusterScene::lazyRect(const QString &id, int type) const
{
    // Where the item draws, with room for what sticks out (stacked cards, problem badges).
    QRectF r;
    if (type == NodeItemType) {
        if (const NodePlace *n = m_layout.node(id))
            r = n->rect;
    } else if (type == PodItemType) {
        if (const PodSlot *s = m_layout.slot(id))
            r = s->rect;
    } else if (type == ServiceItemType) {
        if (const ServiceBand *b = m_layout.service(id))
            r = b->rect;
    } else if (type == NodePortItemType) {
        if (const SocketPlace *s = m_layout.socket(id))
            r = s->rect;
    }
    return r.adjusted(-16, -16, 16, 16);
}

SceneItem *ClusterScene::makeLazy(const LazyItems::Entry &entry, bool fit)
{
    if (SceneItem *existing = m_items.value(entry.id))
        return existing;
    SceneItem *item = ensureItem(entry.id, entry.type);
    if (!item || !item->sync(*m_cluster, m_layout)) {
        m_items.remove(entry.id);
        delete item;
        return nullptr;
    }
    auto *tile = static_cast<TileItem *>(tileFor(layerFor(entry.type), item->pos()));
    item->setParentItem(tile);
    if (m_related.contains(entry.id)) {
        item->setHighlighted(true);
        m_highlighted << item;
    }
    if (fit) {
        tile->fitChildren();
        static_cast<TileItem *>(tile->parentItem())->fitChildren();
    }
    return item;
}

void ClusterScene::materialize(const QRectF &rect)
{
    if (!m_large || m_lazy.isEmpty() || m_layers.isEmpty())
        return;
    QSet<TileItem *> touched;
    for (const LazyItems::Entry *entry : m_lazy.reveal(rect))
        if (SceneItem *item = makeLazy(*entry, false))
            touched << static_cast<TileItem *>(item->parentItem());
    for (TileItem *tile : std::as_const(touched))
        tile->fitChildren();
    for (TileItem *tile : std::as_const(touched))
        static_cast<TileItem *>(tile->parentItem())->fitChildren();
    // Squares seen long ago give their items back; what is lit, selected or marked stays.
    for (const LazyItems::Entry *entry : m_lazy.retire(rect, MaxLiveSquares)) {
        SceneItem *item = m_items.value(entry->id);
        if (!item || item->isHighlighted() || item->isSelected() ||
            m_markedItems.contains(entry->id) || entry->id == m_hovered)
            continue;
        m_items.remove(entry->id);
        delete item;
    }
}

int ClusterScene::liveItemCount() const
{
    return int(m_items.size());
}

void ClusterScene::renderContent(QPainter *painter, const QRectF &target, const QRectF &source,
                                 Qt::AspectRatioMode mode)
{
    // A large cluster draws what a view at that scale would: the overview when small, else
    // the items of the source area (made first).
    const bool wasOverview = m_overview;
    // Hiding an item deselects it: the selection (Find's, a problem's) outlives the overview.
    const QList<QGraphicsItem *> selected = selectedItems();
    if (m_large && source.width() > 0 && source.height() > 0) {
        const qreal scale = std::min(target.width() / source.width(),
                                     target.height() / source.height());
        setOverview(scale < SceneItem::DetailThreshold);
        if (!m_overview)
            materialize(source);
    }
    // Drawn afresh, not from the pixmaps the items cache for the views: an SVG gets vectors.
    QList<QGraphicsItem *> cached;
    for (QGraphicsItem *item : std::as_const(m_items))
        if (item->cacheMode() != QGraphicsItem::NoCache)
            cached << item;
    if (m_overviewItem && m_overviewItem->cacheMode() != QGraphicsItem::NoCache)
        cached << m_overviewItem;
    QList<QGraphicsItem::CacheMode> modes;
    for (QGraphicsItem *item : std::as_const(cached)) {
        modes << item->cacheMode();
        item->setCacheMode(QGraphicsItem::NoCache);
    }
    render(painter, target, source, mode);
    for (qsizetype i = 0; i < cached.size(); ++i)
        cached[i]->setCacheMode(modes[i]);
    setOverview(wasOverview);
    for (QGraphicsItem *item : selected)
        if (!item->isSelected() && item->isVisible())
            item->setSelected(true);
}

} // namespace hopscope::app
