#include "scene/items/nodeportitem.h"

#include "scene/scenetext.h"
#include "scene/style.h"

#include <QPainter>

namespace hopscope::app {

NodePortItem::NodePortItem(const QString &id) : SceneItem(id)
{
    // Drawn from a pixmap while the zoom stays: its text and rounded outline cost ~0.1 ms a
    // paint, most of a frame at 1:1 (exports draw afresh: ClusterScene::renderContent).
    setCacheMode(DeviceCoordinateCache);
    setZValue(GlyphLayer);
    setAcceptHoverEvents(true);
}

bool NodePortItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    const SocketPlace *place = layout.socket(id());
    const NodeInfo *node = place ? cluster.node(place->nodeId) : nullptr;
    if (!node)
        return false;
    if (place->hidden > 0) {
        // The NodePorts that did not fit on the border.
        setGeometry(place->rect);
        m_serviceId.clear();
        m_nodeId = place->nodeId;
        m_label = QStringLiteral("+%1").arg(place->hidden);
        m_system = true;
        m_color = style::systemColor();
        setToolTip(tr("%n more NodePort(s) on %1", nullptr, place->hidden).arg(node->name));
        update();
        return true;
    }
    const ServiceInfo *service = cluster.service(place->serviceId);
    if (!service)
        return false;
    setGeometry(place->rect);
    m_serviceId = place->serviceId;
    m_nodeId = place->nodeId;
    m_label = QStringLiteral(":%1").arg(place->nodePort);
    m_system = service->system;
    m_color = style::serviceColor(service->type);
    QString ports;
    for (const ServicePortInfo &p : service->ports)
        if (p.nodePort == place->nodePort)
            ports = SceneText::servicePort(p);
    setToolTip(tr("<p><b>NodePort %1</b> of %2 on %3</p><p>%4:%1 → %5</p>")
                   .arg(place->nodePort)
                   .arg(service->name.toHtmlEscaped(), node->name.toHtmlEscaped(), node->internalIP,
                        ports.toHtmlEscaped()));
    update();
    return true;
}

QList<DrawnText> NodePortItem::drawnTexts() const
{
    // The whole socket: its port is the text, the hole beside it part of the sign.
    DrawnText t;
    t.id = id();
    t.text = m_label;
    t.rect = localRect();
    return {t};
}

QRectF NodePortItem::boundingRect() const
{
    return localRect().adjusted(-2, -2, 2, 2);
}

void NodePortItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (levelOfDetail(option, p) < DetailThreshold)
        return;
    p->setRenderHint(QPainter::Antialiasing);
    style::drawSocket(p, localRect(), m_color, m_label, m_system);
    if (isHighlighted()) {
        p->setPen(QPen(m_color, style::stroke(4)));
        p->setBrush(Qt::NoBrush);
        const QRectF r = localRect();
        p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    }
}

} // namespace hopscope::app
