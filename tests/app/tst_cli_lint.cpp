// `hopscope lint FILE... [--json]`: gcc-style lines with hint lines, a stable JSON schema, and
// the exit codes of the command-line contract (DESIGN.md: 0 ok, 1 manifest errors, 2 usage).
#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kData = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/");

using Run = hopscope::testing::CliRun;

Run lint(const QStringList &args, const QByteArray &stdinBytes = QByteArray())
{
    return hopscope::testing::runHopscope(QStringList{QStringLiteral("lint")} + args, stdinBytes);
}

} // namespace

class TestCliLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gccLines();
    void json();
    void exitCodes_data();
    void exitCodes();
    void standardInput();
    void otherCommandsSayWhatLintSays_data();
    void otherCommandsSayWhatLintSays();
};

void TestCliLint::gccLines()
{
    const QString file = kData + QStringLiteral("service-nodeport-on-clusterip.yaml");
    const Run r = lint({file});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(u'\n');
    QCOMPARE(lines.size(), 3); // the diagnostic, its hint, and the final newline
    QCOMPARE(lines[0], file + QStringLiteral(":10:15: error: The Service \"web\" is invalid: "
                                             "spec.ports[0].nodePort: Forbidden: may not be used "
                                             "when `type` is 'ClusterIP'"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("  hint: A ClusterIP Service is reachable only "
                                                "inside the cluster")),
             qPrintable(lines[1]));
    QCOMPARE(lines[2], QString());
    // English plural forms (hopscope_en.ts), not "error(s)".
    QVERIFY2(r.err.contains(QStringLiteral("1 error, 0 warnings, 1 file checked")),
             qPrintable(r.err));

    // The seed's back-end example: every mistake at its line, not only the first.
    const Run seed = lint({kData + QStringLiteral("seed-back-end.yml")});
    QCOMPARE(seed.exitCode, 1);
    QStringList located;
    for (const QString &line : seed.out.split(u'\n'))
        if (line.startsWith(kData))
            located << line.mid(kData.size()).section(u':', 0, 3);
    QCOMPARE(located, (QStringList{QStringLiteral("seed-back-end.yml:2:5: error"),
                                   QStringLiteral("seed-back-end.yml:2:5: info"),
                                   QStringLiteral("seed-back-end.yml:4:1: error"),
                                   QStringLiteral("seed-back-end.yml:6:1: error"),
                                   QStringLiteral("seed-back-end.yml:8:3: error"),
                                   QStringLiteral("seed-back-end.yml:12:7: error")}));
    // The API server's refusals the split ports cause are notes under that one error.
    QVERIFY2(seed.out.contains(
                 QStringLiteral("\n  note: 8:5: The Service \"back-end\" is invalid: "
                                "spec.ports[0].name: Required value\n")),
             qPrintable(seed.out));
}

// trace, kubectl, iptables and render on a broken file say what lint says: the teaching
// diagnostics (a tab, not yaml-cpp's "illegal map value"), with their notes and hints.
void TestCliLint::otherCommandsSayWhatLintSays_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("file");
    for (const char *file : {"seed-service-definition.yml", "seed-back-end.yml"}) {
        const QString f = QString::fromLatin1(file);
        QTest::addRow("trace, %s", file)
            << QStringList{QStringLiteral("trace"), kData + f, QStringLiteral("--to"),
                           QStringLiteral("10.96.0.1:443")}
            << f;
        QTest::addRow("kubectl get pods, %s", file)
            << QStringList{QStringLiteral("kubectl"), kData + f, QStringLiteral("--"),
                           QStringLiteral("get"), QStringLiteral("pods")}
            << f;
        QTest::addRow("iptables, %s", file)
            << QStringList{QStringLiteral("iptables"), kData + f, QStringLiteral("--node"),
                           QStringLiteral("node-1")}
            << f;
    }
}

void TestCliLint::otherCommandsSayWhatLintSays()
{
    QFETCH(QStringList, command);
    QFETCH(QString, file);
    const Run linted = lint({kData + file});
    QCOMPARE(linted.exitCode, 1);
    QVERIFY(!linted.out.contains(QStringLiteral("illegal map value")));
    const Run r = hopscope::testing::runHopscope(command);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, linted.out);
}

void TestCliLint::json()
{
    const QString file = kData + QStringLiteral("ipv6-not-modelled.yaml");
    const Run r = lint({file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0); // warnings only
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("diagnostics"), QStringLiteral("errors"),
                                       QStringLiteral("warnings")}));
    QCOMPARE(root.value(QStringLiteral("errors")).toInt(), 0);
    // The Service's selector matches no pod (the file holds no workload), and the IPv6 notes.
    QCOMPARE(root.value(QStringLiteral("warnings")).toInt(), 3);
    const QJsonArray list = root.value(QStringLiteral("diagnostics")).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("selector-no-pods"));
    const QJsonObject first = list[1].toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("column"),
                                        QStringLiteral("entity"), QStringLiteral("file"),
                                        QStringLiteral("hint"), QStringLiteral("line"),
                                        QStringLiteral("message"), QStringLiteral("severity")}));
    QCOMPARE(first.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 8);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 19);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("ipv6-not-modelled"));
    QCOMPARE(first.value(QStringLiteral("entity")).toString(), QStringLiteral("svc/default/web"));
    QVERIFY(!first.value(QStringLiteral("hint")).toString().isEmpty());

    const Run errors =
        lint({kData + QStringLiteral("seed-service-definition.yml"), QStringLiteral("--json")});
    QCOMPARE(errors.exitCode, 1);
    const QJsonObject e = QJsonDocument::fromJson(errors.out.toUtf8()).object();
    // Two tab errors and the split ports (its seven API refusals are notes in its message).
    QCOMPARE(e.value(QStringLiteral("errors")).toInt(), 3);
    QCOMPARE(e.value(QStringLiteral("diagnostics")).toArray().size(), 4);
}

void TestCliLint::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("errors → 1") << QStringList{kData + QStringLiteral("guard-lone-comma.yaml")}
                                << 1;
    QTest::newRow("only infos → 0") << QStringList{kData + QStringLiteral("guard-empty.yaml")} << 0;
    QTest::newRow("clean real manifest → 0")
        << QStringList{QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/example-voting-app")} << 0;
    QTest::newRow("no file → 2 (usage)") << QStringList{} << 2;
    QTest::newRow("unknown option → 2 (usage)")
        << QStringList{QStringLiteral("--frobnicate"), kData + QStringLiteral("guard-empty.yaml")}
        << 2;
    QTest::newRow("bad --service-node-port-range → 2 (usage)")
        << QStringList{QStringLiteral("--service-node-port-range"), QStringLiteral("9-1"),
                       kData + QStringLiteral("guard-empty.yaml")}
        << 2;
    QTest::newRow("missing file → 1") << QStringList{QStringLiteral("/nonexistent/x.yaml")} << 1;
}

void TestCliLint::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    if (QTest::currentDataTag() == QByteArray("clean real manifest → 0") &&
        !QFileInfo::exists(args.first()))
        QSKIP("../shared/manifests is not here");
    const Run r = lint(args);
    QCOMPARE(r.exitCode, exitCode);
}

void TestCliLint::standardInput()
{
    const Run r =
        lint({QStringLiteral("-")}, "apiVersion: v1\nkind:Service\nmetadata:\n  name: web\nspec:\n"
                                    "  ports:\n  - port: 80\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("-:2:5: error: 'kind:Service' has no space after "
                                             "the colon")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_cli_lint.moc"
