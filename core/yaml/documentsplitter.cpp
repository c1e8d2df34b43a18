#include "core/yaml/documentsplitter.h"

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

// Lines are walked in place (offsets into the bytes), never collected: a 500 MB dump has
// fifteen million of them.
struct LineWalker
{
    QByteArrayView bytes;
    qsizetype pos = 0; // start of the next line
    int number = 1;    // its number

    // The next line [begin, end) (end past its '\n'); false at the end of the bytes.
    bool next(qsizetype end, Line *line)
    {
        if (pos >= end)
            return false;
        const void *nl = std::memchr(bytes.data() + pos, '\n', std::size_t(end - pos));
        const qsizetype stop = nl ? (static_cast<const char *>(nl) - bytes.data()) + 1 : end;
        *line = {pos, stop, number++};
        pos = stop;
        return true;
    }
};

QByteArrayView text(QByteArrayView bytes, const Line &line)
{
    return bytes.sliced(line.begin, line.end - line.begin);
}

// The lines from offset `begin` (line number `number`) to offset `end` as one chunk, unless they
// hold only blank lines and comments.
void addChunk(std::vector<YamlChunk> &out, QByteArrayView bytes, qsizetype begin, qsizetype end,
              int number, bool listItems)
{
    if (begin >= end)
        return;
    LineWalker walk{bytes, begin, number};
    Line line;
    bool content = false;
    while (!content && walk.next(end, &line))
        content = !isBlankOrComment(text(bytes, line));
    if (!content)
        return;
    YamlChunk c;
    c.bytes = bytes.sliced(begin, end - begin);
    c.firstLine = number;
    c.listItems = listItems;
    out.push_back(c);
}

// One document (offsets [begin, end), first line `number`): as is, or cut into List items.
void addDocument(std::vector<YamlChunk> &out, QByteArrayView bytes, qsizetype begin, qsizetype end,
                 int number)
{
    bool isList = false;
    bool haveItems = false;
    Line items;
    Line line;
    LineWalker walk{bytes, begin, number};
    while (walk.next(end, &line)) {
        const QByteArrayView t = text(bytes, line);
        if (isListKindLine(t))
            isList = true;
        else if (!haveItems && isItemsLine(t)) {
            items = line;
            haveItems = true;
        }
    }
    if (!isList || !haveItems || items.end >= end) {
        addChunk(out, bytes, begin, end, number, false);
        return;
    }
    // The first non-blank line after `items:` must be a column-0 item.
    walk = LineWalker{bytes, items.end, items.number + 1};
    bool found = false;
    while (walk.next(end, &line)) {
        if (!isBlankOrComment(text(bytes, line))) {
            found = true;
            break;
        }
    }
    if (!found || !isColumnZeroItem(text(bytes, line))) {
        addChunk(out, bytes, begin, end, number, false);
        return;
    }
    Line itemStart = line;
    qsizetype stop = end;
    while (walk.next(end, &line)) {
        const QByteArrayView t = text(bytes, line);
        if (isColumnZeroItem(t)) {
            addChunk(out, bytes, itemStart.begin, line.begin, itemStart.number, true);
            itemStart = line;
        } else if (endsColumnZeroSequence(t)) {
            stop = line.begin;
            break;
        }
    }
    addChunk(out, bytes, itemStart.begin, stop, itemStart.number, true);
    // The List's header and trailer (apiVersion, kind: List, metadata) carry no objects.
}

} // namespace

std::vector<YamlChunk> splitDocuments(QByteArrayView bytes)
{
    std::vector<YamlChunk> out;
    qsizetype docStart = 0;
    int docNumber = 1;
    bool directivePending = false;
    LineWalker walk{bytes, 0, 1};
    Line line;
    while (walk.next(bytes.size(), &line)) {
        const QByteArrayView t = text(bytes, line);
        if (t.startsWith('%')) {
            if (!directivePending) {
                addDocument(out, bytes, docStart, line.begin, docNumber);
                docStart = line.begin;
                docNumber = line.number;
            }
            directivePending = true;
        } else if (startsWithMarker(t, "---")) {
            if (!directivePending) {
                addDocument(out, bytes, docStart, line.begin, docNumber);
                docStart = line.begin;
                docNumber = line.number;
            }
            directivePending = false;
        } else if (startsWithMarker(t, "...")) {
            addDocument(out, bytes, docStart, line.end, docNumber);
            docStart = line.end;
            docNumber = line.number + 1;
            directivePending = false;
        }
    }
    addDocument(out, bytes, docStart, bytes.size(), docNumber);
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
