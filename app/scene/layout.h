#pragma once

// Where everything goes: a pure function of the Cluster, deterministic and layered (never
// force-directed). Client and cloud load balancers on the left outside the cluster; nodes as
// large boxes in a grid with their pods inside in rows; Services as bands spanning the nodes
// below them; selector edges routed in the gutters left of each pod column.
//
// Presentation only: every Kubernetes fact (which pods a Service selects, which node a pod is on)
// is read from the Cluster, never decided here.

#include "core/model/cluster.h"

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace hopscope::app {

struct LayoutMetrics
{
    qreal podWidth = 200; // at least; wider when a node has room
    qreal podHeight = 82;
    qreal podRowGap = 12;
    qreal gutter = 34; // left of each pod column; selector edges run here
    qreal laneStart = 6;
    qreal laneStep = 5.5;
    int lanes = 5;
    qreal nodeMinWidth = 330; // the header and the pod-network band stay readable
    qreal nodePadRight = 12;
    qreal nodePadBottom = 24;    // room for NodePort sockets on the bottom border
    qreal headerHeight = 62;     // name, eth0 address
    qreal podNetworkHeight = 52; // pod CIDR · cni0, flannel.1
    qreal podAreaTop = 16;
    qreal nodeGap = 32;
    qreal nodeRowGap = 56;
    qreal framePad = 28;
    qreal frameTitle = 64; // "Cluster" title line, room for the sockets above the nodes
    qreal bandsTop = 36;   // from the nodes' bottom to the first Service band
    qreal bandHeight = 42;
    qreal bandGap = 8;
    qreal bandMinWidth = 820; // a band's label (type, name, VIP, three ports) fits
    int maxBandRows = 12;     // more Services than this: their bands tile in columns
    qreal socketWidth = 88;
    qreal socketHeight = 30;
    qreal socketGap = 8;
    qreal socketMinLeft = 12;
    qreal clientWidth = 210; // the client's column, also the legend's
    qreal clientHeight = 150;
    qreal cloudWidth = 210;
    qreal cloudHeight = 140;
    qreal cloudGap = 24;
    qreal legendHeight = 440;
    qreal outsideGap = 36;
    qreal margin = 24;
    int maxPodColumns = 3;
    int maxSlots = 12; // pods shown one by one in a node; beyond, replicas collapse
    // The aspect ratio the drawing aims for (a projector, `render`'s default 1600x1000).
    qreal targetAspect = 1.6;
};

struct NodePlace
{
    QString id;   // the node's id, or "pending" for the area of unscheduled pods
    QString name; // node name (empty for the pending area)
    QRectF rect;
    QRectF header;
    QRectF podNetwork;
    int podCount = 0; // pods on it, collapsed or not
    bool pendingArea = false;
};

struct PodSlot
{
    QString id; // the pod's id, or "group/<node>/<ns>/<owner>" for collapsed replicas
    QString nodeId;
    QRectF rect;
    QStringList podIds; // the pods shown here (one unless collapsed)
    QString groupName;  // collapsed: the workload's name (empty: "other pods")
    bool isGroup() const { return podIds.size() > 1 || id.startsWith(u"group/"); }
};

struct ServiceBand
{
    QString id;
    QRectF rect;
    int lane = -1; // selector-edge lane, -1 when it selects no drawn pod
};

struct SocketPlace
{
    QString id; // "socket/<ns>/<svc>/<nodePort>@<node>"
    QString serviceId;
    QString nodeId;
    int nodePort = 0;
    int hidden = 0; // the "+N" place: NodePorts that did not fit (no serviceId)
    QRectF rect;
};

struct CloudPlace
{
    QString id; // "lb/<ns>/<svc>"
    QString serviceId;
    QRectF rect;
};

struct EdgeRoute
{
    QString id; // "edge/<service id>><slot id>"
    QString serviceId;
    QString slotId;
    QPolygonF path; // from the band's top edge up the gutter into the pod's left side
};

struct SceneLayout
{
    LayoutMetrics metrics;
    QRectF bounds;
    QRectF clusterFrame;
    QRectF nodesArea;
    QRectF client;
    QRectF legend;
    int podColumns = 0;
    int podRows = 0;
    int nodesPerRow = 0;
    QList<NodePlace> nodes;
    QList<PodSlot> pods;
    QList<ServiceBand> services;
    QList<SocketPlace> sockets;
    QList<CloudPlace> clouds;
    QList<EdgeRoute> edges;

    const NodePlace *node(const QString &id) const;
    const PodSlot *slot(const QString &id) const;
    const PodSlot *slotOfPod(const QString &podId) const;
    const ServiceBand *service(const QString &id) const;
    const SocketPlace *socket(const QString &id) const;
    const CloudPlace *cloud(const QString &id) const;
    const EdgeRoute *edge(const QString &id) const;
    bool isEmpty() const { return nodes.isEmpty(); }
    void reindex();

private:
    QHash<QString, int> m_nodes, m_slots, m_podToSlot, m_services, m_sockets, m_clouds, m_edges;
};

SceneLayout computeLayout(const Cluster &cluster, const LayoutMetrics &metrics = {});

// Ids of the things that are not Kubernetes entities.
inline QString clientId()
{
    return QStringLiteral("client");
}
inline QString pendingAreaId()
{
    return QStringLiteral("pending");
}

} // namespace hopscope::app
