// The helpers of kube-proxy's unit tests, reimplemented in core/iptablesdump: sortIPTablesRules
// (config.md section 2; rows after upstream TestSortIPTablesRules, lines shortened),
// IPTablesDump.String(), checkIPTablesRuleJumps, and the parse errors.

#include "core/proxy/iptablesdump.h"
#include "iptablesjumps.h"

#include <QTest>

using namespace hopscope;

namespace {

// Go's dedent of a raw string: drop the first newline and the common indentation.
QString dedent(const char *text)
{
    QStringList lines = QString::fromUtf8(text).split(u'\n');
    if (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    qsizetype indent = -1;
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty())
            continue;
        qsizetype i = 0;
        while (i < l.size() && l[i] == u' ')
            ++i;
        indent = indent < 0 ? i : qMin(indent, i);
    }
    for (QString &l : lines)
        l = l.trimmed().isEmpty() ? QString() : l.mid(indent);
    return lines.join(u'\n');
}

} // namespace

class TestIptablesDump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sort_data();
    void sort();
    void comments_data();
    void comments();
    void parseErrors_data();
    void parseErrors();
    void ruleJumps_data();
    void ruleJumps();
};

void TestIptablesDump::sort_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");

    QTest::newRow("upstream sort: same service name in different styles of comments")
        << dedent(R"(
            *filter
            COMMIT
            *nat
            :KUBE-SERVICES - [0:0]
            -A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" svc2 line 1
            -A KUBE-SERVICES -m comment --comment ns2/svc2 svc2 line 2
            -A KUBE-SERVICES -m comment --comment "ns2/svc2 blah" svc2 line 3
            -A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" svc1 line 1
            -A KUBE-SERVICES -m comment --comment ns1/svc1 svc1 line 2
            -A KUBE-SERVICES -m comment --comment "ns1/svc1 blah" svc1 line 3
            -A KUBE-SERVICES -m comment --comment ns4/svc4 svc4 line 1
            -A KUBE-SERVICES -m comment --comment "ns4/svc4:p80 cluster IP" svc4 line 2
            -A KUBE-SERVICES -m comment --comment "ns4/svc4 blah" svc4 line 3
            -A KUBE-SERVICES -m comment --comment "ns3/svc3:p80 cluster IP" svc3 line 1
            -A KUBE-SERVICES -m comment --comment "ns3/svc3 blah" svc3 line 2
            -A KUBE-SERVICES -m comment --comment ns3/svc3 svc3 line 3
            COMMIT
            )")
        << dedent(R"(
            *filter
            COMMIT
            *nat
            :KUBE-SERVICES - [0:0]
            -A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" svc1 line 1
            -A KUBE-SERVICES -m comment --comment ns1/svc1 svc1 line 2
            -A KUBE-SERVICES -m comment --comment "ns1/svc1 blah" svc1 line 3
            -A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" svc2 line 1
            -A KUBE-SERVICES -m comment --comment ns2/svc2 svc2 line 2
            -A KUBE-SERVICES -m comment --comment "ns2/svc2 blah" svc2 line 3
            -A KUBE-SERVICES -m comment --comment "ns3/svc3:p80 cluster IP" svc3 line 1
            -A KUBE-SERVICES -m comment --comment "ns3/svc3 blah" svc3 line 2
            -A KUBE-SERVICES -m comment --comment ns3/svc3 svc3 line 3
            -A KUBE-SERVICES -m comment --comment ns4/svc4 svc4 line 1
            -A KUBE-SERVICES -m comment --comment "ns4/svc4:p80 cluster IP" svc4 line 2
            -A KUBE-SERVICES -m comment --comment "ns4/svc4 blah" svc4 line 3
            COMMIT
            )");

    QTest::newRow("upstream sort: unexpected junk lines are preserved, chains sorted")
        << dedent(R"(
            *filter
            COMMIT
            *nat
            :KUBE-SERVICES - [0:0]
            :KUBE-SEP-RS4RBKLTHTF2IUXJ - [0:0]
            :KUBE-AAAAA - [0:0]
            :KUBE-ZZZZZ - [0:0]
            :WHY-IS-THIS-CHAIN-HERE - [0:0]
            -A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" svc2 line 1
            -A KUBE-SEP-RS4RBKLTHTF2IUXJ -m comment --comment ns2/svc2:p80 -j DNAT
            -A KUBE-ZZZZZ -m comment --comment "mystery chain number 1"
            -A KUBE-SERVICES -m comment --comment ns2/svc2 svc2 line 2
            -A WHY-IS-THIS-CHAIN-HERE -j ACCEPT
            -A KUBE-SERVICES -m comment --comment "ns2/svc2 blah" svc2 line 3
            -A KUBE-AAAAA -m comment --comment "mystery chain number 2"
            COMMIT
            )")
        << dedent(R"(
            *filter
            COMMIT
            *nat
            :KUBE-SERVICES - [0:0]
            :KUBE-AAAAA - [0:0]
            :KUBE-SEP-RS4RBKLTHTF2IUXJ - [0:0]
            :KUBE-ZZZZZ - [0:0]
            :WHY-IS-THIS-CHAIN-HERE - [0:0]
            -A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" svc2 line 1
            -A KUBE-SERVICES -m comment --comment ns2/svc2 svc2 line 2
            -A KUBE-SERVICES -m comment --comment "ns2/svc2 blah" svc2 line 3
            -A KUBE-AAAAA -m comment --comment "mystery chain number 2"
            -A KUBE-SEP-RS4RBKLTHTF2IUXJ -m comment --comment ns2/svc2:p80 -j DNAT
            -A KUBE-ZZZZZ -m comment --comment "mystery chain number 1"
            -A WHY-IS-THIS-CHAIN-HERE -j ACCEPT
            COMMIT
            )");

    QTest::newRow("upstream sort: extra tables sorted by name, KUBE-NODEPORTS first")
        << dedent(R"(
            *nat
            :KUBE-SERVICES - [0:0]
            :KUBE-NODEPORTS - [0:0]
            -A KUBE-NODEPORTS -m comment --comment "ns2/svc2:p80 health check node port" -j ACCEPT
            COMMIT
            *mangle
            :KUBE-FORWARD - [0:0]
            :KUBE-NODEPORTS - [0:0]
            -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
            COMMIT
            *filter
            :KUBE-SERVICES - [0:0]
            COMMIT
            )")
        << dedent(R"(
            *filter
            :KUBE-SERVICES - [0:0]
            COMMIT
            *mangle
            :KUBE-NODEPORTS - [0:0]
            :KUBE-FORWARD - [0:0]
            -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
            COMMIT
            *nat
            :KUBE-NODEPORTS - [0:0]
            :KUBE-SERVICES - [0:0]
            -A KUBE-NODEPORTS -m comment --comment "ns2/svc2:p80 health check node port" -j ACCEPT
            COMMIT
            )");

    QTest::newRow("config.md 2: the 'must be the last rule' rule stays last in nat KUBE-SERVICES")
        << dedent(R"(
            *nat
            :KUBE-SERVICES - [0:0]
            -A KUBE-SERVICES -m comment --comment "ns9/b cluster IP" -j X
            -A KUBE-SERVICES -m comment --comment "must be the last rule" -j KUBE-NODEPORTS
            -A KUBE-SERVICES -m comment --comment "ns1/a cluster IP" -j Y
            COMMIT
            )")
        << dedent(R"(
            *nat
            :KUBE-SERVICES - [0:0]
            -A KUBE-SERVICES -m comment --comment "ns1/a cluster IP" -j Y
            -A KUBE-SERVICES -m comment --comment "ns9/b cluster IP" -j X
            -A KUBE-SERVICES -m comment --comment "must be the last rule" -j KUBE-NODEPORTS
            COMMIT
            )");

    QTest::newRow("IPTablesDump.String: -X lines after the rules")
        << dedent(R"(
            *nat
            :KUBE-SVC-OLD - [0:0]
            :KUBE-SERVICES - [0:0]
            -X KUBE-SVC-OLD
            COMMIT
            )")
        << dedent(R"(
            *nat
            :KUBE-SERVICES - [0:0]
            :KUBE-SVC-OLD - [0:0]
            -X KUBE-SVC-OLD
            COMMIT
            )");
}

void TestIptablesDump::sort()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QString error;
    const auto sorted = sortIptablesRules(input, &error);
    QVERIFY2(sorted, qPrintable(error));
    QCOMPARE(*sorted, output);
    // Sorting is idempotent.
    QCOMPARE(*sortIptablesRules(*sorted), output);
}

void TestIptablesDump::comments_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("jump");
    QTest::newRow("quoted comment with spaces")
        << "-A KUBE-SERVICES -m comment --comment \"ns1/svc1:p80 cluster IP\" -m tcp -p tcp "
           "-d 172.30.0.41 --dport 80 -j KUBE-SVC-XPGD46QRK7WJZT7O"
        << "ns1/svc1:p80 cluster IP" << "KUBE-SVC-XPGD46QRK7WJZT7O";
    QTest::newRow("single-token comment is not quoted")
        << "-A KUBE-SEP-X -m comment --comment ns1/svc1:p80 -s 10.180.0.1 -j KUBE-MARK-MASQ"
        << "ns1/svc1:p80" << "KUBE-MARK-MASQ";
    QTest::newRow("no comment, no target")
        << "-A KUBE-FW-X -s 203.0.113.0/25" << "" << "";
    QTest::newRow("DNAT target")
        << "-A KUBE-SEP-X -m tcp -p tcp -j DNAT --to-destination 10.180.0.1:80" << "" << "DNAT";
}

void TestIptablesDump::comments()
{
    QFETCH(QString, rule);
    QFETCH(QString, comment);
    QFETCH(QString, jump);
    QCOMPARE(iptablesRuleComment(rule), comment);
    QCOMPARE(iptablesRuleJump(rule), jump);
}

void TestIptablesDump::parseErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("rule for an undeclared chain") << "*nat\n-A NOPE -j X\nCOMMIT\n"
                                                  << "line 2: rule for undeclared chain \"NOPE\"";
    QTest::newRow("table without COMMIT") << "*nat\n:A - [0:0]\n"
                                          << "line 3: table \"nat\" has no COMMIT";
    QTest::newRow("line outside a table") << ":A - [0:0]\n"
                                          << "line 1: \":A - [0:0]\" outside a table";
    QTest::newRow("chain declared twice") << "*nat\n:A - [0:0]\n:A - [0:0]\nCOMMIT\n"
                                          << "line 3: chain \"A\" declared twice";
}

void TestIptablesDump::parseErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!sortIptablesRules(input, &message));
    QCOMPARE(message, error);
}

// checkIPTablesRuleJumps: undeclared targets, empty chains, unused chains.
void TestIptablesDump::ruleJumps_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("consistent") << "*nat\n:KUBE-SERVICES - [0:0]\n:KUBE-SVC-A - [0:0]\n"
                                   "-A KUBE-SERVICES -j KUBE-SVC-A\n-A KUBE-SVC-A -j DNAT\nCOMMIT\n"
                                << QStringList();
    QTest::newRow("jump to an undeclared chain, and an unused one")
        << "*nat\n:KUBE-SERVICES - [0:0]\n:KUBE-SVC-A - [0:0]\n"
           "-A KUBE-SERVICES -j KUBE-SVC-B\nCOMMIT\n"
        << QStringList{"some chains in nat are used but were not created: KUBE-SVC-B",
                       "some chains in nat are jumped to but have no rules: KUBE-SVC-B",
                       "some chains in nat are created but not used: KUBE-SVC-A"};
    QTest::newRow("KUBE-NODEPORTS may be empty")
        << "*nat\n:KUBE-SERVICES - [0:0]\n:KUBE-NODEPORTS - [0:0]\n"
           "-A KUBE-SERVICES -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS\nCOMMIT\n"
        << QStringList();
}

void TestIptablesDump::ruleJumps()
{
    QFETCH(QString, input);
    QFETCH(QStringList, problems);
    QCOMPARE(checkIptablesRuleJumps(input), problems);
}

QTEST_GUILESS_MAIN(TestIptablesDump)
#include "tst_iptablesdump.moc"
