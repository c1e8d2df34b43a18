#include "scene/traceoverlay.h"

#include "scene/calloutplacer.h"
#include "scene/clusterscene.h"
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

} // namespace

qreal TraceOverlay::textHalo()
{
    return std::max(4.0, sized(4));
}

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
    m_lastCallouts.clear();
    m_lastTexts.clear();
    m_lastLeaders = 0;
    if (m_hop >= 0 && m_hop < m_places.size()) {
        m_lastArea = QRectF();
        m_lastServiceArea = QRectF();
        if (m_scene) {
            // A classroom cluster, not a load test: beyond this the callouts keep to the hop.
            const SceneLayout &layout = m_scene->sceneLayout();
            if (layout.nodes.size() + layout.pods.size() + layout.services.size() <= 400)
                for (const DrawnText &d : m_scene->drawnTexts(t.m11()))
                    m_lastTexts << t.mapRect(d.rect);
        }
        // Lines (the path, the lit-up rings, leaders) pass under the drawing's texts: they are
        // not painted over them nor next to them (a halo of the text's own background).
        // Left out of the lines' shapes, not clipped: the SVG generator cannot clip.
        m_halos.clear();
        const qreal halo = textHalo() + 1; // the line's antialiased edge outside the halo
        for (const QRectF &r : std::as_const(m_lastTexts))
            m_halos << r.adjusted(-halo, -halo, halo, halo);
        CalloutPlacer placer(viewport);
        for (const QRectF &r : std::as_const(m_lastTexts))
            placer.addText(r);
        const QRectF clear = m_places[m_hop].keepClear;
        m_lastClear = clear.isNull() ? QRectF() : t.mapRect(clear);
        if (!m_lastClear.isNull())
            placer.addSoft(m_lastClear);
        paintHighlight(p, t);
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
        QRectF env(QPointF(), BasePacketSize * style::scale());
        env.moveCenter(at);
        if (m_progress >= 1.0 && placer.coveredText(env) > 0) {
            // At rest over a text (a crowded drawing at a small size): just above or below it,
            // else beside it.
            QList<QPointF> moves;
            for (int k = 1; k <= 4; ++k)
                moves << QPointF(0, -k * env.height() * 0.5) << QPointF(0, k * env.height() * 0.5);
            for (int k = 1; k <= 3; ++k)
                moves << QPointF(k * env.width() * 0.6, 0) << QPointF(-k * env.width() * 0.6, 0);
            for (const QPointF &move : std::as_const(moves)) {
                if (placer.coveredText(env.translated(move)) <= 0) {
                    env.translate(move);
                    break;
                }
            }
            at = env.center();
        }
        m_lastPacket = env.center();
        placer.addText(env.adjusted(-4, -4, 4, 4));
        if (!m_lastServiceArea.isNull())
            placer.addSoft(m_lastServiceArea);
        if (m_progress >= 1.0 && !m_lastArea.isNull())
            placer.addSoft(m_lastArea);
        // The packet's label first (nearest its packet), then the failure's reason, then the
        // tunnel's name; painted path first, callouts last.
        paintPath(p, t, placer);
        paintEnvelope(p, at);
        paintPacket(p, env, placer);
        if (showsFailure())
            paintFailure(p, env, placer);
    }
    p->restore();
}

void TraceOverlay::addCallout(const QString &id, const QString &text, const QRectF &rect) const
{
    DrawnText t;
    t.kind = DrawnText::Kind::Callout;
    t.id = id;
    t.text = text;
    t.rect = rect;
    m_lastCallouts << t;
}

void TraceOverlay::paintLeader(QPainter *p, const QRectF &box, const QRectF &anchor,
                               const QColor &color) const
{
    if (!CalloutPlacer::needsLeader(box, anchor))
        return;
    ++m_lastLeaders;
    const QPointF from = CalloutPlacer::nearestOnBorder(box, anchor.center());
    const QPointF to = CalloutPlacer::nearestOnBorder(anchor, from);
    QPainterPath line(from);
    line.lineTo(to);
    strokeUnderTexts(p, line, QPen(style::halo(), style::stroke(7), Qt::SolidLine, Qt::RoundCap));
    strokeUnderTexts(p, line, QPen(color, style::stroke(3), Qt::SolidLine, Qt::RoundCap));
    QPainterPath dot;
    const qreal d = sized(5);
    dot.addEllipse(to, d, d);
    fillUnderTexts(p, dot, color);
}

void TraceOverlay::fillUnderTexts(QPainter *p, const QPainterPath &shape, const QBrush &brush) const
{
    QPainterPath holes;
    holes.setFillRule(Qt::WindingFill); // overlapping halos stay holes
    const QRectF bounds = shape.boundingRect();
    for (const QRectF &r : std::as_const(m_halos))
        if (r.intersects(bounds))
            holes.addRect(r);
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(brush);
    p->drawPath(holes.isEmpty() ? shape : shape.subtracted(holes));
    p->restore();
}

void TraceOverlay::strokeUnderTexts(QPainter *p, const QPainterPath &shape, const QPen &pen) const
{
    QPainterPathStroker stroker(pen);
    fillUnderTexts(p, stroker.createStroke(shape).simplified(), pen.brush());
}

void TraceOverlay::paintHighlight(QPainter *p, const QTransform &t) const
{
    const QRectF area = highlightedSceneRect();
    if (area.isNull())
        return;
    const QRectF r = t.mapRect(area).adjusted(-7, -7, 7, 7);
    m_lastArea = r;
    const bool failure = showsFailure();
    // The rings are not cut by the texts' halos: around a small place (a node port's socket
    // between its neighbours) they would all but vanish.
    p->save();
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
    // A small place (a node port's socket) gets a thinner ring: a thick one would cover the
    // texts beside it (the cluster's header over the sockets).
    const bool small = std::min(r.width(), r.height()) < style::stroke(60);
    p->setPen(QPen(style::ink(), style::stroke(small ? 7 : 12), Qt::SolidLine, Qt::RoundCap,
                   Qt::RoundJoin));
    p->drawRoundedRect(r, 12, 12);
    p->setPen(QPen(failure ? style::failureColor() : highlightColor(), style::stroke(small ? 4 : 8),
                   Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawRoundedRect(r, 12, 12);
    p->restore();
}

void TraceOverlay::paintPath(QPainter *p, const QTransform &t, CalloutPlacer &placer) const
{
    const qreal pathWidth = style::stroke(BasePathWidth);
    const qreal tunnelWidth = sized(BaseTunnelWidth);
    struct Tunnel
    {
        QPointF mid;
    };
    QList<Tunnel> tunnels;
    for (int i = 1; i <= m_hop && i < m_places.size(); ++i) {
        const HopPlace &place = m_places[i];
        const qreal fraction = i < m_hop ? 1.0 : m_progress;
        const QPolygonF line = t.map(partial(place.path, fraction));
        if (line.size() < 2)
            continue;
        QPainterPath shape;
        shape.addPolygon(line);
        const QColor color = m_hops[i].reply ? replyColor() : requestColor();
        if (place.segment == HopPlace::Segment::Overlay) {
            // The VXLAN tunnel: a wide sky-blue tube around the line, the whole way, with its
            // name at the middle.
            const qreal tunnel =
                place.path.length() > 0 ? place.tunnelEnd / place.path.length() : 1.0;
            QPainterPath tube;
            tube.addPolygon(t.map(partial(place.path, tunnel)));
            strokeUnderTexts(p, tube,
                             QPen(style::tunnelColor(), tunnelWidth + 4, Qt::SolidLine,
                                  Qt::RoundCap, Qt::RoundJoin));
            strokeUnderTexts(
                p, tube,
                QPen(style::tunnelFill(), tunnelWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            tunnels << Tunnel{t.map(place.path.pointAtPercent(tunnel / 2))};
        } else {
            strokeUnderTexts(
                p, shape,
                QPen(style::halo(), pathWidth + 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
        strokeUnderTexts(p, shape,
                         QPen(color, pathWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    for (const Tunnel &tunnel : std::as_const(tunnels)) {
        const QFont f = style::overlayFont(style::Font::Badge);
        p->setFont(f);
        const QString text = tr("VXLAN tunnel · UDP 8472");
        const qreal w = QFontMetricsF(f).horizontalAdvance(text) + 16;
        const qreal h = QFontMetricsF(f).height() + 8;
        const QRectF anchor(tunnel.mid - QPointF(tunnelWidth / 2, tunnelWidth / 2),
                            QSizeF(tunnelWidth, tunnelWidth));
        const QRectF box = placer.place(CalloutPlacer::around(anchor, QSizeF(w, h), 4) +
                                        placer.alongEdges(anchor.center(), QSizeF(w, h)));
        paintLeader(p, box, anchor, style::tunnelColor());
        p->setPen(QPen(style::tunnelColor(), style::stroke(2)));
        p->setBrush(style::labelFill());
        p->drawRoundedRect(box, 13, 13);
        p->setPen(style::ink());
        p->drawText(box, Qt::AlignCenter, text);
        addCallout(QStringLiteral("tunnel"), text, box);
    }
}

QRectF TraceOverlay::paintEnvelope(QPainter *p, const QPointF &at) const
{
    const bool failure = showsFailure();
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
    return env;
}

void TraceOverlay::paintPacket(QPainter *p, const QRectF &env, CalloutPlacer &placer) const
{
    const bool failure = showsFailure();
    const bool reply = m_hops[m_hop].reply;
    // Its addresses: near it, where they cover no text of the drawing.
    const QString text = packetLabel();
    const QFont f = labelFont();
    const QFontMetricsF fm(f);
    const QStringList lines = text.split(u'\n');
    qreal w = 0;
    for (const QString &line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    const QSizeF size(w + 20, fm.height() * lines.size() + 10);
    const QRectF box =
        placer.place(CalloutPlacer::around(env, size) + placer.alongEdges(env.center(), size));
    m_lastLabel = box;
    const QColor color = failure ? style::failureColor() : reply ? replyColor() : style::ink();
    paintLeader(p, box, env, color);
    p->setPen(QPen(color, style::stroke(2.5)));
    p->setBrush(style::labelFill());
    p->drawRoundedRect(box, 8, 8);
    p->setFont(f);
    p->setPen(style::ink());
    p->drawText(box, Qt::AlignCenter, text);
    addCallout(QStringLiteral("packet"), text, box);
}

void TraceOverlay::paintFailure(QPainter *p, const QRectF &env, CalloutPlacer &placer) const
{
    const HopPaint &hop = m_hops[m_hop];
    const QFont title = style::overlayFont(style::Font::NodeTitle);
    const QFont body = style::overlayFont(style::Font::Body, 17);
    const QFontMetricsF fb(body);
    // Wide near the packet, else narrower and taller, else along the picture's edges.
    QList<QRectF> candidates;
    for (const qreal w : {sized(420), sized(300)}) {
        const QRectF text =
            fb.boundingRect(QRectF(0, 0, w - 28, 1000), Qt::TextWordWrap, m_summary);
        const QSizeF size(w, 14 + QFontMetricsF(title).height() + 6 + text.height() + 14);
        candidates << CalloutPlacer::around(env, size, 26);
    }
    for (const qreal w : {sized(420), sized(300)}) {
        const QRectF text =
            fb.boundingRect(QRectF(0, 0, w - 28, 1000), Qt::TextWordWrap, m_summary);
        const QSizeF size(w, 14 + QFontMetricsF(title).height() + 6 + text.height() + 14);
        candidates << placer.alongEdges(env.center(), size);
    }
    const QRectF box = placer.place(candidates);
    const qreal width = box.width();
    const QRectF textRect =
        fb.boundingRect(QRectF(0, 0, width - 28, 1000), Qt::TextWordWrap, m_summary);
    paintLeader(p, box, env, style::failureColor().darker(130));
    p->setPen(QPen(style::failureColor().darker(130), 3));
    p->setBrush(style::failureColor());
    p->drawRoundedRect(box, 10, 10);
    p->setPen(QColor(Qt::white));
    p->setFont(title);
    const QRectF titleRect(box.left() + 14, box.top() + 12, width - 28,
                           QFontMetricsF(title).height());
    const QString heading = QStringLiteral("✗ ") + hop.action.toUpper();
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, heading);
    p->setFont(body);
    p->drawText(QRectF(box.left() + 14, titleRect.bottom() + 6, width - 28, textRect.height()),
                Qt::TextWordWrap, m_summary);
    addCallout(QStringLiteral("failure"), heading + u'\n' + m_summary, box);
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
