#include "documentsplitter.h"

#include <cstring>

namespace hopscope {

namespace {

struct Line
{
    qsizetype begin = 0; // offset of the first byte
    qsizetype end = 0;   // offset one past the '\n' (or the end of the bytes)
    int number = 0;      // 1-based
};

bool startsWithMarker(QByteArrayView line, const char *marker)
{
    if (line.size() < 3 || std::memcmp(line.data(), marker, 3) != 0)
        return false;
    if (line.size() == 3)
        return true;
    const char c = line[3];
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isBlankOrComment(QByteArrayView line)
{
    for (char c : line) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '#';
    }
    return true;
}

bool isListKindLine(QByteArrayView line)
{
    // kind: List, kind: "List", kind: 'List', possibly with a trailing comment
    QByteArrayView rest = line;
    if (!rest.startsWith("kind:"))
        return false;
    rest = rest.sliced(5).trimmed();
    const qsizetype hash = rest.indexOf('#');
    if (hash >= 0)
        rest = rest.first(hash).trimmed();
    return rest == "List" || rest == "\"List\"" || rest == "'List'";
}

bool isItemsLine(QByteArrayView line)
{
    if (!line.startsWith("items:"))
        return false;
    QByteArrayView rest = line.sliced(6).trimmed();
    return rest.isEmpty() || rest.startsWith('#');
}

bool isColumnZeroItem(QByteArrayView line)
{
    return line.startsWith('-') &&
           (line.size() == 1 || line[1] == ' ' || line[1] == '\n' || line[1] == '\r');
}

// A column-0 line that ends a block sequence written at column 0.
bool endsColumnZeroSequence(QByteArrayView line)
{
    if (line.isEmpty() || isBlankOrComment(line))
        return false;
    const char c = line[0];
    return c != ' ' && c != '\t' && !isColumnZeroItem(line);
}

void addChunk(std::vector<YamlChunk> &out, QByteArrayView bytes, const std::vector<Line> &lines,
              std::size_t from, std::size_t to, bool listItems)
{
    if (from >= to)
        return;
    bool content = false;
    for (std::size_t i = from; i < to && !content; ++i)
        content = !isBlankOrComment(bytes.sliced(lines[i].begin, lines[i].end - lines[i].begin));
    if (!content)
        return;
    YamlChunk c;
    c.bytes = bytes.sliced(lines[from].begin, lines[to - 1].end - lines[from].begin);
    c.firstLine = lines[from].number;
    c.listItems = listItems;
    out.push_back(c);
}

// One document (lines [from, to)): as is, or cut into List items.
void addDocument(std::vector<YamlChunk> &out, QByteArrayView bytes,
                 const std::vector<Line> &lines, std::size_t from, std::size_t to)
{
    auto text = [&](std::size_t i) {
        return bytes.sliced(lines[i].begin, lines[i].end - lines[i].begin);
    };
    bool isList = false;
    std::size_t itemsLine = to;
    for (std::size_t i = from; i < to; ++i) {
        const QByteArrayView t = text(i);
        if (isListKindLine(t))
            isList = true;
        else if (itemsLine == to && isItemsLine(t))
            itemsLine = i;
    }
    if (!isList || itemsLine == to || itemsLine + 1 >= to) {
        addChunk(out, bytes, lines, from, to, false);
        return;
    }
    // The first non-blank line after `items:` must be a column-0 item.
    std::size_t i = itemsLine + 1;
    while (i < to && isBlankOrComment(text(i)))
        ++i;
    if (i >= to || !isColumnZeroItem(text(i))) {
        addChunk(out, bytes, lines, from, to, false);
        return;
    }
    std::size_t itemStart = i;
    for (++i; i < to; ++i) {
        const QByteArrayView t = text(i);
        if (isColumnZeroItem(t)) {
            addChunk(out, bytes, lines, itemStart, i, true);
            itemStart = i;
        } else if (endsColumnZeroSequence(t)) {
            break;
        }
    }
    addChunk(out, bytes, lines, itemStart, i, true);
    // The List's header and trailer (apiVersion, kind: List, metadata) carry no objects.
}

} // namespace

std::vector<YamlChunk> splitDocuments(QByteArrayView bytes)
{
    std::vector<Line> lines;
    lines.reserve(std::size_t(bytes.size() / 32 + 1));
    qsizetype pos = 0;
    int number = 1;
    while (pos < bytes.size()) {
        const void *nl = std::memchr(bytes.data() + pos, '\n', std::size_t(bytes.size() - pos));
        const qsizetype end = nl ? (static_cast<const char *>(nl) - bytes.data()) + 1 : bytes.size();
        lines.push_back({pos, end, number++});
        pos = end;
    }

    std::vector<YamlChunk> out;
    std::size_t docStart = 0;
    bool directivePending = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const QByteArrayView t = bytes.sliced(lines[i].begin, lines[i].end - lines[i].begin);
        if (t.startsWith('%')) {
            if (!directivePending) {
                addDocument(out, bytes, lines, docStart, i);
                docStart = i;
            }
            directivePending = true;
        } else if (startsWithMarker(t, "---")) {
            if (!directivePending) {
                addDocument(out, bytes, lines, docStart, i);
                docStart = i;
            }
            directivePending = false;
        } else if (startsWithMarker(t, "...")) {
            addDocument(out, bytes, lines, docStart, i + 1);
            docStart = i + 1;
            directivePending = false;
        }
    }
    addDocument(out, bytes, lines, docStart, lines.size());
    return out;
}

std::vector<YamlChunk> batchListItems(const std::vector<YamlChunk> &chunks, qsizetype targetBytes)
{
    std::vector<YamlChunk> out;
    out.reserve(chunks.size());
    for (const YamlChunk &c : chunks) {
        if (c.listItems && !out.empty() && out.back().listItems &&
            out.back().bytes.data() + out.back().bytes.size() == c.bytes.data() &&
            out.back().bytes.size() + c.bytes.size() <= targetBytes) {
            YamlChunk &last = out.back();
            last.bytes = QByteArrayView(last.bytes.data(), last.bytes.size() + c.bytes.size());
        } else {
            out.push_back(c);
        }
    }
    return out;
}

} // namespace hopscope
