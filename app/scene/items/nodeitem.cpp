#include "scene/items/nodeitem.h"

#include "scene/scenetext.h"
#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace hopscope::app {

NodeItem::NodeItem(const QString &id) : SceneItem(id)
{
    setZValue(NodeLayer);
    // Drawn from a pixmap while the zoom stays, like pods (a node's header, network band and
    // outline were ~1 ms of a 1:1 frame); larger than the view, only its visible part is kept.
    setCacheMode(DeviceCoordinateCache);
}

bool NodeItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    const NodePlace *place = layout.node(id());
    if (!place)
        return false;
    setGeometry(place->rect);
    m_headerHeight = place->header.height();
    m_podNetworkHeight = place->podNetwork.height();
    m_podCount = place->podCount;
    m_pendingArea = place->pendingArea;
    if (m_pendingArea) {
        m_title = tr("Pending");
        m_address = tr("no node could take these pods");
        m_podNetwork.clear();
        m_vtep.clear();
        m_state.clear();
        setToolTip(tr("Pods that the scheduler could not place on any node: they have no IP."));
        update();
        return true;
    }
    const NodeInfo *node = cluster.node(id());
    if (!node)
        return false;
    m_title = node->name;
    m_address = QStringLiteral("eth0 %1").arg(node->internalIP);
    m_podNetwork = QStringLiteral("%1 · cni0 %2").arg(node->podCIDR, node->bridgeIP);
    m_vtep = node->vtepIP.isEmpty() ? QString() : QStringLiteral("flannel.1 %1").arg(node->vtepIP);
    m_state = !node->ready          ? QStringLiteral("NotReady")
              : node->unschedulable ? QStringLiteral("SchedulingDisabled")
                                    : QString();
    setToolTip(SceneText::nodeTooltip(*node, m_podCount));
    update();
    return true;
}

QRectF NodeItem::boundingRect() const
{
    return localRect().adjusted(-2, -2, 6, 6); // room for the pen and the shadow
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (levelOfDetail(option, painter) < DetailThreshold)
        paintSummary(painter);
    else
        paintDetailed(painter);
}

void NodeItem::paintDetailed(QPainter *p) const
{
    const QRectF r = localRect();
    const qreal radius = 12;
    p->setRenderHint(QPainter::Antialiasing);

    // Shadow, body, then the header band clipped to the body's rounded outline.
    p->setPen(Qt::NoPen);
    p->setBrush(style::shadow());
    p->drawRoundedRect(r.translated(3, 4), radius, radius);
    QPainterPath body;
    body.addRoundedRect(r, radius, radius);
    p->setBrush(style::surface());
    p->drawPath(body);

    const QRectF header(0, 0, r.width(), m_headerHeight);
    const QRectF net(0, m_headerHeight, r.width(), m_podNetworkHeight);
    p->save();
    p->setClipPath(body);
    p->fillRect(header, m_pendingArea ? style::systemColor() : style::nodeHeaderFill());
    if (!m_pendingArea)
        p->fillRect(net, style::podNetworkFill());
    p->restore();

    const qreal pad = 16;
    // Sockets sit on the top border (y −15…15): the title starts below them.
    const QFontMetricsF titleMetrics(style::font(style::Font::NodeTitle));
    qreal stateWidth = 0;
    if (!m_state.isEmpty())
        stateWidth = style::badgeWidth(m_state, 24) + 10;
    p->setPen(style::nodeHeaderText());
    p->setFont(style::font(style::Font::NodeTitle));
    const QRectF titleRect(pad, 16, r.width() - 2 * pad - stateWidth, 26);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                titleMetrics.elidedText(m_title, Qt::ElideRight, titleRect.width()));
    if (!m_state.isEmpty())
        style::drawBadge(p, QPointF(r.width() - pad - stateWidth + 10, 17), 24, m_state,
                         style::failureColor());
    p->setFont(style::font(style::Font::Body));
    p->setPen(style::nodeHeaderMuted());
    const QRectF addressRect(pad, 40, r.width() - 2 * pad, 20);
    p->drawText(
        addressRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(p->font()).elidedText(m_address, Qt::ElideRight, addressRect.width()));

    if (!m_pendingArea) {
        p->setPen(style::podNetworkText());
        p->setFont(style::font(style::Font::Body));
        const QRectF line1(pad, net.top() + 6, r.width() - 2 * pad, 22);
        p->drawText(
            line1, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(p->font()).elidedText(m_podNetwork, Qt::ElideRight, line1.width()));
        p->setFont(style::font(style::Font::Small));
        p->setPen(style::mutedInk());
        p->drawText(QRectF(pad, net.top() + 28, r.width() - 2 * pad, 20),
                    Qt::AlignLeft | Qt::AlignVCenter, m_vtep);
    }
    if (m_podCount == 0) {
        p->setFont(style::font(style::Font::Body));
        p->setPen(style::mutedInk());
        p->drawText(QRectF(0, net.bottom(), r.width(), r.height() - net.bottom()), Qt::AlignCenter,
                    tr("no pods"));
    }

    p->setBrush(Qt::NoBrush);
    QPen border(m_pendingArea ? style::systemColor() : style::nodeHeaderFill(), style::stroke(2));
    if (m_pendingArea)
        border.setStyle(Qt::DashLine);
    p->setPen(border);
    p->drawPath(body);
}

QList<DrawnText> NodeItem::drawnTexts() const
{
    const QRectF r = localRect();
    const qreal pad = 16;
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const qreal stateWidth = m_state.isEmpty() ? 0 : style::badgeWidth(m_state, 24) + 10;
    const QFont &title = style::font(style::Font::NodeTitle);
    const QFont &body = style::font(style::Font::Body);
    const QRectF titleRect(pad, 16, r.width() - 2 * pad - stateWidth, 26);
    const QRectF addressRect(pad, 40, r.width() - 2 * pad, 20);
    QList<DrawnText> out = {
        labelText(id(), title, titleRect, left,
                  QFontMetricsF(title).elidedText(m_title, Qt::ElideRight, titleRect.width()),
                  m_title),
        labelText(id(), body, addressRect, left,
                  QFontMetricsF(body).elidedText(m_address, Qt::ElideRight, addressRect.width()),
                  m_address)};
    if (!m_state.isEmpty()) {
        DrawnText state;
        state.id = id();
        state.text = m_state;
        state.rect = QRectF(r.width() - pad - stateWidth + 10, 17, stateWidth - 10, 24);
        out << state;
    }
    if (!m_pendingArea) {
        const qreal top = m_headerHeight;
        const QRectF line1(pad, top + 6, r.width() - 2 * pad, 22);
        out << labelText(
                   id(), body, line1, left,
                   QFontMetricsF(body).elidedText(m_podNetwork, Qt::ElideRight, line1.width()),
                   m_podNetwork)
            << labelText(id(), style::font(style::Font::Small),
                         QRectF(pad, top + 28, r.width() - 2 * pad, 20), left, m_vtep);
    }
    if (m_podCount == 0) {
        const qreal top = m_headerHeight + m_podNetworkHeight;
        out << labelText(id(), body, QRectF(0, top, r.width(), r.height() - top), Qt::AlignCenter,
                         tr("no pods"));
    }
    return out;
}

void NodeItem::paintSummary(QPainter *p) const
{
    // Far away: one glyph (name and pod count), no per-pod work.
    const QRectF r = localRect();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(style::nodeHeaderFill(), style::stroke(4)));
    p->setBrush(m_pendingArea ? style::clusterFill() : style::summaryFill());
    p->drawRoundedRect(r, 16, 16);
    const QFont &big = style::font(style::Font::Summary);
    const QFontMetricsF fm(big);
    p->setFont(big);
    p->setPen(style::ink());
    const QRectF top(20, r.height() / 2 - fm.height() - 6, r.width() - 40, fm.height());
    p->drawText(top, Qt::AlignCenter, fm.elidedText(m_title, Qt::ElideRight, top.width()));
    p->setPen(style::mutedInk());
    p->drawText(top.translated(0, fm.height() + 12), Qt::AlignCenter,
                tr("%n pod(s)", nullptr, m_podCount));
}

} // namespace hopscope::app
