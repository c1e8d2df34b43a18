#pragma once

// Where each hop of a trace is on the scene (presentation only): the entity and interface of a
// hop map to a point and to the area that lights up while the packet is there.
//
//   client                  the laptop            lb/<ns>/<svc>     the cloud
//   node eth0               the node's header, or the NodePort socket the packet arrives at
//   node cni0               the middle of the pod-network band
//   node flannel.1          the right end of the pod-network band (where the overlay leaves)
//   node veth-…             the pod-network band above the pod it leads to
//   pod eth0                the pod's box
//
// The segment into a hop is a "wire" (straight), or the VXLAN overlay between two nodes (a
// bowed tunnel, drawn differently) when the packet arrives encapsulated. A DNS answer comes
// back from the kube-dns Service's band (the lookup's round trip).

#include "core/model/cluster.h"
#include "core/model/trace.h"
#include "scene/layout.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

namespace hopscope::app {

struct HopPlace
{
    enum class Segment { Start, Wire, Overlay };

    QPointF point;  // scene coordinates
    QRectF area;    // what lights up (scene coordinates)
    QString itemId; // the scene item of `area` ("node/…", "socket/…", "pod/…", "client" …)
    QRectF serviceArea;              // the band of the Service the hop concerns (its ports), if any
    Segment segment = Segment::Wire; // how the packet gets here from the previous hop
    QPainterPath path;   // from the previous hop's point to this one (empty for the first)
    qreal tunnelEnd = 0; // Overlay: the length of `path` that is the VXLAN tunnel
    QRectF keepClear;    // text near the hop the packet's label must not cover (a node's header)
};

QList<HopPlace> placeHops(const Trace &trace, const Cluster &cluster, const SceneLayout &layout);

} // namespace hopscope::app
