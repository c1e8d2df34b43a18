// The nftables oracle: kube-proxy's own unit test TestOverallNFTablesRules
// (pkg/proxy/nftables/proxier_test.go). Its inputs, settings and expected ruleset are in
// tests/data/kube-proxy/ (copies of the reference files). The generated ruleset must equal the
// expected text after the normalisation both sides get upstream (helpers_test.go
// sortNFTablesTransaction, reference config.md section 3).
// (The same through the command line: tests/app/tst_cli_nftables.)

#include "core/builder/clusterbuilder.h"
#include "core/proxy/nftgenerator.h"
#include "core/proxy/nfttext.h"

#include <QFile>
#include <QTest>

using namespace hopscope;

namespace {

const QString kDataDir = QStringLiteral(HOPSCOPE_TEST_DATA "/kube-proxy/");
const QString kInputs =
    kDataDir + QStringLiteral("kube-proxy-nftables-TestOverallNFTablesRules.inputs.yaml");
const QString kExpected =
    kDataDir + QStringLiteral("kube-proxy-nftables-TestOverallNFTablesRules.expected.txt");

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

// NewFakeProxier(v1.IPv4Protocol)'s settings (config.md section 1) as the command line gives
// them; the node-port addresses are the nftables default (the node's primary IP).
ClusterSettings upstreamSettings()
{
    ClusterSettings s;
    s.clusterCidr = QStringLiteral("10.0.0.0/8");
    s.serviceCidr = QStringLiteral("172.30.0.0/16");
    s.setNodePortRange(QStringLiteral("3000-32767"));
    s.proxyMode = ClusterSettings::ProxyMode::Nftables;
    return s;
}

void showFirstDifference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(u'\n'), e = expected.split(u'\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i)
        if (a.value(i) != e.value(i)) {
            qWarning("first difference at line %lld:\n  actual:   %s\n  expected: %s",
                     qlonglong(i + 1), qPrintable(a.value(i)), qPrintable(e.value(i)));
            return;
        }
}

} // namespace

class TestNftRulesUpstream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hashNames_data();
    void hashNames();
    void normalisation_data();
    void normalisation();
    void endToEnd();
    void structureMatchesText();
};

void TestNftRulesUpstream::initTestCase()
{
    QVERIFY2(QFile::exists(kExpected), qPrintable(kExpected));
    QVERIFY2(QFile::exists(kInputs), qPrintable(kInputs));
}

// config.md section 2 (proxier.go hashAndTruncate): the examples of the reference and the
// upstream source comments.
void TestNftRulesUpstream::hashNames_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("service port") << nftServicePortBase("ns1", "svc1", "tcp", "p80")
                                  << QStringLiteral("ULMVA6XW-ns1/svc1/tcp/p80");
    QTest::newRow("endpoint") << nftEndpointBase("ns1", "svc1", "tcp", "p80", "10.180.0.1", 80)
                              << QStringLiteral("5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80");
    QTest::newRow("truncated at 240")
        << nftHashAndTruncate(QString(300, u'a')).right(3) << QStringLiteral("...");
    QTest::newRow("length 240") << QString::number(nftHashAndTruncate(QString(300, u'a')).size())
                                << QStringLiteral("240");
}

void TestNftRulesUpstream::hashNames()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

// helpers_test.go sortNFTablesTransaction on small inputs: rules keep their order within a
// chain, elements do not, comments and blank lines go.
void TestNftRulesUpstream::normalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("types ordered")
        << "add element ip t s { 1 }\nadd map ip t m { x }\nadd set ip t s { x }\n"
           "add rule ip t c b\nadd chain ip t c\nadd table ip t { x }"
        << "add table ip t { x }\nadd chain ip t c\nadd rule ip t c b\nadd set ip t s { x }\n"
           "add map ip t m { x }\nadd element ip t s { 1 }";
    QTest::newRow("rule order kept") << "add rule ip t c z\nadd rule ip t b y\nadd rule ip t c a"
                                     << "add rule ip t b y\nadd rule ip t c z\nadd rule ip t c a";
    QTest::newRow("elements sorted")
        << "add element ip t s { 2 }\n\n# note\nadd element ip t s { 1 }"
        << "add element ip t s { 1 }\nadd element ip t s { 2 }";
}

void TestNftRulesUpstream::normalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(sortNftablesTransaction(input), expected);
}

// inputs.yaml → reader → builder → nftables rules of test-node, compared as upstream does.
void TestNftRulesUpstream::endToEnd()
{
    const Cluster cluster = loadCluster({kInputs}, upstreamSettings());
    for (const Diagnostic &d : cluster.diagnostics)
        QVERIFY2(d.severity != Severity::Error, qPrintable(d.toString()));
    const NftProxyRules rules(cluster);
    const auto node = rules.forNode(QStringLiteral("test-node"));
    QVERIFY(node);
    const QString dump = nftablesDump(*node);
    QVERIFY(dump.startsWith(QLatin1String("add table ip kube-proxy")));
    const QString actual = sortNftablesTransaction(dump);
    const QString expected = sortNftablesTransaction(u'\n' + readText(kExpected));
    if (actual != expected)
        showFirstDifference(actual, expected);
    QCOMPARE(actual, expected);
    QVERIFY(!rules.forNode(QStringLiteral("no-such-node")));
}

// The structure the evaluator reads agrees with the text: every chain a rule or element
// names exists, every map and set looked up exists, and the indexes find every element.
void TestNftRulesUpstream::structureMatchesText()
{
    const Cluster cluster = loadCluster({kInputs}, upstreamSettings());
    const auto node = NftProxyRules(cluster).forNode(QStringLiteral("test-node"));
    QVERIFY(node);
    for (const NftRule &r : node->rules) {
        QVERIFY2(node->chain(r.chain), qPrintable(r.chain));
        if (!r.verdict.chain.isEmpty())
            QVERIFY2(node->chain(r.verdict.chain), qPrintable(r.verdict.chain));
        for (const QString &c : r.endpointChains)
            QVERIFY2(node->chain(c), qPrintable(c));
        if (!r.set.isEmpty())
            QVERIFY2(node->set(r.set), qPrintable(r.set));
    }
    for (const NftElement &e : node->elements) {
        QVERIFY2(node->set(e.set), qPrintable(e.set));
        QCOMPARE(node->element(e.set, e.key), &e);
        if (!e.value.chain.isEmpty())
            QVERIFY2(node->chain(e.value.chain), qPrintable(e.value.chain));
    }
    const auto prerouting = node->baseChains(QStringLiteral("prerouting"));
    QCOMPARE(prerouting.size(), 2);
    QCOMPARE(prerouting[0]->name, QStringLiteral("filter-prerouting-pre-dnat")); // -110
    QCOMPARE(prerouting[1]->name, QStringLiteral("nat-prerouting"));             // -100
}

QTEST_GUILESS_MAIN(TestNftRulesUpstream)
#include "tst_nftrules_upstream.moc"
