#include "scene/hopcaption.h"

#include "i18n.h"

#include "scene/style.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QCoreApplication>
#include <QTextDocument>
#include <QTextLayout>

namespace hopscope::app {

namespace {

// The packet as parts: "[VXLAN a → b] src:port → dst:port", each address and port a part that
// is marked when it differs from `other`'s.
QList<HopCaption::Part> packetParts(const PacketHeader &h, const PacketHeader *other)
{
    QList<HopCaption::Part> out;
    auto part = [&](const QString &text, bool changed) { out << HopCaption::Part{text, changed}; };
    if (h.encapsulated) {
        const bool outerNew = other && !other->encapsulated;
        part(QStringLiteral("VXLAN "), outerNew);
        part(h.outerSrcIP, outerNew || (other && other->outerSrcIP != h.outerSrcIP));
        part(QStringLiteral(" → "), false);
        part(h.outerDstIP, outerNew || (other && other->outerDstIP != h.outerDstIP));
        part(QStringLiteral(" | "), false);
    }
    part(h.srcIP, other && other->srcIP != h.srcIP);
    if (h.srcPort > 0) {
        part(QStringLiteral(":"), false);
        part(QString::number(h.srcPort), other && other->srcPort != h.srcPort);
    }
    part(QStringLiteral(" → "), false);
    part(h.dstIP, other && other->dstIP != h.dstIP);
    if (h.dstPort > 0) {
        part(QStringLiteral(":"), false);
        part(QString::number(h.dstPort), other && other->dstPort != h.dstPort);
    }
    part(QStringLiteral(" ") + h.protocol, other && other->protocol != h.protocol);
    return out;
}

QString partsHtml(const QList<HopCaption::Part> &parts)
{
    QString html;
    const QString mark = QStringLiteral("<span style=\"background-color:%1; color:%2; "
                                        "font-weight:bold; text-decoration:underline\">%3</span>");
    for (const HopCaption::Part &p : parts) {
        const QString text = p.text.toHtmlEscaped().replace(u' ', QChar(0xA0));
        html +=
            p.changed ? mark.arg(style::markFill().name(), style::markText().name(), text) : text;
    }
    return html;
}

} // namespace

QString HopCaption::whereText(const Hop &hop)
{
    // The client as a place in the interface language, as Hop::whereLabel() says it.
    QString where = hop.entity == u"client"
                        ? QCoreApplication::translate("hopscope::HopPlace", "client",
                                                      "the external client, as a place")
                        : hop.entity;
    const int slash = where.lastIndexOf(u'/');
    if (slash >= 0)
        where = where.mid(slash + 1);
    if (!hop.interface.isEmpty())
        where += u' ' + hop.interface;
    return where;
}

HopCaption HopCaption::make(const Trace &trace, int hop, const QString &note)
{
    HopCaption c;
    if (hop < 0 || hop >= trace.hops.size())
        return c;
    const Hop &h = trace.hops[hop];
    const QString action = h.failure ? QStringLiteral("✗ ") + h.actionLabel() : h.actionLabel();
    c.heading = (h.reply ? tr("Hop %1 of %2 · %3 · %4 (reply)") : tr("Hop %1 of %2 · %3 · %4"))
                    .arg(hop + 1)
                    .arg(trace.hops.size())
                    .arg(action, whereText(h));
    if (h.before == h.after) {
        c.before = packetParts(h.before, nullptr);
    } else {
        c.before = packetParts(h.before, nullptr);
        c.after = packetParts(h.after, &h.before);
    }
    c.explanation = h.explanation.isEmpty() && h.failure ? trace.summary : h.explanation;
    c.note = note;
    c.failure = h.failure;
    return c;
}

QString HopCaption::lessonNote(const Lesson &lesson, const TraceRequest &request, int hop)
{
    for (const LessonRequest &r : lesson.requests) {
        if (r.from != request.from || !r.to.contains(request.to))
            continue;
        // The note in the interface language (a lesson may write both).
        const QString lang = currentLanguage();
        const QString note = hopscope::pick(r.hopNotes.value(hop), lang);
        return note.isEmpty() ? hopscope::pick(r.note, lang) : note;
    }
    return QString();
}

CaptionLayout::CaptionLayout(const HopCaption &caption, qreal width, qreal pixelSize)
    : m_width(width), m_pixelSize(pixelSize), m_pad(std::round(pixelSize * 0.6)),
      m_doc(std::make_unique<QTextDocument>())
{
    QFont font = style::overlayFont(style::Font::Body);
    font.setPixelSize(int(std::round(pixelSize)));
    m_doc->setDefaultFont(font);
    m_doc->setDocumentMargin(0);
    m_doc->setTextWidth(std::max<qreal>(40, width - 2 * m_pad));
    const QString ink = style::ink().name();
    const QString muted = style::mutedInk().name();
    const QString gap = QStringLiteral("margin-bottom:%1px;").arg(int(pixelSize * 0.3));
    QString html = QStringLiteral("<div style=\"color:%1\">").arg(ink);
    const QString headingColor = caption.failure ? style::failureColor().darker(115).name() : ink;
    html += QStringLiteral("<p style=\"%1 font-size:%2px; font-weight:bold; color:%3\">%4</p>")
                .arg(gap)
                .arg(int(std::round(pixelSize * 1.2)))
                .arg(headingColor, caption.heading.toHtmlEscaped());
    const QString row = QStringLiteral("<p style=\"%1\"><span style=\"color:%2\">%3</span>"
                                       "&nbsp;&nbsp;%4</p>");
    // One line when it fits: "packet  before  ⇒  after" (it wraps after the arrow).
    QString packet = partsHtml(caption.before);
    if (!caption.after.isEmpty())
        packet += QStringLiteral("&nbsp;&nbsp;<b>⇒</b> ") + partsHtml(caption.after);
    html += row.arg(gap, muted, HopCaption::tr("packet"), packet);
    if (!caption.explanation.isEmpty())
        html +=
            QStringLiteral("<p style=\"%1\">%2</p>").arg(gap, caption.explanation.toHtmlEscaped());
    if (!caption.note.isEmpty())
        html += QStringLiteral("<p><span style=\"font-weight:bold\">✎ %1</span> <i>%2</i></p>")
                    .arg(HopCaption::tr("Teacher's note:"), caption.note.toHtmlEscaped());
    html += QStringLiteral("</div>");
    m_doc->setHtml(html);
}

CaptionLayout::~CaptionLayout() = default;

qreal CaptionLayout::height() const
{
    return std::ceil(m_doc->size().height()) + 2 * m_pad;
}

void CaptionLayout::paint(QPainter *p, const QPointF &topLeft) const
{
    p->save();
    const QRectF band(topLeft, QSizeF(m_width, height()));
    p->fillRect(band, style::surface());
    p->setPen(QPen(style::ink(), std::max<qreal>(2, m_pixelSize / 8)));
    p->drawLine(band.topLeft(), band.topRight());
    p->translate(topLeft + QPointF(m_pad, m_pad));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, style::ink());
    m_doc->documentLayout()->draw(p, context);
    p->restore();
}

QList<DrawnText> CaptionLayout::texts(const QPointF &topLeft) const
{
    QList<DrawnText> out;
    const QPointF origin = topLeft + QPointF(m_pad, m_pad);
    int n = 0;
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        if (b.text().isEmpty())
            continue;
        DrawnText t;
        t.kind = DrawnText::Kind::Caption;
        t.id = QStringLiteral("caption/%1").arg(++n);
        t.text = b.text().replace(QChar(0xA0), u' ');
        t.rect = m_doc->documentLayout()->blockBoundingRect(b).translated(origin);
        out << t;
    }
    return out;
}

QList<QStringList> CaptionLayout::lines() const
{
    QList<QStringList> out;
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        QStringList paragraph;
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            paragraph << b.text().mid(line.textStart(), line.textLength());
        }
        out << paragraph;
    }
    return out;
}

qreal CaptionLayout::pixelSizeFor(const QSize &size)
{
    return std::max<qreal>(16, std::round(size.height() / 34.0));
}

std::unique_ptr<CaptionLayout> CaptionLayout::fit(const HopCaption &caption, const QSize &size,
                                                  qreal maxShare)
{
    qreal px = pixelSizeFor(size);
    auto layout = std::make_unique<CaptionLayout>(caption, size.width(), px);
    while (layout->height() > size.height() * maxShare && px > 15) {
        px -= 1;
        layout = std::make_unique<CaptionLayout>(caption, size.width(), px);
    }
    return layout;
}

} // namespace hopscope::app
