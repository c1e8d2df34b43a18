// The Korean a class reads (issue 16): the seed lesson's six scenarios traced with `--lang ko`
// (text, markdown and JSON) and `lint --lang ko` of the seed's two YAML examples, as the binary
// prints them. No output may show a particle fallback ("192.168.1.2은(는)", "30008(으)로") or a
// sentence glued from translated fragments ("보고 그리고 'kind:'", "넣어(으)로을(를)"), nor call
// the external client "client" in a Korean sentence.
#include "clitestsupport.h"

#include "core/base/koreanparticles.h"

#include <QRegularExpression>
#include <QtTest>

using hopscope::testing::runHopscope;

namespace {

QString demo(const char *name)
{
    return QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo/") + QLatin1String(name);
}

QString seedYaml(const char *name)
{
    return QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/") + QLatin1String(name);
}

// What machine-made Korean looks like: a fallback the pass did not resolve, a hard-coded particle
// the pass could not see, fragments glued with 그리고 or with a particle after a verb ending.
const QRegularExpression &garbled()
{
    static const QRegularExpression re(QStringLiteral(
        "은\\(는\\)|는\\(은\\)|이\\(가\\)|가\\(이\\)|을\\(를\\)|를\\(을\\)|\\(으\\)로|와\\(과\\)|"
        "과\\(와\\)|\\(이\\)|그리고 '|그리고 \"|보고\\(|넣어\\(|어\\(으\\)|로을|로를|client\\(|"
        "client[로으이가은는을를에의와과]|[가-힣] client\\b|kind과"));
    return re;
}

QString offences(const QString &text)
{
    QStringList found;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (garbled().match(line).hasMatch() || hopscope::korean::hasParticleFallback(line))
            found << line.trimmed();
    }
    return found.join(u'\n');
}

} // namespace

class TestKoreanOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedScenarios_data();
    void seedScenarios();
    void seedLint_data();
    void seedLint();
    void detectorCatches_data();
    void detectorCatches();
};

void TestKoreanOutput::seedScenarios_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("format");
    struct Row
    {
        const char *name, *file, *from, *to;
    };
    const Row rows[] = {
        {"client to a pod IP fails outside the cluster", "myapp.yaml", "client", "10.244.1.2:80"},
        {"node-1 to a pod on node-2 over VXLAN", "myapp.yaml", "node/node-1", "10.244.1.2:80"},
        {"client to the NodePort 30008 of node-2", "myapp.yaml", "client", "192.168.1.3:30008"},
        {"front-end pod to back-end by DNS name", "myapp.yaml", "myapp", "back-end:80"},
        {"voting app NodePort 30035 on node02", "voting-app.yaml", "client",
         "192.168.56.71:30035"},
        {"voting app through the cloud load balancer", "voting-app.yaml", "client",
         "198.51.100.1:80"},
    };
    for (const Row &r : rows) {
        for (const char *format : {"text", "markdown", "json"}) {
            QTest::addRow("%s (%s)", r.name, format)
                << demo(r.file) << QString::fromLatin1(r.from) << QString::fromLatin1(r.to)
                << QString::fromLatin1(format);
        }
    }
}

void TestKoreanOutput::seedScenarios()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, format);
    QStringList args{QStringLiteral("trace"), file, QStringLiteral("--from"), from,
                     QStringLiteral("--to"), to, QStringLiteral("--lang"), QStringLiteral("ko")};
    if (format == u"json")
        args << QStringLiteral("--json");
    else
        args << QStringLiteral("--format") << format;
    const auto run = runHopscope(args);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("파드")), "the explanation is not Korean");
    const QString bad = offences(run.out + run.err);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestKoreanOutput::seedLint_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("json");
    const QStringList both{seedYaml("seed-service-definition.yml"), seedYaml("seed-back-end.yml")};
    QTest::newRow("seed NodePort Service with tabs") << QStringList{both[0]} << false;
    QTest::newRow("seed back-end with tabs and kind:Service") << QStringList{both[1]} << false;
    QTest::newRow("both seed examples") << both << false;
    QTest::newRow("both seed examples as JSON") << both << true;
}

void TestKoreanOutput::seedLint()
{
    QFETCH(QStringList, files);
    QFETCH(bool, json);
    QStringList args{QStringLiteral("lint")};
    args << files << QStringLiteral("--lang") << QStringLiteral("ko");
    if (json)
        args << QStringLiteral("--json");
    const auto run = runHopscope(args);
    QCOMPARE(run.exitCode, 1); // the examples are broken: that is the lesson
    QVERIFY2(run.out.contains(QStringLiteral("탭")), "the messages are not Korean");
    const QString bad = offences(run.out + run.err);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

// The detector itself: each form the issue found in the Korean output is caught.
void TestKoreanOutput::detectorCatches_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("topic fallback after an IP") << QStringLiteral("192.168.1.2은(는) 모릅니다");
    QTest::newRow("direction fallback after a port") << QStringLiteral("…:30035(으)로 보냅니다");
    QTest::newRow("glued repair hint")
        << QStringLiteral("(탭 하나를 공백 2개로 보고(으)로을(를) 찾았습니다.)");
    QTest::newRow("repairs glued with 그리고")
        << QStringLiteral("보고 그리고 'kind:' 그리고 'type:' 뒤에");
    QTest::newRow("hard-coded particle after a key") << QStringLiteral("키 kind과 값 Service가");
    QTest::newRow("client as a place in Korean") << QStringLiteral("응답이 client로 돌아왔습니다");
}

void TestKoreanOutput::detectorCatches()
{
    QFETCH(QString, line);
    QVERIFY(!offences(line).isEmpty());
}

QTEST_GUILESS_MAIN(TestKoreanOutput)
#include "tst_koreanoutput.moc"
