#include "scene/layout.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace hopscope::app {

namespace {

template <typename T>
const T *lookup(const QHash<QString, int> &index, const QList<T> &list, const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &list[it.value()];
}

template <typename T> void indexList(QHash<QString, int> *index, const QList<T> &list)
{
    index->clear();
    index->reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        index->insert(list[i].id, i);
}

struct NodeColumn
{
    QString id;
    QString name;
    bool pending = false;
    QList<const PodInfo *> pods;
};

struct SlotPlan
{
    QString id;
    QStringList podIds;
    QString groupName;
};

// The node boxes in cluster order, then the area of unscheduled pods when there are any. Pods
// keep the cluster's order, with system pods last (they are drawn subdued, out of the way).
QList<NodeColumn> nodeColumns(const Cluster &cluster)
{
    QList<NodeColumn> columns;
    QHash<QString, int> byName;
    for (const NodeInfo &n : cluster.nodes) {
        byName.insert(n.name, int(columns.size()));
        columns.append({n.id, n.name, false, {}});
    }
    int pendingIndex = -1;
    for (const bool system : {false, true}) {
        for (const PodInfo &p : cluster.pods) {
            if (p.system != system)
                continue;
            const auto it = byName.constFind(p.nodeName);
            if (it != byName.cend()) {
                columns[it.value()].pods << &p;
                continue;
            }
            if (pendingIndex < 0) {
                pendingIndex = int(columns.size());
                columns.append({pendingAreaId(), QString(), true, {}});
            }
            columns[pendingIndex].pods << &p;
        }
    }
    return columns;
}

QString ownerKey(const PodInfo &p)
{
    if (p.ownerName.isEmpty())
        return QString();
    return p.ns + u'/' + p.ownerName;
}

// One slot per pod when they fit; otherwise replicas of the same workload collapse into one
// slot ("web ×12"), largest workloads first, and what still does not fit becomes "+N more".
QList<SlotPlan> planSlots(const NodeColumn &column, int capacity)
{
    QList<SlotPlan> plans;
    if (column.pods.size() <= capacity) {
        for (const PodInfo *p : column.pods)
            plans.append({p->id, {p->id}, QString()});
        return plans;
    }
    QHash<QString, int> groupSize;
    for (const PodInfo *p : column.pods)
        if (!ownerKey(*p).isEmpty())
            ++groupSize[ownerKey(*p)];
    QStringList groups;
    for (auto it = groupSize.cbegin(); it != groupSize.cend(); ++it)
        if (it.value() > 1)
            groups << it.key();
    std::sort(groups.begin(), groups.end(), [&](const QString &a, const QString &b) {
        return groupSize[a] != groupSize[b] ? groupSize[a] > groupSize[b] : a < b;
    });
    QSet<QString> collapsed;
    qsizetype slots = column.pods.size();
    for (const QString &g : std::as_const(groups)) {
        if (slots <= capacity)
            break;
        collapsed.insert(g);
        slots -= groupSize[g] - 1;
    }
    const QString nodePart = column.pending ? pendingAreaId() : column.name;
    QHash<QString, int> groupSlot;
    for (const PodInfo *p : column.pods) {
        const QString key = ownerKey(*p);
        if (collapsed.contains(key)) {
            const auto it = groupSlot.constFind(key);
            if (it != groupSlot.cend()) {
                plans[it.value()].podIds << p->id;
                continue;
            }
            groupSlot.insert(key, int(plans.size()));
            plans.append({QStringLiteral("group/") + nodePart + u'/' + key, {p->id}, p->ownerName});
            continue;
        }
        plans.append({p->id, {p->id}, QString()});
    }
    if (plans.size() > capacity) {
        // Still too many (bare pods): the last slot holds the rest.
        SlotPlan rest{QStringLiteral("group/") + nodePart + QStringLiteral("/more"), {}, {}};
        for (qsizetype i = capacity - 1; i < plans.size(); ++i)
            rest.podIds << plans[i].podIds;
        plans.resize(capacity - 1);
        plans.append(rest);
    }
    return plans;
}

bool selectsPods(const ServiceInfo &s)
{
    for (const auto &list : s.endpoints)
        for (const EndpointInfo &e : list)
            if (!e.podId.isEmpty())
                return true;
    return false;
}

} // namespace

const NodePlace *SceneLayout::node(const QString &id) const
{
    return lookup(m_nodes, nodes, id);
}
const PodSlot *SceneLayout::slot(const QString &id) const
{
    return lookup(m_slots, pods, id);
}
const ServiceBand *SceneLayout::service(const QString &id) const
{
    return lookup(m_services, services, id);
}
const SocketPlace *SceneLayout::socket(const QString &id) const
{
    return lookup(m_sockets, sockets, id);
}
const CloudPlace *SceneLayout::cloud(const QString &id) const
{
    return lookup(m_clouds, clouds, id);
}
const EdgeRoute *SceneLayout::edge(const QString &id) const
{
    return lookup(m_edges, edges, id);
}

const PodSlot *SceneLayout::slotOfPod(const QString &podId) const
{
    const auto it = m_podToSlot.constFind(podId);
    return it == m_podToSlot.cend() ? nullptr : &pods[it.value()];
}

void SceneLayout::reindex()
{
    indexList(&m_nodes, nodes);
    indexList(&m_slots, pods);
    indexList(&m_services, services);
    indexList(&m_sockets, sockets);
    indexList(&m_clouds, clouds);
    indexList(&m_edges, edges);
    m_podToSlot.clear();
    for (int i = 0; i < pods.size(); ++i)
        for (const QString &p : pods[i].podIds)
            m_podToSlot.insert(p, i);
}

namespace {

// The Service bands below the nodes in `bandColumns` columns of `bandWidth` in all, and the
// cluster's frame around the nodes and the bands.
void placeBands(SceneLayout *layout, const QList<const ServiceInfo *> &bandServices,
                int bandColumns, qreal bandWidth, QPointF frameTopLeft, const LayoutMetrics &m)
{
    const qsizetype bandRows = (bandServices.size() + bandColumns - 1) / bandColumns;
    const qreal tileWidth = (bandWidth - (bandColumns - 1) * m.nodeGap) / bandColumns;
    const qreal bandsTop = layout->nodesArea.bottom() + m.bandsTop;
    int lane = 0;
    for (int i = 0; i < bandServices.size(); ++i) {
        const ServiceInfo *s = bandServices[i];
        const qsizetype column = i / bandRows; // column-major: reading order down, then right
        const qsizetype row = i % bandRows;
        ServiceBand band;
        band.id = s->id;
        band.rect = QRectF(layout->nodesArea.left() + column * (tileWidth + m.nodeGap),
                           bandsTop + row * (m.bandHeight + m.bandGap), tileWidth, m.bandHeight);
        if (selectsPods(*s))
            band.lane = lane++ % m.lanes;
        layout->services << band;
    }
    const qreal y = bandsTop + bandRows * (m.bandHeight + m.bandGap);
    const qreal contentBottom = bandServices.isEmpty() ? layout->nodesArea.bottom() : y - m.bandGap;
    layout->clusterFrame = QRectF(
        frameTopLeft,
        QPointF(layout->nodesArea.left() + bandWidth + m.framePad, contentBottom + m.framePad));
}

// NodePort sockets on the top border of every node, right to left, then on its bottom
// border. When they do not all fit, the last place says how many more there are ("+12").
void placeSockets(SceneLayout *layout, const QList<const ServiceInfo *> &bandServices,
                  qreal nodeWidth, const LayoutMetrics &m)
{
    const qreal socketStep = m.socketWidth + m.socketGap;
    const int perBorder =
        std::max(1, int((nodeWidth - m.socketMinLeft - m.nodePadRight + m.socketGap) / socketStep));
    const int places = 2 * perBorder;
    QList<QPair<const ServiceInfo *, int>> nodePorts;
    for (const ServiceInfo *s : std::as_const(bandServices))
        for (const ServicePortInfo &port : s->ports)
            if (port.nodePort > 0)
                nodePorts.append({s, port.nodePort});
    const qsizetype shown = nodePorts.size() <= places ? nodePorts.size() : places - 1;
    for (const NodePlace &node : std::as_const(layout->nodes)) {
        if (node.pendingArea)
            continue;
        auto place = [&](int k) {
            const qreal y = k < perBorder ? node.rect.top() : node.rect.bottom();
            const int pos = k % perBorder;
            return QRectF(node.rect.right() - m.nodePadRight - m.socketWidth - pos * socketStep,
                          y - m.socketHeight / 2, m.socketWidth, m.socketHeight);
        };
        for (int k = 0; k < shown; ++k) {
            const ServiceInfo *s = nodePorts[k].first;
            SocketPlace socket;
            socket.serviceId = s->id;
            socket.nodeId = node.id;
            socket.nodePort = nodePorts[k].second;
            socket.id = QStringLiteral("socket/") + s->ns + u'/' + s->name + u'/' +
                        QString::number(socket.nodePort) + u'@' + node.name;
            socket.rect = place(k);
            layout->sockets << socket;
        }
        if (shown < nodePorts.size()) {
            SocketPlace more;
            more.nodeId = node.id;
            more.hidden = int(nodePorts.size() - shown);
            more.id = QStringLiteral("socket/more@") + node.name;
            more.rect = place(int(shown));
            layout->sockets << more;
        }
    }
}

// Selector edges: from the band up the gutter left of the pod, into the pod's left side.
// One per (Service, drawn pod), whatever the number of ports.
void routeSelectorEdges(SceneLayout *layout, const QList<const ServiceInfo *> &bandServices,
                        int perRow, const LayoutMetrics &m)
{
    for (int b = 0; b < bandServices.size(); ++b) {
        const ServiceInfo &s = *bandServices[b];
        const ServiceBand &band = layout->services[b];
        if (band.lane < 0)
            continue;
        QSet<QString> seen;
        for (const auto &list : s.endpoints) {
            for (const EndpointInfo &e : list) {
                const PodSlot *slot = e.podId.isEmpty() ? nullptr : layout->slotOfPod(e.podId);
                if (!slot || seen.contains(slot->id))
                    continue;
                seen.insert(slot->id);
                const qreal x = slot->rect.left() - m.gutter + m.laneStart + band.lane * m.laneStep;
                const qreal entry = slot->rect.center().y() + (band.lane - m.lanes / 2) * 8.0;
                EdgeRoute edge;
                edge.id = QStringLiteral("edge/") + s.id + u'>' + slot->id;
                edge.serviceId = s.id;
                edge.slotId = slot->id;
                edge.path << QPointF(x, band.rect.top());
                const NodePlace *node = layout->node(slot->nodeId);
                const qsizetype index = node ? node - layout->nodes.constData() : 0;
                if (node && index + perRow < layout->nodes.size()) {
                    // A node above another: go up the gap left of its column, then along the
                    // corridor under it, so that no node below is crossed.
                    const bool firstColumn = node->rect.left() <= layout->nodesArea.left() + 0.5;
                    const qreal gap = firstColumn ? m.framePad : m.nodeGap;
                    const qreal step = std::min(m.laneStep, (gap - 8) / std::max(1, m.lanes - 1));
                    const qreal gx = node->rect.left() - gap + 4 + band.lane * step;
                    const qreal cy = node->rect.bottom() + 8 + band.lane * 4.0;
                    edge.path.first().setX(gx);
                    edge.path << QPointF(gx, cy) << QPointF(x, cy);
                }
                const qreal startX = edge.path.first().x();
                if (startX < band.rect.left() + 8 || startX > band.rect.right() - 8) {
                    // A tiled band away from this pod's column: leave the band on its own span,
                    // then run along the corridor between the nodes and the bands.
                    const qreal sx = std::clamp(startX, band.rect.left() + 8 + band.lane * 6.0,
                                                band.rect.right() - 8 - band.lane * 6.0);
                    const qreal corridor = layout->nodesArea.bottom() + 8 + band.lane * 4.0;
                    edge.path.first().setX(sx);
                    edge.path.insert(1, QPointF(sx, corridor));
                    edge.path.insert(2, QPointF(startX, corridor));
                }
                edge.path << QPointF(x, entry) << QPointF(slot->rect.left(), entry);
                layout->edges << edge;
            }
        }
    }
}

// Outside the cluster, on the left: the client, then the clouds, centred on the nodes; the
// legend under the client; and the bounds of the whole drawing.
void placeOutside(SceneLayout *layout, const QList<const ServiceInfo *> &bandServices,
                  qreal frameTop, const LayoutMetrics &m)
{
    const qreal middle = layout->nodesArea.center().y();
    layout->client = QRectF(m.margin, middle - m.clientHeight / 2, m.clientWidth, m.clientHeight);
    QList<const ServiceInfo *> balancers;
    for (const ServiceInfo *s : std::as_const(bandServices))
        if (s->type == ServiceType::LoadBalancer)
            balancers << s;
    const qreal cloudsHeight =
        balancers.size() * (m.cloudHeight + m.cloudGap) - (balancers.isEmpty() ? 0 : m.cloudGap);
    qreal cy = std::max(frameTop, middle - cloudsHeight / 2);
    for (const ServiceInfo *s : std::as_const(balancers)) {
        CloudPlace cloud;
        cloud.id = QStringLiteral("lb/") + s->ns + u'/' + s->name;
        cloud.serviceId = s->id;
        cloud.rect =
            QRectF(m.margin + m.clientWidth + m.outsideGap, cy, m.cloudWidth, m.cloudHeight);
        layout->clouds << cloud;
        cy += m.cloudHeight + m.cloudGap;
    }

    // The legend under the client: what each Service colour and line means.
    const qreal legendTop = std::max(layout->client.bottom() + m.outsideGap,
                                     layout->clusterFrame.bottom() - m.legendHeight);
    layout->legend = QRectF(m.margin, legendTop, m.clientWidth, m.legendHeight);

    QRectF bounds = layout->clusterFrame.united(layout->client).united(layout->legend);
    for (const CloudPlace &c : std::as_const(layout->clouds))
        bounds = bounds.united(c.rect);
    layout->bounds = bounds.adjusted(-m.margin, -m.margin, m.margin, m.margin);
}

} // namespace

SceneLayout computeLayout(const Cluster &cluster, const LayoutMetrics &m)
{
    SceneLayout layout;
    layout.metrics = m;
    const QList<NodeColumn> columns = nodeColumns(cluster);
    if (columns.isEmpty()) {
        layout.reindex();
        return layout;
    }

    // Services: user Services first (cluster order: namespace, name), system ones last.
    QList<const ServiceInfo *> bandServices;
    for (const bool system : {false, true})
        for (const ServiceInfo &s : cluster.services)
            if (s.system == system)
                bandServices << &s;
    // Bands span the nodes; past maxBandRows Services they tile in columns under the nodes.
    const auto bandColumnsFor = [&](qreal width) {
        if (bandServices.size() <= m.maxBandRows)
            return 1;
        return std::max(1, int((width + m.nodeGap) / (m.bandMinWidth + m.nodeGap)));
    };
    const auto bandsHeightFor = [&](qreal width) -> qreal {
        if (bandServices.isEmpty())
            return 0;
        const qsizetype rows =
            (bandServices.size() + bandColumnsFor(width) - 1) / bandColumnsFor(width);
        return m.bandsTop + rows * (m.bandHeight + m.bandGap) - m.bandGap;
    };

    bool anyLoadBalancer = false;
    for (const ServiceInfo *s : std::as_const(bandServices))
        anyLoadBalancer |= s->type == ServiceType::LoadBalancer;
    const qreal outsideWidth =
        m.clientWidth + m.outsideGap + (anyLoadBalancer ? m.cloudWidth + m.outsideGap : 0);

    // The pod grid inside every node (the same for all nodes, so that gutters line up) and the
    // number of nodes per row: the combination whose whole drawing is largest once fitted to
    // the target aspect ratio. Every pod is shown up to maxSlots a node; beyond, replicas collapse.
    QList<QList<SlotPlan>> plans;
    qsizetype slotsNeeded = 1;
    for (const NodeColumn &c : columns) {
        plans << planSlots(c, m.maxSlots);
        slotsNeeded = std::max(slotsNeeded, plans.last().size());
    }
    const int n = int(columns.size());
    const qreal podsTop = m.headerHeight + m.podNetworkHeight + m.podAreaTop;
    struct Shape
    {
        int podColumns = 1, podRows = 1, perRow = 1;
        qreal podWidth = 0, nodeWidth = 0, nodeHeight = 0;
    } best;
    qreal bestScale = -1;
    for (int cols = 1; cols <= m.maxPodColumns; ++cols) {
        Shape shape;
        shape.podColumns = cols;
        shape.podRows = int((slotsNeeded + cols - 1) / cols);
        shape.podWidth = std::max(m.podWidth, (m.nodeMinWidth - m.nodePadRight) / cols - m.gutter);
        shape.nodeWidth = cols * (m.gutter + shape.podWidth) + m.nodePadRight;
        shape.nodeHeight =
            podsTop + shape.podRows * (m.podHeight + m.podRowGap) - m.podRowGap + m.nodePadBottom;
        for (int perRow = 1; perRow <= n; ++perRow) {
            const int rows = (n + perRow - 1) / perRow;
            const qreal area = std::max(perRow * shape.nodeWidth + (perRow - 1) * m.nodeGap,
                                        bandServices.isEmpty() ? 0 : m.bandMinWidth);
            const qreal w = 2 * m.margin + outsideWidth + 2 * m.framePad + area;
            const qreal h = 2 * m.margin + m.frameTitle + m.framePad + rows * shape.nodeHeight +
                            (rows - 1) * m.nodeRowGap + bandsHeightFor(area);
            const qreal scale = std::min(m.targetAspect / w, 1.0 / h);
            if (scale > bestScale * 1.0001) {
                bestScale = scale;
                best = shape;
                best.perRow = perRow;
            }
        }
    }
    const int podColumns = best.podColumns;
    const int podRows = best.podRows;
    const int perRow = best.perRow;
    const qreal podWidth = best.podWidth;
    const qreal nodeWidth = best.nodeWidth;
    const qreal nodeHeight = best.nodeHeight;
    layout.podColumns = podColumns;
    layout.podRows = podRows;
    layout.nodesPerRow = perRow;
    const int nodeRows = (n + perRow - 1) / perRow;

    const qreal frameLeft = m.margin + outsideWidth;
    const qreal frameTop = m.margin;
    const QPointF origin(frameLeft + m.framePad, frameTop + m.frameTitle);
    const qreal areaWidth = perRow * nodeWidth + (perRow - 1) * m.nodeGap;
    const qreal bandWidth = std::max(areaWidth, bandServices.isEmpty() ? 0 : m.bandMinWidth);
    const qreal areaHeight = nodeRows * nodeHeight + (nodeRows - 1) * m.nodeRowGap;
    layout.nodesArea = QRectF(origin, QSizeF(areaWidth, areaHeight));

    for (int i = 0; i < n; ++i) {
        const NodeColumn &c = columns[i];
        const QRectF rect(origin.x() + (i % perRow) * (nodeWidth + m.nodeGap),
                          origin.y() + (i / perRow) * (nodeHeight + m.nodeRowGap), nodeWidth,
                          nodeHeight);
        NodePlace place;
        place.id = c.id;
        place.name = c.name;
        place.rect = rect;
        place.header = QRectF(rect.topLeft(), QSizeF(nodeWidth, m.headerHeight));
        place.podNetwork =
            QRectF(rect.left(), rect.top() + m.headerHeight, nodeWidth, m.podNetworkHeight);
        place.podCount = int(c.pods.size());
        place.pendingArea = c.pending;
        layout.nodes << place;

        const QList<SlotPlan> &nodePlans = plans[i];
        for (int k = 0; k < nodePlans.size(); ++k) {
            const int col = k % podColumns;
            const int row = k / podColumns;
            PodSlot slot;
            slot.id = nodePlans[k].id;
            slot.nodeId = c.id;
            slot.podIds = nodePlans[k].podIds;
            slot.groupName = nodePlans[k].groupName;
            slot.rect = QRectF(rect.left() + m.gutter + col * (m.gutter + podWidth),
                               rect.top() + podsTop + row * (m.podHeight + m.podRowGap), podWidth,
                               m.podHeight);
            layout.pods << slot;
        }
    }

    placeSockets(&layout, bandServices, nodeWidth, m);

    // Service bands below the nodes, spanning them all (or tiled when there are many).
    placeBands(&layout, bandServices, bandColumnsFor(bandWidth), bandWidth,
               QPointF(frameLeft, frameTop), m);
    layout.reindex();

    routeSelectorEdges(&layout, bandServices, perRow, m);

    placeOutside(&layout, bandServices, frameTop, m);
    layout.reindex();
    return layout;
}

} // namespace hopscope::app
