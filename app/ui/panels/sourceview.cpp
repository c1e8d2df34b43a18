#include "ui/panels/sourceview.h"

#include "core/base/koreanparticles.h"

#include "scene/style.h"

#include "core/base/boundedread.h"

#include <QFile>
#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

namespace hopscope::app {

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(SourceView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return QSize(m_view->lineNumberWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent), m_numbers(new LineNumberArea(this))
{
    setObjectName(QStringLiteral("sourceView"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Selecting and copying stay possible; typing, pasting and dropping do not.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceView::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_numbers->scroll(0, dy);
        else
            m_numbers->update(0, rect.y(), m_numbers->width(), rect.height());
    });
    updateMargins();
}

int SourceView::lineNumberWidth() const
{
    const int digits = int(QString::number(qMax(1, blockCount())).size());
    return 10 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void SourceView::updateMargins()
{
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_numbers->setGeometry(QRect(r.left(), r.top(), lineNumberWidth(), r.height()));
}

void SourceView::paintLineNumbers(QPaintEvent *event)
{
    QPainter p(m_numbers);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            QFont f = font();
            f.setBold(number == m_line);
            p.setFont(f);
            p.setPen(number == m_line ? palette().color(QPalette::Text) : style::mutedInk());
            p.drawText(0, top, m_numbers->width() - 5, fontMetrics().height(), Qt::AlignRight,
                       QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void SourceView::clearSource()
{
    m_file.clear();
    m_line = m_column = 0;
    setPlainText(QString());
    updateSelections();
}

bool SourceView::showLocation(const QString &file, int line, int column)
{
    // The bounded reader: never opens a FIFO or a device (a FIFO with no writer would freeze
    // the window), reads in chunks; the manifest is only ever read.
    BoundedReadLimits limits;
    limits.maxBytes = MaxBytes;
    limits.keepBeginning = true;
    const BoundedRead read = readFileBounded(file, limits);
    if (!read.ok()) {
        clearSource();
        setPlainText(korean::finished(
            tr("Cannot read %1: %2").arg(file, boundedReadMessage(read, limits.maxBytes))));
        return false;
    }
    QString text = QString::fromUtf8(read.bytes);
    text.replace(QChar(0), QChar(0x2400)); // NUL bytes would cut the text short: show ␀
    if (read.truncated)
        text += u'\n' + tr("… (only the first %1 MB are shown)").arg(MaxBytes / (1024 * 1024));
    m_file = file;
    m_line = line;
    m_column = column;
    setPlainText(text);
    QTextCursor cursor(document());
    if (line > 0) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            cursor = QTextCursor(block);
            if (column > 1)
                cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                    qMin(column - 1, block.length() - 1));
        }
    }
    setTextCursor(cursor);
    centerCursor();
    updateSelections();
    return true;
}

int SourceView::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void SourceView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_line > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection line;
            line.format.setBackground(QColor(style::OkabeYellow).lighter(150));
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            line.cursor = QTextCursor(block);
            selections << line;
            if (m_column > 0) {
                // The column itself: a strong mark on one character (or the line's end).
                QTextEdit::ExtraSelection at;
                at.format.setBackground(QColor(style::OkabeVermillion));
                at.format.setForeground(Qt::white);
                at.format.setFontWeight(QFont::Bold);
                at.cursor = QTextCursor(block);
                const int offset = qMin(m_column - 1, qMax(0, block.length() - 1));
                at.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, offset);
                at.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
                selections << at;
            }
        }
    }
    setExtraSelections(selections);
    m_numbers->update();
}

} // namespace hopscope::app
