#pragma once

// A line-by-line, error-tolerant look at YAML text, for the teaching checks that must work when
// the YAML does not parse (tabs, `kind:Service`, …). It knows just enough YAML to not be fooled:
// comments, quoted scalars (also over several lines), flow collections ({…}, […], so JSON with
// tabs is left alone) and block scalars (`|`, `>`: their content is text, not structure).

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace hopscope {

struct YamlTextLine
{
    qsizetype begin = 0; // offset of the line's first byte in the text
    qsizetype end = 0;   // offset of its end, without "\n" or "\r\n"
    int number = 0;      // 1-based

    int indentEnd = 0;    // bytes of leading spaces and tabs
    int firstTab = -1;    // offset of the first tab in the leading whitespace, -1 if none
    int indent = 0;       // width of the leading whitespace, each tab to the next multiple of 8
    bool blank = false;   // only whitespace
    bool comment = false; // only a comment
    bool marker = false;  // "---", "..." or a "%" directive: documents start and end here
    // Where the line starts: structure lines are block YAML; the others continue a flow
    // collection, a quoted scalar or a block scalar and are content, not indentation.
    bool inFlow = false;
    bool inQuoted = false;
    bool inBlockScalar = false;

    // Structure lines only: "- " item markers, then the content.
    int items = 0;        // how many "- " markers start the line
    int contentStart = 0; // offset after the markers
    int keyColon = -1;    // the ':' that makes the content a "key: value" entry, else -1
    int gluedColon = -1;  // with no such ':', a ':' glued to a key-like word ("kind:Service")
    bool startsFlowOrQuote = false; // the content starts with '[', '{', '"' or '\''
    bool blockScalarHeader = false; // the value is '|' or '>' (the next lines are its text)

    bool isStructure() const
    {
        return !blank && !comment && !marker && !inFlow && !inQuoted && !inBlockScalar;
    }
    int contentColumn() const { return contentStart; } // 0-based byte offset in the line
};

// Scans the text (UTF-8 bytes) into lines. Never fails; malformed YAML just gives lines whose
// fields are a best guess.
std::vector<YamlTextLine> scanYamlText(QByteArrayView text);

// The text of a line (without its line break).
inline QByteArrayView lineText(QByteArrayView text, const YamlTextLine &line)
{
    return text.sliced(line.begin, line.end - line.begin);
}

} // namespace hopscope
