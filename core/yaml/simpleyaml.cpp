#include "core/yaml/simpleyaml.h"

#include "core/base/stablehash.h"

#include <cstring>
#include <vector>

namespace hopscope {

namespace {

// A line holding content (blank and comment-only lines are left out).
struct Line
{
    const char *text = nullptr;
    int length = 0; // without the '\n'
    int indent = 0; // leading spaces
    int number = 0; // in the file, 1-based
};

bool isNullText(QByteArrayView v)
{
    return v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// Characters that start something other than a plain scalar (YAML's indicators), plus the
// quotes and brackets this reader handles itself.
bool isIndicator(char c)
{
    return std::strchr("-?:,[]{}#&*!|>'\"%@`", c) != nullptr && c != '\0';
}

QString text(QByteArrayView v)
{
    for (char c : v)
        if (uchar(c) >= 0x80)
            return QString::fromUtf8(v);
    return QString::fromLatin1(v);
}

// Short ASCII texts repeat endlessly in manifests (keys, "TCP", "true", namespaces, node names):
// one shared QString per text and thread instead of an allocation per occurrence. The objects
// built from the tree share them too (QString is implicitly shared), which saves memory per pod.
class Interner
{
public:
    QString get(QByteArrayView v)
    {
        if (v.size() > kMaxLength)
            return text(v);
        quint32 h = kFnv32aOffset;
        for (char c : v) {
            if (uchar(c) >= 0x80)
                return QString::fromUtf8(v);
            h = fnv32aStep(h, uchar(c));
        }
        if (m_slots.empty())
            m_slots.resize(kSlots);
        std::size_t i = h & (kSlots - 1);
        for (;;) {
            Slot &slot = m_slots[i];
            if (slot.text.isNull())
                break;
            if (slot.hash == h && slot.text.size() == v.size() &&
                slot.text == QLatin1String(v.data(), v.size()))
                return slot.text;
            i = (i + 1) & (kSlots - 1);
        }
        if (m_used >= kSlots / 2) { // full of one-off texts (names, addresses): start over
            m_slots.assign(kSlots, Slot());
            m_used = 0;
            i = h & (kSlots - 1);
        }
        Slot &slot = m_slots[i];
        slot.hash = h;
        slot.text = QString::fromLatin1(v);
        ++m_used;
        return slot.text;
    }

private:
    static constexpr qsizetype kMaxLength = 32;
    static constexpr std::size_t kSlots = 1 << 14;
    struct Slot
    {
        quint32 hash = 0;
        QString text;
    };
    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

Interner &interner()
{
    thread_local Interner instance;
    return instance;
}

class SimpleParser
{
public:
    SimpleParser(const YamlChunk &chunk, int maxDepth) : m_maxDepth(maxDepth)
    {
        m_ok = scanLines(chunk);
    }

    // The document's root; false when the chunk is not in the subset. *empty: no content.
    bool parse(YamlNode *root, bool *empty)
    {
        if (!m_ok)
            return false;
        *empty = m_lines.empty();
        if (m_lines.empty())
            return true;
        const Line &first = m_lines.front();
        const bool ok = node(0, first.indent, 0, *root);
        return ok && m_next == m_lines.size();
    }

private:
    bool scanLines(const YamlChunk &chunk)
    {
        const char *p = chunk.bytes.data();
        const char *end = p + chunk.bytes.size();
        // Tabs, CRs, NUL and every other control character (C0 but '\n', DEL, C1 as UTF-8
        // \xC2\x80-\x9F): yaml-cpp decides what they mean ("a:\x04b: x" is an error there, a
        // key here — found by fuzz_yamldiff).
        for (const char *q = p; q < end; ++q) {
            const auto c = static_cast<unsigned char>(*q);
            if ((c < 0x20 && c != '\n') || c == 0x7f ||
                (c == 0xc2 && q + 1 < end && static_cast<unsigned char>(q[1]) >= 0x80 &&
                 static_cast<unsigned char>(q[1]) <= 0x9f))
                return false;
        }
        m_lines.reserve(std::size_t(chunk.bytes.size() / 24 + 1));
        int number = chunk.firstLine;
        bool content = false;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
            const char *lineEnd = nl ? nl : end;
            const int length = int(lineEnd - p);
            int indent = 0;
            while (indent < length && p[indent] == ' ')
                ++indent;
            if (indent < length && p[indent] != '#') {
                if (indent == 0 &&
                    (p[0] == '%' || (length >= 3 && (std::memcmp(p, "---", 3) == 0 ||
                                                     std::memcmp(p, "...", 3) == 0)))) {
                    // A document start marker alone may open the chunk; anything else is for
                    // yaml-cpp.
                    if (content || p[0] != '-' || !markerAlone(p, length))
                        return false;
                } else {
                    content = true;
                    m_lines.push_back({p, length, indent, number});
                }
            }
            ++number;
            p = nl ? nl + 1 : end;
        }
        return true;
    }

    static bool markerAlone(const char *p, int length)
    {
        int i = 3;
        if (i < length && p[i] != ' ')
            return false;
        while (i < length && p[i] == ' ')
            ++i;
        return i == length || p[i] == '#';
    }

    static void mark(YamlNode &n, const Line &line, int column)
    {
        n.line = line.number;
        n.column = column + 1;
    }

    static bool isSeqEntry(const Line &line, int col)
    {
        return line.text[col] == '-' && (col + 1 == line.length || line.text[col + 1] == ' ');
    }

    // The ':' ending a plain key that starts at col, or -1 when the text there is no plain key
    // (or one this reader leaves to yaml-cpp).
    static int keyEnd(const Line &line, int col)
    {
        const char *t = line.text;
        if (isIndicator(t[col]))
            return -1;
        for (int i = col; i < line.length; ++i) {
            const char c = t[i];
            if (uchar(c) >= 0x80)
                return -1; // marks after multi-byte keys: leave them to yaml-cpp
            if (c == '#' && t[i - 1] == ' ')
                return -1;
            if (c == ':' && (i + 1 == line.length || t[i + 1] == ' '))
                return i;
        }
        return -1;
    }

    static int skipSpaces(const Line &line, int i)
    {
        while (i < line.length && line.text[i] == ' ')
            ++i;
        return i;
    }

    // Only spaces, or a comment, from i to the end of the line.
    static bool restIsEmpty(const Line &line, int i)
    {
        const int j = skipSpaces(line, i);
        return j == line.length || (line.text[j] == '#' && (j > i || j == 0));
    }

    bool node(std::size_t li, int col, int depth, YamlNode &out)
    {
        const Line &line = m_lines[li];
        if (isSeqEntry(line, col))
            return sequence(li, col, depth, out);
        if (keyEnd(line, col) >= 0)
            return map(li, col, depth, out);
        return false; // a scalar standing alone on its line (multi-line or a root scalar)
    }

    bool map(std::size_t li, int col, int depth, YamlNode &out)
    {
        if (depth >= m_maxDepth)
            return false;
        out.type = YamlNode::Type::Map;
        mark(out, m_lines[li], col);
        const std::size_t base = m_scratch.size();
        for (;;) {
            const Line &line = m_lines[li];
            const int colon = keyEnd(line, col);
            if (colon < 0)
                return false;
            int keyLast = colon;
            while (keyLast > col && line.text[keyLast - 1] == ' ')
                --keyLast;
            const QByteArrayView keyText(line.text + col, keyLast - col);
            // A plain null key (null, Null, NULL, ~) is a null node in yaml-cpp, and a merge key
            // (<<) is applied there: both are yaml-cpp's job, so the two paths agree.
            if (isNullText(keyText) || keyText == "<<")
                return false;
            YamlNode key;
            key.type = YamlNode::Type::Scalar;
            mark(key, line, col);
            key.scalar = m_interner.get(keyText);
            YamlNode value;
            const int v = skipSpaces(line, colon + 1);
            if (v == line.length || line.text[v] == '#') {
                if (v < line.length && v == colon + 1)
                    return false; // "key:#…"
                // The value is on the lines below: a nested block, or a sequence at the key's
                // own indentation.
                const std::size_t below = li + 1;
                if (below >= m_lines.size())
                    return false;
                const Line &next = m_lines[below];
                if (next.indent > col) {
                    if (!node(below, next.indent, depth + 1, value))
                        return false;
                } else if (next.indent == col && isSeqEntry(next, col)) {
                    if (!sequence(below, col, depth + 1, value))
                        return false;
                } else {
                    return false; // an empty value: null, with a mark yaml-cpp places oddly
                }
            } else {
                if (!inlineValue(line, v, value))
                    return false;
                m_next = li + 1;
            }
            m_scratch.push_back(std::move(key));
            m_scratch.push_back(std::move(value));
            li = m_next;
            if (li >= m_lines.size())
                return take(base, out);
            const Line &after = m_lines[li];
            if (after.indent < col)
                return take(base, out);
            if (after.indent > col || isSeqEntry(after, col))
                return false;
        }
    }

    bool sequence(std::size_t li, int col, int depth, YamlNode &out)
    {
        if (depth >= m_maxDepth)
            return false;
        out.type = YamlNode::Type::Sequence;
        mark(out, m_lines[li], col);
        const std::size_t base = m_scratch.size();
        for (;;) {
            const Line &line = m_lines[li];
            if (!isSeqEntry(line, col))
                return false;
            const int c = skipSpaces(line, col + 1);
            if (c == line.length || line.text[c] == '#')
                return false; // the item is on the lines below
            YamlNode item;
            if (isSeqEntry(line, c)) {
                return false; // "- - x"
            } else if (keyEnd(line, c) >= 0) {
                if (!map(li, c, depth + 1, item))
                    return false;
            } else {
                if (!inlineValue(line, c, item))
                    return false;
                m_next = li + 1;
            }
            m_scratch.push_back(std::move(item));
            li = m_next;
            if (li >= m_lines.size())
                return take(base, out);
            const Line &after = m_lines[li];
            if (after.indent < col || (after.indent == col && !isSeqEntry(after, col)))
                return take(base, out);
            if (after.indent > col)
                return false;
        }
    }

    // Moves the children collected since `base` into out, in one allocation of the right size.
    bool take(std::size_t base, YamlNode &out)
    {
        out.children.reserve(m_scratch.size() - base);
        for (std::size_t i = base; i < m_scratch.size(); ++i)
            out.children.push_back(std::move(m_scratch[i]));
        m_scratch.resize(base);
        return true;
    }

    // A value written on the line of its key or dash, starting at column i.
    bool inlineValue(const Line &line, int i, YamlNode &out)
    {
        const char *t = line.text;
        mark(out, line, i);
        const char c = t[i];
        if (c == '"')
            return doubleQuoted(line, i, out);
        if (c == '\'')
            return singleQuoted(line, i, out);
        if (c == '{' || c == '[') {
            const int close = skipSpaces(line, i + 1);
            if (close >= line.length || t[close] != (c == '{' ? '}' : ']'))
                return false;
            out.type = c == '{' ? YamlNode::Type::Map : YamlNode::Type::Sequence;
            out.flow = true;
            return restIsEmpty(line, close + 1);
        }
        if (isIndicator(c))
            return false;
        int end = line.length;
        for (int j = i; j < line.length; ++j) {
            if (t[j] == '#' && t[j - 1] == ' ') {
                end = j;
                break;
            }
            if (t[j] == ':' && (j + 1 == line.length || t[j + 1] == ' '))
                return false; // "a: b: c" is an error yaml-cpp explains
        }
        while (end > i && t[end - 1] == ' ')
            --end;
        const QByteArrayView v(t + i, end - i);
        if (isNullText(v)) {
            out.type = YamlNode::Type::Null;
            return true;
        }
        out.type = YamlNode::Type::Scalar;
        out.scalar = m_interner.get(v);
        return true;
    }

    bool doubleQuoted(const Line &line, int i, YamlNode &out)
    {
        const char *t = line.text;
        QByteArray value;
        int j = i + 1;
        for (; j < line.length; ++j) {
            const char c = t[j];
            if (c == '"')
                break;
            if (c != '\\') {
                value += c;
                continue;
            }
            if (++j >= line.length)
                return false;
            switch (t[j]) {
            case '"':
                value += '"';
                break;
            case '\\':
                value += '\\';
                break;
            case '/':
                value += '/';
                break;
            case 'n':
                value += '\n';
                break;
            case 't':
                value += '\t';
                break;
            default:
                return false; // \x, \u, line continuations: yaml-cpp's job
            }
        }
        if (j >= line.length || !restIsEmpty(line, j + 1) ||
            (j + 1 < line.length && t[j + 1] == '#'))
            return false;
        out.type = YamlNode::Type::Scalar;
        out.plain = false;
        out.scalar = m_interner.get(value);
        return true;
    }

    bool singleQuoted(const Line &line, int i, YamlNode &out)
    {
        const char *t = line.text;
        QByteArray value;
        int j = i + 1;
        for (; j < line.length; ++j) {
            if (t[j] != '\'') {
                value += t[j];
                continue;
            }
            if (j + 1 < line.length && t[j + 1] == '\'') {
                value += '\'';
                ++j;
                continue;
            }
            break;
        }
        if (j >= line.length || !restIsEmpty(line, j + 1) ||
            (j + 1 < line.length && t[j + 1] == '#'))
            return false;
        out.type = YamlNode::Type::Scalar;
        out.plain = false;
        out.scalar = m_interner.get(value);
        return true;
    }

    Interner &m_interner = interner();
    int m_maxDepth;
    bool m_ok = false;
    std::vector<Line> m_lines;
    std::vector<YamlNode> m_scratch; // children of the open collections, innermost last
    std::size_t m_next = 0;          // the first line not consumed yet
};

} // namespace

bool parseSimpleYaml(const YamlChunk &chunk, const YamlLimits &limits, YamlParseResult *result)
{
    SimpleParser parser(chunk, limits.maxDepth);
    YamlNode root;
    bool empty = false;
    if (!parser.parse(&root, &empty))
        return false;
    *result = {};
    if (empty)
        return true;
    if (chunk.listItems && root.isSequence()) {
        int index = 0;
        for (YamlNode &item : root.children) {
            YamlDocument doc;
            doc.line = item.line;
            doc.index = index++;
            doc.root = std::move(item);
            result->documents.push_back(std::move(doc));
        }
    } else {
        YamlDocument doc;
        doc.line = root.line;
        doc.root = std::move(root);
        result->documents.push_back(std::move(doc));
    }
    return true;
}

} // namespace hopscope
