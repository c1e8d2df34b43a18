#include "ui/presentationcaption.h"

#include <QPainter>
#include <QResizeEvent>
#include <QScreen>

#include <cmath>

namespace hopscope::app {

PresentationCaption::PresentationCaption(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("presentationCaption"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void PresentationCaption::setCaption(const HopCaption &caption)
{
    m_caption = caption;
    relayout();
}

qreal PresentationCaption::pixelSize() const
{
    return m_layout ? m_layout->pixelSize() : 0;
}

QList<QStringList> PresentationCaption::lines() const
{
    return m_layout ? m_layout->lines() : QList<QStringList>();
}

QList<DrawnText> PresentationCaption::texts() const
{
    return m_layout ? m_layout->texts(QPointF(0, 0)) : QList<DrawnText>();
}

void PresentationCaption::relayout()
{
    // Sized for the screen the class sees, as a slide of that size would be: the width the
    // window gives it, the text from the screen's height (not the window's, which the caption
    // itself makes taller).
    const QWidget *room = parentWidget() ? parentWidget() : this;
    int height = window()->height();
    if (const QScreen *s = screen())
        height = std::min(height, s->geometry().height());
    const QSize size(std::max(room->width(), 200), std::max(height, 200));
    // Two fifths of the screen at most: the drawing has the rest (it keeps a readable zoom and
    // follows the packet, so it needs no room to show the whole cluster).
    m_layout = m_caption.isEmpty() ? nullptr : CaptionLayout::fit(m_caption, size, 0.4);
    const int h = m_layout ? int(std::ceil(m_layout->height())) : 0;
    if (h != minimumHeight() || h != maximumHeight())
        setFixedHeight(h);
    update();
}

void PresentationCaption::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_layout && std::abs(m_layout->height() - height()) < 1 &&
        event->oldSize().width() == width())
        return;
    relayout();
}

void PresentationCaption::paintEvent(QPaintEvent *)
{
    if (!m_layout)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    m_layout->paint(&p, QPointF(0, 0));
}

} // namespace hopscope::app
