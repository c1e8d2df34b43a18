// Every input a fuzz target ever found (tests/data/invalid/fuzz/, one file per finding, named
// after what it broke), and the fuzzers' seeds (tests/fuzz/corpus/), re-run through exactly what
// the fuzzers run (tests/fuzz/fuzzpipelines.h): the reader, checks, builder and cluster checks;
// then the reader, builder, kube-proxy rules and tracer; then the fast YAML path against
// yaml-cpp, tree for tree. Nothing may crash, hang or run into
// undefined behaviour (the sanitizer build, tests/tools/sanitize.sh asan, turns any of these
// into a failure). What a finding must read as (its diagnostic, code, line, column) is asserted
// next to the unit it broke.
#include "fuzz/fuzzpipelines.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace hopscope;

namespace {

const QString kFindings = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/fuzz/");
const QString kSeeds = QStringLiteral(HOPSCOPE_TEST_DATA "/../fuzz/corpus/");
const QString kDiffSeeds = QStringLiteral(HOPSCOPE_TEST_DATA "/../fuzz/corpus-yamldiff/");
constexpr qint64 kHangGuardMs = 30000; // a generous guard against hangs, not a speed test

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data();
    void findings();
};

void TestFuzzRegressions::findings_data()
{
    QTest::addColumn<QString>("path");
    // The findings, then the fuzzers' own seeds (the hostile forms: guards, bad encodings,
    // tabs …), which no other test sends through the rules and the tracer.
    for (const QString &dir : {kFindings, kSeeds, kDiffSeeds}) {
        const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        for (const QString &name : files) {
            if (name.endsWith(u".md"))
                continue;
            const QString row = QDir(dir).dirName() + u'/' + name;
            QTest::newRow(qPrintable(row)) << dir + name;
        }
    }
}

void TestFuzzRegressions::findings()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = f.readAll();
    QElapsedTimer timer;
    timer.start();
    fuzz::readerPipeline(bytes);
    // At least the client's requests to the kubernetes Service are composed and traced.
    QVERIFY(fuzz::tracePipeline(bytes) >= 1);
    // The fast YAML path and yaml-cpp build the same tree (fuzz_yamldiff's check).
    const QString difference = fuzz::yamlDifference(bytes);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(timer.elapsed() < kHangGuardMs, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
