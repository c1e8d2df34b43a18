#pragma once

#include "scene/items/sceneitem.h"

#include <QColor>
#include <QCoreApplication>
#include <QPainterPath>

namespace hopscope::app {

// A dashed selector edge from a Service's band to a pod it selects (one of its endpoints).
class SelectorEdgeItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::SelectorEdgeItem)
public:
    enum { Type = SelectorEdgeItemType };
    explicit SelectorEdgeItem(const QString &id);
    int type() const override { return Type; }
    QString hoverKey() const override { return m_serviceId; }

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &serviceId() const { return m_serviceId; }
    const QString &podSlotId() const { return m_slotId; }
    const QPolygonF &route() const { return m_route; }

private:
    QString m_serviceId;
    QString m_slotId;
    QPolygonF m_route;            // in item coordinates
    mutable QPainterPath m_shape; // made on first use (hover): thousands of edges never need it
    QRectF m_bounds;
    QColor m_color;
    bool m_system = false;
};

} // namespace hopscope::app
