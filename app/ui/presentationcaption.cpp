#include "ui/presentationcaption.h"

#include <QPainter>
#include <QResizeEvent>

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

QList<DrawnText> PresentationCaption::texts() const
{
    return m_layout ? m_layout->texts(QPointF(0, 0)) : QList<DrawnText>();
}

void PresentationCaption::relayout()
{
    const QWidget *top = window();
    // Sized for the screen the class sees (the window), as a slide of that size would be.
    const QSize room(std::max(width(), 200), top ? top->height() : 720);
    m_layout = m_caption.isEmpty() ? nullptr : CaptionLayout::fit(m_caption, room);
    const int h = m_layout ? int(std::ceil(m_layout->height())) : 0;
    if (h != height() || minimumHeight() != h)
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
