#include "core/base/tabwriter.h"

#include <algorithm>

// The layout algorithm follows Go's text/tabwriter (src/text/tabwriter/tabwriter.go, the
// `format` / `writeLines` pair) and the RememberWidths addition of github.com/liggitt/tabwriter,
// so that the same input gives the same bytes. The structure is kept close to the original on
// purpose: every difference would be a difference in kubectl's output.

namespace hopscope {

int codePointCount(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        if (!c.isLowSurrogate())
            ++n;
    return n;
}

TabWriter::TabWriter(int minWidth, int tabWidth, int padding, QChar padChar, unsigned flags)
    : m_minWidth(std::max(0, minWidth)), m_tabWidth(std::max(0, tabWidth)),
      m_padding(std::max(0, padding)), m_padChar(padChar), m_flags(flags)
{
    if (padChar == u'\t')
        m_flags &= ~unsigned(AlignRight); // tab padding enforces left alignment (as in Go)
    reset();
}

TabWriter TabWriter::forKubectlGet()
{
    return TabWriter(6, 4, 3, u' ', RememberWidths);
}

TabWriter TabWriter::forKubectlDescribe()
{
    return TabWriter(0, 8, 2, u' ', 0);
}

void TabWriter::reset()
{
    m_buf.clear();
    m_cell = Cell();
    m_lines.clear();
    m_widths.clear();
    addLine();
}

void TabWriter::addLine()
{
    m_lines.append(QList<Cell>());
}

void TabWriter::terminateCell(bool htab)
{
    m_cell.htab = htab;
    m_lines.last().append(m_cell);
    m_cell = Cell();
}

int TabWriter::cellCountOfLastLine() const
{
    return int(m_lines.last().size());
}

void TabWriter::write(QStringView text)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch != u'\t' && ch != u'\v' && ch != u'\n' && ch != u'\f')
            continue;
        // end of cell
        const QStringView piece = text.mid(start, i - start);
        m_buf += piece;
        m_cell.size += int(piece.size());
        m_cell.width += codePointCount(piece);
        start = i + 1;
        terminateCell(ch == u'\t');
        const int cells = cellCountOfLastLine();
        if (ch == u'\n' || ch == u'\f') {
            addLine();
            // A line of a single cell cannot affect the lines after it: Go flushes there.
            if (ch == u'\f' || cells == 1) {
                flushBuffered();
                if (ch == u'\f' && (m_flags & Debug))
                    m_out += QStringLiteral("---\n");
            }
        }
    }
    const QStringView rest = text.mid(start);
    m_buf += rest;
    m_cell.size += int(rest.size());
    m_cell.width += codePointCount(rest);
}

QString TabWriter::flush()
{
    flushBuffered();
    QString out;
    out.swap(m_out);
    return out;
}

void TabWriter::flushBuffered()
{
    if (m_cell.size > 0)
        terminateCell(false);
    format(0, 0, int(m_lines.size()));
    reset();
}

void TabWriter::writePadding(int textWidth, int cellWidth, bool useTabs)
{
    if (m_padChar == u'\t' || useTabs) {
        if (m_tabWidth == 0)
            return; // tabs have no width: no padding possible
        cellWidth = (cellWidth + m_tabWidth - 1) / m_tabWidth * m_tabWidth;
        const int n = std::max(0, cellWidth - textWidth);
        m_out += QString((n + m_tabWidth - 1) / m_tabWidth, u'\t');
        return;
    }
    if (cellWidth > textWidth)
        m_out += QString(cellWidth - textWidth, m_padChar);
}

int TabWriter::writeLines(int pos, int line0, int line1)
{
    for (int i = line0; i < line1; ++i) {
        const QList<Cell> &line = m_lines[i];
        bool useTabs = (m_flags & TabIndent) != 0; // pad leading empty cells with tabs
        for (int j = 0; j < line.size(); ++j) {
            const Cell &c = line[j];
            if (j > 0 && (m_flags & Debug))
                m_out += u'|';
            const bool inColumn = j < m_widths.size();
            if (c.size == 0) {
                if (inColumn)
                    writePadding(c.width, m_widths[j], useTabs);
                continue;
            }
            useTabs = false;
            if (!(m_flags & AlignRight)) {
                m_out += QStringView(m_buf).mid(pos, c.size);
                pos += c.size;
                if (inColumn)
                    writePadding(c.width, m_widths[j], false);
            } else {
                if (inColumn)
                    writePadding(c.width, m_widths[j], false);
                m_out += QStringView(m_buf).mid(pos, c.size);
                pos += c.size;
            }
        }
        if (i + 1 == m_lines.size()) {
            // the last buffered line has no newline: write what is left of it
            m_out += QStringView(m_buf).mid(pos, m_cell.size);
            pos += m_cell.size;
        } else {
            m_out += u'\n';
        }
    }
    return pos;
}

// Formats lines [line0, line1) whose columns left of m_widths.size() are already laid out.
int TabWriter::format(int pos, int line0, int line1)
{
    const int column = int(m_widths.size());
    for (int current = line0; current < line1; ++current) {
        // The last cell of a line is not tab-terminated and belongs to no column.
        if (column >= m_lines[current].size() - 1)
            continue;
        // A cell exists in this column: print the lines above the block, then lay out the block
        // of consecutive lines that all have one.
        pos = writeLines(pos, line0, current);
        line0 = current;

        int width = m_minWidth;
        bool discardable = true; // all cells empty and soft-tab terminated
        for (; current < line1; ++current) {
            const QList<Cell> &line = m_lines[current];
            if (column >= line.size() - 1)
                break;
            const Cell &c = line[column];
            width = std::max(width, c.width + m_padding);
            if (c.width > 0 || c.htab)
                discardable = false;
        }
        if (discardable && (m_flags & DiscardEmptyColumns))
            width = 0;

        if (m_flags & RememberWidths) {
            if (m_maxWidths.size() < m_widths.size())
                m_maxWidths.append(m_widths.mid(m_maxWidths.size()));
            if (m_maxWidths.size() == m_widths.size())
                m_maxWidths.append(width);
            else if (m_maxWidths[column] > width)
                width = m_maxWidths[column];
            else if (m_maxWidths[column] < width)
                m_maxWidths[column] = width;
        }

        // Lay out the columns right of this one, knowing all the widths to the left.
        m_widths.append(width);
        pos = format(pos, line0, current);
        m_widths.removeLast();
        line0 = current;
    }
    return writeLines(pos, line0, line1);
}

} // namespace hopscope
