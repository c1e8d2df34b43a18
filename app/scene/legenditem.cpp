#include "scene/legenditem.h"

#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hopscope::app {

LegendItem::LegendItem() : SceneItem(QStringLiteral("legend"))
{
    setZValue(FrameLayer);
}

bool LegendItem::sync(const Cluster &, const SceneLayout &layout)
{
    if (layout.isEmpty() || layout.legend.isEmpty())
        return false;
    setGeometry(layout.legend);
    return true;
}

QRectF LegendItem::boundingRect() const
{
    return localRect().adjusted(-2, -2, 2, 2);
}

void LegendItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (levelOfDetail(option, p) < DetailThreshold)
        return;
    const QRectF r = localRect();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(QColor(0xD5, 0xDB, 0xE1), 1.5));
    p->setBrush(QColor(Qt::white));
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 12, 12);

    const qreal pad = 14;
    const qreal w = r.width() - 2 * pad;
    const QFontMetricsF small(style::font(style::Font::Small));
    p->setFont(style::font(style::Font::Title));
    p->setPen(style::ink());
    p->drawText(QRectF(pad, 10, w, 24), Qt::AlignLeft | Qt::AlignVCenter, tr("Service types"));

    struct Row
    {
        ServiceType type;
        QString text;
    };
    const Row rows[] = {
        {ServiceType::ClusterIP, tr("a virtual IP in the cluster")},
        {ServiceType::NodePort, tr("+ a port on every node")},
        {ServiceType::LoadBalancer, tr("+ a cloud load balancer")},
        {ServiceType::ExternalName, tr("a DNS name (CNAME)")},
    };
    qreal y = 42;
    for (const Row &row : rows) {
        style::drawBadge(p, QPointF(pad, y), 24, serviceTypeName(row.type),
                         style::serviceColor(row.type));
        p->setFont(style::font(style::Font::Small));
        p->setPen(style::mutedInk());
        p->drawText(QRectF(pad, y + 26, w, 20), Qt::AlignLeft | Qt::AlignVCenter,
                    small.elidedText(row.text, Qt::ElideRight, w));
        y += 52;
    }
    // The selector edge and the system look.
    QPen dashed(style::serviceColor(ServiceType::ClusterIP), 2.5, Qt::CustomDashLine);
    dashed.setDashPattern({3, 2});
    p->setPen(dashed);
    p->drawLine(QPointF(pad, y + 10), QPointF(pad + 34, y + 10));
    p->setPen(style::mutedInk());
    p->setFont(style::font(style::Font::Small));
    p->drawText(QRectF(pad + 42, y, w - 42, 20), Qt::AlignLeft | Qt::AlignVCenter,
                small.elidedText(tr("selects a pod"), Qt::ElideRight, w - 42));
    y += 26;
    QPen grey(style::systemColor(), 2, Qt::DashLine);
    p->setPen(grey);
    p->setBrush(QColor(0xF3, 0xF4, 0xF6));
    p->drawRoundedRect(QRectF(pad, y + 2, 34, 18), 5, 5);
    p->setPen(style::mutedInk());
    p->drawText(QRectF(pad + 42, y, w - 42, 22), Qt::AlignLeft | Qt::AlignVCenter,
                small.elidedText(tr("system objects"), Qt::ElideRight, w - 42));
}

} // namespace hopscope::app
