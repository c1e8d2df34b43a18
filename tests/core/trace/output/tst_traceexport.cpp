// The trace as a handout table (core/traceexport.h): Markdown and CSV with the columns hop,
// where, action, before, after, rule, explanation; one row per hop, the reply's marked.
// RFC 4180 (section 2, rules 5-7): a field holding a comma, a double quote or a line break is
// quoted, and a quote inside is doubled. GitHub-flavoured Markdown tables: a header row, a
// delimiter row, one row per line, `\|` for a pipe inside a cell, no raw line breaks.
// The voting app's NodePort request (resources/demo/voting-app.yaml, the seed lesson's figure:
// nodePort 30035 → port → targetPort) is compared with golden files in tests/data/traces/
// (HOPSCOPE_UPDATE_GOLDEN=1 rewrites them; review the diff).

#include "core/builder/clusterbuilder.h"
#include "core/trace/output/traceexport.h"
#include "core/trace/tracer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace hopscope;

namespace {

const QString kVoting = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo/voting-app.yaml");

QString goldenPath(const QString &name)
{
    return QStringLiteral(HOPSCOPE_TEST_DATA "/traces/") + name;
}

void compareGolden(const QString &name, const QByteArray &actual)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIsSet("HOPSCOPE_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden ") + path));
    const QByteArray expected = f.readAll();
    if (expected != actual) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (int i = 0; i < qMin(a.size(), e.size()); ++i)
            if (a[i] != e[i])
                qWarning("%s line %d\n  expected: %s\n  actual:   %s", qPrintable(path), i + 1,
                         e[i].constData(), a[i].constData());
    }
    QCOMPARE(actual, expected);
}

// The table lines of a Markdown text: those that start with a pipe.
QStringList tableLines(const QString &markdown)
{
    QStringList lines;
    for (const QString &line : markdown.split(u'\n'))
        if (line.startsWith(u'|'))
            lines << line;
    return lines;
}

// Splits a Markdown table line at its unescaped pipes.
QStringList markdownCells(const QString &line)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line[i] == u'\\' && i + 1 < line.size()) {
            cell += line[i];
            cell += line[++i];
        } else if (line[i] == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    return cells;
}

// A trace built by hand whose texts hold every character the formats must escape.
Trace hostileTrace()
{
    Trace t;
    t.request.from = QStringLiteral("client");
    t.request.to = QStringLiteral("a,b:80");
    for (int i = 0; i < 3; ++i) {
        Hop h;
        h.index = i;
        h.reply = i == 2;
        h.entity = QStringLiteral("pod/default/web, \"quoted\"");
        h.interface = QStringLiteral("eth0");
        h.action = i == 0 ? HopAction::Send : HopAction::Dnat;
        h.before.srcIP = QStringLiteral("10.244.1.2");
        h.before.dstIP = QStringLiteral("10.96.0.20");
        h.after = h.before;
        h.table = QStringLiteral("nat");
        h.rule = QStringLiteral("-A KUBE-SVC -m comment --comment \"default/web|http\" -j X");
        h.route = QStringLiteral("line one\nline two\r\nline three");
        h.explanation =
            QStringLiteral("Commas, \"quotes\", pipes | and\nnew lines; *stars* `ticks`");
        t.hops << h;
    }
    t.replyStart = 2;
    return t;
}

} // namespace

class TestTraceExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvField_data();
    void csvField();
    void markdownCell_data();
    void markdownCell();
    void hostileTraceRoundTrips();
    void votingNodePort();
    void failureAndTags_data();
    void failureAndTags();
    void fileNameSlug_data();
    void fileNameSlug();

private:
    Trace traceVoting(const QString &to, quint64 seed = 1);
    Cluster m_voting;
};

void TestTraceExport::initTestCase()
{
    QVERIFY(QFileInfo::exists(kVoting));
    m_voting = loadCluster({kVoting}, ClusterSettings{});
    QVERIFY(!hasErrors(m_voting.diagnostics));
}

Trace TestTraceExport::traceVoting(const QString &to, quint64 seed)
{
    TraceRequest r;
    r.from = QStringLiteral("client");
    r.to = to;
    r.seed = seed;
    TraceSession session(m_voting);
    return session.trace(r);
}

void TestTraceExport::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("RFC 4180 2.5: plain text stays bare") << "DNAT"
                                                         << "DNAT";
    QTest::newRow("empty stays empty") << ""
                                       << "";
    QTest::newRow("spaces are kept, not quoted") << " a b "
                                                 << " a b ";
    QTest::newRow("RFC 4180 2.6: a comma is quoted") << "a,b"
                                                     << "\"a,b\"";
    QTest::newRow("RFC 4180 2.7: a quote is doubled inside quotes") << "say \"hi\""
                                                                    << "\"say \"\"hi\"\"\"";
    QTest::newRow("RFC 4180 2.6: a line break is quoted") << "one\ntwo"
                                                          << "\"one\ntwo\"";
    QTest::newRow("RFC 4180 2.6: CR LF is quoted") << "one\r\ntwo"
                                                   << "\"one\r\ntwo\"";
    QTest::newRow("an arrow and Hangul stay bare") << "10.0.0.1:80 → 파드"
                                                   << "10.0.0.1:80 → 파드";
}

void TestTraceExport::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(hopscope::csvField(text), field);
    // And it parses back to the same cell.
    const QList<QStringList> back = parseCsv(field + QStringLiteral(",x\r\n"));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first(), (QStringList{text, QStringLiteral("x")}));
}

void TestTraceExport::markdownCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "send"
                           << "send";
    QTest::newRow("GFM table: a pipe is escaped") << "a|b"
                                                  << "a\\|b";
    QTest::newRow("a line break becomes <br>") << "one\ntwo"
                                               << "one<br>two";
    QTest::newRow("CR LF becomes one <br>") << "one\r\ntwo"
                                            << "one<br>two";
    QTest::newRow("a backslash is escaped") << "a\\b"
                                            << "a\\\\b";
    QTest::newRow("emphasis marks are escaped") << "*x* _y_"
                                                << "\\*x\\* \\_y\\_";
    QTest::newRow("HTML is not let through") << "<b>"
                                             << "\\<b\\>";
    QTest::newRow("rule numbers") << "nat #57"
                                  << "nat \\#57";
}

void TestTraceExport::markdownCell()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(hopscope::markdownCell(text), cell);
}

void TestTraceExport::hostileTraceRoundTrips()
{
    const Trace t = hostileTrace();
    const QList<QStringList> rows = traceTableRows(t);
    QCOMPARE(rows.size(), t.hops.size());
    QVERIFY(rows[0][6].contains(u'\n'));

    // CSV: parses back to exactly the header and the cells.
    const QList<QStringList> parsed = parseCsv(formatTraceCsv(t));
    QCOMPARE(parsed.size(), 1 + rows.size());
    QCOMPARE(parsed.first(), traceTableHeader());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(parsed[i + 1], rows[i]);
    QVERIFY(formatTraceCsv(t).endsWith(QStringLiteral("\r\n")));

    // Markdown: header, delimiter, one line per hop, seven cells in each despite the pipes.
    const QStringList lines = tableLines(formatTraceMarkdown(t));
    QCOMPARE(lines.size(), 2 + rows.size());
    for (const QString &line : lines)
        QCOMPARE(markdownCells(line).size(), 7);
    QVERIFY(lines[2].contains(QStringLiteral("<br>")));
    QVERIFY(lines[2].contains(QStringLiteral("default/web\\|http")));
    // The reply's hop is marked.
    QVERIFY(markdownCells(lines[4]).first().contains(QStringLiteral("reply")));
    QVERIFY(!markdownCells(lines[3]).first().contains(QStringLiteral("reply")));
}

void TestTraceExport::votingNodePort()
{
    // Seed lesson, NodePort figure: client → node01:30035 → vote pod, and the reply.
    const Trace t = traceVoting(QStringLiteral("192.168.56.70:30035"));
    QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.value(0).message));
    QVERIFY(t.delivered);
    QVERIFY(t.replyStart > 0);

    const QList<QStringList> rows = traceTableRows(t);
    QCOMPARE(rows.size(), t.hops.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), 7);
        QCOMPARE(rows[i][0].startsWith(QString::number(i + 1)), true);
        QCOMPARE(rows[i][0].contains(QStringLiteral("reply")), i >= t.replyStart);
        QCOMPARE(rows[i][6], t.hops[i].explanation);
    }
    // The DNAT hop: the rule that did it, and the header before and after.
    bool sawDnat = false;
    for (int i = 0; i < t.hops.size(); ++i) {
        if (t.hops[i].action != HopAction::Dnat)
            continue;
        sawDnat = true;
        QVERIFY(rows[i][5].contains(QStringLiteral("-j DNAT --to-destination")));
        QVERIFY(rows[i][3].contains(QStringLiteral(":30035")));
        QVERIFY(rows[i][3] != rows[i][4]);
    }
    QVERIFY(sawDnat);

    const QString markdown = formatTraceMarkdown(t);
    const QStringList lines = tableLines(markdown);
    QCOMPARE(lines.size(), 2 + t.hops.size());
    QCOMPARE(markdownCells(lines[0]), traceTableHeader());
    QCOMPARE(markdownCells(lines[1]), QStringList(7, QStringLiteral("---")));
    QVERIFY(markdown.contains(QStringLiteral("Result: delivered.")));

    const QString csv = formatTraceCsv(t);
    const QList<QStringList> parsed = parseCsv(csv);
    QCOMPARE(parsed.size(), 1 + t.hops.size());
    QCOMPARE(parsed.first(), traceTableHeader());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(parsed[i + 1], rows[i]);

    compareGolden(QStringLiteral("voting-app-nodeport.md"), markdown.toUtf8());
    compareGolden(QStringLiteral("voting-app-nodeport.csv"), csv.toUtf8());
}

void TestTraceExport::failureAndTags_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("tag");
    QTest::newRow("A1.3 NodePort 30035 on node01") << "192.168.56.70:30035" << true << "nodeport";
    QTest::newRow("A1.5 LoadBalancer vote-lb") << "198.51.100.1:80" << true << "loadbalancer";
    QTest::newRow("a node port nobody serves: refused")
        << "192.168.56.70:30999" << false << "request";
}

void TestTraceExport::failureAndTags()
{
    QFETCH(QString, to);
    QFETCH(bool, delivered);
    QFETCH(QString, tag);
    const Trace t = traceVoting(to);
    QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.value(0).message));
    QCOMPARE(t.delivered, delivered);
    QCOMPARE(traceFileTag(t, m_voting), tag);
    const QList<QStringList> rows = traceTableRows(t);
    QCOMPARE(rows.size(), t.hops.size());
    // The failure hop, and only it, ends in ✗ (as in the text format).
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i][2].endsWith(QStringLiteral(" ✗")), t.hops[i].failure);
    QCOMPARE(formatTraceMarkdown(t).contains(QStringLiteral("Result: not delivered.")), !delivered);
}

void TestTraceExport::fileNameSlug_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::newRow("already a slug") << "voting-app"
                                    << "voting-app";
    QTest::newRow("spaces and case") << "My App (demo)"
                                     << "my-app-demo";
    QTest::newRow("dots kept inside, not at the end") << "v1.2 app."
                                                      << "v1.2-app";
    QTest::newRow("nothing usable") << "파드 !!"
                                    << "";
}

void TestTraceExport::fileNameSlug()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(hopscope::fileNameSlug(text), slug);
}

QTEST_GUILESS_MAIN(TestTraceExport)
#include "tst_traceexport.moc"
