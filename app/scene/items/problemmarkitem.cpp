#include "scene/items/problemmarkitem.h"

#include "scene/style.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hopscope::app {

namespace {
constexpr qreal BadgeSize = 22;
} // namespace

ProblemMarkItem::ProblemMarkItem(SceneItem *marked, const ProblemMark &mark)
    : QGraphicsItem(marked), m_marked(marked), m_mark(mark)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1000); // above the item's other children (pod text, sockets)
    refit();         // also adds the problems to the item's tooltip
}

ProblemMarkItem::~ProblemMarkItem() = default;

void ProblemMarkItem::unmark()
{
    removeTooltip();
}

QColor ProblemMarkItem::colorFor(Severity s)
{
    return style::severityColor(s);
}

void ProblemMarkItem::setMark(const ProblemMark &mark)
{
    if (mark == m_mark)
        return;
    removeTooltip();
    m_mark = mark;
    applyTooltip();
    update();
}

void ProblemMarkItem::refit()
{
    const QRectF r = m_marked->boundingRect();
    if (r != m_target) {
        prepareGeometryChange();
        m_target = r;
    }
    // The marked item's tooltip is rebuilt by its sync(): add the problems again.
    if (!m_tooltipAdded.isEmpty() && !m_marked->toolTip().endsWith(m_tooltipAdded))
        m_tooltipAdded.clear();
    if (m_tooltipAdded.isEmpty())
        applyTooltip();
}

QRectF ProblemMarkItem::badgeRect() const
{
    return QRectF(m_target.right() - BadgeSize * 0.7, m_target.top() - BadgeSize * 0.3, BadgeSize,
                  BadgeSize);
}

QRectF ProblemMarkItem::boundingRect() const
{
    return m_target.adjusted(-6, -6, 6, 6) | badgeRect().adjusted(-2, -2, 2, 2);
}

QPainterPath ProblemMarkItem::shape() const
{
    QPainterPath path;
    path.addEllipse(badgeRect());
    return path;
}

void ProblemMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor color = colorFor(m_mark.severity);
    const bool selected = m_marked->isSelected();
    painter->setRenderHint(QPainter::Antialiasing);
    // The outline: dashed, thick enough for a projector; solid and thicker when selected.
    QPen pen(color, selected ? 5 : 3, selected ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_target.adjusted(-3, -3, 3, 3), 8, 8);
    // The badge: a disc with "!" (errors), "!" on orange (warnings), "i" (infos); the glyph
    // says it too, not only the colour.
    const QRectF b = badgeRect();
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(color);
    painter->drawEllipse(b);
    QFont f = style::font(style::Font::Title);
    f.setBold(true);
    f.setPixelSize(int(BadgeSize * 0.7));
    painter->setFont(f);
    painter->setPen(style::textOn(color));
    painter->drawText(b, Qt::AlignCenter,
                      m_mark.severity == Severity::Info ? QStringLiteral("i")
                                                        : QStringLiteral("!"));
}

void ProblemMarkItem::applyTooltip()
{
    removeTooltip();
    setToolTip(m_mark.text);
    if (m_mark.text.isEmpty())
        return;
    // Rich text when the item's tooltip is (most are), plain lines otherwise.
    const QString tip = m_marked->toolTip();
    const bool rich = tip.startsWith(u'<');
    m_tooltipAdded = rich ? QStringLiteral("<hr><p style='white-space:pre-wrap'>%1</p>")
                                .arg(m_mark.text.toHtmlEscaped())
                          : (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) + m_mark.text;
    m_marked->setToolTip(tip + m_tooltipAdded);
}

void ProblemMarkItem::removeTooltip()
{
    const QString tip = m_marked->toolTip();
    if (!m_tooltipAdded.isEmpty() && tip.endsWith(m_tooltipAdded))
        m_marked->setToolTip(tip.left(tip.size() - m_tooltipAdded.size()));
    m_tooltipAdded.clear();
}

} // namespace hopscope::app
