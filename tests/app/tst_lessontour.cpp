// Every preset of the bundled lessons, run through the real tracer in the window as a teacher
// would (Demo menu, Requests menu, then End): each shows what the lesson says it shows
// (`expect: delivered | fails`), every hop has a place on the drawing, the rules pane follows
// the node of each hop. With HOPSCOPE_SCREENSHOT_DIR set, a frame of every preset is kept
// (the start, the middle, the end).

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/mainwindow.h"
#include "ui/requestbar.h"
#include "ui/panels/rulespanel.h"

#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestLessonTour : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets_data();
    void presets();
    void presetsMenuRunsThem();
    void sendTenShowsTheSpread();
};

void TestLessonTour::presets_data()
{
    QTest::addColumn<QString>("demo");
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("destination");
    MainWindow probe;
    for (const QString &demo : probe.document()->demoNames()) {
        QVERIFY(probe.openDemo(demo));
        const Lesson &lesson = probe.document()->lesson();
        for (int i = 0; i < lesson.requests.size(); ++i)
            for (int d = 0; d < lesson.requests[i].to.size(); ++d)
                QTest::addRow("%s: %s → %s", qPrintable(demo),
                              qPrintable(pick(lesson.requests[i].title, u"en")),
                              qPrintable(lesson.requests[i].to[d]))
                    << demo << i << d;
    }
}

void TestLessonTour::presets()
{
    QFETCH(QString, demo);
    QFETCH(int, preset);
    QFETCH(int, destination);
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow(); // End is a window shortcut
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDemo(demo));
    const LessonRequest request = window.document()->lesson().requests.value(preset);
    Classroom *classroom = window.classroom();
    classroom->runPreset(preset, destination);
    const Trace &trace = classroom->trace();
    QVERIFY2(trace.problems.isEmpty(), qPrintable(trace.summary));
    QVERIFY(!trace.hops.isEmpty());
    if (request.expect == LessonRequest::Expect::Delivered)
        QVERIFY2(trace.delivered, qPrintable(trace.summary));
    if (request.expect == LessonRequest::Expect::Fails) {
        QVERIFY2(!trace.delivered, qPrintable(trace.summary));
        QVERIFY(trace.hops.last().failure);
    }
    const QString name = QStringLiteral("tour-%1-%2-%3").arg(demo).arg(preset).arg(destination);
    keep(&window, name + QStringLiteral("-a-start"));
    // Every hop is somewhere on the drawing, and the rules pane shows its node's tables.
    StepController *clock = classroom->controller();
    const int middle = int(trace.replyStart > 0 ? trace.replyStart - 1 : trace.hops.size() / 2);
    for (int i = 0; i < trace.hops.size(); ++i) {
        clock->jumpTo(i);
        QVERIFY2(!classroom->overlay().highlightedItemId().isEmpty(),
                 qPrintable(QStringLiteral("hop %1 at %2").arg(i + 1).arg(trace.hops[i].entity)));
        QCOMPARE(window.rulesPanel()->node(), trace.hops[i].node);
        if (trace.hops[i].ruleIndex >= 0)
            QCOMPARE(window.rulesPanel()->highlightedLine(), trace.hops[i].rule);
        if (i == middle)
            keep(&window, name + QStringLiteral("-b-middle"));
    }
    QTest::keyClick(window.view(), Qt::Key_End);
    QCOMPARE(clock->currentHop(), int(trace.hops.size()) - 1);
    keep(&window, name + QStringLiteral("-c-end"));
}

void TestLessonTour::presetsMenuRunsThem()
{
    MainWindow window;
    QVERIFY(window.openDemo(QStringLiteral("myapp")));
    QMenu *menu = window.classroom()->presetsMenu();
    QStringList titles;
    for (QAction *a : menu->actions())
        titles << a->text();
    QCOMPARE(titles.size(), window.document()->lesson().requests.size());
    // "Client → NodePort 30008 on each node": one entry per node IP.
    QAction *nodePorts = menu->actions().at(3); // after the two "SSH to node-1" presets
    QVERIFY(nodePorts->menu());
    QCOMPARE(nodePorts->menu()->actions().size(), 3);
    nodePorts->menu()->actions().at(1)->trigger();
    QCOMPARE(window.classroom()->trace().request.to, QStringLiteral("192.168.1.3:30008"));
    QVERIFY(window.classroom()->trace().delivered);
}

void TestLessonTour::sendTenShowsTheSpread()
{
    // A3.3: KUBE-SVC picks an endpoint at random (-m statistic): ten requests spread over the
    // two vote pods, and each pod shows its count.
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo(QStringLiteral("voting-app")));
    window.classroom()->runPreset(0, 0);
    QTest::mouseClick(window.requestBar()->sendManyButton(), Qt::LeftButton);
    const QHash<QString, int> counters = window.classroom()->overlay().counters();
    int total = 0;
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        QVERIFY2(it.key().contains(QStringLiteral("vote-")), qPrintable(it.key()));
        total += it.value();
    }
    QCOMPARE(total, 10);
    QCOMPARE(counters.size(), 2); // both endpoints got some (seeds 1…10)
    QVERIFY(window.requestBar()->hint().startsWith(QStringLiteral("10 of 10")));
    keep(&window, QStringLiteral("tour-voting-app-send-10"));
}

QTEST_MAIN(TestLessonTour)
#include "tst_lessontour.moc"
