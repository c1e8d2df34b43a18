#include "scene/items/selectoredgeitem.h"

#include "core/base/koreanparticles.h"

#include "scene/scenetext.h"
#include "scene/style.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <cmath>

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
    setToolTip(korean::finished(
        tr("<p><b>%1</b> selects <b>%2</b></p><p>selector: %3</p>")
            .arg(service->name.toHtmlEscaped(), pods.toHtmlEscaped(),
                 SceneText::labelList(service->selector).toHtmlEscaped())));
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
    const qreal width = style::stroke(isHighlighted() ? Width * 1.8 : Width);
    // Stop short of the pod so the arrowhead's tip touches its border.
    QPolygonF line = m_route;
    const QPointF end = line.last();
    const QPointF before = line[line.size() - 2];
    const QLineF last(before, end);
    line.last() = last.pointAt(std::max<qreal>(0, 1 - Arrow / std::max<qreal>(1, last.length())));
    // Only the part in the exposed area is drawn, and the dashes of the (axis-aligned) gutter
    // runs are filled rectangles in one batch: a dashed, antialiased pen strokes and fills every
    // dash as a path, which cost half of a 1:1 frame. Dash and gap as the pen pattern {3, 2}
    // would draw them, continuous along the route.
    const qreal dash = 3 * width;
    const qreal period = 5 * width;
    const QRectF visible =
        option->exposedRect.adjusted(-2 * width, -2 * width, 2 * width, 2 * width);
    QVarLengthArray<QRectF, 64> rects;
    QPen slanted(m_color, width, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
    slanted.setDashPattern({3, 2});
    qreal along = 0;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QLineF segment(line[i], line[i + 1]);
        const qreal length = segment.length();
        qreal t0 = 0;
        qreal t1 = 1;
        if (length > 0 && clipSegment(segment, visible, &t0, &t1)) {
            const bool vertical = qFuzzyCompare(segment.x1(), segment.x2());
            const bool horizontal = qFuzzyCompare(segment.y1(), segment.y2());
            if (vertical || horizontal) {
                // The first dash that reaches the visible part, then every period.
                const qreal from = t0 * length;
                const qreal to = t1 * length;
                qreal start = along + from - std::fmod(along + from, period);
                for (; start - along < to; start += period) {
                    const qreal a = std::max(from, start - along);
                    const qreal b = std::min(to, start - along + dash);
                    if (b <= a)
                        continue;
                    const QPointF pa = segment.pointAt(a / length);
                    const QPointF pb = segment.pointAt(b / length);
                    rects.append(vertical ? QRectF(pa.x() - width / 2, std::min(pa.y(), pb.y()),
                                                   width, std::abs(pb.y() - pa.y()))
                                          : QRectF(std::min(pa.x(), pb.x()), pa.y() - width / 2,
                                                   std::abs(pb.x() - pa.x()), width));
                }
            } else {
                p->setRenderHint(QPainter::Antialiasing);
                slanted.setDashOffset((along + t0 * length) / width);
                p->setPen(slanted);
                p->setBrush(Qt::NoBrush);
                p->drawLine(QLineF(segment.pointAt(t0), segment.pointAt(t1)));
            }
        }
        along += length;
    }
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setPen(Qt::NoPen);
    p->setBrush(m_color);
    p->drawRects(rects.constData(), int(rects.size()));

    p->setRenderHint(QPainter::Antialiasing);
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
