#include "core/yaml/yamltext.h"

#include <cstring>

namespace hopscope {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isDocumentMarker(QByteArrayView line)
{
    if (line.size() < 3)
        return false;
    const bool marker = line.startsWith("---") || line.startsWith("...");
    return marker && (line.size() == 3 || isBlank(line[3]));
}

// The state carried from one line to the next.
struct State
{
    int flowDepth = 0;
    char quote = 0; // an open quoted scalar: '"' or '\''
    bool blockScalar = false;
    int blockParent = 0; // the block scalar's text is indented more than this
};

// Scans from `i` inside an open quoted scalar; returns the offset after its closing quote, or -1
// when the line ends first (the scalar continues on the next line).
qsizetype closeQuote(QByteArrayView line, qsizetype i, char quote)
{
    for (; i < line.size(); ++i) {
        const char c = line[i];
        if (quote == '"' && c == '\\') {
            ++i; // the escaped character (an escaped line break continues the scalar)
            continue;
        }
        if (c == quote) {
            if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
                ++i; // '' is a quote inside a single-quoted scalar
                continue;
            }
            return i + 1;
        }
    }
    return -1;
}

// Scans a line (or the rest of one) in flow context, updating the depth and quote state.
void scanFlow(QByteArrayView line, qsizetype i, State &st)
{
    bool tokenStart = true;
    for (; i < line.size() && st.flowDepth > 0; ++i) {
        const char c = line[i];
        if (c == '#' && (i == 0 || isBlank(line[i - 1])))
            return;
        if (isBlank(c))
            continue;
        if (tokenStart && (c == '"' || c == '\'')) {
            const qsizetype end = closeQuote(line, i + 1, c);
            if (end < 0) {
                st.quote = c;
                return;
            }
            i = end - 1;
            tokenStart = false;
            continue;
        }
        switch (c) {
        case '[':
        case '{':
            ++st.flowDepth;
            tokenStart = true;
            break;
        case ']':
        case '}':
            --st.flowDepth;
            tokenStart = false;
            break;
        case ',':
        case ':':
        case '?':
            tokenStart = true;
            break;
        default:
            tokenStart = false;
            break;
        }
    }
}

// A block scalar header: '|' or '>' then indentation/chomping indicators, then nothing or a
// comment.
bool isBlockScalarHeader(QByteArrayView line, qsizetype i)
{
    if (line[i] != '|' && line[i] != '>')
        return false;
    for (++i; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '+' || c == '-' || (c >= '1' && c <= '9'))
            continue;
        break;
    }
    for (; i < line.size() && isBlank(line[i]); ++i) {
    }
    return i == line.size() || line[i] == '#';
}

void scanStructure(QByteArrayView line, YamlTextLine &out, State &st)
{
    qsizetype i = out.indentEnd;
    int lastDash = -1;
    while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || isBlank(line[i + 1]))) {
        ++out.items;
        lastDash = int(i);
        ++i;
        while (i < line.size() && isBlank(line[i]))
            ++i;
    }
    out.contentStart = int(i);
    bool tokenStart = true;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        if (st.flowDepth > 0) {
            scanFlow(line, i, st);
            return;
        }
        if (c == '#' && (i == 0 || isBlank(line[i - 1])))
            return;
        if (tokenStart) {
            if (isBlank(c))
                continue;
            if (c == '"' || c == '\'') {
                if (i == out.contentStart)
                    out.startsFlowOrQuote = true;
                const qsizetype end = closeQuote(line, i + 1, c);
                if (end < 0) {
                    st.quote = c;
                    return;
                }
                i = end - 1;
                tokenStart = false;
                continue;
            }
            if (c == '[' || c == '{') {
                if (i == out.contentStart)
                    out.startsFlowOrQuote = true;
                ++st.flowDepth;
                continue; // the next iteration hands the rest to scanFlow
            }
            if (isBlockScalarHeader(line, i)) {
                out.blockScalarHeader = true;
                st.blockScalar = true;
                // Its text is indented more than the key that owns it (or the '-' of an item).
                st.blockParent = out.keyColon >= 0 ? out.contentStart
                                                   : (lastDash >= 0 ? lastDash : out.indentEnd);
                return;
            }
            tokenStart = false;
        }
        if (c == ':') {
            const bool separated = i + 1 == line.size() || isBlank(line[i + 1]);
            if (separated && out.keyColon < 0) {
                out.keyColon = int(i);
                tokenStart = true;
            } else if (!separated && out.keyColon < 0 && out.gluedColon < 0) {
                out.gluedColon = int(i);
            }
        }
    }
}

} // namespace

std::vector<YamlTextLine> scanYamlText(QByteArrayView text)
{
    std::vector<YamlTextLine> lines;
    lines.reserve(std::size_t(text.size() / 32 + 1));
    State st;
    qsizetype pos = 0;
    int number = 0;
    while (pos < text.size()) {
        const void *nl = std::memchr(text.data() + pos, '\n', std::size_t(text.size() - pos));
        const qsizetype next = nl ? (static_cast<const char *>(nl) - text.data()) + 1 : text.size();
        YamlTextLine out;
        out.begin = pos;
        out.end = nl ? next - 1 : next;
        if (out.end > out.begin && text[out.end - 1] == '\r')
            --out.end;
        out.number = ++number;
        pos = next;
        const QByteArrayView line = text.sliced(out.begin, out.end - out.begin);

        int width = 0;
        int i = 0;
        for (; i < line.size() && isBlank(line[i]); ++i) {
            if (line[i] == '\t') {
                if (out.firstTab < 0)
                    out.firstTab = i;
                width = (width / 8 + 1) * 8;
            } else {
                ++width;
            }
        }
        out.indentEnd = i;
        out.indent = width;
        out.blank = i == line.size();
        out.comment = !out.blank && line[i] == '#';

        if (isDocumentMarker(line) || (line.startsWith('%') && !st.quote && !st.flowDepth)) {
            st = State();
            out.marker = true;
            lines.push_back(out);
            continue;
        }
        if (st.blockScalar) {
            int spaces = 0;
            while (spaces < line.size() && line[spaces] == ' ')
                ++spaces;
            if (out.blank || spaces > st.blockParent) {
                out.inBlockScalar = true;
                lines.push_back(out);
                continue;
            }
            st.blockScalar = false;
        }
        if (st.quote) {
            out.inQuoted = true;
            const qsizetype end = closeQuote(line, 0, st.quote);
            if (end >= 0) {
                st.quote = 0;
                if (st.flowDepth > 0)
                    scanFlow(line, end, st);
            }
            lines.push_back(out);
            continue;
        }
        if (st.flowDepth > 0) {
            out.inFlow = true;
            scanFlow(line, 0, st);
            lines.push_back(out);
            continue;
        }
        if (!out.blank && !out.comment)
            scanStructure(line, out, st);
        lines.push_back(out);
    }
    return lines;
}

} // namespace hopscope
