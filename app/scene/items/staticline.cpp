#include "scene/items/staticline.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

namespace hopscope::app {

void StaticLine::setText(const QString &text)
{
    if (text == m_string)
        return;
    m_string = text;
    m_prepared.reset();
}

void StaticLine::draw(QPainter *p, const QRectF &box, Qt::Alignment horizontal)
{
    if (m_string.isEmpty())
        return;
    const QFont &font = p->font();
    if (!m_prepared || font != m_prepared->font) {
        if (!m_prepared)
            m_prepared = std::make_unique<Prepared>();
        m_prepared->font = font;
        m_prepared->text.setTextFormat(Qt::PlainText);
        m_prepared->text.setText(m_string);
        m_prepared->text.prepare(QTransform(), font);
        const QFontMetricsF fm(font);
        m_prepared->height = fm.height();
        m_prepared->width = fm.horizontalAdvance(m_string);
    }
    qreal x = box.left();
    if (horizontal & Qt::AlignHCenter)
        x += (box.width() - m_prepared->width) / 2;
    else if (horizontal & Qt::AlignRight)
        x = box.right() - m_prepared->width;
    p->drawStaticText(QPointF(x, box.top() + (box.height() - m_prepared->height) / 2),
                      m_prepared->text);
}

} // namespace hopscope::app
