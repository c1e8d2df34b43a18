#include "scene/items/clusterframeitem.h"

#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hopscope::app {

ClusterFrameItem::ClusterFrameItem() : SceneItem(QStringLiteral("cluster"))
{
    setZValue(FrameLayer);
}

bool ClusterFrameItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    if (layout.isEmpty())
        return false;
    setGeometry(layout.clusterFrame);
    m_details = tr("pods %1 · Services %2 · NodePorts %3")
                    .arg(cluster.settings.clusterCidr, cluster.settings.serviceCidr,
                         cluster.settings.nodePortRange());
    update();
    return true;
}

QList<DrawnText> ClusterFrameItem::drawnTexts() const
{
    const qreal pad = 24;
    const QFont &title = style::font(style::Font::FrameTitle);
    const QFont &body = style::font(style::Font::Body);
    const QString name = tr("Cluster");
    const qreal titleW = QFontMetricsF(title).horizontalAdvance(name);
    const qreal detailsX = pad + titleW + 18;
    const qreal detailsW = localRect().width() - pad - detailsX;
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    return {labelText(id(), title, QRectF(pad, 10, titleW + 2, 30), left, name),
            labelText(id(), body, QRectF(detailsX, 10, detailsW, 30), left,
                      QFontMetricsF(body).elidedText(m_details, Qt::ElideRight, detailsW),
                      m_details)};
}

QRectF ClusterFrameItem::boundingRect() const
{
    return localRect().adjusted(-2, -2, 2, 2);
}

void ClusterFrameItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = localRect();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(style::frameBorder(), style::stroke(2)));
    p->setBrush(style::clusterFill());
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 18, 18);
    if (levelOfDetail(option, p) < DetailThreshold)
        return;

    const qreal pad = 24;
    const QFontMetricsF titleFm(style::font(style::Font::FrameTitle));
    const QString title = tr("Cluster");
    p->setPen(style::ink());
    p->setFont(style::font(style::Font::FrameTitle));
    const qreal titleW = titleFm.horizontalAdvance(title);
    p->drawText(QRectF(pad, 10, titleW + 2, 30), Qt::AlignLeft | Qt::AlignVCenter, title);

    const QFontMetricsF bodyFm(style::font(style::Font::Body));
    const qreal detailsX = pad + titleW + 18;
    const qreal detailsW = r.width() - pad - detailsX;
    p->setFont(style::font(style::Font::Body));
    p->setPen(style::mutedInk());
    p->drawText(QRectF(detailsX, 10, detailsW, 30), Qt::AlignLeft | Qt::AlignVCenter,
                bodyFm.elidedText(m_details, Qt::ElideRight, detailsW));
}

} // namespace hopscope::app
