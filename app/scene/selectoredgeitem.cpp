#include "scene/selectoredgeitem.h"

#include "scene/scenetext.h"
#include "scene/style.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace hopscope::app {

namespace {
constexpr qreal Width = 2.5;
constexpr qreal Arrow = 9;

// Liang–Barsky: the part [t0, t1] of the segment inside rect; false when none is.
bool clipSegment(const QLineF &s, const QRectF &rect, qreal *t0, qreal *t1)
{
    const qreal dx = s.dx();
    const qreal dy = s.dy();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {s.x1() - rect.left(), rect.right() - s.x1(), s.y1() - rect.top(),
                        rect.bottom() - s.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal r = q[i] / p[i];
        if (p[i] < 0)
            *t0 = std::max(*t0, r);
        else
            *t1 = std::min(*t1, r);
    }
    return *t0 <= *t1;
}
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
    m_bounds = m_route.boundingRect().adjusted(-Arrow, -Arrow, Arrow, Arrow);
    m_shape = QPainterPath();
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
    return m_bounds;
}

QPainterPath SelectorEdgeItem::shape() const
{
    if (m_shape.isEmpty() && m_route.size() >= 2) {
        QPainterPath path;
        path.addPolygon(m_route);
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(path);
    }
    return m_shape;
}

void SelectorEdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (levelOfDetail(option, p) < DetailThreshold || m_route.size() < 2)
        return;
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_color, style::stroke(isHighlighted() ? Width * 1.8 : Width), Qt::CustomDashLine,
             Qt::FlatCap, Qt::MiterJoin);
    pen.setDashPattern({3, 2});
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    // Stop short of the pod so the arrowhead's tip touches its border.
    QPolygonF line = m_route;
    const QPointF end = line.last();
    const QPointF before = line[line.size() - 2];
    const QLineF last(before, end);
    line.last() = last.pointAt(std::max<qreal>(0, 1 - Arrow / std::max<qreal>(1, last.length())));
    // Only the part in the exposed area is stroked: dashing a line thousands of pixels long
    // costs for every dash, seen or not. The dash offset keeps the pattern where it was.
    const QRectF visible =
        option->exposedRect.adjusted(-2 * Width, -2 * Width, 2 * Width, 2 * Width);
    qreal along = 0;
    QPolygonF run;
    qreal runStart = 0;
    auto flush = [&] {
        if (run.size() >= 2) {
            pen.setDashOffset(runStart / pen.widthF());
            p->setPen(pen);
            p->drawPolyline(run);
        }
        run.clear();
    };
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QLineF segment(line[i], line[i + 1]);
        qreal t0 = 0;
        qreal t1 = 1;
        if (clipSegment(segment, visible, &t0, &t1)) {
            const QPointF a = segment.pointAt(t0);
            if (run.isEmpty() || t0 > 0) {
                flush();
                runStart = along + t0 * segment.length();
                run << a;
            }
            run << segment.pointAt(t1);
            if (t1 < 1)
                flush();
        } else {
            flush();
        }
        along += segment.length();
    }
    flush();

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
