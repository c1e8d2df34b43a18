#include "scene/items/clientitem.h"

#include "scene/style.h"

#include <QPainter>

namespace hopscope::app {

ClientItem::ClientItem() : SceneItem(clientId())
{
    setZValue(GlyphLayer);
}

bool ClientItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    if (layout.isEmpty())
        return false;
    setGeometry(layout.client);
    m_address = cluster.clientIP;
    setToolTip(tr("<p><b>Client</b> outside the cluster</p><p>%1</p>").arg(m_address));
    update();
    return true;
}

QList<DrawnText> ClientItem::drawnTexts() const
{
    const qreal w = localRect().width();
    return {labelText(id(), style::font(style::Font::Title), QRectF(0, 90, w, 24), Qt::AlignCenter,
                      tr("client")),
            labelText(id(), style::font(style::Font::Body), QRectF(0, 114, w, 24), Qt::AlignCenter,
                      m_address)};
}

QRectF ClientItem::boundingRect() const
{
    return localRect().adjusted(-4, -4, 4, 4);
}

void ClientItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF r = localRect();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal glyphW = std::min<qreal>(120, r.width());
    // The dark node colour on light themes; on a dark ground the laptop is drawn in ink.
    style::drawLaptop(p, QRectF(r.center().x() - glyphW / 2, 0, glyphW, 80),
                      style::theme() == style::Theme::Dark ? style::mutedInk()
                                                           : style::nodeHeaderFill());
    p->setPen(style::ink());
    p->setFont(style::font(style::Font::Title));
    p->drawText(QRectF(0, 90, r.width(), 24), Qt::AlignCenter, tr("client"));
    p->setFont(style::font(style::Font::Body));
    p->drawText(QRectF(0, 114, r.width(), 24), Qt::AlignCenter, m_address);
}

} // namespace hopscope::app
