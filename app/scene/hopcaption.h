#pragma once

// The caption that makes a picture of a hop a slide: "Hop N of M · action · where", the packet
// before → after with the fields the hop changed marked, the explanation, and the teacher's
// note for the hop. Made in one place for every picture of a hop: `render --caption`, the
// frames of `render --frames`, and presentation mode's caption under the drawing.
//
// HopCaption is the content (translated, in the language of the moment); CaptionLayout wraps
// it to a width at a text size (nothing elided: it grows instead) and paints it.

#include "core/classroom/lesson.h"
#include "core/model/trace.h"
#include "scene/drawntext.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>

class QPainter;
class QTextDocument;

namespace hopscope::app {

struct HopCaption
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::HopCaption)
public:
    struct Part
    {
        QString text;
        bool changed = false;
        friend bool operator==(const Part &, const Part &) = default;
    };

    QString heading; // "Hop 3 of 12 · DNAT · node-1 eth0"
    QList<Part> before;
    QList<Part> after; // empty when the hop changed no header
    QString explanation;
    QString note; // the teacher's note for the hop (or for the request), may be empty
    bool failure = false;

    bool isEmpty() const { return heading.isEmpty(); }
    friend bool operator==(const HopCaption &, const HopCaption &) = default;

    // The caption of hop `hop` (0-based) of `trace`.
    static HopCaption make(const Trace &trace, int hop, const QString &note = QString());
    // "node-1 eth0", "web-0 eth0", "client"
    static QString whereText(const Hop &hop);
    // The teacher's note for a hop of a request of a lesson: the hop's own, else the request's;
    // empty when the lesson has no such request.
    static QString lessonNote(const Lesson &lesson, const TraceRequest &request, int hop);
};

class CaptionLayout final
{
public:
    // Wrapped to `width` pixels at `pixelSize` (the body text; the heading is larger).
    CaptionLayout(const HopCaption &caption, qreal width, qreal pixelSize);
    ~CaptionLayout();
    CaptionLayout(const CaptionLayout &) = delete;
    CaptionLayout &operator=(const CaptionLayout &) = delete;

    qreal height() const; // the whole band, padding included
    qreal pixelSize() const { return m_pixelSize; }
    // The band at `topLeft`, `width` wide, on the theme's card colour with a rule above it.
    void paint(QPainter *p, const QPointF &topLeft) const;
    // Its texts (kind caption), one per paragraph, in the painter's pixels.
    QList<DrawnText> texts(const QPointF &topLeft) const;
    // The text of each line as wrapped, paragraph by paragraph (to check where lines break).
    QList<QStringList> lines() const;

    // The body size for a picture or screen `size` (readable from the back of a room: 1/34 of
    // the height, at least 16 px).
    static qreal pixelSizeFor(const QSize &size);
    // The largest layout at most `maxShare` of `size`'s height (the text shrinks only when it
    // does not fit in that share at pixelSizeFor(size), and never below 15 px: then it grows).
    static std::unique_ptr<CaptionLayout> fit(const HopCaption &caption, const QSize &size,
                                              qreal maxShare = 0.4);

private:
    qreal m_width;
    qreal m_pixelSize;
    qreal m_pad;
    std::unique_ptr<QTextDocument> m_doc;
};

} // namespace hopscope::app
