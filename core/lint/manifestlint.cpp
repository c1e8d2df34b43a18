#include "core/lint/manifestlint.h"

#include "core/yaml/documentsplitter.h"
#include "core/yaml/yamlparse.h"
#include "core/yaml/yamltext.h"

#include "core/lint/linttr.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hopscope {

namespace {

// Keys of the Kubernetes objects Hopscope models, and common label keys: a glued colon after one
// of these is a missing space, wherever it stands.
const QSet<QByteArray> &knownKeys()
{
    static const QSet<QByteArray> keys = {"apiVersion",
                                          "kind",
                                          "metadata",
                                          "name",
                                          "namespace",
                                          "labels",
                                          "annotations",
                                          "spec",
                                          "status",
                                          "type",
                                          "selector",
                                          "ports",
                                          "port",
                                          "targetPort",
                                          "nodePort",
                                          "protocol",
                                          "appProtocol",
                                          "clusterIP",
                                          "clusterIPs",
                                          "externalIPs",
                                          "externalName",
                                          "externalTrafficPolicy",
                                          "internalTrafficPolicy",
                                          "sessionAffinity",
                                          "loadBalancerIP",
                                          "loadBalancerSourceRanges",
                                          "healthCheckNodePort",
                                          "ipFamilies",
                                          "ipFamilyPolicy",
                                          "replicas",
                                          "template",
                                          "containers",
                                          "initContainers",
                                          "image",
                                          "imagePullPolicy",
                                          "command",
                                          "args",
                                          "env",
                                          "value",
                                          "valueFrom",
                                          "containerPort",
                                          "hostPort",
                                          "matchLabels",
                                          "matchExpressions",
                                          "key",
                                          "operator",
                                          "values",
                                          "nodeName",
                                          "nodeSelector",
                                          "tolerations",
                                          "effect",
                                          "hostNetwork",
                                          "serviceName",
                                          "strategy",
                                          "volumeMounts",
                                          "mountPath",
                                          "volumes",
                                          "resources",
                                          "limits",
                                          "requests",
                                          "data",
                                          "items",
                                          "subsets",
                                          "addresses",
                                          "endpoints",
                                          "addressType",
                                          "ip",
                                          "hostname",
                                          "podCIDR",
                                          "app",
                                          "tier",
                                          "role",
                                          "component",
                                          "version",
                                          "environment"};
    return keys;
}

// Keys that start an item of a list of objects (`- port:80` under ports:).
const QSet<QByteArray> &itemKeys()
{
    static const QSet<QByteArray> keys = {
        "name",          "port",     "targetPort",  "nodePort", "protocol",
        "containerPort", "hostPort", "appProtocol", "key",      "operator",
        "values",        "value",    "effect",      "ip",       "hostname",
        "mountPath",     "image",    "apiVersion",  "kind"};
    return keys;
}

bool isKeyLike(QByteArrayView key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-/]*$"));
    return !key.isEmpty() && re.match(QString::fromUtf8(key)).hasMatch();
}

struct Source
{
    QByteArrayView text;
    const std::vector<YamlTextLine> &lines;
    QByteArrayView line(std::size_t i) const { return lineText(text, lines[i]); }
};

QByteArray keyOf(const Source &src, std::size_t i)
{
    const YamlTextLine &l = src.lines[i];
    QByteArray key =
        src.line(i).sliced(l.contentStart, l.keyColon - l.contentStart).trimmed().toByteArray();
    if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
        key = key.mid(1, key.size() - 2);
    return key;
}

// Is there a "key: value" line in the same mapping as a line whose content starts at column c?
bool hasSiblingKey(const Source &src, std::size_t i, int c)
{
    auto check = [&](std::size_t j, bool *stop) {
        const YamlTextLine &l = src.lines[j];
        if (l.marker) {
            *stop = true;
            return false;
        }
        if (!l.isStructure())
            return false;
        if (l.contentStart == c && l.keyColon >= 0)
            return true;
        if (l.indentEnd < c || (l.indentEnd == c && l.items == 0))
            *stop = true;
        return false;
    };
    bool stop = false;
    for (std::size_t j = i; j-- > 0 && !stop;)
        if (check(j, &stop))
            return true;
    stop = false;
    for (std::size_t j = i + 1; j < src.lines.size() && !stop; ++j)
        if (check(j, &stop))
            return true;
    return false;
}

// The previous structure line, if it is "key: plain value" and line i is indented more: then
// line i continues that value (a multi-line plain scalar), it is not a key.
bool continuesPlainValue(const Source &src, std::size_t i)
{
    for (std::size_t j = i; j-- > 0;) {
        const YamlTextLine &p = src.lines[j];
        if (p.blank || p.comment)
            continue;
        if (!p.isStructure() || p.keyColon < 0 || p.blockScalarHeader)
            return false;
        const QByteArrayView value = src.line(j).sliced(p.keyColon + 1).trimmed();
        if (value.isEmpty() || value.startsWith('#') || value.startsWith('&') ||
            value.startsWith('!'))
            return false;
        return src.lines[i].indentEnd > p.contentStart;
    }
    return false;
}

struct Glued
{
    std::size_t line; // index
    int offset;       // 0-based byte offset of the ':' (ColonSpace) or '-' (DashSpace)
    TextEdit::Kind kind;
    QByteArray key;
    QByteArray value; // ColonSpace: what follows the colon
};

// `kind:Service` and `-port: 80` in a text whose indentation has no tabs left.
std::vector<Glued> findGlued(const Source &src)
{
    std::vector<Glued> out;
    for (std::size_t i = 0; i < src.lines.size(); ++i) {
        const YamlTextLine &l = src.lines[i];
        if (!l.isStructure() || l.startsFlowOrQuote)
            continue;
        const QByteArrayView text = src.line(i);
        // -port: 80
        if (l.items == 0 && l.keyColon > l.contentStart + 1 && text[l.contentStart] == '-') {
            const QByteArray key = keyOf(src, i).mid(1);
            if (itemKeys().contains(key))
                out.push_back({i, l.contentStart, TextEdit::Kind::DashSpace, key, {}});
            continue;
        }
        if (l.keyColon >= 0 || l.gluedColon < 0)
            continue;
        const QByteArrayView key = text.sliced(l.contentStart, l.gluedColon - l.contentStart);
        QByteArrayView value = text.sliced(l.gluedColon + 1);
        const qsizetype hash = value.indexOf(" #");
        if (hash >= 0)
            value = value.first(hash);
        value = value.trimmed();
        if (!isKeyLike(key) || value.isEmpty() || value.startsWith("//") || value.startsWith(':'))
            continue;
        const QByteArray k = key.toByteArray();
        bool flag = false;
        if (l.items == 0) {
            flag = !continuesPlainValue(src, i) &&
                   (knownKeys().contains(k) || hasSiblingKey(src, i, l.contentStart));
        } else {
            // An item: a known item key, or the item goes on as a mapping on the next lines.
            flag = itemKeys().contains(k);
            for (std::size_t j = i + 1; !flag && j < src.lines.size(); ++j) {
                const YamlTextLine &n = src.lines[j];
                if (n.blank || n.comment)
                    continue;
                flag = n.isStructure() && n.items == 0 && n.indentEnd == l.contentStart &&
                       n.keyColon >= 0;
                break;
            }
        }
        if (flag)
            out.push_back({i, l.gluedColon, TextEdit::Kind::ColonSpace, k, value.toByteArray()});
    }
    return out;
}

struct DuplicateKey
{
    std::size_t line;
    int column; // 0-based
    QByteArray key;
    int firstLine;
};

// The same key twice in one block mapping.
std::vector<DuplicateKey> findDuplicateKeys(const Source &src)
{
    struct Frame
    {
        int column;
        QHash<QByteArray, int> keys; // key → line number
    };
    std::vector<DuplicateKey> out;
    std::vector<Frame> frames;
    for (std::size_t i = 0; i < src.lines.size(); ++i) {
        const YamlTextLine &l = src.lines[i];
        if (l.marker) {
            frames.clear();
            continue;
        }
        if (!l.isStructure())
            continue;
        const int start = l.items > 0 ? l.indentEnd : l.contentStart;
        while (!frames.empty() && frames.back().column > start)
            frames.pop_back();
        if (l.items > 0) {
            while (!frames.empty() && frames.back().column >= l.contentStart)
                frames.pop_back();
        }
        if (l.keyColon < 0)
            continue;
        const QByteArray key = keyOf(src, i);
        if (key.isEmpty() || key == "<<")
            continue;
        if (frames.empty() || frames.back().column != l.contentStart)
            frames.push_back({l.contentStart, {}});
        QHash<QByteArray, int> &keys = frames.back().keys;
        const auto found = keys.constFind(key);
        if (found != keys.cend())
            out.push_back({i, l.contentStart, key, found.value()});
        else
            keys.insert(key, l.number);
    }
    return out;
}

// Tab stops every w columns.
QByteArray expandedIndent(QByteArrayView indent, int w)
{
    int width = 0;
    for (char c : indent)
        width = c == '\t' ? (width / w + 1) * w : width + 1;
    return QByteArray(width, ' ');
}

int yamlErrorCount(QByteArrayView text)
{
    int errors = 0;
    for (const YamlChunk &chunk : splitDocuments(text))
        errors += int(parseYamlChunk(chunk, YamlLimits()).diagnostics.size());
    return errors;
}

Diagnostic diagnostic(Severity severity, const char *code, const QString &file, int line,
                      int column, const QString &message, const QString &hint)
{
    return Diagnostic::make(severity, code, {file, line, column}, message, hint);
}

void tabDiagnostics(const Source &src, const QString &file, Diagnostics &out)
{
    std::size_t i = 0;
    while (i < src.lines.size()) {
        const YamlTextLine &l = src.lines[i];
        const bool structure = l.isStructure();
        const bool legal = (l.blank || l.comment) && !l.inBlockScalar && !l.inQuoted && !l.inFlow;
        if (l.firstTab < 0 || (!structure && !legal)) {
            ++i;
            continue;
        }
        // A run of consecutive lines of the same kind.
        std::size_t j = i + 1;
        while (j < src.lines.size()) {
            const YamlTextLine &n = src.lines[j];
            const bool nLegal =
                (n.blank || n.comment) && !n.inBlockScalar && !n.inQuoted && !n.inFlow;
            if (n.firstTab < 0 || (structure ? !n.isStructure() : !nLegal))
                break;
            ++j;
        }
        const int count = int(j - i);
        const int last = src.lines[j - 1].number;
        QString message;
        if (structure) {
            message =
                count == 1
                    ? LintTr::tr(
                          "this line is indented with a tab; YAML indentation must be spaces")
                    : LintTr::tr("lines %1-%2 are indented with tabs (%3 lines); YAML indentation "
                                 "must be spaces")
                          .arg(l.number)
                          .arg(last)
                          .arg(count);
            out << diagnostic(
                Severity::Error, "tab-indent", file, l.number, l.firstTab + 1, message,
                LintTr::tr("Replace the tabs at the start of the lines with spaces (2 per "
                           "level is usual); most editors can show tabs and convert them. "
                           "kubectl stops at the first one: \"found character that cannot "
                           "start any token\"."));
        } else {
            message = count == 1
                          ? LintTr::tr("a tab before a comment or on an empty line: legal YAML, "
                                       "but Hopscope's YAML reader stops here")
                          : LintTr::tr("lines %1-%2 hold tabs before comments or on empty lines "
                                       "(%3 lines): legal YAML, but Hopscope's YAML reader stops "
                                       "here")
                                .arg(l.number)
                                .arg(last)
                                .arg(count);
            out << diagnostic(Severity::Warning, "tab-indent", file, l.number, l.firstTab + 1,
                              message, LintTr::tr("Remove the tabs, or replace them with spaces."));
        }
        i = j;
    }
}

} // namespace

TextLintResult lintText(QByteArrayView text, const QString &fileName)
{
    TextLintResult result;
    const std::vector<YamlTextLine> lines = scanYamlText(text);
    const Source original{text, lines};
    tabDiagnostics(original, fileName, result.diagnostics);

    // Tabs to repair: the ones just reported.
    std::vector<std::size_t> tabLines;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const YamlTextLine &l = lines[i];
        if (l.firstTab >= 0 && !l.inBlockScalar && !l.inQuoted && !l.inFlow)
            tabLines.push_back(i);
    }

    struct Candidate
    {
        int width = 0;
        QList<TextEdit> edits;
        std::vector<Glued> glued;
        std::vector<DuplicateKey> duplicates;
        QByteArray expanded;
        std::vector<int> shift; // per line: bytes the indentation grew by
        int errors = 0;
    };
    const std::vector<int> widths =
        tabLines.empty() ? std::vector<int>{0} : std::vector<int>{2, 4, 8};
    std::vector<Candidate> candidates;
    for (int w : widths) {
        Candidate c;
        c.width = w;
        c.shift.assign(lines.size(), 0);
        for (std::size_t i : tabLines) {
            const YamlTextLine &l = lines[i];
            TextEdit e;
            e.kind = TextEdit::Kind::Tab;
            e.line = l.number;
            e.column = 1;
            e.length = l.indentEnd;
            e.replacement = expandedIndent(lineText(text, l).first(l.indentEnd), w);
            c.shift[i] = int(e.replacement.size()) - l.indentEnd;
            c.edits << e;
        }
        c.expanded = applyEdits(text, c.edits);
        const std::vector<YamlTextLine> expandedLines = scanYamlText(c.expanded);
        const Source expanded{QByteArrayView(c.expanded), expandedLines};
        c.glued = findGlued(expanded);
        c.duplicates = findDuplicateKeys(expanded);
        for (const Glued &g : c.glued) {
            TextEdit e;
            e.kind = g.kind;
            e.line = expandedLines[g.line].number;
            e.column = g.offset - c.shift[g.line] + 2; // just after the ':' or '-'
            e.length = 0;
            e.replacement = " ";
            e.key = QString::fromUtf8(g.key);
            c.edits << e;
        }
        std::stable_sort(c.edits.begin(), c.edits.end(), [](const TextEdit &a, const TextEdit &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        if (c.edits.isEmpty())
            c.errors = 0;
        else
            c.errors = yamlErrorCount(applyEdits(text, c.edits));
        const bool clean = c.errors == 0;
        candidates.push_back(std::move(c));
        if (clean)
            break;
    }
    const Candidate *best = &candidates.front();
    for (const Candidate &c : candidates)
        if (c.errors == 0) {
            best = &c;
            break;
        }
    if (best->errors > 0)
        best = &candidates.front(); // none parses: 2, the seed's reading

    for (const Glued &g : best->glued) {
        const YamlTextLine &l = lines[g.line];
        const int column = g.offset - best->shift[g.line] + 1;
        const QString key = QString::fromUtf8(g.key);
        if (g.kind == TextEdit::Kind::DashSpace) {
            result.diagnostics << diagnostic(
                Severity::Error, "dash-no-space", fileName, l.number, column,
                LintTr::tr(
                    "'-%1:' has no space after the '-', so YAML reads \"-%1\" as a key, not as a "
                    "new list item with the key %1")
                    .arg(key),
                LintTr::tr("Write '- %1:' (a dash, a space, then the key).").arg(key));
            continue;
        }
        const QString value = QString::fromUtf8(g.value);
        result.diagnostics << diagnostic(
            Severity::Error, "key-no-space", fileName, l.number, column,
            LintTr::tr(
                "'%1:%2' has no space after the colon, so YAML reads it as the text \"%1:%2\", not "
                "as the key %1 with the value %2")
                .arg(key, value),
            LintTr::tr("Put a space after the colon: %1: %2").arg(key, value));
    }
    for (const DuplicateKey &d : best->duplicates) {
        const YamlTextLine &l = lines[d.line];
        const QString key = QString::fromUtf8(d.key);
        result.diagnostics << diagnostic(
            Severity::Warning, "duplicate-key", fileName, l.number,
            d.column - best->shift[d.line] + 1,
            LintTr::tr("the key \"%1\" appears a second time in this mapping (first at line %2); "
                       "kubectl keeps only the last value and says nothing, so the first is lost")
                .arg(key)
                .arg(d.firstLine),
            LintTr::tr(
                "Merge the two: a mapping holds one value per key, so one of them would be lost."));
    }
    result.edits = best->edits;
    result.tabWidth = tabLines.empty() ? 0 : best->width;
    return result;
}

QByteArray applyEdits(QByteArrayView text, const QList<TextEdit> &edits)
{
    if (edits.isEmpty())
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size() + edits.size() * 4);
    qsizetype copied = 0;    // text before this offset is in `out`
    qsizetype lineStart = 0; // offset of line `line`
    int line = 1;
    for (const TextEdit &e : edits) {
        while (line < e.line) {
            const qsizetype nl = text.indexOf('\n', lineStart);
            if (nl < 0)
                break;
            lineStart = nl + 1;
            ++line;
        }
        if (line != e.line)
            break;
        const qsizetype at = lineStart + e.column - 1;
        if (at < copied || at + e.length > text.size())
            continue;
        out += text.sliced(copied, at - copied);
        out += e.replacement;
        copied = at + e.length;
    }
    out += text.sliced(copied);
    return out;
}

SourceLocation mapToOriginal(const QList<TextEdit> &edits, SourceLocation where)
{
    if (where.line <= 0 || where.column <= 0)
        return where;
    int shift = 0; // bytes the line grew by before the current position
    for (const TextEdit &e : edits) {
        if (e.line != where.line)
            continue;
        const int newStart = e.column + shift;
        const int newEnd = newStart + int(e.replacement.size());
        if (where.column < newStart)
            break;
        if (where.column < newEnd) {
            where.column = e.column;
            return where;
        }
        shift += int(e.replacement.size()) - e.length;
    }
    where.column -= shift;
    return where;
}

QString describeRepairs(const QList<TextEdit> &edits, int tabWidth)
{
    bool tabs = false;
    QStringList colonKeys, dashKeys;
    for (const TextEdit &e : edits) {
        if (e.kind == TextEdit::Kind::Tab)
            tabs = true;
        else if (e.kind == TextEdit::Kind::ColonSpace && !colonKeys.contains(e.key))
            colonKeys << e.key;
        else if (e.kind == TextEdit::Kind::DashSpace && !dashKeys.contains(e.key))
            dashKeys << e.key;
    }
    // "'a:'", "'a:' and 'b:'", "'a:', 'b:' and 'c:'"
    auto quoted = [](const QStringList &keys, const QString &format) {
        QStringList q;
        for (const QString &k : keys)
            q << format.arg(k);
        const QString last = q.takeLast();
        return q.isEmpty() ? last
                           : q.join(QStringLiteral(", ")) +
                                 LintTr::tr(" and ", "between the last two quoted keys") + last;
    };
    QStringList parts;
    if (tabs)
        parts << LintTr::tr("each tab taken as %1 spaces").arg(tabWidth);
    if (!colonKeys.isEmpty())
        parts << LintTr::tr("a space after %1").arg(quoted(colonKeys, QStringLiteral("'%1:'")));
    if (!dashKeys.isEmpty())
        parts << LintTr::tr("a space after the '-' of %1")
                     .arg(quoted(dashKeys, QStringLiteral("'-%1'")));
    if (parts.isEmpty())
        return QString();
    // Each repair is a phrase of its own, joined as a list; the sentences that take the list
    // (checks.cpp) are whole sentences in every language, so no particle follows it.
    return parts.join(LintTr::tr(" and ", "between two repairs"));
}

} // namespace hopscope
