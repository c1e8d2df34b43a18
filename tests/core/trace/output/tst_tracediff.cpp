// Comparing the same request's trace before and after a what-if (core/tracediff.h): the seed's
// point that a deleted pod's replacement has a new IP while the Service stays — the request
// still arrives, at another endpoint, and the DNAT hop is where the path changes.

#include "core/trace/output/tracediff.h"

#include <QTest>

using namespace hopscope;

namespace {

Hop hop(HopAction action, const QString &entity, const QString &dst, const QString &rule = {})
{
    Hop h;
    h.action = action;
    h.entity = entity;
    h.node = QStringLiteral("node-1");
    h.before.srcIP = QStringLiteral("10.244.0.2");
    h.before.dstIP = QStringLiteral("10.96.0.15");
    h.before.dstPort = 80;
    h.after = h.before;
    h.after.dstIP = dst;
    h.rule = rule;
    h.explanation = QStringLiteral("explanation ") + dst; // never compared
    return h;
}

// Pod → ClusterIP → DNAT to `endpoint` → delivered (or dropped).
Trace trace(const QString &endpoint, bool delivered = true)
{
    Trace t;
    t.hops << hop(HopAction::Send, "pod/default/client", "10.96.0.15");
    t.hops << hop(HopAction::Dnat, "node/node-1", endpoint,
                  QStringLiteral("-A KUBE-SEP-X -j DNAT --to-destination %1:80").arg(endpoint));
    t.hops << hop(delivered ? HopAction::Deliver : HopAction::Drop, "pod/default/web", endpoint);
    t.delivered = delivered;
    if (delivered) {
        t.endpoint = endpoint + QStringLiteral(":80");
        t.endpointPod = QStringLiteral("pod/default/web-") + endpoint.section(u'.', 3);
    }
    t.summary = QStringLiteral("summary");
    return t;
}

} // namespace

class TestTraceDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data();
    void compare();
    void explanationsAreNotCompared();
};

void TestTraceDiff::compare_data()
{
    QTest::addColumn<Trace>("before");
    QTest::addColumn<Trace>("after");
    QTest::addColumn<bool>("same");
    QTest::addColumn<int>("firstDifferent");
    QTest::addColumn<QList<int>>("changed");
    QTest::addColumn<QString>("firstSentence");
    QTest::newRow("same cluster: the same path")
        << trace("10.244.1.3") << trace("10.244.1.3") << true << -1 << QList<int>{}
        << "The request takes the same path.";
    QTest::newRow("replacement pod: another endpoint, DNAT differs")
        << trace("10.244.1.3") << trace("10.244.2.7") << false << 1 << QList<int>{1, 2}
        << "The request now reaches 10.244.2.7:80 (pod web-7) instead of 10.244.1.3:80 (pod "
           "web-3).";
    QTest::newRow("Local policy without a local endpoint: no longer delivered")
        << trace("10.244.1.3") << trace("10.244.1.3", false) << false << 2 << QList<int>{2}
        << "Before, the request reached 10.244.1.3:80 (pod web-3); now it is not delivered.";
    QTest::newRow("delivered again after the node came back")
        << trace("10.244.1.3", false) << trace("10.244.1.3") << false << 2 << QList<int>{2}
        << "Now the request reaches 10.244.1.3:80 (pod web-3); before, it was not delivered.";
    Trace shorter = trace("10.244.1.3");
    shorter.hops.removeLast();
    QTest::newRow("a hop less") << trace("10.244.1.3") << shorter << false << 2 << QList<int>{}
                                << "The path ends earlier, after hop 2.";
}

void TestTraceDiff::compare()
{
    QFETCH(Trace, before);
    QFETCH(Trace, after);
    QFETCH(bool, same);
    QFETCH(int, firstDifferent);
    QFETCH(QList<int>, changed);
    QFETCH(QString, firstSentence);
    const TraceDifference d = compareTraces(before, after);
    QCOMPARE(d.same, same);
    QCOMPARE(d.firstDifferentHop, firstDifferent);
    QCOMPARE(d.changedHops, changed);
    QCOMPARE(d.summary.value(0), firstSentence);
    QCOMPARE(d.endpointBefore, before.endpoint);
    QCOMPARE(d.endpointAfter, after.endpoint);
}

void TestTraceDiff::explanationsAreNotCompared()
{
    Trace a = trace("10.244.1.3");
    Trace b = a;
    b.hops[1].explanation = QStringLiteral("other words, same hop");
    QVERIFY(compareTraces(a, b).same);
    b.hops[1].rule = QStringLiteral("-A KUBE-SEP-Y -j DNAT --to-destination 10.244.1.3:80");
    QVERIFY(!compareTraces(a, b).same);
}

QTEST_GUILESS_MAIN(TestTraceDiff)
#include "tst_tracediff.moc"
