#pragma once

// The base of every scene item: thin, it holds the id of what it shows and the paint state it
// cached from the last snapshot. Items decide nothing about Kubernetes (DESIGN.md, "The scene").

#include "core/model/cluster.h"
#include "scene/drawntext.h"
#include "scene/layout.h"

#include <QGraphicsItem>
#include <QString>

class QStyleOptionGraphicsItem;

namespace hopscope::app {

enum SceneItemType {
    ClusterFrameItemType = QGraphicsItem::UserType + 1,
    NodeItemType,
    PodItemType,
    ServiceItemType,
    NodePortItemType,
    SelectorEdgeItemType,
    ClientItemType,
    LoadBalancerItemType,
    LegendItemType,
    OverviewItemType,
};

// Stacking: the cluster frame at the back, then nodes, edges, the (translucent) Service bands,
// pods, and the glyphs on borders in front.
enum SceneLayer : int {
    FrameLayer = 0,
    NodeLayer = 10,
    EdgeLayer = 20,
    ServiceLayer = 30,
    PodLayer = 40,
    GlyphLayer = 50,
};

class SceneItem : public QGraphicsItem
{
public:
    explicit SceneItem(const QString &id);
    const QString &id() const { return m_id; }

    // Refreshes the cached paint state and geometry from the snapshot and its layout. Returns
    // false when the entity is no longer in them (the scene then removes the item).
    virtual bool sync(const Cluster &cluster, const SceneLayout &layout) = 0;

    // The texts paint() draws at a detailed zoom (item coordinates, the same boxes and
    // elisions): what callouts keep clear of, and what layout reports list.
    virtual QList<DrawnText> drawnTexts() const { return {}; }

    // Emphasis while the pointer rests on a related item: a Service, its selector edges, its
    // sockets and cloud, and the pods it selects light up together.
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    // What hovering this item highlights: its own id, or its Service's.
    virtual QString hoverKey() const { return m_id; }

    // Below this scale a node is one summary glyph and its pods paint nothing.
    static constexpr qreal DetailThreshold = 0.4;
    static qreal levelOfDetail(const QStyleOptionGraphicsItem *option, const QPainter *painter);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    // A selected item is drawn by its children (the problem mark): they repaint with it.
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    // Moves the item to rect's top-left and gives it rect's size (local rect at 0,0).
    void setGeometry(const QRectF &rect);
    QRectF localRect() const { return QRectF(QPointF(0, 0), m_size); }

private:
    QString m_id;
    QSizeF m_size;
    bool m_highlighted = false;
};

} // namespace hopscope::app
