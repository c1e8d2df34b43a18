// fillArgs: the tracer's quick QString::arg. Whatever the pattern (well-formed, translated with
// placeholders reordered, or odd), the result must be exactly QString::arg's.

#include "core/base/textfill.h"

#include <QTest>

using namespace hopscope;

class TestTextFill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsArg_data();
    void sameAsArg();
};

void TestTextFill::sameAsArg_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("in order") << "%1 sends %2 → %3.";
    QTest::newRow("reordered, as a translation may") << "%3 ← %2: %1";
    QTest::newRow("repeated placeholder (1/%1)") << "Of its %1 endpoints pick %2 (%3): 1/%1.";
    QTest::newRow("no text around") << "%1%2%3";
    QTest::newRow("a plain percent sign") << "100% of %1, %2 and %3";
    QTest::newRow("percent at the end") << "%1 %2 %3 %";
    QTest::newRow("double percent") << "%%1 %2 %3";
    QTest::newRow("digits after a placeholder: %10 is another number") << "%10 %2 %3 %1";
    QTest::newRow("a gap: QString::arg fills the lowest") << "%1 %3 %4";
    QTest::newRow("fewer placeholders than arguments") << "%1 and %2";
    QTest::newRow("more placeholders than arguments") << "%1 %2 %3 %4";
    QTest::newRow("localized number placeholder %L1") << "%L1 %2 %3";
    QTest::newRow("zero placeholder") << "%0 %1 %2";
    QTest::newRow("empty pattern") << "";
    QTest::newRow("no placeholder") << "nothing to fill";
}

void TestTextFill::sameAsArg()
{
    QFETCH(QString, pattern);
    const QString a = QStringLiteral("node-1");
    const QString b = QStringLiteral("10.244.1.5:80");
    const QString c = QStringLiteral("%1 kept"); // an argument that looks like a placeholder
    QCOMPARE(fillArgs(pattern, a, b, c), pattern.arg(a, b, c));
    QCOMPARE(fillArgs(pattern, a), pattern.arg(a));
    QCOMPARE(fillArgs(pattern, a, QString(), c), pattern.arg(a, QString(), c));
}

QTEST_GUILESS_MAIN(TestTextFill)
#include "tst_textfill.moc"
