#pragma once

// One line of scene text laid out once and drawn many times. QPainter::drawText(QRectF, flags,
// text) lays the text out again (QTextLayout, shaping) on every paint: at 1:1 that was the
// larger part of a pod's paint. The line keeps a QStaticText, prepared again only when its text
// or the painter's font changes, and draws it in a box, vertically centred.

#include <QFont>
#include <QStaticText>
#include <QString>

#include <memory>

class QPainter;
class QRectF;

namespace hopscope::app {

class StaticLine
{
public:
    StaticLine() = default;
    StaticLine(const StaticLine &) = delete;
    StaticLine &operator=(const StaticLine &) = delete;
    void setText(const QString &text);
    const QString &text() const { return m_string; }
    // Draws with the painter's font and pen: left-aligned (or centred) in box, vertically
    // centred. The text is not elided here: elide it once, when it is set.
    void draw(QPainter *p, const QRectF &box, Qt::Alignment horizontal = Qt::AlignLeft);

private:
    struct Prepared
    {
        QStaticText text;
        QFont font;
        qreal height = 0;
        qreal width = 0;
    };
    QString m_string;
    // Made on the first paint: the pods of a large cluster that are never seen up close cost
    // one string each.
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace hopscope::app
