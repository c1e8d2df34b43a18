// Quiz mode in the window (offscreen, the voting app demo and the real tracer): the clock stops
// before each asked hop with the question and its choices on buttons; an answer is checked,
// explained and scored; "Show hop" moves on; the end of the trace sums the quiz up; the event
// list (which would give the answers away) is hidden while the quiz runs.

#include "scene/clusterscene.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/mainwindow.h"
#include "ui/panels/quizpanel.h"
#include "document/stepcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace hopscope;
using namespace hopscope::app;

namespace {

void keepShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestQuizPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quizWalksTheTrace_data();
    void quizWalksTheTrace();
    void offMeansNoQuestions();
};

void TestQuizPanel::quizWalksTheTrace_data()
{
    QTest::addColumn<bool>("alwaysRight");
    QTest::newRow("every answer right") << true;
    QTest::newRow("every answer wrong") << false;
}

void TestQuizPanel::quizWalksTheTrace()
{
    QFETCH(bool, alwaysRight);
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemo(QStringLiteral("voting-app")));
    QuizPanel *quiz = w.quizPanel();
    quiz->toggleAction()->trigger();
    QVERIFY(quiz->isQuizMode());
    QDockWidget *events = w.findChild<QDockWidget *>(QStringLiteral("eventsDock"));
    QVERIFY(events && !events->isVisible());
    // A3: client → node port 30035 (vote) on node 1.
    w.classroom()->runPreset(0, 0);
    const Trace trace = w.classroom()->trace();
    QVERIFY(trace.delivered);
    StepController *clock = w.classroom()->controller();
    int asked = 0;
    int guard = 0;
    while (clock->currentHop() < clock->hopCount() - 1 && ++guard < 200) {
        clock->stepForward();
        if (!quiz->question() || quiz->isAnswered())
            continue;
        const QuizQuestion q = *quiz->question();
        ++asked;
        // Held before the hop asked about; the choices are on buttons.
        QCOMPARE(clock->currentHop(), q.hop - 1);
        QVERIFY(q.choices.size() >= 3 && q.choices.size() <= 4);
        for (int i = 0; i < q.choices.size(); ++i) {
            QVERIFY(quiz->choiceButtons()[i]->isVisible());
            QVERIFY(quiz->choiceButtons()[i]->text().contains(q.choices[i]));
        }
        if (asked == 1)
            keepShot(&w, QStringLiteral("quiz-question"));
        const int pick = alwaysRight ? q.answer : (q.answer + 1) % int(q.choices.size());
        QTest::mouseClick(quiz->choiceButtons()[pick], Qt::LeftButton);
        QVERIFY(quiz->isAnswered());
        QVERIFY(quiz->feedbackText().contains(trace.hops[q.hop].explanation));
        if (asked == 1)
            keepShot(&w, QStringLiteral("quiz-answered"));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("showHop")), Qt::LeftButton);
        QVERIFY(clock->currentHop() >= q.hop);
    }
    QVERIFY(asked >= 3);
    QCOMPARE(quiz->score().attempted(), asked);
    QCOMPARE(quiz->score().correct(), alwaysRight ? asked : 0);
    QCOMPARE(clock->currentHop(), clock->hopCount() - 1);
    QVERIFY(quiz->feedbackText().startsWith(QStringLiteral("Quiz: ")));
    QVERIFY(quiz->feedbackText().contains(
        QStringLiteral("%1 of %2").arg(alwaysRight ? asked : 0).arg(asked)));
    quiz->setQuizMode(false);
    QVERIFY(events->isVisible());
}

void TestQuizPanel::offMeansNoQuestions()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDemo(QStringLiteral("voting-app")));
    w.classroom()->runPreset(0, 0);
    StepController *clock = w.classroom()->controller();
    clock->toEnd();
    QCOMPARE(clock->currentHop(), clock->hopCount() - 1);
    QVERIFY(!w.quizPanel()->question());
    QCOMPARE(w.quizPanel()->score().attempted(), 0);
}

QTEST_MAIN(TestQuizPanel)
#include "tst_quizpanel.moc"
