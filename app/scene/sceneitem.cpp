#include "scene/sceneitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hopscope::app {

SceneItem::SceneItem(const QString &id)
    : m_id(id)
{
}

qreal SceneItem::levelOfDetail(const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    return option->levelOfDetailFromTransform(painter->worldTransform());
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
