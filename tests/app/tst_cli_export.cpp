// The export commands as a user runs them (DESIGN.md command-line contract: 0 ok, 1 manifest
// errors, 2 usage errors, 3 request not delivered; output on stdout, messages on stderr):
//   hopscope trace … --format text|json|markdown|csv   (--json = --format json)
//   hopscope render FILE… -o OUT.png|OUT.svg --from SRC --to DST [--seed N] --step K
//   hopscope render FILE… --to DST --frames DIR        (frame-001.png … one per hop)
// On the bundled voting app (resources/demo/voting-app.yaml): the seed lesson's NodePort
// figure, client → node01:30035 → a vote pod. The tables are checked cell by cell against the
// JSON of the same trace; the pictures decode, are not blank, and the SVG carries the packet's
// addresses.

#include "clitestsupport.h"
#include "core/trace/output/traceexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using hopscope::testing::CliRun;
using hopscope::testing::runHopscope;

namespace {

const QString kVoting = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo/voting-app.yaml");
const QString kNodePort = QStringLiteral("192.168.56.70:30035");
const QString kRefused = QStringLiteral("192.168.56.70:30999"); // no Service has this node port

QStringList traceArgs(const QString &to = kNodePort)
{
    return {QStringLiteral("trace"), kVoting, QStringLiteral("--to"), to};
}

QJsonArray jsonHops(const QString &to = kNodePort)
{
    const CliRun run =
        runHopscope(traceArgs(to) << QStringLiteral("--format") << QStringLiteral("json"));
    return QJsonDocument::fromJson(run.outBytes).object().value(QStringLiteral("hops")).toArray();
}

// What the overlay prints on the packet at rest at a hop: "ip:port → ip:port".
QString packetLabel(const QJsonObject &hop)
{
    const QJsonObject p = hop.value(QStringLiteral("after")).toObject();
    const auto end = [&p](const char *ip, const char *port) {
        const int n = p.value(QLatin1String(port)).toInt();
        const QString addr = p.value(QLatin1String(ip)).toString();
        return n > 0 ? QStringLiteral("%1:%2").arg(addr).arg(n) : addr;
    };
    return end("src", "srcPort") + QStringLiteral(" → ") + end("dst", "dstPort");
}

// Not one colour: something was drawn.
bool notBlank(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); y += 3)
        for (int x = 0; x < a.width(); x += 3)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

// The text of every <text> element of an SVG, and whether the XML parsed.
QString svgText(const QByteArray &svg, QString *xmlError)
{
    QXmlStreamReader xml(svg);
    QString text;
    int depth = 0; // inside <text>
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text")
            ++depth;
        else if (xml.isEndElement() && xml.name() == u"text")
            --depth;
        else if (xml.isCharacters() && depth > 0)
            text += xml.text() + u'\n';
    }
    *xmlError = xml.hasError() ? xml.errorString() : QString();
    return text;
}

} // namespace

class TestCliExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markdown();
    void csv();
    void jsonAlias();
    void notDeliveredStillPrints();
    void traceUsageErrors_data();
    void traceUsageErrors();
    void renderPngAtStep();
    void renderSvgAtStep();
    void renderFrames();
    void renderNotDelivered();
    void renderUsageErrors_data();
    void renderUsageErrors();
    void help();

private:
    QJsonArray m_hops;
};

void TestCliExport::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(HOPSCOPE_BINARY)))
        QSKIP("the hopscope binary is not built");
    QVERIFY(QFileInfo::exists(kVoting));
    m_hops = jsonHops();
    QVERIFY(m_hops.size() > 6); // send … DNAT … deliver, and the reply
}

void TestCliExport::markdown()
{
    const CliRun run =
        runHopscope(traceArgs() << QStringLiteral("--format") << QStringLiteral("markdown"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QStringList table;
    for (const QString &line : run.out.split(u'\n'))
        if (line.startsWith(u'|'))
            table << line;
    // Header, delimiter, one row per hop.
    QCOMPARE(table.size(), 2 + m_hops.size());
    QVERIFY(table[0].contains(QStringLiteral("| hop | where | action | before | after | rule |")));
    QVERIFY(table[1].startsWith(QStringLiteral("| --- | --- |")));
    for (int i = 0; i < m_hops.size(); ++i)
        QVERIFY2(table[2 + i].startsWith(QStringLiteral("| %1").arg(i + 1)),
                 qPrintable(table[2 + i]));
    QVERIFY(run.out.contains(QStringLiteral("Result: delivered.")));
}

void TestCliExport::csv()
{
    const CliRun run =
        runHopscope(traceArgs() << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> records = hopscope::parseCsv(run.out);
    QCOMPARE(records.size(), 1 + m_hops.size());
    QCOMPARE(records[0],
             (QStringList{"hop", "where", "action", "before", "after", "rule", "explanation"}));
    const int replyStart = int(m_hops.size()) -
                           int(std::count_if(m_hops.begin(), m_hops.end(), [](const QJsonValue &h) {
                               return h.toObject().value(QStringLiteral("reply")).toBool();
                           }));
    for (int i = 0; i < m_hops.size(); ++i) {
        const QJsonObject hop = m_hops[i].toObject();
        const QStringList &row = records[i + 1];
        QCOMPARE(row.size(), 7);
        QCOMPARE(row[0].section(u' ', 0, 0), QString::number(i + 1));
        QCOMPARE(row[0].contains(QStringLiteral("reply")), i >= replyStart);
        QCOMPARE(row[1].section(u' ', 0, 0), hop.value(QStringLiteral("entity")).toString());
        QCOMPARE(row[6], hop.value(QStringLiteral("explanation")).toString());
        const QJsonValue rule = hop.value(QStringLiteral("rule"));
        if (rule.isObject())
            QVERIFY(row[5].contains(rule.toObject().value(QStringLiteral("text")).toString()));
    }
    // RFC 4180: records end in CRLF; the iptables comments' quotes came back undoubled.
    QVERIFY(run.out.endsWith(QStringLiteral("\r\n")));
}

void TestCliExport::jsonAlias()
{
    const CliRun alias = runHopscope(traceArgs() << QStringLiteral("--json"));
    const CliRun format =
        runHopscope(traceArgs() << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(alias.exitCode, 0);
    QCOMPARE(alias.outBytes, format.outBytes);
    const CliRun both =
        runHopscope(traceArgs() << QStringLiteral("--json") << QStringLiteral("--format")
                                << QStringLiteral("json"));
    QCOMPARE(both.exitCode, 0);
    QCOMPARE(both.outBytes, format.outBytes);
}

void TestCliExport::notDeliveredStillPrints()
{
    // Exit 3, and the table shows where it failed (the failure hop's action ends in ✗).
    for (const QString &format : {QStringLiteral("markdown"), QStringLiteral("csv")}) {
        const CliRun run = runHopscope(traceArgs(kRefused) << QStringLiteral("--format") << format);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral(" ✗")), qPrintable(run.out));
    }
}

void TestCliExport::traceUsageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown format") << QStringList{"--format", "xml"} << "xml";
    QTest::newRow("--json contradicts --format csv")
        << QStringList{"--json", "--format", "csv"} << "--json";
    QTest::newRow("--count prints text or json only")
        << QStringList{"--count", "3", "--format", "markdown"} << "--count";
}

void TestCliExport::traceUsageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    const CliRun run = runHopscope(traceArgs() + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestCliExport::renderPngAtStep()
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.png"));
    const QString step2 = dir.filePath(QStringLiteral("step-02.png"));
    const QString step5 = dir.filePath(QStringLiteral("step-05.png"));
    QCOMPARE(runHopscope({"render", kVoting, "-o", plain, "--size", "1200x800"}).exitCode, 0);
    for (const auto &[path, step] : {std::pair{step2, "2"}, std::pair{step5, "5"}}) {
        const CliRun run =
            runHopscope({"render", kVoting, "-o", path, "--size", "1200x800", "--from", "client",
                         "--to", kNodePort, "--seed", "1", "--step", step});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
    const QImage a(plain), b(step2), c(step5);
    QCOMPARE(b.size(), QSize(1200, 800));
    QCOMPARE(c.size(), QSize(1200, 800));
    QVERIFY(notBlank(b));
    // The packet and its path are drawn over the same scene, and move with the step.
    QVERIFY(differingPixels(a, b) > 200);
    QVERIFY(differingPixels(b, c) > 200);
    // Set HOPSCOPE_SCREENSHOT_DIR to keep the picture for a person to look at.
    if (const QString keep = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR"); !keep.isEmpty())
        c.save(keep + QStringLiteral("/export-cli-step-05.png"));
}

void TestCliExport::renderSvgAtStep()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("step.svg"));
    const int step = 4;
    const CliRun run = runHopscope(
        {"render", kVoting, "-o", out, "--to", kNodePort, "--step", QString::number(step)});
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QString xmlError;
    const QString text = svgText(svg, &xmlError);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    // The packet's label at rest at that hop, as the window shows it.
    const QString label = packetLabel(m_hops[step - 1].toObject());
    QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral("\nnot in:\n") + text));
    QVERIFY(text.contains(QStringLiteral("vote")));
}

void TestCliExport::renderFrames()
{
    QTemporaryDir dir;
    const QString frames = dir.filePath(QStringLiteral("frames/deep")); // created
    const CliRun run = runHopscope(
        {"render", kVoting, "--to", kNodePort, "--frames", frames, "--size", "800x500"});
    QCOMPARE(run.exitCode, 0);
    const QStringList files =
        QDir(frames).entryList({QStringLiteral("frame-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), m_hops.size());
    QCOMPARE(files.first(), QStringLiteral("frame-001.png"));
    QCOMPARE(files.last(),
             QStringLiteral("frame-%1.png").arg(m_hops.size(), 3, 10, QLatin1Char('0')));
    QImage previous;
    for (const QString &f : files) {
        const QImage image(QDir(frames).filePath(f));
        QCOMPARE(image.size(), QSize(800, 500));
        QVERIFY(notBlank(image));
        if (!previous.isNull())
            QVERIFY2(differingPixels(previous, image) > 0, qPrintable(f));
        previous = image;
    }
}

void TestCliExport::renderNotDelivered()
{
    // Exit 3, but the picture of the failure is written (it is worth a slide).
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("refused.png"));
    const CliRun run = runHopscope({"render", kVoting, "-o", out, "--to", kRefused});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(notBlank(QImage(out)));
}

void TestCliExport::renderUsageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("--step without a request") << QStringList{"--step", "2"} << "--to";
    QTest::newRow("--frames without a request") << QStringList{"--frames", "f"} << "--to";
    QTest::newRow("--step 0") << QStringList{"--to", kNodePort, "--step", "0"} << "--step";
    QTest::newRow("--step past the last hop")
        << QStringList{"--to", kNodePort, "--step", "999"} << "hops";
    QTest::newRow("--seed not a number")
        << QStringList{"--to", kNodePort, "--seed", "x"} << "--seed";
    QTest::newRow("unknown source")
        << QStringList{"--from", "pod/nope", "--to", kNodePort} << "No pod";
}

void TestCliExport::renderUsageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const CliRun run = runHopscope(QStringList{"render", kVoting, "-o", out} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliExport::help()
{
    const CliRun render = runHopscope({"render", "--help"});
    QCOMPARE(render.exitCode, 0);
    for (const char *option : {"--step", "--frames", "--from", "--to", "--seed"})
        QVERIFY2(render.out.contains(QLatin1String(option)), option);
    const CliRun trace = runHopscope({"trace", "--help"});
    QCOMPARE(trace.exitCode, 0);
    QVERIFY(trace.out.contains(QStringLiteral("--format")));
    QVERIFY(trace.out.contains(QStringLiteral("markdown")));
}

QTEST_MAIN(TestCliExport)
#include "tst_cli_export.moc"
