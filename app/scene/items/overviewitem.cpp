#include "scene/items/overviewitem.h"

#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hopscope::app {

namespace {
// On-screen sizes (pixels) from which text is drawn: below, it could not be read anyway.
constexpr qreal MinTitleWidth = 64; // name and pod count
constexpr qreal MinCountWidth = 18; // the pod count alone
constexpr qreal MinBandTextHeight = 9;
} // namespace

OverviewItem::OverviewItem() : SceneItem(QStringLiteral("overview"))
{
    setZValue(NodeLayer);
    setVisible(false); // only while a large cluster is seen from far away
    // Thousands of node boxes and Service stripes: drawn once per zoom level into a pixmap of
    // the screen's part, then a frame (a packet moving, a hover) is a blit.
    setCacheMode(DeviceCoordinateCache);
}

// What the far view cannot show one by one, said once at a readable size in the view's corner.
void OverviewItem::paintCaption(QPainter *p) const
{
    const QTransform world = p->worldTransform();
    const QRectF onScreen = world.mapRect(m_bounds);
    p->save();
    p->resetTransform();
    QFont font = style::font(style::Font::Summary);
    font.setPixelSize(18);
    p->setFont(font);
    const QFontMetricsF fm(font);
    const QString text = m_caption + QStringLiteral("  ·  ") + tr("zoom in to see pods");
    const QRectF box(onScreen.left() + 8, onScreen.top() + 8, fm.horizontalAdvance(text) + 24,
                     fm.height() + 10);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(style::labelFill());
    p->drawRoundedRect(box, 6, 6);
    p->setPen(style::ink());
    p->drawText(box, Qt::AlignCenter, text);
    p->restore();
}

bool OverviewItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    m_caption = tr("%n node(s)", nullptr, int(cluster.nodes.size())) + QStringLiteral(" · ") +
                tr("%n pod(s)", nullptr, int(cluster.pods.size())) + QStringLiteral(" · ") +
                tr("%n Service(s)", nullptr, int(cluster.services.size()));
    prepareGeometryChange();
    m_bounds = layout.nodesArea;
    m_nodes.clear();
    m_nodes.reserve(layout.nodes.size());
    for (const NodePlace &n : layout.nodes) {
        m_nodes.append({n.rect, n.pendingArea ? tr("Pending") : n.name, n.podCount, n.pendingArea});
        m_bounds |= n.rect;
    }
    m_bands.clear();
    m_colors.clear();
    m_bands.reserve(layout.services.size());
    for (const ServiceBand &b : layout.services) {
        const ServiceInfo *s = cluster.service(b.id);
        if (!s)
            continue;
        const QColor color = s->system ? style::systemColor() : style::serviceColor(s->type);
        qsizetype index = m_colors.indexOf(color);
        if (index < 0) {
            index = m_colors.size();
            m_colors << color;
        }
        m_bands.append({b.rect, s->name, int(index)});
        m_bounds |= b.rect;
    }
    update();
    return true;
}

void OverviewItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal scale = levelOfDetail(option, p);
    const QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : m_bounds;
    p->setRenderHint(QPainter::Antialiasing, false);

    // Nodes: one batch of boxes, then the titles that have room.
    QList<QRectF> boxes;
    boxes.reserve(m_nodes.size());
    for (const NodeGlyph &n : std::as_const(m_nodes))
        if (n.rect.intersects(exposed))
            boxes << n.rect;
    p->setPen(QPen(style::nodeHeaderFill(), 0)); // cosmetic: one pixel at any zoom
    p->setBrush(style::summaryFill());
    p->drawRects(boxes.constData(), int(boxes.size()));

    // Service bands: one batch per colour.
    for (int c = 0; c < m_colors.size(); ++c) {
        QList<QRectF> stripes;
        for (const Band &b : std::as_const(m_bands))
            if (b.colorIndex == c && b.rect.intersects(exposed))
                stripes << b.rect;
        QColor fill = m_colors[c];
        fill.setAlphaF(0.35);
        p->setPen(QPen(m_colors[c], 0));
        p->setBrush(fill);
        p->drawRects(stripes.constData(), int(stripes.size()));
    }

    // Text where it can be read: the node's name and pod count, or the count alone; the band's
    // name.
    const qreal nodeWidth = m_nodes.isEmpty() ? 0 : m_nodes.first().rect.width() * scale;
    if (nodeWidth >= MinCountWidth && nodeWidth < MinTitleWidth) {
        p->setRenderHint(QPainter::TextAntialiasing);
        QFont font = style::font(style::Font::Summary);
        font.setPixelSize(std::max(1, int(m_nodes.first().rect.width() * 0.3)));
        p->setFont(font);
        p->setPen(style::ink());
        for (const NodeGlyph &n : std::as_const(m_nodes))
            if (n.rect.intersects(exposed))
                p->drawText(n.rect, Qt::AlignCenter, QString::number(n.pods));
    }
    if (nodeWidth >= MinTitleWidth) {
        p->setRenderHint(QPainter::TextAntialiasing);
        QFont font = style::font(style::Font::Summary);
        const QRectF first = m_nodes.first().rect;
        // As large as the box allows a name like "node-4999" to stand unelided.
        font.setPixelSize(std::max(1, int(std::min(first.height() * 0.12, first.width() * 0.09))));
        p->setFont(font);
        const QFontMetricsF fm(font);
        for (const NodeGlyph &n : std::as_const(m_nodes)) {
            if (!n.rect.intersects(exposed))
                continue;
            const QRectF top(n.rect.left() + n.rect.width() * 0.06,
                             n.rect.center().y() - fm.height() * 1.1, n.rect.width() * 0.88,
                             fm.height());
            p->setPen(style::ink());
            p->drawText(top, Qt::AlignCenter, fm.elidedText(n.title, Qt::ElideRight, top.width()));
            p->setPen(style::mutedInk());
            p->drawText(top.translated(0, fm.height() * 1.2), Qt::AlignCenter,
                        tr("%n pod(s)", nullptr, n.pods));
        }
    }
    paintCaption(p);
    if (!m_bands.isEmpty() && m_bands.first().rect.height() * scale >= MinBandTextHeight) {
        QFont font = style::font(style::Font::Summary);
        font.setPixelSize(std::max(1, int(m_bands.first().rect.height() * 0.6)));
        p->setFont(font);
        p->setPen(style::ink());
        for (const Band &b : std::as_const(m_bands))
            if (b.rect.intersects(exposed))
                p->drawText(b.rect.adjusted(b.rect.height() * 0.3, 0, 0, 0),
                            Qt::AlignLeft | Qt::AlignVCenter, b.name);
    }
}

} // namespace hopscope::app
