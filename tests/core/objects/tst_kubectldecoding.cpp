// What kubectl's YAML-to-JSON conversion and the API server's JSON decoding make of a manifest
// before any validation (issue 15): numbers as go-yaml v2 resolves them and encoding/json writes
// them (sigs.k8s.io/yaml; go-yaml v2 resolve.go: ParseInt base 0, ParseUint, yamlStyleFloat),
// a value that is not an int32 refused with the decoder's exact text and nothing derived from it
// (no "Invalid value: 0"), and a key written twice decoded as kubectl does: the last value wins
// without a word (go-yaml v2 decoding into a Go map, not strict; kubernetes/kubernetes#89303 and
// #125885 show kubectl apply sending only the last value), with Hopscope's warning at the repeat.
#include "core/objects/manifestreader.h"
#include "core/objects/yamlnumber.h"

#include <QtTest>

using namespace hopscope;

namespace {

const QByteArray kService = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"
                            "spec:\n  ports:\n  - port: PORT\n";

ManifestSet read(const QByteArray &yaml)
{
    return ManifestReader::readBytes(yaml, QStringLiteral("in.yaml"), ReadOptions{});
}

} // namespace

class TestKubectlDecoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonNumbers_data();
    void jsonNumbers();
    void portValues_data();
    void portValues();
    void duplicateKeys_data();
    void duplicateKeys();
};

void TestKubectlDecoding::jsonNumbers_data()
{
    QTest::addColumn<QString>("scalar");
    QTest::addColumn<QString>("json"); // empty: not a number for go-yaml
    QTest::newRow("decimal") << "80" << "80";
    QTest::newRow("hex (ParseInt base 0)") << "0x50" << "80";
    QTest::newRow("YAML 1.1 octal") << "0120" << "80";
    QTest::newRow("0o octal") << "0o120" << "80";
    QTest::newRow("underscores removed") << "1_000" << "1000";
    QTest::newRow("float with exponent, written as an integer") << "8e1" << "80";
    QTest::newRow("float with .0") << "80.0" << "80";
    QTest::newRow("fraction kept") << "80.5" << "80.5";
    QTest::newRow("past uint64: a float64, no exponent below 1e21") << "99999999999999999999"
                                                                     << "100000000000000000000";
    QTest::newRow("from 1e21 with an exponent") << "1e21" << "1e+21";
    QTest::newRow("negative") << "-5" << "-5";
    QTest::newRow("text") << "eighty" << "";
    QTest::newRow("2^31 written so is text") << "2^31" << "";
    QTest::newRow(".inf has no JSON form") << ".inf" << "";
}

void TestKubectlDecoding::jsonNumbers()
{
    QFETCH(QString, scalar);
    QFETCH(QString, json);
    QCOMPARE(kubectlJsonNumber(scalar).value_or(QString()), json);
}

void TestKubectlDecoding::portValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("port");       // 0: refused
    QTest::addColumn<QString>("message"); // the only diagnostic, exactly
    const QString prefix = QStringLiteral(
        "Service in version \"v1\" cannot be handled as a Service: json: cannot unmarshal ");
    const QString suffix =
        QStringLiteral(" into Go struct field ServicePort.spec.ports.port of type int32");
    QTest::newRow("20 nines: the float kubectl sends")
        << QByteArray("99999999999999999999") << 0
        << prefix + QStringLiteral("number 100000000000000000000") + suffix;
    QTest::newRow("2^31 does not fit int32") << QByteArray("2147483648") << 0
                                             << prefix + QStringLiteral("number 2147483648") + suffix;
    QTest::newRow("quoted \"80\" is a string") << QByteArray("\"80\"") << 0
                                               << prefix + QStringLiteral("string") + suffix;
    QTest::newRow("80.5 has a fraction") << QByteArray("80.5") << 0
                                         << prefix + QStringLiteral("number 80.5") + suffix;
    QTest::newRow("0x50 arrives as 80") << QByteArray("0x50") << 80 << QString();
    QTest::newRow("8e1 arrives as 80") << QByteArray("8e1") << 80 << QString();
    QTest::newRow("80.0 arrives as 80") << QByteArray("80.0") << 80 << QString();
}

void TestKubectlDecoding::portValues()
{
    QFETCH(QByteArray, value);
    QFETCH(int, port);
    QFETCH(QString, message);
    const ManifestSet set = read(QByteArray(kService).replace("PORT", value));
    if (port == 0) {
        // Refused whole: the Service never reaches defaulting or validation.
        QCOMPARE(set.services.size(), 0);
        QCOMPARE(set.diagnostics.size(), 1);
        QCOMPARE(set.diagnostics[0].code, QStringLiteral("bad-field-type"));
        QCOMPARE(set.diagnostics[0].message, message);
        QCOMPARE(set.diagnostics[0].where.line, 7);
        QCOMPARE(set.diagnostics[0].where.column, 11);
    } else {
        QVERIFY(set.diagnostics.isEmpty());
        QCOMPARE(set.services.size(), 1);
        QCOMPARE(set.services[0].ports.value(0).port, port);
    }
}

void TestKubectlDecoding::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("name");    // the Service read
    QTest::addColumn<int>("port");        // its first port
    QTest::addColumn<QString>("label");   // the value of its one label, if any
    QTest::addColumn<QStringList>("keys"); // the warnings: "LINE:COL KEY first at LINE"
    QTest::newRow("port twice: the last, 81")
        << QByteArray(kService).replace("PORT", "80\n    port: 81") << QStringLiteral("web") << 81
        << QString() << QStringList{QStringLiteral("8:5 \"port\" first at 7")};
    QTest::newRow("name twice and a number key twice (80 and 0x50 are both 80 to go-yaml)")
        << QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  name: api\n"
                      "  labels:\n    80: a\n    0x50: b\nspec:\n  ports:\n  - port: 80\n")
        << QStringLiteral("api") << 80 << QStringLiteral("b")
        << QStringList{QStringLiteral("5:3 \"name\" first at 4"),
                       QStringLiteral("8:5 80 first at 7")};
}

void TestKubectlDecoding::duplicateKeys()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, name);
    QFETCH(int, port);
    QFETCH(QString, label);
    QFETCH(QStringList, keys);
    const ManifestSet set = read(yaml + "---\n" + QByteArray(kService).replace("PORT", "80")
                                                      .replace("web", "other"));
    QCOMPARE(set.services.size(), 2); // the document is read, as kubectl sends it
    QCOMPARE(set.services[0].meta.name, name);
    QCOMPARE(set.services[0].ports.value(0).port, port);
    const Labels &labels = set.services[0].meta.labels;
    QVERIFY(labels.size() <= 1); // one value per key: 80 and 0x50 are the same key
    QCOMPARE(labels.isEmpty() ? QString() : labels.first(), label);
    QStringList found;
    for (const Diagnostic &d : set.diagnostics) {
        QCOMPARE(d.code, QStringLiteral("duplicate-key"));
        QCOMPARE(d.severity, Severity::Warning);
        const auto m = QRegularExpression(QStringLiteral("^the key (.+) is written a second time "
                                                         "in this mapping \\(first at line "
                                                         "(\\d+)\\); kubectl keeps only this "
                                                         "last value, without a word$"))
                           .match(d.message);
        QVERIFY2(m.hasMatch(), qPrintable(d.message));
        found << QStringLiteral("%1:%2 %3 first at %4")
                     .arg(d.where.line)
                     .arg(d.where.column)
                     .arg(m.captured(1), m.captured(2));
    }
    QCOMPARE(found, keys);
}

QTEST_GUILESS_MAIN(TestKubectlDecoding)
#include "tst_kubectldecoding.moc"
