// The fast reader of plain block YAML (core/simpleyaml.h) must build exactly the tree yaml-cpp's
// events build — every type, scalar, quoting, flow flag, line and column — or decline. Checked
// here on hand-picked snippets (each either declined or equal) and on every fixture, shared
// manifest and generated cluster, as the reader cuts them (documents, List items, batches).

#include "core/yaml/documentsplitter.h"
#include "core/generator/generator.h"
#include "core/yaml/simpleyaml.h"
#include "core/yaml/yamlparse.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace hopscope;

namespace {

QString describe(const YamlNode &n)
{
    static const char *types[] = {"null", "scalar", "seq", "map"};
    return QStringLiteral("%1 %2:%3 plain=%4 flow=%5 tag=%6 \"%7\" children=%8")
        .arg(QLatin1String(types[int(n.type)]))
        .arg(n.line)
        .arg(n.column)
        .arg(n.plain)
        .arg(n.flow)
        .arg(n.tag, n.scalar)
        .arg(n.children.size());
}

// Empty when equal, else the path of the first difference and both nodes.
QString difference(const YamlNode &a, const YamlNode &b, const QString &path)
{
    if (describe(a) != describe(b))
        return QStringLiteral("%1: fast %2 / yaml-cpp %3").arg(path, describe(a), describe(b));
    for (std::size_t i = 0; i < a.children.size(); ++i) {
        const QString d =
            difference(a.children[i], b.children[i], path + u'/' + QString::number(i));
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

QString difference(const YamlParseResult &fast, const YamlParseResult &slow)
{
    if (!slow.diagnostics.isEmpty())
        return QStringLiteral("accepted what yaml-cpp refuses: %1")
            .arg(slow.diagnostics.first().message);
    if (fast.documents.size() != slow.documents.size())
        return QStringLiteral("%1 documents, yaml-cpp %2")
            .arg(fast.documents.size())
            .arg(slow.documents.size());
    for (std::size_t i = 0; i < fast.documents.size(); ++i) {
        const YamlDocument &a = fast.documents[i];
        const YamlDocument &b = slow.documents[i];
        if (a.line != b.line || a.index != b.index)
            return QStringLiteral("document %1 at line %2 index %3, yaml-cpp line %4 index %5")
                .arg(i)
                .arg(a.line)
                .arg(a.index)
                .arg(b.line)
                .arg(b.index);
        const QString d = difference(a.root, b.root, QStringLiteral("doc%1").arg(i));
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

struct Outcome
{
    bool accepted = false;
    QString difference; // empty: equal (or declined)
};

Outcome compare(const YamlChunk &chunk)
{
    YamlLimits limits;
    YamlParseResult fast;
    Outcome o;
    o.accepted = parseSimpleYaml(chunk, limits, &fast);
    if (!o.accepted)
        return o;
    limits.simpleFastPath = false;
    o.difference = difference(fast, parseYamlChunk(chunk, limits));
    return o;
}

struct FileOutcome
{
    int chunks = 0;
    int accepted = 0;
    QString difference;
};

// As the reader cuts a file: documents and List items, then batches of items.
FileOutcome compareFile(const QByteArray &bytes)
{
    FileOutcome out;
    const std::vector<YamlChunk> chunks = splitDocuments(bytes);
    std::vector<YamlChunk> all = chunks;
    for (const YamlChunk &c : batchListItems(chunks, 64 * 1024))
        all.push_back(c);
    for (const YamlChunk &c : all) {
        const Outcome o = compare(c);
        ++out.chunks;
        out.accepted += o.accepted ? 1 : 0;
        if (!o.difference.isEmpty() && out.difference.isEmpty())
            out.difference = QStringLiteral("line %1: %2").arg(c.firstLine).arg(o.difference);
    }
    return out;
}

} // namespace

class TestSimpleYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippets_data();
    void snippets();
    void fixturesMatchYamlCpp_data();
    void fixturesMatchYamlCpp();
    void generatedClustersTakeTheFastPath_data();
    void generatedClustersTakeTheFastPath();
    void depthLimitLeftToYamlCpp();
    void mergeKeys_data();
    void mergeKeys();
};

void TestSimpleYaml::snippets_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("listItems");
    QTest::addColumn<bool>("accepted");
    auto row = [](const char *name, const char *yaml, bool accepted, bool list = false) {
        QTest::newRow(name) << QByteArray(yaml) << list << accepted;
    };
    // Taken: what kubectl and hand-written manifests look like.
    row("map", "apiVersion: v1\nkind: Service\n", true);
    row("nested map", "metadata:\n  name: web\n  labels:\n    app: web\n", true);
    row("sequence at key indent", "ports:\n- port: 80\n  name: http\n- port: 443\n", true);
    row("indented sequence", "ports:\n  - port: 80\n    name: http\n  - 443\n", true);
    row("sequence in sequence item", "- a:\n  - x\n  - y\n  b: 1\n", true, true);
    row("list items", "- kind: Pod\n  metadata:\n    name: a\n- kind: Pod\n", true, true);
    row("scalar items", "args:\n- --port=80\n- \"x\"\n- 'y'\n", false); // leading '-'
    row("plain items", "args:\n- run\n- serve\n", true);
    row("comments", "# head\na: 1 # tail\n\n  # inner\nb: x#y\n", true);
    row("document marker", "---\na: 1\n", true);
    row("document marker with comment", "--- # one\na: 1\n", true);
    row("quoted", "a: \"True\"\nb: 'it''s'\nc: \"x\\\"y\\\\z\\n\"\nd: \"\"\n", true);
    row("nulls", "a: null\nb: ~\nc: Null\nd: NULL\n", true);
    row("empty flow", "a: {}\nb: []\nc: { }\n", true);
    row("colons in values", "image: nginx:1.25\nurl: http://x/y\nt: 2024-05-01T08:00:00Z\n", true);
    row("unicode value", "name: 웹 서버\n", true);
    row("indented root", "  a: 1\n  b: 2\n", true);
    row("spaces before colon", "a  : 1\n", true);
    row("numbers and booleans", "a: 80\nb: true\nc: 1.5\nd: 0x1F\n", true);
    // Declined: yaml-cpp reads them (or explains why not).
    row("anchor", "a: &x 1\nb: *x\n", false);
    row("tag", "a: !!str 1\n", false);
    row("block scalar", "a: |\n  text\n", false);
    row("folded scalar", "a: >-\n  text\n", false);
    row("multi-line plain", "a: one\n  two\n", false);
    row("empty value", "a:\nb: 1\n", false);
    row("empty value at end", "a: 1\nb:\n", false);
    row("flow content", "a: {b: 1}\n", false);
    row("flow sequence", "a: [1, 2]\n", false);
    row("tab", "a:\t1\n", false);
    row("crlf", "a: 1\r\n", false);
    row("mapping in value", "a: b: c\n", false);
    row("bad indentation", "a:\n    b: 1\n  c: 2\n", false);
    row("nested inline sequence", "- - a\n", false, true);
    row("root scalar", "hello\n", false);
    row("two documents", "a: 1\n---\nb: 2\n", false);
    row("directive", "%YAML 1.2\n---\na: 1\n", false);
    row("unicode key", "이름: web\n", false);
    row("quoted key", "\"a\": 1\n", false);
    row("unicode escape", "a: \"\\u00e9\"\n", false);
    row("unclosed quote", "a: \"x\n", false);
    row("text after quote", "a: \"x\" y\n", false);
    row("dash at map indent", "a: 1\n- b\n", false);
    row("complex key", "? a\n: 1\n", false);
    // yaml-cpp reads a plain null key as a null node: the fast path leaves them to it (issue 15:
    // the same Service gave a warning or two errors depending on a '|' elsewhere).
    row("null key", "null: 1\n", false);
    row("Null key", "a: 1\nNull: 2\n", false);
    row("NULL key", "NULL: x\n", false);
    row("~ key", "m:\n  ~: 1\n", false);
    row("merge key", "spec:\n  <<: {type: NodePort}\n", false);
}

// Merge keys as kubectl's YAML library applies them: written keys win, earlier maps of a list
// win; `spec` as "key=value" pairs in order.
void TestSimpleYaml::mergeKeys_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("spec");
    QTest::newRow("<<: {type: NodePort} adds the key")
        << QByteArray("spec:\n  <<: {type: NodePort}\n  port: 80\n")
        << QStringList{QStringLiteral("port=80"), QStringLiteral("type=NodePort")};
    QTest::newRow("<<: *base, the written key wins")
        << QByteArray("base: &b {type: NodePort, port: 1}\nspec:\n  <<: *b\n  port: 80\n")
        << QStringList{QStringLiteral("port=80"), QStringLiteral("type=NodePort")};
    QTest::newRow("<<: [*a, *b], the earlier map wins")
        << QByteArray("a: &a {type: NodePort}\nb: &b {type: ClusterIP, x: 2}\n"
                      "spec:\n  <<: [*a, *b]\n")
        << QStringList{QStringLiteral("type=NodePort"), QStringLiteral("x=2")};
    QTest::newRow("a quoted '<<' is an ordinary key")
        << QByteArray("spec:\n  \"<<\": {type: NodePort}\n")
        << QStringList{QStringLiteral("<<=")};
}

void TestSimpleYaml::mergeKeys()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, spec);
    YamlChunk chunk;
    chunk.bytes = yaml;
    const YamlParseResult parsed = parseYamlChunk(chunk, YamlLimits());
    QVERIFY(parsed.diagnostics.isEmpty());
    QCOMPARE(parsed.documents.size(), std::size_t(1));
    const YamlNode *node = parsed.documents.front().root.get(QLatin1String("spec"));
    QVERIFY(node);
    QStringList got;
    for (int i = 0; i < node->size(); ++i)
        got << node->keyAt(i).scalar + u'=' + node->valueAt(i).scalar;
    QCOMPARE(got, spec);
}

void TestSimpleYaml::snippets()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, listItems);
    QFETCH(bool, accepted);
    YamlChunk chunk;
    chunk.bytes = yaml;
    chunk.firstLine = 7; // marks are file lines: the chunk's offset must be kept
    chunk.listItems = listItems;
    const Outcome o = compare(chunk);
    QCOMPARE(o.accepted, accepted);
    QVERIFY2(o.difference.isEmpty(), qPrintable(o.difference));
}

void TestSimpleYaml::fixturesMatchYamlCpp_data()
{
    QTest::addColumn<QString>("path");
    QStringList roots{QStringLiteral(HOPSCOPE_TEST_DATA)};
    const QString shared = QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests");
    if (QFileInfo(shared).isDir())
        roots << shared;
    for (const QString &root : roots) {
        QDirIterator it(root, {"*.yaml", "*.yml", "*.json"}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &f : files)
            QTest::newRow(qPrintable(f.mid(root.size() + 1))) << f;
    }
}

void TestSimpleYaml::fixturesMatchYamlCpp()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const FileOutcome o = compareFile(f.readAll());
    QVERIFY2(o.difference.isEmpty(), qPrintable(o.difference));
}

void TestSimpleYaml::generatedClustersTakeTheFastPath_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("workloads") << int(GeneratorSpec::Form::Workloads);
    QTest::newRow("kubectl dump") << int(GeneratorSpec::Form::Dump);
}

void TestSimpleYaml::generatedClustersTakeTheFastPath()
{
    QFETCH(int, form);
    GeneratorSpec spec;
    spec.nodes = 5;
    spec.pods = 60;
    spec.services = 12;
    spec.form = GeneratorSpec::Form(form);
    const FileOutcome o = compareFile(ClusterGenerator::generate(spec));
    QVERIFY2(o.difference.isEmpty(), qPrintable(o.difference));
    QVERIFY(o.chunks > 10);
    QCOMPARE(o.accepted, o.chunks); // all of it: the big files never wait for yaml-cpp
}

void TestSimpleYaml::depthLimitLeftToYamlCpp()
{
    // 5 levels with maxDepth 3: declined, so yaml-cpp's path reports yaml-too-deep.
    const QByteArray yaml = "a:\n  b:\n    c:\n      d:\n        e: 1\n";
    YamlChunk chunk;
    chunk.bytes = yaml;
    YamlLimits limits;
    limits.maxDepth = 3;
    YamlParseResult result;
    QVERIFY(!parseSimpleYaml(chunk, limits, &result));
    const YamlParseResult slow = parseYamlChunk(chunk, limits);
    QCOMPARE(slow.diagnostics.size(), 1);
    QCOMPARE(slow.diagnostics.first().code, QStringLiteral("yaml-too-deep"));
    limits.maxDepth = 100;
    QVERIFY(parseSimpleYaml(chunk, limits, &result));
}

QTEST_GUILESS_MAIN(TestSimpleYaml)
#include "tst_simpleyaml.moc"
