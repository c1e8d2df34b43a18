#include "scene/items/poditem.h"

#include "scene/scenetext.h"
#include "scene/style.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hopscope::app {

namespace {
constexpr qreal Pad = 12;
constexpr qreal Radius = 10;
} // namespace

PodItem::PodItem(const QString &id) : SceneItem(id)
{
    // Drawn from a pixmap while the zoom stays: its text and rounded outline cost ~0.1 ms a
    // paint, most of a frame at 1:1 (exports draw afresh: ClusterScene::renderContent).
    setCacheMode(DeviceCoordinateCache);
    setZValue(PodLayer);
    setAcceptHoverEvents(true);
}

bool PodItem::sync(const Cluster &cluster, const SceneLayout &layout)
{
    const PodSlot *slot = layout.slot(id());
    if (!slot || slot->podIds.isEmpty())
        return false;
    const PodInfo *first = cluster.pod(slot->podIds.first());
    if (!first)
        return false;
    setGeometry(slot->rect);
    m_podIds = slot->podIds;
    m_system = first->system;
    m_pending = first->ip.isEmpty();
    m_notReady = !first->ready;
    m_ports = SceneText::podPorts(*first);
    if (first->hostNetwork)
        m_ports = m_ports.isEmpty() ? QStringLiteral("hostNetwork")
                                    : QStringLiteral("hostNetwork · ") + m_ports;
    if (slot->isGroup()) {
        m_name = slot->groupName.isEmpty()
                     ? tr("%n more pod(s)", nullptr, int(slot->podIds.size()))
                     : QStringLiteral("%1 ×%2").arg(slot->groupName).arg(slot->podIds.size());
        m_ip = m_pending ? tr("Pending") : tr("%1 …").arg(first->ip);
        QStringList names;
        for (const QString &podId : slot->podIds)
            if (const PodInfo *p = cluster.pod(podId))
                names << QStringLiteral("%1  %2").arg(p->name, p->ip);
        setToolTip(QStringLiteral("<p><b>%1</b></p><p style='white-space:pre'>%2</p>")
                       .arg(m_name.toHtmlEscaped(), names.join(u'\n').toHtmlEscaped()));
    } else {
        m_name = first->name;
        m_ip = m_pending ? tr("Pending") : first->ip;
        setToolTip(SceneText::podTooltip(*first));
    }
    if (m_ports.isEmpty())
        m_ports = tr("no container ports");
    const QFontMetricsF fm(style::font(style::Font::Title));
    m_elidedName = fm.elidedText(m_name, Qt::ElideMiddle, slot->rect.width() - 2 * Pad);
    m_nameLine.setText(m_elidedName);
    m_ipLine.setText(m_ip);
    m_portsLine.setText(QFontMetricsF(style::font(style::Font::Small))
                            .elidedText(m_ports, Qt::ElideRight, slot->rect.width() - 2 * Pad));
    update();
    return true;
}

QList<DrawnText> PodItem::drawnTexts() const
{
    const qreal w = localRect().width() - 2 * Pad;
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const QString ports =
        QFontMetricsF(style::font(style::Font::Small)).elidedText(m_ports, Qt::ElideRight, w);
    return {labelText(id(), style::font(style::Font::Title), QRectF(Pad, 8, w, 22), left,
                      m_elidedName, m_name),
            labelText(id(), style::font(style::Font::Body), QRectF(Pad, 32, w, 22), left, m_ip),
            labelText(id(), style::font(style::Font::Small), QRectF(Pad, 55, w, 20), left, ports,
                      m_ports)};
}

QRectF PodItem::boundingRect() const
{
    return localRect().adjusted(-2, -2, 8, 8);
}

void PodItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (levelOfDetail(option, p) < DetailThreshold)
        return; // the node paints a summary instead
    const QRectF r = localRect();
    p->setRenderHint(QPainter::Antialiasing);

    QColor border = m_system ? style::systemColor() : style::podBorder();
    if (m_notReady)
        border = style::failureColor();
    const QColor fill = m_system ? style::systemFill() : style::surface();
    QPen pen(border, style::stroke(isHighlighted() ? 3.5 : 2));
    if (m_system || m_pending)
        pen.setStyle(Qt::DashLine);

    if (podCount() > 1) {
        // A stack: two cards peeking out behind the front one.
        p->setPen(QPen(border, style::stroke(1.5)));
        p->setBrush(style::theme() == style::Theme::Dark ? fill.lighter(115) : fill.darker(104));
        p->drawRoundedRect(r.translated(6, 6), Radius, Radius);
        p->drawRoundedRect(r.translated(3, 3), Radius, Radius);
    }
    p->setPen(pen);
    p->setBrush(fill);
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), Radius, Radius);

    const QColor text = m_system ? style::mutedInk() : style::ink();
    p->setPen(text);
    p->setFont(style::font(style::Font::Title));
    m_nameLine.draw(p, QRectF(Pad, 8, r.width() - 2 * Pad, 22));
    p->setFont(style::font(style::Font::Body));
    p->setPen(m_pending ? style::mutedInk() : text);
    m_ipLine.draw(p, QRectF(Pad, 32, r.width() - 2 * Pad, 22));
    p->setFont(style::font(style::Font::Small));
    p->setPen(style::mutedInk());
    m_portsLine.draw(p, QRectF(Pad, 55, r.width() - 2 * Pad, 20));
}

} // namespace hopscope::app
