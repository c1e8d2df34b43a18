// `hopscope nftables FILE... --node NODE` as a user runs it (DESIGN.md command-line contract:
// 0 ok, 1 manifest errors, 2 usage errors): the nftables ruleset kube-proxy (nftables mode)
// writes on the node. The exact rules are checked in tst_nftrules_upstream; here the command
// line around them, and what `iptables` and `nftables` say when --proxy-mode names the other.

#include "clitestsupport.h"

#include "core/proxy/nfttext.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {

using Run = hopscope::testing::CliRun;

Run runNftables(const QStringList &args)
{
    return hopscope::testing::runHopscope(QStringList{QStringLiteral("nftables")} + args);
}

QString fixture(const QString &relative)
{
    return QStringLiteral(HOPSCOPE_TEST_DATA "/") + relative;
}

const QString kInputs =
    fixture(QStringLiteral("kube-proxy/kube-proxy-nftables-TestOverallNFTablesRules.inputs.yaml"));

// The oracle settings of config.md, as the real flags give them.
const QStringList kOracleFlags = {"--cluster-cidr",
                                  "10.0.0.0/8",
                                  "--service-cluster-ip-range",
                                  "172.30.0.0/16",
                                  "--service-node-port-range",
                                  "3000-32767"};

} // namespace

class TestCliNftables final : public QObject
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
    void otherMode();
    void sharedManifests_data();
    void sharedManifests();
};

void TestCliNftables::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(HOPSCOPE_BINARY)))
        QSKIP("the hopscope binary is not built");
}

void TestCliNftables::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no files") << QStringList{"--node", "test-node"};
    QTest::newRow("unknown option") << QStringList{kInputs, "--frobnicate"};
    QTest::newRow("bad proxy mode")
        << QStringList{kInputs, "--node", "test-node", "--proxy-mode", "ipvs"};
    QTest::newRow("bad cluster CIDR")
        << QStringList{kInputs, "--node", "test-node", "--cluster-cidr", "10.0.0.0/99"};
}

void TestCliNftables::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = runNftables(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY(!r.err.isEmpty());
}

// Broken YAML: gcc-style diagnostics on stderr, nothing on stdout, exit 1.
void TestCliNftables::manifestErrors()
{
    const QString file = fixture(QStringLiteral("invalid/iptables/unclosed-ports.yaml"));
    const Run r = runNftables({file, "--node", "node-1"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(file), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(": error: ")), qPrintable(r.err));
}

// The oracle command line: kube-proxy's TestOverallNFTablesRules under its normalisation.
void TestCliNftables::oracle()
{
    const Run r = runNftables(QStringList{kInputs, "--node", "test-node"} + kOracleFlags);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    QFile f(fixture(
        QStringLiteral("kube-proxy/kube-proxy-nftables-TestOverallNFTablesRules.expected.txt")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(hopscope::sortNftablesTransaction(r.out),
             hopscope::sortNftablesTransaction(QString::fromUtf8(f.readAll())));
}

void TestCliNftables::nodeErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown node") << QStringList{"--node", "no-such-node"};
    QTest::newRow("no --node") << QStringList{};
}

// A missing or unknown node is a usage error that names the nodes there are.
void TestCliNftables::nodeErrors()
{
    QFETCH(QStringList, args);
    const Run r = runNftables(QStringList{kInputs} + args + kOracleFlags);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("test-node")), qPrintable(r.err));
}

// The command names the mode: asked with the other --proxy-mode, each prints its own rules
// (exit 0) and says on stderr which rules the node really holds.
void TestCliNftables::otherMode()
{
    const QStringList base =
        QStringList{kInputs, "--node", "test-node", "--lang", "en"} + kOracleFlags;
    const Run nft = runNftables(base + QStringList{"--proxy-mode", "iptables"});
    QCOMPARE(nft.exitCode, 0);
    QVERIFY(nft.out.startsWith(QStringLiteral("add table ip kube-proxy")));
    QVERIFY2(nft.err.contains(QStringLiteral("holds iptables rules")), qPrintable(nft.err));

    const Run ipt = hopscope::testing::runHopscope(QStringList{"iptables"} + base +
                                                   QStringList{"--proxy-mode", "nftables"});
    QCOMPARE(ipt.exitCode, 0);
    QVERIFY(ipt.out.startsWith(QStringLiteral("*filter\n")));
    QVERIFY2(ipt.err.contains(QStringLiteral("holds nftables rules")), qPrintable(ipt.err));

    const Run same = runNftables(base + QStringList{"--proxy-mode", "nftables"});
    QCOMPARE(same.err, QString());
    QCOMPARE(same.out, nft.out);
}

// The project's real manifests on the default cluster: every node's table, with its own
// primary IP as the only node-port address.
void TestCliNftables::sharedManifests_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("voting app") << QStringLiteral("example-voting-app");
    QTest::newRow("guestbook") << QStringLiteral("kubernetes-examples-guestbook");
}

void TestCliNftables::sharedManifests()
{
    QFETCH(QString, path);
    const QString file = QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/") + path;
    if (!QFileInfo::exists(file))
        QSKIP("the shared manifests are not here");
    for (const char *node : {"node-1", "node-3"}) {
        const Run r = runNftables({file, "--node", QString::fromLatin1(node)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("add table ip kube-proxy")));
        const QString primary = qstrcmp(node, "node-1") == 0 ? QStringLiteral("192.168.1.2")
                                                             : QStringLiteral("192.168.1.4");
        QVERIFY2(r.out.contains(QStringLiteral("add element ip kube-proxy nodeport-ips { ") +
                                primary + QStringLiteral(" }\n")),
                 qPrintable(r.out.left(2000)));
        QVERIFY(!r.out.contains(QStringLiteral("127.0.0.1")));
    }
}

QTEST_MAIN(TestCliNftables)
#include "tst_cli_nftables.moc"
