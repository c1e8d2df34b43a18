// kube-proxy (iptables mode) rules, fact by fact (reference A3, A1.5). Scenarios run on the
// default cluster of DESIGN.md (node-1..3 at 192.168.1.2-4, pods 10.244.N.x, cluster CIDR
// 10.244.0.0/16) built by code. Expected lines use {SVC} {SVL} {EXT} {FW} for the chains of
// the row's service port and {SEP:ip:port} for an endpoint chain; the names themselves are
// checked against kube-proxy's test vectors in chainNameHashes.

#include "proxyrulesscenarios.h"

#include "core/proxy/chainnames.h"
#include "core/proxy/iptablesdump.h"
#include "iptablesjumps.h"
#include "core/proxy/proxyrules.h"

#include <QTest>

using namespace hopscope;
using namespace hopscope::testing;


class TestProxyRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainNameHashes_data();
    void chainNameHashes();
    void servicePortNames_data();
    void servicePortNames();
    void probability_data();
    void probability();
    void scenarios_data();
    void scenarios();
    void consistency_data();
    void consistency();
    void endpointOrder();
    void largeClusterThreshold_data();
    void largeClusterThreshold();
    void badInput();
};

// A3.3: portProtoHash and servicePortEndpointChainName against kube-proxy's test vectors.
void TestProxyRules::chainNameHashes_data()
{
    QTest::addColumn<QString>("spn");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("chain");
    QTest::newRow("A3.3 KUBE-SVC ns1/svc1:p80 tcp")
        << "ns1/svc1:p80" << "" << "KUBE-SVC-XPGD46QRK7WJZT7O";
    QTest::newRow("A3.3 KUBE-SEP ns1/svc1:p80 10.180.0.1:80")
        << "ns1/svc1:p80" << "10.180.0.1:80" << "KUBE-SEP-SXIVWICOYRO3J4NJ";
    QTest::newRow("A3.3 KUBE-SVC ns2/svc2:p80")
        << "ns2/svc2:p80" << "" << "KUBE-SVC-GNZBNJ2PO5MGZ6GT";
    QTest::newRow("A3.3 KUBE-SVC ns3/svc3:p80")
        << "ns3/svc3:p80" << "" << "KUBE-SVC-X27LE4BHSL4DOUIK";
    QTest::newRow("A3.3 KUBE-SVC ns4/svc4:p80")
        << "ns4/svc4:p80" << "" << "KUBE-SVC-4SW47YFZTEDKD3PK";
    QTest::newRow("A3.3 KUBE-SVC ns5/svc5:p80")
        << "ns5/svc5:p80" << "" << "KUBE-SVC-NUKIZ6OKUXPJNT4C";
    QTest::newRow("A3.3 KUBE-SEP ns4/svc4:p80 10.180.0.4:80")
        << "ns4/svc4:p80" << "10.180.0.4:80" << "KUBE-SEP-UKSFD7AGPMPPLUHC";
    QTest::newRow("A3.3 KUBE-SEP ns4/svc4:p80 10.180.0.5:80")
        << "ns4/svc4:p80" << "10.180.0.5:80" << "KUBE-SEP-C6EBXVWJJZMIWKLZ";
    QTest::newRow("A3.4 KUBE-SEP ns5/svc5:p80 10.180.0.3:80 (expected.txt)")
        << "ns5/svc5:p80" << "10.180.0.3:80" << "KUBE-SEP-I77PXRDZVX7PMWMN";
    QTest::newRow("A3.4 KUBE-SEP ns3/svc3:p80 10.180.0.3:80 (same IP, other service)")
        << "ns3/svc3:p80" << "10.180.0.3:80" << "KUBE-SEP-OYPFS5VJICHGATKP";
}

void TestProxyRules::chainNameHashes()
{
    QFETCH(QString, spn);
    QFETCH(QString, endpoint);
    QFETCH(QString, chain);
    const QString tcp = QStringLiteral("tcp");
    const QString actual = endpoint.isEmpty()
                               ? servicePortChainName(kServiceChainPrefix, spn, tcp)
                               : endpointChainName(spn, tcp, endpoint);
    QCOMPARE(actual, chain);
    QCOMPARE(actual.size(), 25); // prefix + 16 characters of base32
    // The protocol is hashed in lower case: the 2015 upper-case variant gives other names.
    if (endpoint.isEmpty())
        QVERIFY(servicePortChainName(kServiceChainPrefix, spn, QStringLiteral("TCP")) != chain);
}

// A3.3: ServicePortName.String() and the four prefixes sharing one suffix.
void TestProxyRules::servicePortNames_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A3.3 named port: ns/name:port") << "ns1" << "svc1" << "p80" << "ns1/svc1:p80";
    QTest::newRow("A3.3 unnamed port: ns/name") << "default" << "web" << "" << "default/web";
    QTest::newRow("A3.3 kubernetes:https") << "default" << "kubernetes" << "https"
                                           << "default/kubernetes:https";
}

void TestProxyRules::servicePortNames()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, port);
    QFETCH(QString, expected);
    QCOMPARE(servicePortNameString(ns, name, port), expected);
    const QString svc = servicePortChainName(kServiceChainPrefix, expected, QStringLiteral("tcp"));
    QCOMPARE(servicePortChainName(kExternalChainPrefix, expected, QStringLiteral("tcp")),
             QLatin1String("KUBE-EXT-") + svc.mid(9));
    QCOMPARE(servicePortChainName(kFirewallChainPrefix, expected, QStringLiteral("tcp")),
             QLatin1String("KUBE-FW-") + svc.mid(9));
}

// A3.2: computeProbability(n) = fmt.Sprintf("%0.10f", 1.0/float64(n)).
void TestProxyRules::probability_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("A3.2 n=1") << 1 << "1.0000000000";
    QTest::newRow("A3.2 n=2") << 2 << "0.5000000000";
    QTest::newRow("A3.2 n=3") << 3 << "0.3333333333";
    QTest::newRow("A3.2 n=4") << 4 << "0.2500000000";
    QTest::newRow("A3.2 n=5") << 5 << "0.2000000000";
    QTest::newRow("A3.2 n=7 rounds") << 7 << "0.1428571429";
}

void TestProxyRules::probability()
{
    QFETCH(int, n);
    QFETCH(QString, text);
    QCOMPARE(computeProbability(n), text);
}

void TestProxyRules::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("spn");
    QTest::addColumn<QString>("proto");
    QTest::addColumn<QStringList>("present"); // exact lines of the restore text
    QTest::addColumn<QStringList>("absent");  // substrings that must not occur

    const QString web = QStringLiteral("default/web");
    const QString tcp = QStringLiteral("tcp");

    QTest::newRow("A3.2 ClusterIP: capture, masquerade off-cluster, 1/n, hairpin, DNAT")
        << "clusterip" << "node-1" << web << tcp
        << QStringList{
               "-A KUBE-SERVICES -m comment --comment \"default/web cluster IP\" -m tcp -p tcp "
               "-d 10.96.0.20 --dport 80 -j {SVC}",
               "-A {SVC} -m comment --comment \"default/web cluster IP\" -m tcp -p tcp "
               "-d 10.96.0.20 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ",
               "-A {SVC} -m comment --comment \"default/web -> 10.244.0.2:8080\" -m statistic "
               "--mode random --probability 0.3333333333 -j {SEP:10.244.0.2:8080}",
               "-A {SVC} -m comment --comment \"default/web -> 10.244.1.2:8080\" -m statistic "
               "--mode random --probability 0.5000000000 -j {SEP:10.244.1.2:8080}",
               "-A {SVC} -m comment --comment \"default/web -> 10.244.2.2:8080\" "
               "-j {SEP:10.244.2.2:8080}",
               "-A {SEP:10.244.1.2:8080} -m comment --comment default/web -s 10.244.1.2 "
               "-j KUBE-MARK-MASQ",
               "-A {SEP:10.244.1.2:8080} -m comment --comment default/web -m tcp -p tcp "
               "-j DNAT --to-destination 10.244.1.2:8080",
               ":{SEP:10.244.2.2:8080} - [0:0]",
               "-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports; NOTE: this "
               "must be the last rule in this chain\" -m addrtype --dst-type LOCAL "
               "-j KUBE-NODEPORTS"}
        << QStringList{"KUBE-EXT-", "KUBE-SVL-", "-A KUBE-NODEPORTS", "REJECT"};

    QTest::newRow("A1.5 NodePort Cluster policy: NODEPORTS -> EXT, mark, SVC")
        << "nodeport-cluster" << "node-3" << web << tcp
        << QStringList{
               "-A KUBE-NODEPORTS -m comment --comment default/web -m tcp -p tcp -d 127.0.0.0/8 "
               "--dport 30080 -m nfacct --nfacct-name localhost_nps_accepted_pkts -j {EXT}",
               "-A KUBE-NODEPORTS -m comment --comment default/web -m tcp -p tcp --dport 30080 "
               "-j {EXT}",
               "-A {EXT} -m comment --comment \"masquerade traffic for default/web external "
               "destinations\" -j KUBE-MARK-MASQ",
               "-A {EXT} -j {SVC}", ":{EXT} - [0:0]"}
        << QStringList{"KUBE-SVL-", "has no local endpoints", "pod traffic for"};

    QTest::newRow("A1.5 NodePort Local policy, local endpoint: SVL, client IP kept")
        << "nodeport-local" << "node-1" << web << tcp
        << QStringList{
               "-A {EXT} -m comment --comment \"pod traffic for default/web external "
               "destinations\" -s 10.244.0.0/16 -j {SVC}",
               "-A {EXT} -m comment --comment \"masquerade LOCAL traffic for default/web external "
               "destinations\" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ",
               "-A {EXT} -m comment --comment \"route LOCAL traffic for default/web external "
               "destinations\" -m addrtype --src-type LOCAL -j {SVC}",
               "-A {EXT} -j {SVL}", ":{SVL} - [0:0]",
               "-A {SVL} -m comment --comment \"default/web -> 10.244.0.2:8080\" "
               "-j {SEP:10.244.0.2:8080}",
               "-A {SVC} -m comment --comment \"default/web -> 10.244.1.2:8080\" "
               "-j {SEP:10.244.1.2:8080}"}
        << QStringList{"masquerade traffic for", "has no local endpoints",
                       "-A {SVL} -m comment --comment \"default/web -> 10.244.1.2:8080\""};

    QTest::newRow("A1.5 NodePort Local policy, no local endpoint: filter DROP")
        << "nodeport-local" << "node-3" << web << tcp
        << QStringList{
               "-A KUBE-EXTERNAL-SERVICES -m comment --comment \"default/web has no local "
               "endpoints\" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30080 -j DROP",
               "-A KUBE-NODEPORTS -m comment --comment default/web -m tcp -p tcp --dport 30080 "
               "-j {EXT}"}
        << QStringList{":{SVL}", "-A {EXT} -j", "-j REJECT"};

    QTest::newRow("A1.5 LoadBalancer without source ranges: LB IP -> EXT")
        << "lb" << "node-2" << web << tcp
        << QStringList{"-A KUBE-SERVICES -m comment --comment \"default/web loadbalancer IP\" "
                       "-m tcp -p tcp -d 198.51.100.1 --dport 80 -j {EXT}"}
        << QStringList{"KUBE-FW-", "KUBE-PROXY-FIREWALL -m"};

    QTest::newRow("A3.2 LoadBalancer with source ranges: KUBE-FW, trimmed ranges, allowFromNode")
        << "lb-ranges" << "node-1" << web << tcp
        << QStringList{
               "-A KUBE-SERVICES -m comment --comment \"default/web loadbalancer IP\" -m tcp "
               "-p tcp -d 198.51.100.1 --dport 80 -j {FW}",
               "-A {FW} -m comment --comment \"default/web loadbalancer IP\" -s 203.0.113.0/24 "
               "-j {EXT}",
               "-A {FW} -m comment --comment \"default/web loadbalancer IP\" -s 192.168.1.0/24 "
               "-j {EXT}",
               "-A {FW} -m comment --comment \"default/web loadbalancer IP\" -s 198.51.100.1 "
               "-j {EXT}",
               "-A {FW} -m comment --comment \"other traffic to default/web will be dropped by "
               "KUBE-PROXY-FIREWALL\"",
               "-A KUBE-PROXY-FIREWALL -m comment --comment \"default/web traffic not accepted "
               "by {FW}\" -m tcp -p tcp -d 198.51.100.1 --dport 80 -j DROP",
               "-A KUBE-NODEPORTS -m comment --comment default/web -m tcp -p tcp --dport 30080 "
               "-j {EXT}"}
        << QStringList{"203.0.113.7"};

    QTest::newRow("A1.5 LB Local policy: healthCheckNodePort ACCEPT even without local endpoints")
        << "lb-local-hc" << "node-3" << web << tcp
        << QStringList{
               "-A KUBE-NODEPORTS -m comment --comment \"default/web health check node port\" "
               "-m tcp -p tcp --dport 32000 -j ACCEPT",
               "-A KUBE-EXTERNAL-SERVICES -m comment --comment \"default/web has no local "
               "endpoints\" -m tcp -p tcp -d 198.51.100.1 --dport 80 -j DROP"}
        << QStringList{":{SVL}"};

    QTest::newRow("A1.5 no endpoints: REJECT everywhere, no nat chains")
        << "no-endpoints" << "node-1" << web << tcp
        << QStringList{
               "-A KUBE-SERVICES -m comment --comment \"default/web has no endpoints\" -m tcp "
               "-p tcp -d 10.96.0.20 --dport 80 -j REJECT",
               "-A KUBE-EXTERNAL-SERVICES -m comment --comment \"default/web has no endpoints\" "
               "-m tcp -p tcp -d 192.168.1.100 --dport 80 -j REJECT",
               "-A KUBE-EXTERNAL-SERVICES -m comment --comment \"default/web has no endpoints\" "
               "-m tcp -p tcp -d 198.51.100.1 --dport 80 -j REJECT",
               "-A KUBE-EXTERNAL-SERVICES -m comment --comment \"default/web has no endpoints\" "
               "-m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30080 -j REJECT"}
        << QStringList{":{SVC}", ":{EXT}", "-A KUBE-NODEPORTS -m comment --comment default/web",
                       "cluster IP\""};

    QTest::newRow("A1.5 sessionAffinity ClientIP: recent rcheck first, SEP --set")
        << "affinity" << "node-1" << web << tcp
        << QStringList{
               "-A {SVC} -m comment --comment \"default/web -> 10.244.0.2:8080\" -m recent "
               "--name {SEP:10.244.0.2:8080} --rcheck --seconds 600 --reap "
               "-j {SEP:10.244.0.2:8080}",
               "-A {SEP:10.244.1.2:8080} -m comment --comment default/web -m recent --name "
               "{SEP:10.244.1.2:8080} --set -m tcp -p tcp -j DNAT --to-destination "
               "10.244.1.2:8080"}
        << QStringList{};

    QTest::newRow("A1.5 internalTrafficPolicy Local, local endpoint: capture -> SVL")
        << "itp-local" << "node-2" << web << tcp
        << QStringList{
               "-A KUBE-SERVICES -m comment --comment \"default/web cluster IP\" -m tcp -p tcp "
               "-d 10.96.0.20 --dport 80 -j {SVL}",
               "-A {SVL} -m comment --comment \"default/web cluster IP\" -m tcp -p tcp "
               "-d 10.96.0.20 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ",
               "-A {SVL} -m comment --comment \"default/web -> 10.244.1.2:8080\" "
               "-j {SEP:10.244.1.2:8080}"}
        << QStringList{":{SVC}", ":{SEP:10.244.0.2:8080}"};

    QTest::newRow("A1.5 internalTrafficPolicy Local, no local endpoint: filter DROP")
        << "itp-local" << "node-3" << web << tcp
        << QStringList{"-A KUBE-SERVICES -m comment --comment \"default/web has no local "
                       "endpoints\" -m tcp -p tcp -d 10.96.0.20 --dport 80 -j DROP"}
        << QStringList{":{SVL}", ":{SVC}", "KUBE-SEP-"};

    QTest::newRow("A1.5 externalIPs: KUBE-SERVICES -d externalIP -> EXT (IPv6 ignored)")
        << "external-ip" << "node-1" << web << tcp
        << QStringList{"-A KUBE-SERVICES -m comment --comment \"default/web external IP\" -m tcp "
                       "-p tcp -d 192.168.1.100 --dport 80 -j {EXT}",
                       "-A {EXT} -j {SVC}"}
        << QStringList{"2001:db8"};

    QTest::newRow("A1.5 headless Service: no rules") << "headless" << "node-1" << web << tcp
                                                     << QStringList{}
                                                     << QStringList{"default/web", "KUBE-SVC-"};
    QTest::newRow("A1.5 ExternalName Service: no rules")
        << "externalname" << "node-1" << web << tcp << QStringList{}
        << QStringList{"default/web", "REJECT"};

    QTest::newRow("A3.2 serving-terminating fallback when no endpoint is ready")
        << "terminating" << "node-3" << web << tcp
        << QStringList{"-A {SVC} -m comment --comment \"default/web -> 10.244.0.2:8080\" "
                       "-j {SEP:10.244.0.2:8080}"}
        << QStringList{"10.244.1.2", "REJECT"};

    QTest::newRow("A3.2 only ready endpoints are used")
        << "not-ready" << "node-1" << web << tcp
        << QStringList{"-A {SVC} -m comment --comment \"default/web -> 10.244.0.2:8080\" "
                       "-j {SEP:10.244.0.2:8080}"}
        << QStringList{"10.244.1.2", "--probability"};

    QTest::newRow("A3.3 UDP named port: -m udp -p udp, spn ns/name:port")
        << "udp-named" << "node-1" << "default/dns:dns" << "udp"
        << QStringList{"-A KUBE-SERVICES -m comment --comment \"default/dns:dns cluster IP\" "
                       "-m udp -p udp -d 10.96.0.20 --dport 53 -j {SVC}",
                       "-A {SEP:10.244.0.2:53} -m comment --comment default/dns:dns -m udp -p udp "
                       "-j DNAT --to-destination 10.244.0.2:53"}
        << QStringList{"-p tcp"};

    QTest::newRow("A3.1 localhost NodePorts off: no KUBE-FIREWALL, ! -d 127.0.0.0/8")
        << "settings-no-localhost" << "node-1" << web << tcp
        << QStringList{"-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports; "
                       "NOTE: this must be the last rule in this chain\" -m addrtype --dst-type "
                       "LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS"}
        << QStringList{"KUBE-FIREWALL", "localhost_nps_accepted_pkts"};

    QTest::newRow("A3.1 localhost NodePorts on: KUBE-FIREWALL localnet rule")
        << "settings-default" << "node-1" << web << tcp
        << QStringList{":KUBE-FIREWALL - [0:0]",
                       "-A KUBE-FIREWALL -m comment --comment \"block incoming localnet "
                       "connections\" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate "
                       "RELATED,ESTABLISHED,DNAT -j DROP",
                       "-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name "
                       "ct_state_invalid_dropped_pkts -j DROP",
                       "-A KUBE-POSTROUTING -m comment --comment \"kubernetes service traffic "
                       "requiring SNAT\" -j MASQUERADE"}
        << QStringList{"--random-fully"};

    QTest::newRow("A3.1 nfacct counters off: plain INVALID drop, no localhost nfacct rule")
        << "settings-no-nfacct" << "node-1" << web << tcp
        << QStringList{"-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP"}
        << QStringList{"nfacct"};

    QTest::newRow("A3.1 random-fully: MASQUERADE --random-fully")
        << "settings-random-fully" << "node-1" << web << tcp
        << QStringList{"-A KUBE-POSTROUTING -m comment --comment \"kubernetes service traffic "
                       "requiring SNAT\" -j MASQUERADE --random-fully"}
        << QStringList{};
}

void TestProxyRules::scenarios()
{
    QFETCH(QString, scenario);
    QFETCH(QString, node);
    QFETCH(QString, spn);
    QFETCH(QString, proto);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const ProxyRules rules(makeScenario(scenario));
    const auto n = rulesFor(rules, node);
    QVERIFY(n);
    const QString text = n->restoreText();
    const QStringList lines = text.split(u'\n');
    for (const QString &p : present) {
        const QString line = expand(p, spn, proto);
        QVERIFY2(lines.contains(line), qPrintable(QStringLiteral("missing: %1\nin:\n%2")
                                                      .arg(line, text)));
    }
    for (const QString &a : absent) {
        const QString s = expand(a, spn, proto);
        QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("unexpected: %1\nin:\n%2")
                                                   .arg(s, text)));
    }
}

// checkIPTablesRuleJumps on every scenario and node, plus the structure agreeing with the text.
void TestProxyRules::consistency_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char *s : {"clusterip", "nodeport-cluster", "nodeport-local", "lb", "lb-ranges",
                          "lb-local-hc", "no-endpoints", "affinity", "itp-local", "external-ip",
                          "headless", "externalname", "terminating", "not-ready", "udp-named",
                          "large-1001", "settings-no-localhost", "settings-no-nfacct"})
        QTest::newRow(qPrintable(QStringLiteral("checkIPTablesRuleJumps: %1").arg(s))) << s;
}

void TestProxyRules::consistency()
{
    QFETCH(QString, scenario);
    const ProxyRules rules(makeScenario(scenario));
    for (const QString &nodeName : rules.nodeNames()) {
        const auto node = rules.forNode(nodeName);
        const QString text = node->restoreText();
        QCOMPARE(checkIptablesRuleJumps(text), QStringList());
        for (RuleTable table : {RuleTable::Filter, RuleTable::Nat}) {
            const QList<const IptablesRule *> all = node->rules(table);
            QCOMPARE(int(all.size()), node->ruleCount(table));
            // Hop::ruleIndex: positions in the table, both ways.
            for (int i = 0; i < all.size(); ++i) {
                QCOMPARE(node->ruleIndex(all[i]), i);
                QCOMPARE(node->ruleAt(table, i), all[i]);
            }
            QVERIFY(!node->ruleAt(table, int(all.size())));
            QVERIFY(!node->ruleAt(table, -1));
            for (const IptablesRule *r : all) {
                QVERIFY(r->text.startsWith(QLatin1String("-A ") + r->chain + u' '));
                QVERIFY2(node->hasChain(table, r->chain), qPrintable(r->text));
                QVERIFY(node->chainRules(table, r->chain).contains(r));
                if (r->target.kind == TargetKind::Jump)
                    QVERIFY2(node->hasChain(table, r->target.chain), qPrintable(r->text));
            }
            // No dangling Service chain: each one declared has rules.
            for (const QString &chain : node->chainNames(table))
                if (isServiceChainName(chain))
                    QVERIFY2(!node->chainRules(table, chain).isEmpty(), qPrintable(chain));
        }
        // The sort keeps every line (it only reorders).
        const auto sorted = sortIptablesRules(text);
        QVERIFY(sorted);
        QStringList a = sorted->split(u'\n'), b = text.split(u'\n');
        a.sort();
        b.sort();
        QCOMPARE(a, b);
    }
}

// A3.2: endpoints sorted by the "ip:port" string (10.244.10.2 before 10.244.2.2).
void TestProxyRules::endpointOrder()
{
    const ProxyRules rules(makeScenario(QStringLiteral("order")));
    const auto node = rules.forNode(QStringLiteral("node-1"));
    QStringList selected;
    const QString svc = servicePortChainName(kServiceChainPrefix, QStringLiteral("default/web"),
                                             QStringLiteral("tcp"));
    for (const IptablesRule *r : node->chainRules(RuleTable::Nat, svc))
        if (r->role == RuleRole::EndpointSelect)
            selected << r->endpoint;
    QCOMPARE(selected, QStringList({"10.244.1.5:8080", "10.244.10.2:8080", "10.244.2.2:8080"}));
}

// A3.2: largeClusterMode when the total endpoint count is above 1000.
void TestProxyRules::largeClusterThreshold_data()
{
    QTest::addColumn<int>("endpoints");
    QTest::addColumn<bool>("large");
    QTest::newRow("A3.2 1000 endpoints: comments kept") << 1000 << false;
    QTest::newRow("A3.2 1001 endpoints: largeClusterMode drops SVC/SEP comments") << 1001 << true;
}

void TestProxyRules::largeClusterThreshold()
{
    QFETCH(int, endpoints);
    QFETCH(bool, large);
    const ProxyRules rules(makeScenario(QStringLiteral("large-%1").arg(endpoints)));
    QCOMPARE(rules.totalEndpoints(), endpoints);
    QCOMPARE(rules.largeClusterMode(), large);
    const auto node = rules.forNode(QStringLiteral("node-1"));
    int withComment = 0, endpointRules = 0;
    for (const IptablesRule *r : node->rules(RuleTable::Nat)) {
        if (r->role == RuleRole::EndpointSelect || r->role == RuleRole::EndpointHairpin ||
            r->role == RuleRole::EndpointDnat) {
            ++endpointRules;
            withComment += r->text.contains(QLatin1String("--comment")) ? 1 : 0;
        }
    }
    QCOMPARE(endpointRules, 3 * endpoints);
    QCOMPARE(withComment, large ? 0 : endpointRules);
    // The capture and the masquerade rule keep their comments either way.
    const QString text = node->restoreText();
    QVERIFY(text.contains(QLatin1String("\"default/web cluster IP\"")));
    if (large)
        QVERIFY(text.contains(QStringLiteral("-A %1 -s 10.245.0.1 -j KUBE-MARK-MASQ")
                                  .arg(endpointChainName(QStringLiteral("default/web"),
                                                         QStringLiteral("tcp"),
                                                         QStringLiteral("10.245.0.1:8080")))));
}

// Nothing crashes on values the builder should have rejected; they are skipped as kube-proxy
// skips what it cannot parse, and the rules stay consistent.
void TestProxyRules::badInput()
{
    Cluster c = defaultCluster();
    c.settings.clusterCidr.clear();                     // no local-traffic detector
    c.settings.masqueradeMark = QStringLiteral("junk"); // falls back to 0x4000
    ServiceInfo bad = makeService(QStringLiteral("bad"), ServiceType::NodePort, 70000,
                                  {{"", "node-1"}, {"10.244.0.300", "node-1"},
                                   {"10.244.0.9", "node-1"}});
    bad.clusterIP = QStringLiteral("10.96.0.30");
    bad.externalIPs << QStringLiteral("not-an-ip");
    bad.loadBalancerSourceRanges << QStringLiteral("abc");
    bad.ports << bad.ports[0];
    bad.ports[1].protocol = QStringLiteral("ICMP");  // not a Service protocol: skipped
    ServiceInfo noIP = makeService(QStringLiteral("noip"), ServiceType::ClusterIP, 0, kTwo);
    noIP.clusterIP = QStringLiteral("10.96.0"); // not an address: not proxied
    ServiceInfo noPorts = makeService(QStringLiteral("noports"), ServiceType::ClusterIP, 0, {});
    noPorts.clusterIP = QStringLiteral("10.96.0.31");
    noPorts.ports.clear();
    c.services << bad << noIP << noPorts;
    const ProxyRules rules(c);
    QCOMPARE(rules.servicePorts().size(), 1);
    QCOMPARE(rules.totalEndpoints(), 1);
    const QString text = rules.forNode(QStringLiteral("node-1"))->restoreText();
    QCOMPARE(checkIptablesRuleJumps(text), QStringList());
    QVERIFY(!text.contains(QLatin1String("--dport 80 ! -s")));
    QVERIFY(!text.contains(QLatin1String("70000")));
    QVERIFY(!text.contains(QLatin1String("not-an-ip")));
    QVERIFY(text.contains(QLatin1String("-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000\n")));
    QVERIFY(text.contains(QLatin1String("--to-destination 10.244.0.9:8080")));
}

QTEST_GUILESS_MAIN(TestProxyRules)
#include "tst_proxyrules.moc"
