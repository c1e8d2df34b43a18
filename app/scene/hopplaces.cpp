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

HopPlace placeOne(const Trace &trace, int index, const Cluster &cluster, const SceneLayout &layout)
{
    const Hop &hop = trace.hops[index];
    HopPlace place;
    if (hop.entity == clientId()) {
        place.area = layout.client;
        place.point = QPointF(layout.client.center().x(), layout.client.top() + 40);
        place.itemId = clientId();
        if (hop.action == HopAction::NoRoute) {
            // Given up at the router on the way: half way to the cluster.
            place.point.setX((layout.client.right() + layout.clusterFrame.left()) / 2);
        }
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
            // On the right of the box: its name, IP and ports stay readable on the left.
            place.area = slot->rect;
            place.point = QPointF(slot->rect.right() - 34, slot->rect.center().y());
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
    place.keepClear = node->header;
    const QRectF net = node->podNetwork;
    const QString &iface = hop.interface;
    if (iface == u"cni0") {
        place.area = net;
        place.point = QPointF(net.left() + net.width() * 0.62, net.center().y());
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
                    // Just outside the socket, so that its port stays readable.
                    const bool top = s.rect.center().y() < node->rect.center().y();
                    place.area = s.rect;
                    place.point = QPointF(s.rect.center().x(),
                                          top ? s.rect.top() - 20 : s.rect.bottom() + 20);
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
        if (const ServiceBand *band = layout.service(trace.hops[i].serviceId))
            place.serviceArea = band->rect;
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
        const ServiceBand *dns = hop.action == HopAction::DnsAnswer
                                     ? layout.service(QStringLiteral("svc/kube-system/kube-dns"))
                                     : nullptr;
        if (dns) {
            // The lookup goes to kube-dns and back: a round trip to its band.
            place.segment = HopPlace::Segment::Wire;
            path.lineTo(QPointF(std::clamp(from.x(), dns->rect.left() + 40, dns->rect.right() - 40),
                                dns->rect.center().y()));
            path.lineTo(place.point);
        } else if (overlay) {
            // A bowed tunnel between the nodes' eth0 (bent upwards, off the headers), then down
            // to the receiving flannel.1.
            place.segment = HopPlace::Segment::Overlay;
            QPointF landing = place.point;
            if (const NodePlace *to = layout.node(nodeId(hop.node)))
                landing = QPointF(to->header.right() - 40, to->header.center().y());
            const QLineF line(from, landing);
            QPointF normal = line.normalVector().unitVector().p2() - line.p1();
            if (normal.y() > 0 || (qFuzzyIsNull(normal.y()) && normal.x() < 0))
                normal = -normal;
            const qreal bow = std::clamp(line.length() * 0.3, 70.0, 240.0);
            path.quadTo(line.center() + normal * bow, landing);
            place.tunnelEnd = path.length();
            path.lineTo(place.point);
        } else {
            path.lineTo(place.point);
        }
        place.path = path;
        places << place;
    }
    return places;
}

} // namespace hopscope::app
