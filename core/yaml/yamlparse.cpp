#include "core/yaml/yamlparse.h"

#include "core/yaml/simpleyaml.h"

#include <QCoreApplication>
#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>
#include <unordered_map>
#include <unordered_set>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::YamlParse)
};

// An istream over memory the caller owns: yaml-cpp reads the bytes without a copy.
class MemoryBuffer final : public std::streambuf
{
public:
    explicit MemoryBuffer(QByteArrayView bytes)
    {
        char *begin = const_cast<char *>(bytes.data()); // read-only use
        setg(begin, begin, begin + bytes.size());
    }
};

struct NodeWeight
{
    qint64 nodes = 0;
    qint64 bytes = 0; // characters of text
};

NodeWeight weigh(const YamlNode &n)
{
    NodeWeight w{1, qint64(n.scalar.size())};
    for (const YamlNode &c : n.children) {
        const NodeWeight cw = weigh(c);
        w.nodes += cw.nodes;
        w.bytes += cw.bytes;
    }
    return w;
}

// Builds a YamlNode tree from yaml-cpp's events, with the guards of DESIGN.md.
class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const YamlLimits &limits, int firstLine) : m_limits(limits), m_firstLine(firstLine)
    {
    }

    bool started = false;
    std::size_t startPos = 0;
    int startLine = 0;
    bool hasRoot = false;
    YamlNode root;
    bool failed = false;
    Diagnostic error;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        started = true;
        startPos = mark.pos;
        startLine = mark.line + m_firstLine;
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode n = leaf(mark, YamlNode::Type::Null);
        add(std::move(n), anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (failed)
            return;
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end()) {
            fail(
                mark, QStringLiteral("yaml-alias-cycle"),
                Tr::tr("this alias (*name) points at a node that contains it: an endless loop"),
                Tr::tr("An alias may only repeat a node that is already complete. Remove the alias "
                       "or write the content out."));
            return;
        }
        m_aliasNodes += found->second.second.nodes;
        m_aliasBytes += found->second.second.bytes;
        if (m_aliasBytes > m_limits.maxAliasBytes) {
            // A large scalar aliased many times (a 1 MB label value, 1000 times) is few nodes.
            fail(mark, QStringLiteral("yaml-alias-bomb"),
                 Tr::tr("aliases expand to more than %1 MiB of text in this document; Hopscope "
                        "stopped reading it")
                     .arg(m_limits.maxAliasBytes >> 20),
                 Tr::tr("Kubernetes manifests rarely need aliases (*name). Write the repeated "
                        "parts out, or split the document."));
            return;
        }
        if (m_aliasNodes > m_limits.maxAliasNodes) {
            fail(
                mark, QStringLiteral("yaml-alias-bomb"),
                Tr::tr(
                    "aliases expand to more than %1 nodes in this document (a \"billion laughs\" "
                    "file?); Hopscope stopped reading it")
                    .arg(m_limits.maxAliasNodes),
                Tr::tr("Kubernetes manifests rarely need aliases (*name). Write the repeated parts "
                       "out, or split the document."));
            return;
        }
        YamlNode copy = found->second.first;
        add(std::move(copy), 0);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        if (failed)
            return;
        YamlNode n = leaf(mark, YamlNode::Type::Scalar);
        n.plain = (tag == "?");
        if (tag != "?" && tag != "!")
            n.tag = QString::fromStdString(tag);
        n.scalar = QString::fromStdString(value);
        add(std::move(n), anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        open(mark, tag, anchor, style, YamlNode::Type::Sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        open(mark, tag, anchor, style, YamlNode::Type::Map);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        YamlNode node;
        YAML::anchor_t anchor = 0;
    };

    YamlNode leaf(const YAML::Mark &mark, YamlNode::Type type) const
    {
        YamlNode n;
        n.type = type;
        n.line = mark.line + m_firstLine;
        n.column = mark.column + 1;
        return n;
    }

    void open(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style, YamlNode::Type type)
    {
        if (failed)
            return;
        if (int(m_stack.size()) >= m_limits.maxDepth) {
            fail(mark, QStringLiteral("yaml-too-deep"),
                 Tr::tr(
                     "the YAML nests deeper than %1 levels; Hopscope stopped reading this document")
                     .arg(m_limits.maxDepth),
                 Tr::tr("Kubernetes objects are never this deep: look for a runaway of [ or { "
                        "brackets or of indentation."));
            return;
        }
        Frame f;
        f.node = leaf(mark, type);
        f.node.flow = (style == YAML::EmitterStyle::Flow);
        if (tag != "?" && tag != "!")
            f.node.tag = QString::fromStdString(tag);
        f.anchor = anchor;
        if (anchor)
            m_open.insert(anchor);
        m_stack.push_back(std::move(f));
    }

    void close()
    {
        if (failed || m_stack.empty())
            return;
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.node.type == YamlNode::Type::Map)
            applyMerges(f.node);
        if (f.anchor)
            m_open.erase(f.anchor);
        add(std::move(f.node), f.anchor);
    }

    // YAML merge keys as kubectl's YAML library (go-yaml) applies them: `<<: {…}`, `<<: *base`,
    // `<<: [*a, *b]`; keys written in the map win, and of a list the earlier maps win. A `<<`
    // whose value is not a map (or a list of maps) stays, and is reported as an unknown field.
    static void applyMerges(YamlNode &map)
    {
        auto isMergeKey = [](const YamlNode &k) {
            return k.type == YamlNode::Type::Scalar && k.plain && k.tag.isEmpty() &&
                   k.scalar == u"<<";
        };
        bool any = false;
        for (std::size_t i = 0; i + 1 < map.children.size(); i += 2)
            any = any || isMergeKey(map.children[i]);
        if (!any)
            return;
        std::vector<YamlNode> kept;
        std::vector<const YamlNode *> sources;
        std::vector<YamlNode> merges;
        for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
            YamlNode &k = map.children[i];
            YamlNode &v = map.children[i + 1];
            bool mergeable = v.type == YamlNode::Type::Map;
            if (v.type == YamlNode::Type::Sequence) {
                mergeable = !v.children.empty();
                for (const YamlNode &item : v.children)
                    mergeable = mergeable && item.type == YamlNode::Type::Map;
            }
            if (isMergeKey(k) && mergeable) {
                merges.push_back(std::move(v));
                continue;
            }
            kept.push_back(std::move(k));
            kept.push_back(std::move(v));
        }
        for (const YamlNode &m : merges) {
            if (m.type == YamlNode::Type::Map)
                sources.push_back(&m);
            else
                for (const YamlNode &item : m.children)
                    sources.push_back(&item);
        }
        QSet<QString> present;
        for (std::size_t i = 0; i < kept.size(); i += 2)
            if (kept[i].type == YamlNode::Type::Scalar)
                present.insert(kept[i].scalar);
        for (const YamlNode *source : sources) {
            for (std::size_t i = 0; i + 1 < source->children.size(); i += 2) {
                const YamlNode &k = source->children[i];
                if (k.type != YamlNode::Type::Scalar || present.contains(k.scalar))
                    continue;
                present.insert(k.scalar);
                kept.push_back(k);
                kept.push_back(source->children[i + 1]);
            }
        }
        map.children = std::move(kept);
    }

    void add(YamlNode &&node, YAML::anchor_t anchor)
    {
        if (failed)
            return;
        if (anchor)
            m_anchors[anchor] = {node, weigh(node)};
        if (m_stack.empty()) {
            root = std::move(node);
            hasRoot = true;
        } else {
            m_stack.back().node.children.push_back(std::move(node));
        }
    }

    void fail(const YAML::Mark &mark, const QString &code, const QString &message,
              const QString &hint)
    {
        failed = true;
        SourceLocation where;
        where.line = mark.line + m_firstLine;
        where.column = mark.column + 1;
        error = Diagnostic::make(Severity::Error, code, where, message, hint);
    }

    const YamlLimits &m_limits;
    int m_firstLine;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, std::pair<YamlNode, NodeWeight>> m_anchors;
    std::unordered_set<YAML::anchor_t> m_open;
    qint64 m_aliasNodes = 0;
    qint64 m_aliasBytes = 0;
};

Diagnostic yamlError(int line, int column, const QString &yamlMessage)
{
    const YamlErrorText text = explainYamlError(yamlMessage);
    SourceLocation where;
    where.line = line;
    where.column = column;
    return Diagnostic::make(Severity::Error, "yaml-syntax", where, text.message, text.hint);
}

} // namespace

YamlErrorText explainYamlError(const QString &m)
{
    struct Known
    {
        const char *yamlCpp;
        const char *message;
        const char *hint;
    };
    static const Known known[] = {
        {"illegal map value",
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "YAML found a 'key: value' where none can start: the indentation here "
                           "does not fit the lines above"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "Check this line and the one before it: indent with spaces (never "
                           "tabs), line up keys of the same object, and put a space after every "
                           "':' (kind: Service, not kind:Service).")},
        {"end of map not found",
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "YAML expected the object to continue or end here, but the indentation "
                           "breaks it"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "Line up keys of the same object in the same column, with spaces.")},
        {"end of sequence not found",
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "YAML expected another list item ('- …') or the end of the list here"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "Every item of a list starts with '- ' at the same indentation.")},
        {"end of map flow not found",
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "a '{' is never closed by a '}'"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "Close the braces, or use indented YAML.")},
        {"end of sequence flow not found",
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "a '[' is never closed by a ']'"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "Close the brackets, or use indented YAML.")},
        {"illegal block entry",
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "a list item ('- …') appears where YAML does not expect a list"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "A list belongs under a key (ports:) and its items are indented the "
                           "same way.")},
        {"illegal map key",
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "a key appears where YAML does not expect one"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "Check the indentation of this line.")},
        {"illegal EOF in scalar",
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "a quoted text is never closed"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "Add the closing quote.")},
        {"unknown token",
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "a character YAML does not understand here"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse",
                           "Quote values that start with special characters such as @, ` or %.")},
        {"the referenced anchor is not defined",
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "an alias (*name) refers to an unknown anchor"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "Define the anchor (&name) before its use.")},
        {"illegal flow end",
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "a ']' or '}' closes something never opened"),
         QT_TRANSLATE_NOOP("hopscope::YamlParse", "Remove it or add the opening bracket.")},
    };
    for (const Known &k : known) {
        if (m.startsWith(QLatin1String(k.yamlCpp)))
            return {QCoreApplication::translate("hopscope::YamlParse", k.message) +
                        QStringLiteral(" (yaml-cpp: %1)").arg(m),
                    QCoreApplication::translate("hopscope::YamlParse", k.hint)};
    }
    if (m.startsWith(QLatin1String("exceeded maximum allowed recursion depth")))
        return {Tr::tr("the YAML nests too deep for the parser (yaml-cpp: %1)").arg(m),
                Tr::tr("Kubernetes objects are never this deep: look for a runaway of [ or { "
                       "brackets.")};
    return {Tr::tr("invalid YAML (yaml-cpp: %1)").arg(m), QString()};
}

YamlParseResult parseYamlChunk(const YamlChunk &chunk, const YamlLimits &limits)
{
    YamlParseResult result;
    if (limits.simpleFastPath && parseSimpleYaml(chunk, limits, &result))
        return result;
    MemoryBuffer buffer(chunk.bytes);
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    std::size_t lastStart = 0;
    bool first = true;
    int index = 0;
    for (;;) {
        TreeBuilder builder(limits, chunk.firstLine);
        bool more = false;
        try {
            more = parser.HandleNextDocument(builder);
        } catch (const YAML::Exception &e) {
            // A guard that tripped first explains it better (yaml-cpp throws DeepRecursion at
            // depth 500, long after our own depth limit).
            if (builder.failed) {
                result.diagnostics << builder.error;
                break;
            }
            // yaml-cpp's message is "yaml-cpp: error at line L, column C: msg"; keep msg only.
            Diagnostic d = yamlError(e.mark.line + chunk.firstLine, e.mark.column + 1,
                                     QString::fromStdString(e.msg));
            if (dynamic_cast<const YAML::DeepRecursion *>(&e))
                d.code = QStringLiteral("yaml-too-deep");
            result.diagnostics << d;
            break;
        } catch (const std::exception &e) {
            result.diagnostics << (builder.failed
                                       ? builder.error
                                       : yamlError(chunk.firstLine, 1, QString::fromUtf8(e.what())));
            break;
        }
        if (!more || !builder.started)
            break;
        if (!first && builder.startPos <= lastStart) {
            Diagnostic d = yamlError(builder.startLine, 1, QStringLiteral("no progress"));
            d.code = QStringLiteral("yaml-stuck");
            d.message = Tr::tr("the YAML parser cannot get past this point (a stray ',' or similar "
                               "at the top of a document?)");
            d.hint = Tr::tr("A document must be a Kubernetes object: 'apiVersion: …', 'kind: …'.");
            result.diagnostics << d;
            break;
        }
        first = false;
        lastStart = builder.startPos;
        if (builder.failed) {
            result.diagnostics << builder.error;
            continue; // the document is dropped; the parser itself is still sound
        }
        if (!builder.hasRoot || builder.root.isNull())
            continue; // an empty document
        if (chunk.listItems && builder.root.isSequence()) {
            for (YamlNode &item : builder.root.children) {
                YamlDocument doc;
                doc.line = item.line;
                doc.index = index++;
                doc.root = std::move(item);
                result.documents.push_back(std::move(doc));
            }
        } else {
            YamlDocument doc;
            doc.line = builder.root.line;
            doc.index = index++;
            doc.root = std::move(builder.root);
            result.documents.push_back(std::move(doc));
        }
    }
    return result;
}

} // namespace hopscope
