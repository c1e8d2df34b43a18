// kube-proxy's options as they change the rules it writes (pkg/proxy/iptables/proxier.go,
// syncProxyRules; the cases of proxier_test.go named in the rows): --masquerade-all,
// --detect-local-mode with --cluster-cidr, --nodeport-addresses, --iptables-localhost-nodeports,
// and status.loadBalancer.ingress[].ipMode. The rules of node-2 of tests/data/fidelity/, line by
// line (a chain's hash suffix written as ZZZZ).

#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"
#include "core/proxy/proxyrules.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace hopscope;

class TestProxyOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void optionsRoundTrip();
};

namespace {

QStringList nodeRules(const QStringList &options, const QString &node)
{
    QFile f(QStringLiteral(HOPSCOPE_TEST_DATA "/fidelity/loadbalancers.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    ClusterSettings settings;
    for (const QString &option : options)
        if (!settings.setOption(option.section(u'=', 0, 0), option.section(u'=', 1)))
            return {QStringLiteral("bad option ") + option};
    const Cluster cluster =
        ClusterBuilder::build(ManifestReader::readBytes(f.readAll(), "loadbalancers.yaml"),
                              settings);
    QString text = iptablesRestoreText(cluster, node);
    text.replace(QRegularExpression(QStringLiteral("KUBE-(EXT|FW|SVC|SVL|SEP)-[A-Z2-7]{16}")),
                 QStringLiteral("KUBE-\\1-ZZZZ"));
    return text.split(u'\n');
}

} // namespace

void TestProxyOptions::rules_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString nodePortsJump = QStringLiteral(
        "-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports; NOTE: this must be "
        "the last rule in this chain\" ");
    const QString svcMasq = QStringLiteral(
        "-A KUBE-SVC-ZZZZ -m comment --comment \"default/web-np cluster IP\" -m tcp -p tcp "
        "-d 10.96.0.80 --dport 80 ");
    const QString podTraffic = QStringLiteral(
        "-A KUBE-EXT-ZZZZ -m comment --comment \"pod traffic for default/web-local external "
        "destinations\" ");
    const QString localhostNodePort = QStringLiteral(
        "-A KUBE-NODEPORTS -m comment --comment default/web-np -m tcp -p tcp -d 127.0.0.0/8 "
        "--dport 30080 -m nfacct --nfacct-name localhost_nps_accepted_pkts -j KUBE-EXT-ZZZZ");
    const QString localnetBlock = QStringLiteral(
        "-A KUBE-FIREWALL -m comment --comment \"block incoming localnet connections\" -d "
        "127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP");

    QTest::newRow("defaults (ClusterCIDR detector, localhost node ports, every local address)")
        << QStringList{}
        << QStringList{svcMasq + "! -s 10.244.0.0/16 -j KUBE-MARK-MASQ",
                       podTraffic + "-s 10.244.0.0/16 -j KUBE-SVC-ZZZZ",
                       nodePortsJump + "-m addrtype --dst-type LOCAL -j KUBE-NODEPORTS",
                       localhostNodePort, localnetBlock}
        << QStringList{svcMasq + "-j KUBE-MARK-MASQ"};
    QTest::newRow("TestMasqueradeAll: --masquerade-all marks every ClusterIP connection")
        << QStringList{"masquerade-all=true"}
        << QStringList{svcMasq + "-j KUBE-MARK-MASQ"}
        << QStringList{svcMasq + "! -s 10.244.0.0/16 -j KUBE-MARK-MASQ"};
    QTest::newRow("--detect-local-mode NodeCIDR: node-2's pod CIDR is local")
        << QStringList{"detect-local-mode=NodeCIDR"}
        << QStringList{svcMasq + "! -s 10.244.1.0/24 -j KUBE-MARK-MASQ",
                       podTraffic + "-s 10.244.1.0/24 -j KUBE-SVC-ZZZZ"}
        << QStringList{svcMasq + "! -s 10.244.0.0/16 -j KUBE-MARK-MASQ"};
    QTest::newRow("--detect-local-mode None: no detector, no masquerade of off-cluster sources")
        << QStringList{"detect-local-mode=None"} << QStringList{}
        << QStringList{svcMasq + "! -s 10.244.0.0/16 -j KUBE-MARK-MASQ",
                       podTraffic + "-s 10.244.0.0/16 -j KUBE-SVC-ZZZZ"};
    QTest::newRow("TestNodePortsWithLocalhost off: --iptables-localhost-nodeports=false")
        << QStringList{"iptables-localhost-nodeports=false"}
        << QStringList{nodePortsJump +
                       "-m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS"}
        << QStringList{localhostNodePort, localnetBlock};
    QTest::newRow("--nodeport-addresses 192.168.1.0/24: one -d rule per node address, no lo")
        << QStringList{"nodeport-addresses=192.168.1.0/24"}
        << QStringList{nodePortsJump + "-d 192.168.1.3 -j KUBE-NODEPORTS"}
        << QStringList{nodePortsJump + "-m addrtype --dst-type LOCAL -j KUBE-NODEPORTS",
                       localhostNodePort, localnetBlock};
    QTest::newRow("--nodeport-addresses 127.0.0.0/8,192.168.1.0/24: localhost too")
        << QStringList{"nodeport-addresses=127.0.0.0/8,192.168.1.0/24"}
        << QStringList{nodePortsJump + "-d 127.0.0.1 -j KUBE-NODEPORTS",
                       nodePortsJump + "-d 192.168.1.3 -j KUBE-NODEPORTS", localhostNodePort,
                       localnetBlock}
        << QStringList{};
    QTest::newRow("ipMode Proxy: no loadbalancer IP rule; a VIP ingress keeps its rule")
        << QStringList{}
        << QStringList{"-A KUBE-SERVICES -m comment --comment \"default/web-proxy loadbalancer "
                       "IP\" -m tcp -p tcp -d 198.51.100.6 --dport 80 -j KUBE-EXT-ZZZZ"}
        << QStringList{"-A KUBE-SERVICES -m comment --comment \"default/web-proxy loadbalancer "
                       "IP\" -m tcp -p tcp -d 198.51.100.5 --dport 80 -j KUBE-EXT-ZZZZ"};
}

void TestProxyOptions::rules()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QStringList lines = nodeRules(options, QStringLiteral("node-2"));
    QVERIFY(lines.size() > 20);
    for (const QString &line : present)
        QVERIFY2(lines.contains(line), qPrintable(QStringLiteral("missing: ") + line + u'\n' +
                                                  lines.join(u'\n')));
    for (const QString &line : absent)
        QVERIFY2(!lines.contains(line), qPrintable(QStringLiteral("unexpected: ") + line));
}

void TestProxyOptions::optionsRoundTrip()
{
    // The options a lesson writes are the ones it reads back (flag names as kube-proxy's).
    ClusterSettings s;
    QVERIFY(s.setOption(QStringLiteral("masquerade-all"), QStringLiteral("true")));
    QVERIFY(s.setOption(QStringLiteral("nodeport-addresses"), QStringLiteral("192.168.1.0/24")));
    QVERIFY(s.setOption(QStringLiteral("detect-local-mode"), QStringLiteral("NodeCIDR")));
    QVERIFY(s.setOption(QStringLiteral("iptables-localhost-nodeports"), QStringLiteral("false")));
    QVERIFY(s.setOption(QStringLiteral("proxy-mode"), QStringLiteral("nftables")));
    QVERIFY(!s.setOption(QStringLiteral("proxy-mode"), QStringLiteral("ipvs"))); // not modelled
    QVERIFY(!s.setOption(QStringLiteral("detect-local-mode"), QStringLiteral("BridgeInterface")));
    QVERIFY(!s.setOption(QStringLiteral("nodeport-addresses"), QStringLiteral("10.0.0.1")));
    ClusterSettings back;
    for (const auto &[flag, value] : s.changedOptions())
        QVERIFY(back.setOption(flag, value));
    QCOMPARE(back, s);
}

QTEST_GUILESS_MAIN(TestProxyOptions)
#include "tst_proxyoptions.moc"
