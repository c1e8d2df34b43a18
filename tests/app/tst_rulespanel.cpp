// The rules pane reads like the walk: the rules a hop walked, in walk order, chain by chain as
// `hopscope trace` prints them, the deciding rule marked, each rule one text block tinted whole;
// the node's full iptables-save one tab away, the walked rules tinted there too (every line of
// a wrapped rule).

#include "core/trace/output/traceformat.h"
#include "document/clusterdocument.h"
#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/panels/rulespanel.h"

#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>

using namespace hopscope;
using namespace hopscope::app;

namespace {

HopRule rule(const QString &chain, const QString &text, int index)
{
    return HopRule{QStringLiteral("nat"), chain, QStringLiteral("-A ") + chain + u' ' + text,
                   index};
}

// A ClusterIP DNAT walk, its rules listed in an order that is not the file's.
Hop dnatHop()
{
    Hop h;
    h.node = QStringLiteral("node-1");
    h.action = HopAction::Dnat;
    h.trail = {rule(QStringLiteral("PREROUTING"),
                    QStringLiteral("-m comment --comment \"kubernetes service portals\" "
                                   "-j KUBE-SERVICES"),
                    -1),
               rule(QStringLiteral("KUBE-SERVICES"),
                    QStringLiteral("-d 10.96.0.15/32 -p tcp -m comment --comment "
                                   "\"default/back-end cluster IP\" -m tcp --dport 80 "
                                   "-j KUBE-SVC-ABC"),
                    7),
               rule(QStringLiteral("KUBE-SVC-ABC"),
                    QStringLiteral("-m comment --comment \"default/back-end -> 10.244.1.2:80\" "
                                   "-m statistic --mode random --probability 0.5 -j KUBE-SEP-1"),
                    12),
               rule(QStringLiteral("KUBE-SEP-1"),
                    QStringLiteral("-p tcp -m comment --comment \"default/back-end\" -m tcp "
                                   "-j DNAT --to-destination 10.244.1.2:80"),
                    20)};
    const HopRule &last = h.trail.last();
    h.table = last.table;
    h.chain = last.chain;
    h.rule = last.rule;
    h.ruleIndex = last.ruleIndex;
    return h;
}

// The node's rules in file order: the SEP rule comes before the SVC rule, as iptables-save
// writes the chains.
QString restoreText(const Hop &h)
{
    return QStringLiteral("*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n") +
           QStringLiteral("*nat\n:PREROUTING ACCEPT [0:0]\n") +
           h.trail[0].rule + u'\n' + h.trail[3].rule + u'\n' + h.trail[2].rule + u'\n' +
           h.trail[1].rule + QStringLiteral("\nCOMMIT\n");
}

QList<RulesPanel::RuleRef> refs(const QList<HopRule> &trail)
{
    QList<RulesPanel::RuleRef> out;
    for (const HopRule &r : trail)
        out.append({r.table, r.rule});
    return out;
}

} // namespace

class TestRulesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walkListsTheRulesInWalkOrder();
    void eachRuleIsOneBlockTintedWhole();
    void allRulesTabTintsEveryLineOfTheWalkedRules();
    void routeAndConntrackHops_data();
    void routeAndConntrackHops();
    void realTraceMatchesHopscopeTrace_data();
    void realTraceMatchesHopscopeTrace();
};

void TestRulesPanel::walkListsTheRulesInWalkOrder()
{
    RulesPanel panel;
    const Hop h = dnatHop();
    panel.showNode(h.node, restoreText(h));
    panel.highlight({h.table, h.rule}, refs(h.trail));
    panel.showWalk(&h);
    QCOMPARE(panel.tabs()->currentIndex(), int(RulesPanel::WalkTab));
    QStringList expected;
    for (const HopRule &r : h.trail)
        expected << r.rule;
    QCOMPARE(panel.walkRules(), expected);
    QCOMPARE(panel.walkChains(),
             QStringList({QStringLiteral("nat · PREROUTING"),
                          QStringLiteral("nat · KUBE-SERVICES"),
                          QStringLiteral("nat · KUBE-SVC-ABC"),
                          QStringLiteral("nat · KUBE-SEP-1")}));
    QCOMPARE(panel.walkDecided(), 3);
    // The deciding rule is marked in the text too.
    bool marked = false;
    for (QTextBlock b = panel.walkView()->document()->firstBlock(); b.isValid(); b = b.next())
        if (b.text().startsWith(QStringLiteral("▶ ")))
            marked = b.text().endsWith(h.rule);
    QVERIFY(marked);
}

void TestRulesPanel::eachRuleIsOneBlockTintedWhole()
{
    RulesPanel panel;
    panel.resize(260, 400); // narrow: every rule wraps
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Hop h = dnatHop();
    panel.showNode(h.node, restoreText(h));
    panel.showWalk(&h);
    QCoreApplication::processEvents();
    int rules = 0;
    int wrapped = 0;
    for (QTextBlock b = panel.walkView()->document()->firstBlock(); b.isValid(); b = b.next()) {
        if (!b.text().contains(QStringLiteral("-A ")))
            continue;
        ++rules;
        wrapped += b.layout()->lineCount() > 1 ? 1 : 0;
        // One block per rule, its background set on the block: all its lines are tinted.
        QVERIFY(b.blockFormat().background().style() != Qt::NoBrush);
    }
    QCOMPARE(rules, 4);
    QVERIFY(wrapped >= 3);
}

void TestRulesPanel::allRulesTabTintsEveryLineOfTheWalkedRules()
{
    RulesPanel panel;
    const Hop h = dnatHop();
    panel.showNode(h.node, restoreText(h));
    panel.highlight({h.table, h.rule}, refs(h.trail));
    panel.showWalk(&h);
    panel.tabs()->setCurrentIndex(RulesPanel::AllRulesTab); // one click away
    QCOMPARE(panel.tabs()->currentWidget(), panel.editor());
    QCOMPARE(panel.highlightedLine(), h.rule);
    const QList<QTextEdit::ExtraSelection> selections = panel.editor()->extraSelections();
    QCOMPARE(selections.size(), 4);
    for (const QTextEdit::ExtraSelection &s : selections) {
        const QTextBlock block = s.cursor.block();
        // From the rule's first character to past its last: every visual line of it.
        QCOMPARE(s.cursor.selectionStart(), block.position());
        QVERIFY(s.cursor.selectionEnd() >= block.position() + block.length() - 1);
        QVERIFY(s.format.boolProperty(QTextFormat::FullWidthSelection));
    }
    QCOMPARE(selections.last().cursor.block().text(), h.rule);
}

void TestRulesPanel::routeAndConntrackHops_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("conntrack");
    QTest::addColumn<QString>("shown");
    QTest::newRow("route hop shows the route line")
        << QStringLiteral("10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink") << QString()
        << QStringLiteral("▶ 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink");
    QTest::newRow("un-DNAT hop shows the conntrack entry")
        << QString() << QStringLiteral("tcp 6 src=10.244.1.2 dst=10.96.0.15")
        << QStringLiteral("▶ tcp 6 src=10.244.1.2 dst=10.96.0.15");
}

void TestRulesPanel::routeAndConntrackHops()
{
    QFETCH(QString, route);
    QFETCH(QString, conntrack);
    QFETCH(QString, shown);
    RulesPanel panel;
    Hop h;
    h.node = QStringLiteral("node-1");
    h.action = route.isEmpty() ? HopAction::UnDnat : HopAction::Route;
    h.route = route;
    h.conntrack = conntrack;
    panel.showNode(h.node, QStringLiteral("*nat\nCOMMIT\n"));
    panel.showWalk(&h);
    QVERIFY(panel.walkRules().isEmpty());
    QStringList blocks;
    for (QTextBlock b = panel.walkView()->document()->firstBlock(); b.isValid(); b = b.next())
        blocks << b.text();
    QVERIFY2(blocks.contains(shown), qPrintable(blocks.join(u'|')));
}

void TestRulesPanel::realTraceMatchesHopscopeTrace_data()
{
    QTest::addColumn<QString>("to");
    QTest::newRow("NodePort on node-1") << QStringLiteral("192.168.1.2:30008");
    QTest::newRow("NodePort on node-3") << QStringLiteral("192.168.1.4:30008");
}

void TestRulesPanel::realTraceMatchesHopscopeTrace()
{
    QFETCH(QString, to);
    MainWindow window;
    QVERIFY(window.openDemo());
    TraceRequest request;
    request.from = QStringLiteral("client");
    request.to = to;
    const Trace trace = window.classroom()->runner()->trace(request);
    QVERIFY(trace.delivered);
    window.classroom()->showTrace(trace);
    const QString printed = formatTraceText(trace, 400);
    int walked = 0;
    qsizetype at = 0;
    for (int i = 0; i < trace.hops.size(); ++i) {
        window.classroom()->controller()->jumpTo(i);
        const Hop &hop = window.classroom()->trace().hops[i];
        if (hop.trail.isEmpty() || hop.action == HopAction::Route)
            continue;
        ++walked;
        const QStringList rules = window.rulesPanel()->walkRules();
        QCOMPARE(rules.size(), hop.trail.size());
        // The order `hopscope trace` prints them in.
        for (const QString &r : rules) {
            const qsizetype next = printed.indexOf(r, at);
            QVERIFY2(next >= at, qPrintable(r));
            at = next;
        }
        QCOMPARE(window.rulesPanel()->walkDecided(), rules.size() - 1);
    }
    QVERIFY(walked >= 2);
}

QTEST_MAIN(TestRulesPanel)
#include "tst_rulespanel.moc"
