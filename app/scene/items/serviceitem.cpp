#include "scene/items/serviceitem.h"

#include "core/model/serviceendpoints.h"

#include "scene/scenetext.h"
#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hopscope::app {

namespace {
constexpr qreal Pad = 12;
constexpr qreal Gap = 18;
constexpr qreal BadgeHeight = 26;
constexpr qreal Radius = 8;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

ServiceItem::ServiceItem(const QString &id) : SceneItem(id)
{
    setZValue(ServiceLayer);
    setAcceptHoverEvents(true);
}

bool ServiceItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    const ServiceBand *band = layout.service(id());
    const ServiceInfo *service = cluster.service(id());
    if (!band || !service)
        return false;
    setGeometry(band->rect);
    m_type = service->type;
    m_system = service->system;
    m_color = m_system ? style::systemColor() : style::serviceColor(m_type);
    m_badge = service->typeName(); // a Kubernetes word: not translated
    m_name = service->name;
    if (service->ns != u"default")
        m_name += QStringLiteral(" (%1)").arg(service->ns);
    m_address = SceneText::serviceAddress(*service);
    m_ports = SceneText::servicePorts(*service);
    const bool expectsEndpoints =
        service->type != ServiceType::ExternalName && service->hasSelector;
    m_noEndpoints = expectsEndpoints && usableEndpointAddressCount(*service) == 0;
    m_endpoints =
        service->type == ServiceType::ExternalName ? QString() : SceneText::endpointCount(*service);
    setToolTip(SceneText::serviceTooltip(*service));
    update();
    return true;
}

QStringList ServiceItem::texts() const
{
    return {m_badge, m_name, m_address, m_ports, m_endpoints};
}

QRectF ServiceItem::boundingRect() const
{
    return localRect().adjusted(-2, -2, 2, 2);
}

void ServiceItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = localRect();
    p->setRenderHint(QPainter::Antialiasing);
    QPen border(m_color, style::stroke(isHighlighted() ? 4 : 2));
    if (m_system)
        border.setStyle(Qt::DashLine);
    // The band is translucent so that selector edges of the bands below show through it.
    QColor fill = m_color;
    fill.setAlphaF(0.13);
    p->setPen(border);
    p->setBrush(fill);
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), Radius, Radius);
    if (levelOfDetail(option, p) < DetailThreshold) {
        // Far away: the name alone, as large as the band allows.
        QFont big = style::font(style::Font::Summary);
        big.setPixelSize(int(r.height() * 0.68));
        p->setFont(big);
        p->setPen(m_system ? style::mutedInk() : style::ink());
        p->drawText(r.adjusted(Pad, 0, -Pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("%1 · %2").arg(m_name, m_badge));
        return;
    }

    // The label: badge, name, address, ports, endpoints on one line, on an opaque pill so
    // that edges passing behind it never cross the text.
    const Label l = label();
    p->setPen(Qt::NoPen);
    p->setBrush(mix(style::surface(), m_color, 0.16));
    p->drawRoundedRect(QRectF(1, 1, l.width, r.height() - 2), Radius, Radius);

    const qreal cy = r.height() / 2;
    style::drawBadge(p, QPointF(Pad, cy - BadgeHeight / 2), BadgeHeight, m_badge, m_color);
    const QColor text = m_system ? style::mutedInk() : style::ink();
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    p->setPen(text);
    p->setFont(style::font(style::Font::Title));
    p->drawText(l.nameBox, left, l.name);
    p->setFont(style::font(style::Font::Body));
    p->drawText(l.addressBox, left, m_address);
    p->drawText(l.portsBox, left, l.ports);
    p->setFont(style::font(style::Font::Small));
    p->setPen(m_noEndpoints ? style::failureColor() : style::mutedInk());
    p->drawText(l.endpointsBox, left, m_endpoints);
}

ServiceItem::Label ServiceItem::label() const
{
    const QRectF r = localRect();
    const QFontMetricsF titleFm(style::font(style::Font::Title));
    const QFontMetricsF bodyFm(style::font(style::Font::Body));
    const QFontMetricsF smallFm(style::font(style::Font::Small));
    const qreal badgeW = style::badgeWidth(m_badge, BadgeHeight);
    const qreal available = r.width() - 2 * Pad;
    qreal nameW = titleFm.horizontalAdvance(m_name);
    const qreal addressW = bodyFm.horizontalAdvance(m_address);
    const qreal endpointsW = smallFm.horizontalAdvance(m_endpoints);
    qreal portsW = bodyFm.horizontalAdvance(m_ports);
    const qreal fixed = badgeW + addressW + endpointsW + 4 * Gap;
    Label l;
    l.ports = m_ports;
    l.name = m_name;
    if (fixed + nameW + portsW > available) {
        portsW = std::max<qreal>(60, available - fixed - nameW);
        l.ports = bodyFm.elidedText(m_ports, Qt::ElideRight, portsW);
        portsW = bodyFm.horizontalAdvance(l.ports);
        if (fixed + nameW + portsW > available) {
            nameW = std::max<qreal>(60, available - fixed - portsW);
            l.name = titleFm.elidedText(m_name, Qt::ElideRight, nameW);
            nameW = titleFm.horizontalAdvance(l.name);
        }
    }
    l.width = std::min(available, fixed + nameW + portsW) + 2 * Pad;
    l.badgeBox = QRectF(Pad, r.height() / 2 - BadgeHeight / 2, badgeW, BadgeHeight);
    qreal x = Pad + badgeW + Gap;
    l.nameBox = QRectF(x, 0, nameW + 1, r.height());
    x += nameW + Gap;
    l.addressBox = QRectF(x, 0, addressW + 1, r.height());
    x += addressW + Gap;
    l.portsBox = QRectF(x, 0, portsW + 1, r.height());
    x += portsW + Gap;
    l.endpointsBox = QRectF(x, 0, endpointsW + 1, r.height());
    return l;
}

QList<DrawnText> ServiceItem::drawnTexts() const
{
    const Label l = label();
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    DrawnText badge;
    badge.id = id();
    badge.text = m_badge;
    badge.rect = l.badgeBox;
    return {badge,
            labelText(id(), style::font(style::Font::Title), l.nameBox, left, l.name, m_name),
            labelText(id(), style::font(style::Font::Body), l.addressBox, left, m_address),
            labelText(id(), style::font(style::Font::Body), l.portsBox, left, l.ports, m_ports),
            labelText(id(), style::font(style::Font::Small), l.endpointsBox, left, m_endpoints)};
}

} // namespace hopscope::app
