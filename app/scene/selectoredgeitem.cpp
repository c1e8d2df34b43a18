#include "scene/selectoredgeitem.h"

#include "scene/scenetext.h"
#include "scene/style.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace hopscope::app {

namespace {
constexpr qreal Width = 2.5;
constexpr qreal Arrow = 9;
} // namespace

SelectorEdgeItem::SelectorEdgeItem(const QString &id) : SceneItem(id)
{
    setZValue(EdgeLayer);
    setAcceptHoverEvents(true);
}

bool SelectorEdgeItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    const EdgeRoute *edge = layout.edge(id());
    const ServiceInfo *service = edge ? cluster.service(edge->serviceId) : nullptr;
    const PodSlot *slot = edge ? layout.slot(edge->slotId) : nullptr;
    if (!service || !slot || edge->path.size() < 2)
        return false;
    prepareGeometryChange();
    m_serviceId = edge->serviceId;
    m_slotId = edge->slotId;
    const QRectF bounds = edge->path.boundingRect();
    setPos(bounds.topLeft());
    m_route = edge->path.translated(-bounds.topLeft());
    QPainterPath path;
    path.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(path);
    m_system = service->system;
    m_color = m_system ? style::systemColor() : style::serviceColor(service->type);
    QString pods;
    for (const QString &podId : slot->podIds)
        if (const PodInfo *p = cluster.pod(podId))
            pods += (pods.isEmpty() ? QString() : QStringLiteral(", ")) + p->name;
    setToolTip(tr("<p><b>%1</b> selects <b>%2</b></p><p>selector: %3</p>")
                   .arg(service->name.toHtmlEscaped(), pods.toHtmlEscaped(),
                        SceneText::labelList(service->selector).toHtmlEscaped()));
    update();
    return true;
}

QRectF SelectorEdgeItem::boundingRect() const
{
    return m_route.boundingRect().adjusted(-Arrow, -Arrow, Arrow, Arrow);
}

QPainterPath SelectorEdgeItem::shape() const
{
    return m_shape;
}

void SelectorEdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (levelOfDetail(option, p) < DetailThreshold || m_route.size() < 2)
        return;
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_color, isHighlighted() ? Width * 1.8 : Width, Qt::CustomDashLine, Qt::FlatCap,
             Qt::MiterJoin);
    pen.setDashPattern({3, 2});
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    // Stop short of the pod so the arrowhead's tip touches its border.
    QPolygonF line = m_route;
    const QPointF end = line.last();
    const QPointF before = line[line.size() - 2];
    const QLineF last(before, end);
    line.last() = last.pointAt(std::max<qreal>(0, 1 - Arrow / std::max<qreal>(1, last.length())));
    p->drawPolyline(line);

    p->setPen(Qt::NoPen);
    p->setBrush(m_color);
    p->drawEllipse(m_route.first(), 4.5, 4.5); // where it leaves the Service band
    QLineF back(end, before);
    back.setLength(Arrow);
    QLineF side = back.normalVector();
    side.setLength(Arrow * 0.55);
    const QPointF base = back.p2();
    const QPointF offset = side.p2() - side.p1();
    p->drawPolygon(QPolygonF({end, base + offset, base - offset}));
}

} // namespace hopscope::app
