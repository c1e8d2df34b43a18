// `hopscope generate --nodes N --pods N --services N [--form workloads|dump]` as a user runs it
// (DESIGN.md command-line contract: 0 ok, 2 usage errors): stdout holds exactly what the core
// generator writes, so scripts and the benchmark see the same bytes.

#include "clitestsupport.h"

#include "core/generator/generator.h"

#include <QProcess>
#include <QTest>

namespace {

using Run = hopscope::testing::CliRun;

Run runGenerate(const QStringList &args)
{
    return hopscope::testing::runHopscope(QStringList{QStringLiteral("generate")} + args);
}

} // namespace

class TestCliGenerate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheGeneratorsBytes_data();
    void writesTheGeneratorsBytes();
    void usageErrors_data();
    void usageErrors();
};

void TestCliGenerate::writesTheGeneratorsBytes_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("workloads") << "workloads";
    QTest::newRow("dump") << "dump";
}

void TestCliGenerate::writesTheGeneratorsBytes()
{
    QFETCH(QString, form);
    const Run r = runGenerate({"--nodes", "4", "--pods", "25", "--services", "6", "--form", form});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    hopscope::GeneratorSpec spec;
    spec.nodes = 4;
    spec.pods = 25;
    spec.services = 6;
    QVERIFY(hopscope::GeneratorSpec::parseForm(form, &spec.form));
    QCOMPARE(r.outBytes, hopscope::ClusterGenerator::generate(spec));
}

void TestCliGenerate::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown form") << QStringList{"--form", "yaml"} << "--form";
    QTest::newRow("not a number") << QStringList{"--pods", "many"} << "--pods";
    QTest::newRow("no nodes") << QStringList{"--nodes", "0"} << "--nodes";
    QTest::newRow("stray argument") << QStringList{"cluster.yaml"} << "cluster.yaml";
}

void TestCliGenerate::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = runGenerate(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cli_generate.moc"
