#include "scene/items/sceneitem.h"

#include "scene/clusterscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hopscope::app {

SceneItem::SceneItem(const QString &id) : m_id(id) {}

qreal SceneItem::levelOfDetail(const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

void SceneItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    update();
}

void SceneItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (auto *s = qobject_cast<ClusterScene *>(scene()))
        s->setHovered(hoverKey());
    QGraphicsItem::hoverEnterEvent(event);
}

void SceneItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (auto *s = qobject_cast<ClusterScene *>(scene()))
        s->setHovered(QString());
    QGraphicsItem::hoverLeaveEvent(event);
}

QVariant SceneItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        for (QGraphicsItem *child : childItems())
            child->update();
    return QGraphicsItem::itemChange(change, value);
}

void SceneItem::setGeometry(const QRectF &rect)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    setPos(rect.topLeft());
}

} // namespace hopscope::app
