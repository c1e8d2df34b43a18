#include "scene/traceoverlay.h"

#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace hopscope::app {

namespace {

// Sizes at the normal scale; presentation (style::scale()) makes the packet and the lit-up hop
// bigger, high contrast makes their strokes thicker.
constexpr qreal BasePathWidth = 7;
constexpr qreal BaseTunnelWidth = 24;
constexpr QSizeF BasePacketSize(46, 32);

QString addressText(const PacketHeader &h)
{
    auto end = [](const QString &ip, int port) {
        return port > 0 ? QStringLiteral("%1:%2").arg(ip).arg(port) : ip;
    };
    QString text = end(h.srcIP, h.srcPort) + QStringLiteral(" → ") + end(h.dstIP, h.dstPort);
    if (h.encapsulated)
        text = QStringLiteral("VXLAN %1 → %2\n").arg(h.outerSrcIP, h.outerDstIP) + text;
    return text;
}

QFont labelFont()
{
    return style::overlayFont(style::Font::Title, 17);
}

qreal sized(qreal base)
{
    return base * style::scale();
}

// A polyline of `path` from its start to `fraction` of its length.
QPolygonF partial(const QPainterPath &path, qreal fraction)
{
    QPolygonF poly;
    if (path.isEmpty())
        return poly;
    fraction = std::clamp(fraction, 0.0, 1.0);
    const int steps = path.elementCount() > 2 ? 48 : 1;
    for (int i = 0; i <= steps; ++i)
        poly << path.pointAtPercent(fraction * i / steps);
    return poly;
}

QRectF keepInside(QRectF r, const QRectF &viewport)
{
    const QRectF room = viewport.adjusted(6, 6, -6, -6);
    if (r.right() > room.right())
        r.moveRight(room.right());
    if (r.left() < room.left())
        r.moveLeft(room.left());
    if (r.bottom() > room.bottom())
        r.moveBottom(room.bottom());
    if (r.top() < room.top())
        r.moveTop(room.top());
    return r;
}

} // namespace

QColor TraceOverlay::requestColor()
{
    return style::ink();
}
QColor TraceOverlay::replyColor()
{
    return style::replyColor();
}
QColor TraceOverlay::highlightColor()
{
    return style::packetColor();
}
QColor TraceOverlay::packetColor()
{
    return style::packetColor();
}

void TraceOverlay::setTrace(const Trace &trace, const QList<HopPlace> &places)
{
    m_places = places;
    m_hops.clear();
    for (const Hop &hop : trace.hops)
        m_hops << HopPaint{addressText(hop.before), addressText(hop.after), hop.actionLabel(),
                           hop.reply, hop.failure};
    m_summary = trace.summary;
    m_hop = m_hops.isEmpty() ? -1 : 0;
    m_progress = 1.0;
}

void TraceOverlay::setReadable(const SceneLayout &layout)
{
    m_readable.clear();
    // A classroom cluster, not a load test: beyond this the label keeps its simple placement.
    if (layout.nodes.size() + layout.pods.size() + layout.services.size() > 400)
        return;
    for (const NodePlace &n : layout.nodes)
        m_readable << n.header << n.podNetwork;
    for (const PodSlot &s : layout.pods)
        m_readable << s.rect;
    for (const ServiceBand &b : layout.services)
        m_readable << b.rect;
    for (const SocketPlace &s : layout.sockets)
        m_readable << s.rect;
}

void TraceOverlay::clearTrace()
{
    m_places.clear();
    m_hops.clear();
    m_summary.clear();
    m_hop = -1;
}

void TraceOverlay::setPosition(int hop, qreal progress)
{
    m_hop = m_hops.isEmpty() ? -1 : std::clamp(hop, -1, int(m_hops.size()) - 1);
    m_progress = std::clamp(progress, 0.0, 1.0);
}

void TraceOverlay::setCounters(const QHash<QString, int> &perSlot, int total,
                               const SceneLayout &layout)
{
    m_counters = perSlot;
    m_counterTotal = total;
    m_counterRects.clear();
    for (auto it = perSlot.cbegin(); it != perSlot.cend(); ++it)
        if (const PodSlot *slot = layout.slot(it.key()))
            m_counterRects.insert(it.key(), slot->rect);
}

void TraceOverlay::relayoutCounters(const SceneLayout &layout)
{
    setCounters(m_counters, m_counterTotal, layout);
}

QPointF TraceOverlay::packetScenePos() const
{
    if (m_hop < 0 || m_hop >= m_places.size())
        return QPointF();
    const HopPlace &place = m_places[m_hop];
    if (m_progress >= 1.0 || place.path.isEmpty())
        return place.point;
    return place.path.pointAtPercent(m_progress);
}

QRectF TraceOverlay::highlightedSceneRect() const
{
    if (m_hop < 0 || m_hop >= m_places.size() || m_progress < 1.0)
        return QRectF();
    return m_places[m_hop].area;
}

QString TraceOverlay::highlightedItemId() const
{
    if (m_hop < 0 || m_hop >= m_places.size() || m_progress < 1.0)
        return QString();
    return m_places[m_hop].itemId;
}

QString TraceOverlay::packetLabel() const
{
    if (m_hop < 0 || m_hop >= m_hops.size())
        return QString();
    // On the way the packet is what the hop receives; at rest, what it made of it.
    return m_progress >= 1.0 ? m_hops[m_hop].after : m_hops[m_hop].before;
}

bool TraceOverlay::showsFailure() const
{
    return m_hop >= 0 && m_hop < m_hops.size() && m_hops[m_hop].failure && m_progress >= 1.0;
}

void TraceOverlay::paint(QPainter *p, const QRectF &viewport) const
{
    const QTransform t = p->worldTransform();
    p->save();
    p->resetTransform();
    p->setRenderHint(QPainter::Antialiasing);
    paintCounters(p, t);
    if (m_hop >= 0 && m_hop < m_places.size()) {
        m_lastArea = QRectF();
        m_lastServiceArea = QRectF();
        m_lastReadable.clear();
        for (const QRectF &r : m_readable)
            m_lastReadable << t.mapRect(r);
        const QRectF clear = m_places[m_hop].keepClear;
        m_lastClear = clear.isNull() ? QRectF() : t.mapRect(clear);
        paintHighlight(p, t);
        paintPath(p, t, viewport);
        QPointF at = t.map(packetScenePos());
        if (m_progress >= 1.0 && m_places[m_hop].itemId.startsWith(u"socket/") &&
            !m_lastArea.isNull()) {
            // At rest by a NodePort socket: the envelope (larger while presenting) stays off it,
            // so that its port is readable.
            const qreal half = BasePacketSize.height() * style::scale() / 2 + 4;
            if (at.y() < m_lastArea.center().y())
                at.setY(std::min(at.y(), m_lastArea.top() - half));
            else
                at.setY(std::max(at.y(), m_lastArea.bottom() + half));
        }
        paintPacket(p, at, viewport);
        if (showsFailure())
            paintFailure(p, at, viewport);
    }
    p->restore();
}

void TraceOverlay::paintHighlight(QPainter *p, const QTransform &t) const
{
    const QRectF area = highlightedSceneRect();
    if (area.isNull())
        return;
    const QRectF r = t.mapRect(area).adjusted(-7, -7, 7, 7);
    m_lastArea = r;
    const bool failure = showsFailure();
    p->setBrush(Qt::NoBrush);
    const QRectF band = m_places[m_hop].serviceArea;
    if (!band.isNull()) {
        // The Service whose rules decided: its band (nodePort → port → targetPort) lit too.
        const QRectF b = t.mapRect(band).adjusted(-4, -4, 4, 4);
        m_lastServiceArea = b;
        p->setPen(QPen(style::ink(), style::stroke(7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawRoundedRect(b, 8, 8);
        p->setPen(
            QPen(highlightColor(), style::stroke(4), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawRoundedRect(b, 8, 8);
    }
    p->setPen(QPen(style::ink(), style::stroke(12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawRoundedRect(r, 12, 12);
    p->setPen(QPen(failure ? style::failureColor() : highlightColor(), style::stroke(8),
                   Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawRoundedRect(r, 12, 12);
}

void TraceOverlay::paintPath(QPainter *p, const QTransform &t, const QRectF &viewport) const
{
    const qreal pathWidth = style::stroke(BasePathWidth);
    const qreal tunnelWidth = sized(BaseTunnelWidth);
    for (int i = 1; i <= m_hop && i < m_places.size(); ++i) {
        const HopPlace &place = m_places[i];
        const qreal fraction = i < m_hop ? 1.0 : m_progress;
        const QPolygonF line = t.map(partial(place.path, fraction));
        if (line.size() < 2)
            continue;
        const QColor color = m_hops[i].reply ? replyColor() : requestColor();
        if (place.segment == HopPlace::Segment::Overlay) {
            // The VXLAN tunnel: a wide sky-blue tube around the line, the whole way, with its
            // name at the middle.
            const qreal tunnel =
                place.path.length() > 0 ? place.tunnelEnd / place.path.length() : 1.0;
            const QPolygonF tube = t.map(partial(place.path, tunnel));
            p->setPen(QPen(style::tunnelColor(), tunnelWidth + 4, Qt::SolidLine, Qt::RoundCap,
                           Qt::RoundJoin));
            p->drawPolyline(tube);
            p->setPen(
                QPen(style::tunnelFill(), tunnelWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawPolyline(tube);
            const QPointF mid = t.map(place.path.pointAtPercent(tunnel / 2));
            const QFont f = style::overlayFont(style::Font::Badge);
            p->setFont(f);
            const QString text = tr("VXLAN tunnel · UDP 8472");
            const qreal w = QFontMetricsF(f).horizontalAdvance(text) + 16;
            const qreal h = QFontMetricsF(f).height() + 8;
            const QRectF box =
                keepInside(QRectF(mid.x() - w / 2, mid.y() - tunnelWidth - h, w, h), viewport);
            p->setPen(QPen(style::tunnelColor(), style::stroke(2)));
            p->setBrush(style::labelFill());
            p->drawRoundedRect(box, 13, 13);
            p->setPen(style::ink());
            p->drawText(box, Qt::AlignCenter, text);
        } else {
            p->setPen(
                QPen(style::halo(), pathWidth + 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawPolyline(line);
        }
        p->setPen(QPen(color, pathWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPolyline(line);
    }
}

void TraceOverlay::paintPacket(QPainter *p, const QPointF &at, const QRectF &viewport) const
{
    const bool failure = showsFailure();
    const bool reply = m_hops[m_hop].reply;
    // The envelope.
    QRectF env(QPointF(), BasePacketSize * style::scale());
    env.moveCenter(at);
    // Dark edges on the yellow envelope in every theme (the ink of a dark theme is light).
    const QColor edge = style::textOn(packetColor());
    p->setPen(QPen(edge, style::stroke(3), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(failure ? style::failureColor() : packetColor());
    p->drawRoundedRect(env, 4, 4);
    if (failure) {
        p->setPen(QPen(QColor(Qt::white), sized(5), Qt::SolidLine, Qt::RoundCap));
        const QRectF x = env.adjusted(sized(13), sized(6), -sized(13), -sized(6));
        p->drawLine(x.topLeft(), x.bottomRight());
        p->drawLine(x.topRight(), x.bottomLeft());
    } else {
        p->drawPolyline(QPolygonF({env.topLeft() + QPointF(2, 2), env.center() + QPointF(0, 3),
                                   env.topRight() + QPointF(-2, 2)}));
    }

    // Its addresses, above it.
    const QString text = packetLabel();
    const QFont f = labelFont();
    const QFontMetricsF fm(f);
    const QStringList lines = text.split(u'\n');
    qreal w = 0;
    for (const QString &line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    const qreal h = fm.height() * lines.size() + 10;
    // Above the packet; at rest in a pod, above the pod, so that its name stays readable.
    qreal bottom = env.top() - 10;
    if (m_progress >= 1.0 && m_hop < m_places.size() &&
        (m_places[m_hop].itemId.startsWith(u"pod/") ||
         m_places[m_hop].itemId.startsWith(u"group/")))
        bottom = std::min(bottom, m_lastArea.top() - 12);
    // Above it if that covers nothing to read; else beside or below it: the place that covers
    // the least of the node's header, the lit-up hop, the Service band and the packet.
    const qreal bw = w + 20;
    QList<QRectF> candidates = {QRectF(at.x() - bw / 2, bottom - h, bw, h)};
    for (qreal dy : {bottom - h, at.y() - h / 2, env.bottom() + 10})
        for (qreal dx : {at.x() - bw / 2, env.right() + 12, env.left() - 12 - bw, at.x() + bw / 2,
                         at.x() - 1.5 * bw})
            candidates << QRectF(dx, dy, bw, h);
    // What the label must not cover, weighted: the packet, the hop's node header, the lit hop
    // and its Service band count four times the other texts of the drawing.
    QList<QPair<QRectF, qreal>> keepClear = {{m_lastClear, 4}, {env.adjusted(-4, -4, 4, 4), 8}};
    if (!m_lastServiceArea.isNull())
        keepClear.append({m_lastServiceArea, 4});
    if (m_progress >= 1.0)
        keepClear.append({m_lastArea, 4});
    for (const QRectF &r : m_lastReadable)
        keepClear.append({r, 1});
    QRectF box;
    qreal best = -1;
    for (const QRectF &c : std::as_const(candidates)) {
        const QRectF r = keepInside(c, viewport);
        qreal covered = 0;
        for (const auto &[k, weight] : std::as_const(keepClear)) {
            const QRectF overlap = r.intersected(k);
            covered += weight * overlap.width() * overlap.height();
        }
        if (best < 0 || covered < best - 1) {
            best = covered;
            box = r;
        }
    }
    m_lastLabel = box;
    p->setPen(QPen(failure ? style::failureColor()
                   : reply ? replyColor()
                           : style::ink(),
                   style::stroke(2.5)));
    p->setBrush(style::labelFill());
    p->drawRoundedRect(box, 8, 8);
    p->setFont(f);
    p->setPen(style::ink());
    p->drawText(box, Qt::AlignCenter, text);
}

void TraceOverlay::paintFailure(QPainter *p, const QPointF &at, const QRectF &viewport) const
{
    const HopPaint &hop = m_hops[m_hop];
    const QFont title = style::overlayFont(style::Font::NodeTitle);
    const QFont body = style::overlayFont(style::Font::Body, 17);
    const qreal width = sized(420);
    const QFontMetricsF fb(body);
    const QRectF textRect =
        fb.boundingRect(QRectF(0, 0, width - 28, 1000), Qt::TextWordWrap, m_summary);
    const qreal h = 14 + QFontMetricsF(title).height() + 6 + textRect.height() + 14;
    QRectF box(at.x() + 40, at.y() + 26, width, h);
    if (box.right() > viewport.right() - 6)
        box.moveRight(at.x() - 40);
    box = keepInside(box, viewport);
    p->setPen(QPen(style::failureColor().darker(130), 3));
    p->setBrush(style::failureColor());
    p->drawLine(at, box.center());
    p->drawRoundedRect(box, 10, 10);
    p->setPen(QColor(Qt::white));
    p->setFont(title);
    const QRectF titleRect(box.left() + 14, box.top() + 12, width - 28,
                           QFontMetricsF(title).height());
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                QStringLiteral("✗ ") + hop.action.toUpper());
    p->setFont(body);
    p->drawText(QRectF(box.left() + 14, titleRect.bottom() + 6, width - 28, textRect.height()),
                Qt::TextWordWrap, m_summary);
}

void TraceOverlay::paintCounters(QPainter *p, const QTransform &t) const
{
    if (m_counters.isEmpty() || m_counterTotal <= 0)
        return;
    const QFont f = style::overlayFont(style::Font::Badge, 17);
    p->setFont(f);
    const QFontMetricsF fm(f);
    for (auto it = m_counterRects.cbegin(); it != m_counterRects.cend(); ++it) {
        const int n = m_counters.value(it.key());
        const QString text =
            QStringLiteral("×%1 · %2%").arg(n).arg(std::lround(100.0 * n / m_counterTotal));
        const QRectF r = t.mapRect(it.value());
        const qreal w = fm.horizontalAdvance(text) + 20;
        // Bottom right, where a pod box has no text (its name, IP and ports are on the left).
        const qreal h = fm.height() + 8;
        const QRectF badge(r.right() - w + 8, r.bottom() - h + 10, w, h);
        // A dark badge with yellow figures in every theme, ringed in the background colour.
        p->setPen(QPen(style::halo(), 2));
        p->setBrush(QColor(QRgb(0x1F262E)));
        p->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p->setPen(QColor(style::OkabeYellow));
        p->drawText(badge, Qt::AlignCenter, text);
    }
}

} // namespace hopscope::app
