#include "scene/hopplaces.h"

#include <QLineF>

namespace hopscope::app {

namespace {

// The pod a veth leads to: the nearest pod hop around it (the one it bridges to, or the one
// sending the reply).
QString podNear(const Trace &trace, int index)
{
    for (int d = 1; d < 4; ++d) {
        for (int i : {index + d, index - d}) {
            if (i >= 0 && i < trace.hops.size() && trace.hops[i].entity.startsWith(u"pod/") &&
                trace.hops[i].reply == trace.hops[index].reply)
                return trace.hops[i].entity;
        }
    }
    return QString();
}

HopPlace placeOne(const Trace &trace, int index, const Cluster &cluster,
                  const SceneLayout &layout)
{
    const Hop &hop = trace.hops[index];
    HopPlace place;
    if (hop.entity == clientId()) {
        place.area = layout.client;
        place.point = QPointF(layout.client.center().x(), layout.client.top() + 40);
        place.itemId = clientId();
        return place;
    }
    if (const CloudPlace *cloud = layout.cloud(hop.entity)) {
        place.area = cloud->rect;
        place.point = cloud->rect.center();
        place.itemId = cloud->id;
        return place;
    }
    if (hop.entity.startsWith(u"pod/")) {
        if (const PodSlot *slot = layout.slotOfPod(hop.entity)) {
            place.area = slot->rect;
            place.point = slot->rect.center();
            place.itemId = slot->id;
            return place;
        }
    }
    QString nodeKey = hop.entity.startsWith(u"node/") ? hop.entity : QString();
    if (nodeKey.isEmpty() && !hop.node.isEmpty())
        nodeKey = nodeId(hop.node);
    const NodePlace *node = layout.node(nodeKey);
    if (!node) {
        place.area = layout.bounds;
        place.point = layout.clusterFrame.center();
        return place;
    }
    place.itemId = node->id;
    const QRectF net = node->podNetwork;
    const QString &iface = hop.interface;
    if (iface == u"cni0") {
        place.area = net;
        place.point = QPointF(net.center().x(), net.center().y());
    } else if (iface == u"flannel.1") {
        place.area = net;
        place.point = QPointF(net.right() - 36, net.center().y());
    } else if (iface.startsWith(u"veth")) {
        place.area = net;
        const PodSlot *slot = layout.slotOfPod(podNear(trace, index));
        place.point = QPointF(slot ? slot->rect.center().x() : net.center().x(), net.bottom());
    } else {
        // eth0: the NodePort socket the packet arrives at, if it is one; else the header.
        place.area = node->header;
        place.point = QPointF(node->header.right() - 40, node->header.center().y());
        const NodeInfo *info = cluster.node(node->id);
        if (info && !hop.reply && hop.before.dstIP == info->internalIP) {
            for (const SocketPlace &s : layout.sockets) {
                if (s.nodeId == node->id && s.nodePort == hop.before.dstPort &&
                    !s.serviceId.isEmpty()) {
                    place.area = s.rect;
                    place.point = s.rect.center();
                    place.itemId = s.id;
                    break;
                }
            }
        }
    }
    return place;
}

} // namespace

QList<HopPlace> placeHops(const Trace &trace, const Cluster &cluster, const SceneLayout &layout)
{
    QList<HopPlace> places;
    places.reserve(trace.hops.size());
    for (int i = 0; i < trace.hops.size(); ++i) {
        HopPlace place = placeOne(trace, i, cluster, layout);
        if (i == 0) {
            place.segment = HopPlace::Segment::Start;
            places << place;
            continue;
        }
        const QPointF from = places.last().point;
        QPainterPath path(from);
        const Hop &hop = trace.hops[i];
        const bool overlay = hop.before.encapsulated && !trace.hops[i - 1].node.isEmpty() &&
                             hop.node != trace.hops[i - 1].node;
        if (overlay) {
            // A bowed tunnel between the nodes: bend it to the side so that it does not run
            // along the headers.
            place.segment = HopPlace::Segment::Overlay;
            const QLineF line(from, place.point);
            QPointF normal = line.normalVector().unitVector().p2() - line.p1();
            if (normal.y() > 0 || (qFuzzyIsNull(normal.y()) && normal.x() < 0))
                normal = -normal;
            const qreal bow = std::clamp(line.length() * 0.25, 60.0, 220.0);
            path.quadTo(line.center() + normal * bow, place.point);
        } else {
            path.lineTo(place.point);
        }
        place.path = path;
        places << place;
    }
    return places;
}

} // namespace hopscope::app
