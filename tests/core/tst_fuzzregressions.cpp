// Every input a fuzz target ever found (tests/data/invalid/fuzz/, one file per finding, named
// after what it broke) re-run through exactly what the fuzzers run (tests/fuzz/fuzzpipelines.h):
// the reader, checks, builder and cluster checks; then the reader, builder, kube-proxy rules and
// tracer. Nothing may crash, hang or run into undefined behaviour (the sanitizer build,
// tests/tools/sanitize.sh asan, turns any of these into a failure). What a finding must read
// as (its diagnostic, code, line, column) is asserted next to the unit it broke.
#include "../fuzz/fuzzpipelines.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace hopscope;

namespace {

const QString kFindings = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/fuzz/");
constexpr qint64 kHangGuardMs = 30000; // a generous guard against hangs, not a speed test

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(kFindings).entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name.endsWith(u".md"))
            continue;
        QTest::newRow(qPrintable(name)) << name;
    }
    if (files.isEmpty())
        QTest::newRow("no findings yet") << QString();
}

void TestFuzzRegressions::findings()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("tests/data/invalid/fuzz/ holds no findings");
    const QByteArray bytes = readAll(kFindings + file);
    QVERIFY2(!bytes.isEmpty() || QFileInfo(kFindings + file).size() == 0, qPrintable(file));
    QElapsedTimer timer;
    timer.start();
    fuzz::readerPipeline(bytes);
    const int traces = fuzz::tracePipeline(bytes);
    QVERIFY(traces >= 1); // at least the client's request is composed and traced
    QVERIFY2(timer.elapsed() < kHangGuardMs, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
