// The one clock of the stepping view (DESIGN.md "One clock for motion"): time → (hop,
// progress), speed 0.25×–4×, stepping lands at rest so Back restores the exact earlier
// position, play runs to the end and stops there.

#include "document/stepcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace hopscope::app;

class TestStepController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeToHop_data();
    void timeToHop();
    void noTraceHasNoPosition();
    void speedScalesTheClock_data();
    void speedScalesTheClock();
    void speedIsClamped();
    void stepForwardThenBackRestores();
    void stepForwardFromMidMoveLandsOnThatHop();
    void stepsStopAtBothEnds();
    void resetAndEnd();
    void jumpTo();
    void playRunsToTheEndAndStops();
    void newTraceResets();
};

void TestStepController::timeToHop_data()
{
    using C = StepController;
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("hop");
    QTest::addColumn<qreal>("progress");
    QTest::newRow("start: at the source") << qint64(0) << 0 << 1.0;
    QTest::newRow("resting at the source") << C::DwellMs - 1 << 0 << 1.0;
    QTest::newRow("leaving for hop 1") << C::DwellMs << 1 << 0.0;
    QTest::newRow("half way to hop 1") << C::DwellMs + C::MoveMs / 2 << 1 << 0.5;
    QTest::newRow("arrived at hop 1") << C::arrivalTime(1) << 1 << 1.0;
    QTest::newRow("quarter way to hop 3")
        << C::arrivalTime(2) + C::DwellMs + C::MoveMs / 4 << 3 << 0.25;
    QTest::newRow("past the end: the last hop") << C::arrivalTime(40) << 4 << 1.0;
    QTest::newRow("before the start") << qint64(-500) << 0 << 1.0;
}

void TestStepController::timeToHop()
{
    QFETCH(qint64, time);
    QFETCH(int, hop);
    QFETCH(qreal, progress);
    StepController c;
    c.setHopCount(5);
    const StepPosition p = c.positionAt(time);
    QCOMPARE(p.hop, hop);
    QCOMPARE(p.progress, progress);
    c.setTime(time);
    QCOMPARE(c.position(), p);
}

void TestStepController::noTraceHasNoPosition()
{
    StepController c;
    QCOMPARE(c.position().hop, -1);
    c.stepForward();
    c.play();
    QVERIFY(!c.isPlaying());
    QCOMPARE(c.position().hop, -1);
}

void TestStepController::speedScalesTheClock_data()
{
    QTest::addColumn<qreal>("speed");
    QTest::newRow("0.25×") << 0.25;
    QTest::newRow("1×") << 1.0;
    QTest::newRow("4×") << 4.0;
}

void TestStepController::speedScalesTheClock()
{
    QFETCH(qreal, speed);
    StepController c;
    c.setHopCount(10);
    c.setSpeed(speed);
    c.advance(1000);
    QCOMPARE(c.time(), qint64(std::llround(1000 * speed)));
    QCOMPARE(c.position(), c.positionAt(qint64(std::llround(1000 * speed))));
}

void TestStepController::speedIsClamped()
{
    StepController c;
    QSignalSpy spy(&c, &StepController::speedChanged);
    c.setSpeed(10);
    QCOMPARE(c.speed(), StepController::MaxSpeed);
    c.setSpeed(0.01);
    QCOMPARE(c.speed(), StepController::MinSpeed);
    QCOMPARE(spy.count(), 2);
}

void TestStepController::stepForwardThenBackRestores()
{
    StepController c;
    c.setHopCount(6);
    c.stepForward();
    c.stepForward();
    const StepPosition before = c.position();
    const qint64 time = c.time();
    QCOMPARE(before, (StepPosition{2, 1.0}));
    QSignalSpy spy(&c, &StepController::positionChanged);
    c.stepForward();
    QCOMPARE(c.position(), (StepPosition{3, 1.0}));
    c.stepBack();
    QCOMPARE(c.position(), before);
    QCOMPARE(c.time(), time);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().first().value<StepPosition>(), before);
}

void TestStepController::stepForwardFromMidMoveLandsOnThatHop()
{
    StepController c;
    c.setHopCount(6);
    c.setTime(StepController::arrivalTime(2) + StepController::DwellMs + 100); // towards 3
    QCOMPARE(c.position().hop, 3);
    QVERIFY(!c.position().atRest());
    c.stepForward();
    QCOMPARE(c.position(), (StepPosition{3, 1.0}));
    c.setTime(StepController::arrivalTime(2) + StepController::DwellMs + 100);
    c.stepBack();
    QCOMPARE(c.position(), (StepPosition{2, 1.0}));
}

void TestStepController::stepsStopAtBothEnds()
{
    StepController c;
    c.setHopCount(3);
    c.stepBack();
    QCOMPARE(c.position().hop, 0);
    for (int i = 0; i < 5; ++i)
        c.stepForward();
    QCOMPARE(c.position(), (StepPosition{2, 1.0}));
    QVERIFY(c.atEnd());
}

void TestStepController::resetAndEnd()
{
    StepController c;
    c.setHopCount(4);
    c.toEnd();
    QCOMPARE(c.position().hop, 3);
    c.reset();
    QCOMPARE(c.position(), (StepPosition{0, 1.0}));
    QCOMPARE(c.time(), qint64(0));
}

void TestStepController::jumpTo()
{
    StepController c;
    c.setHopCount(8);
    c.jumpTo(5);
    QCOMPARE(c.position(), (StepPosition{5, 1.0}));
    c.jumpTo(99);
    QCOMPARE(c.position().hop, 7);
    c.jumpTo(-3);
    QCOMPARE(c.position().hop, 0);
}

void TestStepController::playRunsToTheEndAndStops()
{
    StepController c;
    c.setHopCount(3);
    c.setSpeed(4.0);
    QSignalSpy playing(&c, &StepController::playingChanged);
    QSignalSpy finished(&c, &StepController::finished);
    QSignalSpy moved(&c, &StepController::positionChanged);
    c.play();
    QVERIFY(c.isPlaying());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!c.isPlaying());
    QCOMPARE(c.position(), (StepPosition{2, 1.0}));
    QCOMPARE(playing.count(), 2);
    // It passed through the hops in order, moving in between.
    int lastHop = 0;
    bool sawMotion = false;
    for (const QList<QVariant> &args : std::as_const(moved)) {
        const StepPosition p = args.first().value<StepPosition>();
        QVERIFY(p.hop >= lastHop);
        lastHop = p.hop;
        sawMotion |= !p.atRest();
    }
    QVERIFY(sawMotion);
    // Play at the end starts again from the source.
    c.play();
    QCOMPARE(c.position().hop, 0);
    c.pause();
}

void TestStepController::newTraceResets()
{
    StepController c;
    c.setHopCount(5);
    c.toEnd();
    QSignalSpy spy(&c, &StepController::positionChanged);
    c.setHopCount(7);
    QCOMPARE(c.position(), (StepPosition{0, 1.0}));
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestStepController)
#include "tst_stepcontroller.moc"
