#include "scene/traceoverlay.h"

#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace hopscope::app {

namespace {

constexpr qreal PathWidth = 7;
constexpr qreal TunnelWidth = 24;
constexpr QSizeF PacketSize(46, 32);

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
    QFont f = style::font(style::Font::Title);
    f.setPixelSize(17);
    return f;
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
    return QColor(style::OkabePurple).darker(115);
}
QColor TraceOverlay::highlightColor()
{
    return QColor(style::OkabeYellow);
}
QColor TraceOverlay::packetColor()
{
    return QColor(style::OkabeYellow);
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
        paintHighlight(p, t);
        paintPath(p, t, viewport);
        const QPointF at = t.map(packetScenePos());
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
        p->setPen(QPen(style::ink(), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawRoundedRect(b, 8, 8);
        p->setPen(QPen(highlightColor(), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawRoundedRect(b, 8, 8);
    }
    p->setPen(QPen(style::ink(), 12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawRoundedRect(r, 12, 12);
    p->setPen(QPen(failure ? style::failureColor() : highlightColor(), 8, Qt::SolidLine,
                   Qt::RoundCap, Qt::RoundJoin));
    p->drawRoundedRect(r, 12, 12);
}

void TraceOverlay::paintPath(QPainter *p, const QTransform &t, const QRectF &viewport) const
{
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
            p->setPen(QPen(QColor(style::OkabeBlue), TunnelWidth + 4, Qt::SolidLine, Qt::RoundCap,
                           Qt::RoundJoin));
            p->drawPolyline(tube);
            p->setPen(QPen(QColor(style::OkabeSkyBlue).lighter(140), TunnelWidth, Qt::SolidLine,
                           Qt::RoundCap, Qt::RoundJoin));
            p->drawPolyline(tube);
            const QPointF mid = t.map(place.path.pointAtPercent(tunnel / 2));
            QFont f = style::font(style::Font::Badge);
            p->setFont(f);
            const QString text = tr("VXLAN tunnel · UDP 8472");
            const qreal w = QFontMetricsF(f).horizontalAdvance(text) + 16;
            const QRectF box =
                keepInside(QRectF(mid.x() - w / 2, mid.y() - TunnelWidth - 26, w, 26), viewport);
            p->setPen(QPen(QColor(style::OkabeBlue), 2));
            p->setBrush(QColor(Qt::white));
            p->drawRoundedRect(box, 13, 13);
            p->setPen(style::ink());
            p->drawText(box, Qt::AlignCenter, text);
        } else {
            p->setPen(
                QPen(QColor(Qt::white), PathWidth + 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawPolyline(line);
        }
        p->setPen(QPen(color, PathWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPolyline(line);
    }
}

void TraceOverlay::paintPacket(QPainter *p, const QPointF &at, const QRectF &viewport) const
{
    const bool failure = showsFailure();
    const bool reply = m_hops[m_hop].reply;
    // The envelope.
    QRectF env(QPointF(), PacketSize);
    env.moveCenter(at);
    p->setPen(QPen(style::ink(), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(failure ? style::failureColor() : packetColor());
    p->drawRoundedRect(env, 4, 4);
    if (failure) {
        p->setPen(QPen(QColor(Qt::white), 5, Qt::SolidLine, Qt::RoundCap));
        const QRectF x = env.adjusted(13, 6, -13, -6);
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
    QRectF box(at.x() - (w + 20) / 2, bottom - h, w + 20, h);
    box = keepInside(box, viewport);
    p->setPen(QPen(failure ? style::failureColor() : reply ? replyColor() : style::ink(), 2.5));
    p->setBrush(QColor(255, 255, 255, 235));
    p->drawRoundedRect(box, 8, 8);
    p->setFont(f);
    p->setPen(style::ink());
    p->drawText(box, Qt::AlignCenter, text);
}

void TraceOverlay::paintFailure(QPainter *p, const QPointF &at, const QRectF &viewport) const
{
    const HopPaint &hop = m_hops[m_hop];
    QFont title = style::font(style::Font::NodeTitle);
    QFont body = style::font(style::Font::Body);
    body.setPixelSize(17);
    const qreal width = 420;
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
    QFont f = style::font(style::Font::Badge);
    f.setPixelSize(17);
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
        p->setPen(QPen(QColor(Qt::white), 2));
        p->setBrush(style::ink());
        p->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p->setPen(QColor(style::OkabeYellow));
        p->drawText(badge, Qt::AlignCenter, text);
    }
}

} // namespace hopscope::app
