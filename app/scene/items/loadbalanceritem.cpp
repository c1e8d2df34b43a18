#include "scene/items/loadbalanceritem.h"

#include "scene/scenetext.h"
#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hopscope::app {

LoadBalancerItem::LoadBalancerItem(const QString &id) : SceneItem(id)
{
    setZValue(GlyphLayer);
    setAcceptHoverEvents(true);
}

bool LoadBalancerItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    const CloudPlace *place = layout.cloud(id());
    const ServiceInfo *service = place ? cluster.service(place->serviceId) : nullptr;
    if (!service)
        return false;
    setGeometry(place->rect);
    // Made once: uniting the circles (QPainterPath::simplified) costs far more than drawing
    // the outline, and two hundred clouds were most of a large cluster's frame.
    m_cloud = style::cloudPath(localRect().adjusted(2, 2, -2, -2));
    m_serviceId = service->id;
    m_name = service->name;
    m_address = SceneText::loadBalancerAddress(*service);
    setToolTip(tr("<p><b>Cloud load balancer</b> of %1</p><p>%2 → the nodes' NodePorts</p>")
                   .arg(m_name.toHtmlEscaped(), m_address.toHtmlEscaped()));
    update();
    return true;
}

QRectF LoadBalancerItem::boundingRect() const
{
    return localRect().adjusted(-4, -4, 4, 4);
}

QList<DrawnText> LoadBalancerItem::drawnTexts() const
{
    const QRectF r = localRect();
    const qreal textW = r.width() - 40;
    const qreal x = 20;
    const qreal base = r.height() * 0.42;
    const QFont &title = style::font(style::Font::Title);
    const QFont &body = style::font(style::Font::Body);
    return {labelText(id(), style::font(style::Font::Small), QRectF(x, base - 24, textW, 22),
                      Qt::AlignCenter, QStringLiteral("LoadBalancer")),
            labelText(id(), title, QRectF(x, base, textW, 24), Qt::AlignCenter,
                      QFontMetricsF(title).elidedText(m_name, Qt::ElideRight, textW), m_name),
            labelText(id(), body, QRectF(x, base + 26, textW, 24), Qt::AlignCenter,
                      QFontMetricsF(body).elidedText(m_address, Qt::ElideMiddle, textW),
                      m_address)};
}

void LoadBalancerItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = localRect();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor color = style::serviceColor(ServiceType::LoadBalancer);
    p->setPen(QPen(color.darker(110), style::stroke(isHighlighted() ? 5 : 3)));
    // A tint of the Service colour on the theme's card colour.
    const QColor card = style::surface();
    const QColor fill = QColor::fromRgbF(card.redF() + (color.redF() - card.redF()) * 0.14,
                                         card.greenF() + (color.greenF() - card.greenF()) * 0.14,
                                         card.blueF() + (color.blueF() - card.blueF()) * 0.14);
    p->setBrush(fill);
    p->drawPath(m_cloud);
    if (levelOfDetail(option, p) < DetailThreshold)
        return; // too small to read

    const qreal textW = r.width() - 40;
    const qreal x = 20;
    const qreal base = r.height() * 0.42;
    const QFontMetricsF titleFm(style::font(style::Font::Title));
    p->setPen(style::ink());
    p->setFont(style::font(style::Font::Small));
    p->drawText(QRectF(x, base - 24, textW, 22), Qt::AlignCenter, QStringLiteral("LoadBalancer"));
    p->setFont(style::font(style::Font::Title));
    p->drawText(QRectF(x, base, textW, 24), Qt::AlignCenter,
                titleFm.elidedText(m_name, Qt::ElideRight, textW));
    p->setFont(style::font(style::Font::Body));
    p->drawText(QRectF(x, base + 26, textW, 24), Qt::AlignCenter,
                QFontMetricsF(p->font()).elidedText(m_address, Qt::ElideMiddle, textW));
}

} // namespace hopscope::app
