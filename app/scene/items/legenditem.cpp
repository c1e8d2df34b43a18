#include "scene/items/legenditem.h"

#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPicture>

namespace hopscope::app {

namespace {

constexpr qreal Pad = 12;
constexpr qreal GlyphWidth = 40; // the shapes' column
constexpr qreal RowHeight = 24;
constexpr qreal BadgeHeight = 22;

} // namespace

LegendItem::LegendItem() : SceneItem(QStringLiteral("legend"))
{
    setZValue(FrameLayer);
}

bool LegendItem::sync(const Cluster &, const SceneLayout &layout)
{
    if (layout.isEmpty() || layout.legend.isEmpty())
        return false;
    setGeometry(layout.legend);
    update();
    return true;
}

QRectF LegendItem::boundingRect() const
{
    return localRect().adjusted(-2, -2, 2, 2);
}

QStringList LegendItem::entries()
{
    QStringList out = {tr("node"), tr("pod")};
    for (ServiceType type : {ServiceType::ClusterIP, ServiceType::NodePort,
                             ServiceType::LoadBalancer, ServiceType::ExternalName})
        out << serviceTypeName(type);
    out << tr("client") << tr("selector") << tr("request path") << tr("reply path") << tr("packet")
        << tr("failure") << tr("system object");
    return out;
}

void LegendItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (levelOfDetail(option, p) < DetailThreshold)
        return;
    paintKey(p, nullptr);
}

QList<DrawnText> LegendItem::drawnTexts() const
{
    // The texts where paintKey() puts them: painted into a picture nobody shows.
    QList<DrawnText> out;
    QPicture picture;
    QPainter p(&picture);
    paintKey(&p, &out);
    return out;
}

void LegendItem::paintKey(QPainter *p, QList<DrawnText> *texts) const
{
    const QRectF r = localRect();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(style::frameBorder(), style::stroke(1.5)));
    p->setBrush(style::surface());
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 12, 12);

    const qreal w = r.width() - 2 * Pad;
    const QFont &small = style::font(style::Font::Small);
    const QFontMetricsF smallFm(small);
    p->setFont(style::font(style::Font::Title));
    p->setPen(style::ink());
    p->drawText(QRectF(Pad, 6, w, 24), Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
    if (texts) {
        *texts << labelText(id(), style::font(style::Font::Title), QRectF(Pad, 6, w, 24),
                            Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
        texts->last().kind = DrawnText::Kind::Legend;
    }

    qreal y = 34;
    // A row: a glyph in the left column, its meaning beside it.
    auto text = [&](qreal x, qreal top, qreal height, const QString &s) {
        p->setFont(small);
        p->setPen(style::mutedInk());
        const qreal room = r.width() - Pad - x;
        const QString shown = smallFm.elidedText(s, Qt::ElideRight, room);
        p->drawText(QRectF(x, top, room, height), Qt::AlignLeft | Qt::AlignVCenter, shown);
        if (texts) {
            *texts << labelText(id(), small, QRectF(x, top, room, height),
                                Qt::AlignLeft | Qt::AlignVCenter, shown, s);
            texts->last().kind = DrawnText::Kind::Legend;
        }
    };
    auto row = [&](const QString &s, auto glyph) {
        const QRectF g(Pad, y + 3, GlyphWidth - 6, RowHeight - 6);
        p->save();
        glyph(g);
        p->restore();
        text(Pad + GlyphWidth, y, RowHeight, s);
        y += RowHeight;
    };

    row(tr("node and its IPs"), [&](const QRectF &g) {
        p->setPen(QPen(style::nodeHeaderFill(), style::stroke(1.5)));
        p->setBrush(style::surface());
        p->drawRoundedRect(g, 3, 3);
        p->fillRect(QRectF(g.left(), g.top(), g.width(), g.height() * 0.45),
                    style::nodeHeaderFill());
    });
    row(tr("pod and its IP"), [&](const QRectF &g) {
        p->setPen(QPen(style::podBorder(), style::stroke(2)));
        p->setBrush(style::surface());
        p->drawRoundedRect(g.adjusted(4, 1, -4, -1), 4, 4);
    });

    // The Service types: each badge in its colour, a glyph of what it adds, what it means.
    struct ServiceRow
    {
        ServiceType type;
        QString text;
    };
    const ServiceRow services[] = {
        {ServiceType::ClusterIP, tr("a virtual IP inside")},
        {ServiceType::NodePort, tr("+ port on each node")},
        {ServiceType::LoadBalancer, tr("+ cloud balancer")},
        {ServiceType::ExternalName, tr("DNS name (CNAME)")},
    };
    for (const ServiceRow &s : services) {
        const QColor color = style::serviceColor(s.type);
        const qreal bw =
            style::drawBadge(p, QPointF(Pad, y + 2), BadgeHeight, serviceTypeName(s.type), color);
        if (texts) {
            DrawnText badge;
            badge.kind = DrawnText::Kind::Legend;
            badge.id = id();
            badge.text = serviceTypeName(s.type);
            badge.rect = QRectF(Pad, y + 2, bw, BadgeHeight);
            *texts << badge;
        }
        const qreal gx = Pad + bw + 8;
        const QString port = QStringLiteral(":30008");
        const qreal sw = style::badgeWidth(port, BadgeHeight) + BadgeHeight * 0.6;
        if (s.type == ServiceType::NodePort && gx + sw <= r.width() - Pad) {
            style::drawSocket(p, QRectF(gx, y + 2, sw, BadgeHeight), color, port, false);
        } else if (s.type == ServiceType::LoadBalancer && gx + 40 <= r.width() - Pad) {
            p->save();
            p->setPen(QPen(color.darker(110), style::stroke(2)));
            p->setBrush(style::surface());
            p->drawPath(style::cloudPath(QRectF(gx, y + 1, 40, BadgeHeight + 2)));
            p->restore();
        }
        text(Pad, y + BadgeHeight + 3, 18, s.text);
        y += BadgeHeight + 24;
    }

    row(tr("outside client"),
        [&](const QRectF &g) { style::drawLaptop(p, g.adjusted(6, -1, -6, 1), style::ink()); });
    row(tr("selector → pod"), [&](const QRectF &g) {
        QPen dashed(style::serviceColor(ServiceType::ClusterIP), style::stroke(2.5),
                    Qt::CustomDashLine);
        dashed.setDashPattern({3, 2});
        p->setPen(dashed);
        p->drawLine(QPointF(g.left(), g.center().y()), QPointF(g.right(), g.center().y()));
    });
    auto path = [&](const QColor &color) {
        return [&, color](const QRectF &g) {
            const QLineF line(g.left() + 3, g.center().y(), g.right() - 3, g.center().y());
            p->setPen(QPen(style::halo(), style::stroke(7), Qt::SolidLine, Qt::RoundCap));
            p->drawLine(line);
            p->setPen(QPen(color, style::stroke(4.5), Qt::SolidLine, Qt::RoundCap));
            p->drawLine(line);
        };
    };
    row(tr("request path"), path(style::ink()));
    row(tr("reply path"), path(style::replyColor()));
    auto envelope = [&](const QColor &fill, bool cross) {
        return [&, fill, cross](const QRectF &g) {
            QRectF env(0, 0, 26, 18);
            env.moveCenter(g.center());
            p->setPen(QPen(style::textOn(style::packetColor()), style::stroke(1.5)));
            p->setBrush(fill);
            p->drawRoundedRect(env, 2, 2);
            if (cross) {
                p->setPen(QPen(QColor(Qt::white), 2.5, Qt::SolidLine, Qt::RoundCap));
                const QRectF x = env.adjusted(8, 4, -8, -4);
                p->drawLine(x.topLeft(), x.bottomRight());
                p->drawLine(x.topRight(), x.bottomLeft());
            } else {
                p->drawPolyline(QPolygonF({env.topLeft() + QPointF(1, 1), env.center(),
                                           env.topRight() + QPointF(-1, 1)}));
            }
        };
    };
    row(tr("packet src → dst"), envelope(style::packetColor(), false));
    row(tr("dropped: failure"), envelope(style::failureColor(), true));
    row(tr("system object"), [&](const QRectF &g) {
        p->setPen(QPen(style::systemColor(), style::stroke(2), Qt::DashLine));
        p->setBrush(style::systemFill());
        p->drawRoundedRect(g.adjusted(2, 1, -2, -1), 5, 5);
    });
}

} // namespace hopscope::app
