#pragma once

// The empty items that group a scene's entity items: one per layer, and squares of the drawing
// inside them (ClusterScene).

#include <QGraphicsItem>

namespace hopscope::app {

// An empty parent for the items of one layer.
class LayerItem final : public QGraphicsItem
{
public:
    explicit LayerItem(qreal z)
    {
        setZValue(z);
        setFlag(ItemHasNoContents);
    }
    QRectF boundingRect() const override { return QRectF(); }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

// A square of the drawing holding the items of one layer there (two levels: tiles in super
// tiles). Its rectangle is its children's: a tile outside the exposed area is skipped with all
// its children, in painting and in hit tests, without a spatial index (see setCluster).
class TileItem final : public QGraphicsItem
{
public:
    TileItem()
    {
        setFlag(ItemHasNoContents);
        setFlag(ItemContainsChildrenInShape);
    }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
    void fitChildren()
    {
        QRectF r;
        for (QGraphicsItem *child : childItems())
            r |= child->mapRectToParent(child->boundingRect() | child->childrenBoundingRect());
        if (r != m_rect) {
            prepareGeometryChange();
            m_rect = r;
        }
    }

private:
    QRectF m_rect;
};

} // namespace hopscope::app
