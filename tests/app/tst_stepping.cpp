// Stepping through a trace like a presenter: keys (Right/Left, PageDown/PageUp, Home, End,
// Space) move the one clock; the event list, the hop-details pane (DNAT before/after), the
// rules pane (the rule whose text is Hop::rule) and the painted packet follow; Back restores
// exactly the earlier state; a failure hop is red and the packet stops there.

#include "classroomfixture.h"
#include "core/classroom/whatif.h"
#include "scene/style.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/playbackbar.h"
#include "ui/requestbar.h"
#include "ui/panels/rulespanel.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QUndoStack>

using namespace hopscope;
using namespace hopscope::app;

namespace {

// Everything a student sees of the current step.
struct Shown
{
    StepPosition position;
    int eventRow = -1;
    QString detailsTitle;
    QStringList changed;
    QString decidedBy;
    QString rulesNode;
    QString rulesLine;
    int rulesLineNumber = -1;
    QString packetLabel;
    QPointF packet;
    QString highlighted;
    bool operator==(const Shown &) const = default;
};

} // namespace

class TestStepping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sendingShowsTheFirstHop();
    void keysStep_data();
    void keysStep();
    void dnatHopDetailsAndRule();
    void backRestoresTheExactEarlierState();
    void eventListRowJumps();
    void vxlanHopShowsTheOuterHeader();
    void spacePlaysToTheEnd();
    void failureHopIsRedAndStops();
    void speedBox();
    void sendManyShowsCounters();
    void whatIfTracesTheRequestAgain();

private:
    Shown shown() const;
    void sendNodePort();

    test::ClassroomFixture f;
};

void TestStepping::init()
{
    f = test::ClassroomFixture{};
    f.open();
}

void TestStepping::cleanup()
{
    f.window.reset();
}

Shown TestStepping::shown() const
{
    Shown s;
    s.position = f.window->classroom()->controller()->position();
    s.eventRow = f.window->eventList()->view()->currentIndex().row();
    s.detailsTitle = f.window->hopDetails()->titleText();
    s.changed = f.window->hopDetails()->changedFields();
    s.decidedBy = f.window->hopDetails()->decidedByText();
    s.rulesNode = f.window->rulesPanel()->node();
    s.rulesLine = f.window->rulesPanel()->highlightedLine();
    s.rulesLineNumber = f.window->rulesPanel()->highlightedLineNumber();
    const TraceOverlay &o = f.window->classroom()->overlay();
    s.packetLabel = o.packetLabel();
    s.packet = o.packetScenePos();
    s.highlighted = o.highlightedItemId();
    return s;
}

void TestStepping::sendNodePort()
{
    f.window->requestBar()->setSource(QStringLiteral("client"));
    f.window->requestBar()->setDestination(QStringLiteral("192.168.1.2:30008"));
    QSignalSpy traced(f.window->classroom(), &Classroom::traceChanged);
    QTest::mouseClick(f.window->requestBar()->sendButton(), Qt::LeftButton);
    QCOMPARE(traced.count(), 1);
    f.view()->setFocus();
}

void TestStepping::sendingShowsTheFirstHop()
{
    sendNodePort();
    const Shown s = shown();
    QCOMPARE(s.position, (StepPosition{0, 1.0}));
    QCOMPARE(s.eventRow, 0);
    QCOMPARE(f.window->eventList()->model()->rowCount(), 15);
    QCOMPARE(s.highlighted, QStringLiteral("client"));
    QCOMPARE(s.packetLabel, QStringLiteral("192.168.1.10:45232 → 192.168.1.2:30008"));
    QCOMPARE(s.rulesNode, QString()); // the client has no kube-proxy rules
    QVERIFY(s.detailsTitle.startsWith(QStringLiteral("Hop 1 of 15")));
    QCOMPARE(f.window->playbackBar()->positionText().trimmed(), QStringLiteral("hop 1 / 15"));
    test::keep(f.window.get(), QStringLiteral("stepping-start"));
}

void TestStepping::keysStep_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("hop");
    QTest::newRow("Right") << QList<int>{Qt::Key_Right} << 1;
    QTest::newRow("Right Right Left")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Left} << 1;
    QTest::newRow("clicker: PageDown ×3, PageUp")
        << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageUp} << 2;
    QTest::newRow("End") << QList<int>{Qt::Key_End} << 14;
    QTest::newRow("End, Home") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
    QTest::newRow("Left at the start stays") << QList<int>{Qt::Key_Left} << 0;
}

void TestStepping::keysStep()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, hop);
    sendNodePort();
    for (int key : keys)
        QTest::keyClick(f.view(), Qt::Key(key));
    QCOMPARE(f.window->classroom()->controller()->position(), (StepPosition{hop, 1.0}));
    QCOMPARE(f.window->eventList()->view()->currentIndex().row(), hop);
    QCOMPARE(f.window->eventList()->model()->currentHop(), hop);
    QCOMPARE(f.window->hopDetails()->currentHop(), hop);
}

void TestStepping::dnatHopDetailsAndRule()
{
    sendNodePort();
    QTest::keyClick(f.view(), Qt::Key_Right);
    const Shown s = shown();
    const Hop &hop = f.window->classroom()->trace().hops[1];
    QCOMPARE(hop.action, HopAction::Dnat);
    // DNAT rewrites the destination (A3: KUBE-SEP … -j DNAT), and KUBE-MARK-MASQ set the mark.
    QCOMPARE(s.changed, QStringList({QStringLiteral("dstIP"), QStringLiteral("dstPort"),
                                     QStringLiteral("masqMark")}));
    QTableWidget *table = f.window->hopDetails()->fieldTable();
    int dstRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == u"dstIP")
            dstRow = r;
    QVERIFY(dstRow >= 0);
    QCOMPARE(table->item(dstRow, 1)->text(), QStringLiteral("192.168.1.2"));
    QVERIFY(table->item(dstRow, 2)->text().startsWith(QStringLiteral("10.244.1.2")));
    QVERIFY(table->item(dstRow, 2)->font().bold());
    QVERIFY(s.decidedBy.contains(hop.rule));
    QVERIFY(f.window->hopDetails()->explanationText().contains(QStringLiteral("DNAT")));
    // The rules pane: node-1's tables, the DNAT rule highlighted and scrolled to.
    QVERIFY(!hop.rule.isEmpty());
    QCOMPARE(s.rulesNode, QStringLiteral("node-1"));
    QCOMPARE(s.rulesLine, hop.rule);
    QPlainTextEdit *editor = f.window->rulesPanel()->editor();
    QCOMPARE(editor->textCursor().blockNumber(), s.rulesLineNumber);
    // The trail (KUBE-NODEPORTS → … → KUBE-SEP) is tinted, the deciding rule on top of it.
    QCOMPARE(hop.trail.size(), 2);
    QCOMPARE(f.window->rulesPanel()->trailLineNumbers().size(), 1);
    QVERIFY(f.window->rulesPanel()->trailLineNumbers().first() < s.rulesLineNumber);
    QCOMPARE(editor->extraSelections().size(), 2);
    QCOMPARE(editor->extraSelections().last().cursor.block().text(), hop.rule);
    QCOMPARE(editor->extraSelections().first().cursor.block().text(), hop.trail.first().rule);
    // On the scene: the packet sits on node-1's NodePort socket, which is lit up.
    QCOMPARE(s.highlighted, QStringLiteral("socket/default/myapp-service/30008@node-1"));
    QCOMPARE(s.packetLabel, QStringLiteral("192.168.1.10:45232 → 10.244.1.2:80"));
    test::keep(f.window.get(), QStringLiteral("stepping-dnat"));
}

void TestStepping::backRestoresTheExactEarlierState()
{
    sendNodePort();
    for (int i = 0; i < 4; ++i) {
        const Shown before = shown();
        QTest::keyClick(f.view(), Qt::Key_Right);
        const Shown after = shown();
        QVERIFY(!(after == before));
        QTest::keyClick(f.view(), Qt::Key_Left);
        QVERIFY2(shown() == before, qPrintable(QStringLiteral("at hop %1").arg(i)));
        QTest::keyClick(f.view(), Qt::Key_Right);
        QVERIFY(shown() == after);
    }
}

void TestStepping::eventListRowJumps()
{
    sendNodePort();
    QTableView *list = f.window->eventList()->view();
    const QRect row = list->visualRect(list->model()->index(6, 1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(f.window->classroom()->controller()->position(), (StepPosition{6, 1.0}));
    QCOMPARE(f.window->hopDetails()->currentHop(), 6);
    QCOMPARE(f.window->rulesPanel()->node(), QStringLiteral("node-2"));
    // Reply rows are marked.
    QVERIFY(list->model()->index(10, 0).data().toString().contains(QStringLiteral("↩")));
    QVERIFY(!list->model()->index(9, 0).data().toString().contains(QStringLiteral("↩")));
}

void TestStepping::vxlanHopShowsTheOuterHeader()
{
    sendNodePort();
    f.window->classroom()->controller()->jumpTo(4);
    QCOMPARE(f.window->classroom()->trace().hops[4].action, HopAction::Encapsulate);
    const QStringList changed = f.window->hopDetails()->changedFields();
    QVERIFY(changed.contains(QStringLiteral("outerSrcIP")));
    QVERIFY(changed.contains(QStringLiteral("outerDstIP")));
    QVERIFY(!changed.contains(QStringLiteral("dstIP")));
    QVERIFY(f.window->classroom()->overlay().packetLabel().startsWith(
        QStringLiteral("VXLAN 192.168.1.2 → 192.168.1.3")));
    // Arriving on node-2 the packet came through the overlay.
    f.window->classroom()->controller()->jumpTo(6);
    QCOMPARE(f.window->classroom()->overlay().highlightedItemId(), QStringLiteral("node/node-2"));
    test::keep(f.window.get(), QStringLiteral("stepping-vxlan"));
}

void TestStepping::spacePlaysToTheEnd()
{
    sendNodePort();
    StepController *c = f.window->classroom()->controller();
    c->setSpeed(4.0);
    c->jumpTo(11);
    QSignalSpy finished(c, &StepController::finished);
    QTest::keyClick(f.view(), Qt::Key_Space);
    QVERIFY(c->isPlaying());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(c->position(), (StepPosition{14, 1.0}));
    QCOMPARE(f.window->eventList()->view()->currentIndex().row(), 14);
    // Space again pauses a playing trace.
    c->reset();
    QTest::keyClick(f.view(), Qt::Key_Space);
    QVERIFY(c->isPlaying());
    QTest::keyClick(f.view(), Qt::Key_Space);
    QVERIFY(!c->isPlaying());
}

void TestStepping::failureHopIsRedAndStops()
{
    f.window->requestBar()->setSource(QStringLiteral("client"));
    f.window->requestBar()->setDestination(QStringLiteral("10.244.1.2:80"));
    QTest::mouseClick(f.window->requestBar()->sendButton(), Qt::LeftButton);
    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_Right);
    QTest::keyClick(f.view(), Qt::Key_Right); // nothing after the failure
    StepController *c = f.window->classroom()->controller();
    QCOMPARE(c->position(), (StepPosition{1, 1.0}));
    QVERIFY(c->atEnd());
    const TraceOverlay &o = f.window->classroom()->overlay();
    QVERIFY(o.showsFailure());
    const QModelIndex action =
        f.window->eventList()->model()->index(1, EventListModel::ActionColumn);
    QVERIFY(action.data().toString().startsWith(QStringLiteral("✗")));
    QCOMPARE(action.data(Qt::ForegroundRole).value<QColor>(), style::failureColor().darker(120));
    QCOMPARE(f.window->hopDetails()->titleText().contains(QStringLiteral("no route")), true);
    QCOMPARE(f.window->hopDetails()->palette().color(QPalette::WindowText).isValid(), true);
    // The packet is drawn red where it stopped.
    QCoreApplication::processEvents();
    const QImage frame = f.view()->viewport()->grab().toImage();
    const QPoint at = o.lastPacketCenter().toPoint();
    QCOMPARE(frame.pixelColor(at + QPoint(-18, 0)), style::failureColor());
    test::keep(f.window.get(), QStringLiteral("stepping-failure"));
}

void TestStepping::speedBox()
{
    QComboBox *speed = f.window->playbackBar()->speedBox();
    StepController *c = f.window->classroom()->controller();
    const int quarter = speed->findData(0.25);
    const int four = speed->findData(4.0);
    QVERIFY(quarter >= 0 && four >= 0);
    speed->activated(four);
    QCOMPARE(c->speed(), 4.0);
    c->setSpeed(0.25);
    QCOMPARE(speed->currentIndex(), quarter);
}

void TestStepping::sendManyShowsCounters()
{
    f.window->requestBar()->setSource(QStringLiteral("client"));
    f.window->requestBar()->setDestination(QStringLiteral("192.168.1.2:30008"));
    QTest::mouseClick(f.window->requestBar()->sendManyButton(), Qt::LeftButton);
    QCOMPARE(f.requests.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(f.requests[i].seed, quint64(1 + i)); // seeds 1…10
    const auto &counters = f.window->classroom()->overlay().counters();
    QCOMPARE(counters.value(QStringLiteral("pod/default/myapp-7c9f6d5b8-9bw2m")), 10);
    QVERIFY(f.window->requestBar()->hint().startsWith(QStringLiteral("10 of 10")));
}

void TestStepping::whatIfTracesTheRequestAgain()
{
    sendNodePort();
    QTest::keyClick(f.view(), Qt::Key_Right);
    QCOMPARE(f.requests.size(), 1);
    // A what-if step: the same request is traced on the new cluster, from its first hop.
    QVERIFY(f.window->document()->applyWhatIf(WhatIf::externalTrafficPolicy(
        QStringLiteral("svc/default/myapp-service"), QStringLiteral("Local"))));
    QCOMPARE(f.requests.size(), 2);
    QCOMPARE(f.requests.last().from, QStringLiteral("client"));
    QCOMPARE(f.requests.last().to, QStringLiteral("192.168.1.2:30008"));
    QCOMPARE(f.window->classroom()->controller()->position(), (StepPosition{0, 1.0}));
    QCOMPARE(f.window->eventList()->model()->rowCount(), 15);
    // The hint says what the step did to the request (compareTraces): the backend's trace
    // does not change with the cluster here.
    QCOMPARE(f.window->requestBar()->hint(), QStringLiteral("The request takes the same path."));
    // Undo is a what-if step too.
    f.window->document()->undoStack()->undo();
    QCOMPARE(f.requests.size(), 3);
    // Opening something else forgets the request.
    QVERIFY(f.window->openPaths({QStringLiteral("/m/other.yaml")}));
    QCOMPARE(f.requests.size(), 3);
    QCOMPARE(f.window->eventList()->model()->rowCount(), 0);
}

QTEST_MAIN(TestStepping)
#include "tst_stepping.moc"
