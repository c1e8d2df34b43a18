#pragma once

// Elastic tabstops, exactly as Go's text/tabwriter lays them out, so that kubectl's tables and
// descriptions come out byte for byte. kubectl formats `get` tables with
// github.com/liggitt/tabwriter (a fork of text/tabwriter that adds RememberWidths) and
// `describe` output with text/tabwriter itself; both run the same algorithm:
//
// - input is split into cells terminated by '\t' (or the "soft" '\v'); a line's text after its
//   last tab is a cell too, but it belongs to no column and is never padded;
// - a column is a block of *consecutive* lines that all have a tab-terminated cell at that index;
//   a line with fewer cells ends the block, so widths are computed per block, recursively from
//   the left (the elastic tabstops of nickgravgaard.com/elastictabstops);
// - a column is max(minwidth, widest cell + padding) wide; cells are measured in code points;
// - an empty cell in a column is padded too (which is how trailing spaces appear in kubectl
//   describe for an empty value), the last cell of a line never is;
// - '\f' ends the line and all columns (a flush); a line with a single cell flushes as well,
//   which does not change the layout;
// - RememberWidths keeps each column index's widest width across blocks and flushes.
//
// Not supported (kubectl does not use them): FilterHTML and the Escape character.

#include <QList>
#include <QString>
#include <QStringView>

namespace hopscope {

class TabWriter final
{
public:
    // Go's flag values (FilterHTML = 1 and StripEscape = 2 are not supported).
    enum Flag : unsigned {
        AlignRight = 1u << 2,
        DiscardEmptyColumns = 1u << 3,
        TabIndent = 1u << 4,
        Debug = 1u << 5,
        RememberWidths = 1u << 6,
    };

    // minWidth: minimal cell width including padding; tabWidth: width of a tab when padChar is
    // '\t'; padding: added to the widest cell of a column; padChar: ' ' or '\t' (tabs force
    // left alignment, as in Go).
    TabWriter(int minWidth, int tabWidth, int padding, QChar padChar, unsigned flags = 0);

    // The settings of kubectl's table printer (cli-runtime printers.GetNewTabWriter):
    // minwidth 6, tabwidth 4, padding 3, padchar ' ', RememberWidths.
    static TabWriter forKubectlGet();
    // The settings of kubectl describe (describe.go tabbedString): 0, 8, 2, ' ', no flags.
    static TabWriter forKubectlDescribe();

    void write(QStringView text);
    void write(const QString &text) { write(QStringView(text)); }
    // Formats everything buffered and returns all output produced since the last call.
    QString flush();

    QList<int> rememberedWidths() const { return m_maxWidths; }
    void setRememberedWidths(const QList<int> &widths) { m_maxWidths = widths; }

private:
    struct Cell
    {
        int size = 0;  // QChars in m_buf
        int width = 0; // code points
        bool htab = false;
    };

    void terminateCell(bool htab);
    int cellCountOfLastLine() const;
    void addLine();
    void flushBuffered();
    int format(int pos, int line0, int line1);
    int writeLines(int pos, int line0, int line1);
    void writePadding(int textWidth, int cellWidth, bool useTabs);
    void reset();

    int m_minWidth;
    int m_tabWidth;
    int m_padding;
    QChar m_padChar;
    unsigned m_flags;

    QString m_buf; // text without tabs and line breaks
    Cell m_cell;   // the incomplete cell at the end of m_buf
    QList<QList<Cell>> m_lines;
    QList<int> m_widths;    // column widths while formatting
    QList<int> m_maxWidths; // RememberWidths
    QString m_out;
};

// Width of a text in code points (what Go's utf8.RuneCount gives for valid UTF-8).
int codePointCount(QStringView text);

} // namespace hopscope
