#include "scene/layoutoffsets.h"

#include <algorithm>

namespace hopscope::app {

namespace {

// A selector edge whose band and pod moved apart: up (or down) from the band's nearest edge
// at the pod's gutter lane, then into the pod's left side.
QPolygonF reroute(const SceneLayout &layout, const ServiceBand &band, const PodSlot &slot)
{
    const LayoutMetrics &m = layout.metrics;
    const int lane = std::max(0, band.lane);
    const qreal gx = slot.rect.left() - m.gutter + m.laneStart + lane * m.laneStep;
    const qreal entry = slot.rect.center().y() + (lane - m.lanes / 2) * 8.0;
    const bool bandBelow = band.rect.center().y() > entry;
    const qreal by = bandBelow ? band.rect.top() : band.rect.bottom();
    QPolygonF path;
    if (gx >= band.rect.left() + 8 && gx <= band.rect.right() - 8) {
        path << QPointF(gx, by);
    } else {
        // Leave the band on its own span, then along a corridor just outside it.
        const qreal sx =
            std::clamp(gx, band.rect.left() + 8 + lane * 6.0, band.rect.right() - 8 - lane * 6.0);
        const qreal cy = by + (bandBelow ? -1 : 1) * (10 + lane * 4.0);
        path << QPointF(sx, by) << QPointF(sx, cy) << QPointF(gx, cy);
    }
    path << QPointF(gx, entry) << QPointF(slot.rect.left(), entry);
    return path;
}

} // namespace

bool isMovableId(const QString &id)
{
    return id.startsWith(u"node/") || id.startsWith(u"svc/") || id.startsWith(u"lb/") ||
           id == clientId();
}

void applyOffsets(SceneLayout *layout, const PositionOffsets &offsets)
{
    if (offsets.isEmpty() || layout->isEmpty())
        return;
    auto offsetOf = [&](const QString &id) { return offsets.value(id); };
    for (NodePlace &n : layout->nodes) {
        const QPointF d = offsetOf(n.id);
        n.rect.translate(d);
        n.header.translate(d);
        n.podNetwork.translate(d);
    }
    for (PodSlot &s : layout->pods)
        s.rect.translate(offsetOf(s.nodeId));
    for (SocketPlace &s : layout->sockets)
        s.rect.translate(offsetOf(s.nodeId));
    for (ServiceBand &b : layout->services)
        b.rect.translate(offsetOf(b.id));
    for (CloudPlace &c : layout->clouds)
        c.rect.translate(offsetOf(c.id));
    layout->client.translate(offsetOf(clientId()));
    layout->reindex();

    for (EdgeRoute &e : layout->edges) {
        const PodSlot *slot = layout->slot(e.slotId);
        const ServiceBand *band = layout->service(e.serviceId);
        if (!slot || !band)
            continue;
        const QPointF podMove = offsetOf(slot->nodeId);
        const QPointF bandMove = offsetOf(band->id);
        if (podMove == bandMove)
            e.path.translate(podMove); // moved together: the same route
        else
            e.path = reroute(*layout, *band, *slot);
    }

    // The frame holds the nodes and bands wherever they went; the bounds hold everything.
    const LayoutMetrics &m = layout->metrics;
    QRectF inside = layout->nodesArea;
    for (const NodePlace &n : std::as_const(layout->nodes))
        inside |= n.rect;
    for (const ServiceBand &b : std::as_const(layout->services))
        inside |= b.rect;
    QRectF frame = layout->clusterFrame;
    frame.setLeft(std::min(frame.left(), inside.left() - m.framePad));
    frame.setRight(std::max(frame.right(), inside.right() + m.framePad));
    frame.setTop(std::min(frame.top(), inside.top() - m.frameTitle));
    frame.setBottom(std::max(frame.bottom(), inside.bottom() + m.framePad));
    layout->clusterFrame = frame;
    QRectF bounds = frame.united(layout->client).united(layout->legend);
    for (const CloudPlace &c : std::as_const(layout->clouds))
        bounds |= c.rect;
    layout->bounds = bounds.adjusted(-m.margin, -m.margin, m.margin, m.margin);
    layout->reindex();
}

} // namespace hopscope::app
