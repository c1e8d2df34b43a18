// `hopscope iptables FILE... --node NODE` as a user runs it (DESIGN.md command-line contract:
// 0 ok, 1 manifest errors, 2 usage errors): the iptables-restore text kube-proxy writes on the
// node. The exact rules are checked in tst_proxyrules*; here the command line around them.

#include "clitestsupport.h"

#include "core/proxy/iptablesdump.h"
#include "iptablesjumps.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

using Run = hopscope::testing::CliRun;

Run runIptables(const QStringList &args)
{
    return hopscope::testing::runHopscope(QStringList{QStringLiteral("iptables")} + args);
}

QString fixture(const QString &relative)
{
    return QStringLiteral(HOPSCOPE_TEST_DATA "/") + relative;
}

const QString kInputs =
    fixture(QStringLiteral("kube-proxy/kube-proxy-TestOverallIPTablesRules.inputs.yaml"));

// The oracle settings of config.md, as the real flags give them.
const QStringList kOracleFlags = {"--cluster-cidr",
                                  "10.0.0.0/8",
                                  "--service-cluster-ip-range",
                                  "172.30.0.0/16",
                                  "--service-node-port-range",
                                  "3000-32767"};

// While the reader or the builder is a placeholder, every file "fails" with this.
bool notImplemented(const Run &r)
{
    return r.err.contains(QStringLiteral("not-implemented")) ||
           r.err.contains(QStringLiteral("not implemented yet"));
}

} // namespace

class TestCliIptables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void manifestErrors();
    void oracle();
    void nodeErrors_data();
    void nodeErrors();
    void sharedManifests_data();
    void sharedManifests();
};

void TestCliIptables::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(HOPSCOPE_BINARY)))
        QSKIP("the hopscope binary is not built");
}

void TestCliIptables::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no files") << QStringList{"--node", "test-node"};
    QTest::newRow("unknown option") << QStringList{kInputs, "--frobnicate"};
    QTest::newRow("bad node-port range")
        << QStringList{kInputs, "--node", "test-node", "--service-node-port-range", "nope"};
    QTest::newRow("bad cluster CIDR")
        << QStringList{kInputs, "--node", "test-node", "--cluster-cidr", "10.0.0.0/99"};
}

void TestCliIptables::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = runIptables(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY(!r.err.isEmpty());
}

// Broken YAML: gcc-style diagnostics on stderr, nothing on stdout, exit 1.
void TestCliIptables::manifestErrors()
{
    const QString file = fixture(QStringLiteral("invalid/iptables/unclosed-ports.yaml"));
    const Run r = runIptables({file, "--node", "node-1"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(file), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(": error: ")), qPrintable(r.err));
}

// The oracle command line: kube-proxy's TestOverallIPTablesRules after its sort.
void TestCliIptables::oracle()
{
    const Run r = runIptables(QStringList{kInputs, "--node", "test-node"} + kOracleFlags);
    if (notImplemented(r))
        QSKIP("the manifest reader or the cluster builder is still a placeholder");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(fixture(QStringLiteral("kube-proxy/kube-proxy-TestOverallIPTablesRules.expected.txt")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const auto sorted = hopscope::sortIptablesRules(r.out, &error);
    QVERIFY2(sorted, qPrintable(error));
    QCOMPARE(*sorted, QString::fromUtf8(f.readAll()));
}

void TestCliIptables::nodeErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown node") << QStringList{"--node", "no-such-node"};
    QTest::newRow("no --node") << QStringList{};
}

// A missing or unknown node is a usage error that names the nodes there are.
void TestCliIptables::nodeErrors()
{
    QFETCH(QStringList, args);
    const Run r = runIptables(QStringList{kInputs} + args + kOracleFlags);
    if (notImplemented(r))
        QSKIP("the manifest reader or the cluster builder is still a placeholder");
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("test-node")), qPrintable(r.err));
}

// The project's real manifests on the default cluster: a consistent restore text per node.
void TestCliIptables::sharedManifests_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("voting app") << QStringLiteral("example-voting-app");
    QTest::newRow("guestbook") << QStringLiteral("kubernetes-examples-guestbook");
    QTest::newRow("bookinfo") << QStringLiteral("istio-bookinfo/bookinfo.yaml");
}

void TestCliIptables::sharedManifests()
{
    QFETCH(QString, path);
    const QString file = QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/") + path;
    if (!QFileInfo::exists(file))
        QSKIP("the shared manifests are not here");
    for (const char *node : {"node-1", "node-3"}) {
        const Run r = runIptables({file, "--node", QString::fromLatin1(node)});
        if (notImplemented(r))
            QSKIP("the manifest reader or the cluster builder is still a placeholder");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("*filter\n:KUBE-SERVICES - [0:0]\n")));
        QVERIFY(r.out.contains(QStringLiteral("COMMIT\n*nat\n:KUBE-SERVICES - [0:0]\n")));
        QVERIFY(r.out.endsWith(QStringLiteral("COMMIT\n")));
        QCOMPARE(hopscope::checkIptablesRuleJumps(r.out), QStringList());
    }
}

QTEST_MAIN(TestCliIptables)
#include "tst_cli_iptables.moc"
