// Keys always step: after each action of the app (Send, Enter in To, a pick from the To, From
// or presets box, a new cluster, an answer and "Show hop" in the quiz, Quiz Mode off) the focus
// is not in a text field, and Right steps the packet; a note the teacher clicked into keeps
// the keys (typing), and so does a field the user is typing in.

#include "document/clusterdocument.h"
#include "document/stepcontroller.h"
#include "scene/clusterview.h"
#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/panels/notespanel.h"
#include "ui/panels/quizpanel.h"
#include "ui/requestbar.h"
#include "ui/stepkeys.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()
             : QStringLiteral("(none)");
}

// Puts the focus in a request-bar text field as a click would.
void clickInto(QWidget *field)
{
    field->setFocus(Qt::MouseFocusReason);
    QVERIFY(StepKeys::isTextField(QApplication::focusWidget()));
}

} // namespace

class TestStepKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void afterAnAction_data();
    void afterAnAction();
    void quizShowHopAndQuizModeOff();
    void aNoteBeingTypedKeepsTheKeys();

private:
    void expectStepping();
    std::unique_ptr<MainWindow> w;
};

void TestStepKeys::init()
{
    w = std::make_unique<MainWindow>();
    w->resize(1400, 900);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QVERIFY(w->openDemo());
}

void TestStepKeys::cleanup()
{
    w.reset();
}

// The focus is out of every text field and Right moves the packet one hop on.
void TestStepKeys::expectStepping()
{
    QTRY_VERIFY2(!StepKeys::isTextField(QApplication::focusWidget()), qPrintable(focusName()));
    StepController *clock = w->classroom()->controller();
    QVERIFY(clock->hopCount() > 2);
    clock->pause();
    const int before = clock->currentHop();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(clock->currentHop(), before + 1);
}

void TestStepKeys::afterAnAction_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("Send button") << QStringLiteral("send");
    QTest::newRow("Enter in the To field") << QStringLiteral("enter");
    QTest::newRow("a pick from the To box") << QStringLiteral("to");
    QTest::newRow("a pick from the From box") << QStringLiteral("from");
    QTest::newRow("a preset from the presets box") << QStringLiteral("preset");
    QTest::newRow("a new cluster while typing in To") << QStringLiteral("load");
}

void TestStepKeys::afterAnAction()
{
    QFETCH(QString, action);
    RequestBar *bar = w->requestBar();
    w->classroom()->runPreset(2); // something to step through
    QVERIFY(!w->classroom()->trace().hops.isEmpty());
    QComboBox *to = bar->destinationBox();
    if (action == u"send") {
        clickInto(to);
        QTest::mouseClick(bar->sendButton(), Qt::LeftButton);
    } else if (action == u"enter") {
        clickInto(to);
        QTest::keyClick(to, Qt::Key_Return);
    } else if (action == u"to") {
        bar->setDestinations({{QStringLiteral("192.168.1.2:30008"), QStringLiteral("node-1")},
                              {QStringLiteral("192.168.1.3:30008"), QStringLiteral("node-2")}},
                             0);
        clickInto(to);
        QTest::keyClick(to, Qt::Key_Down); // picks the next one: activated()
        QCOMPARE(to->currentIndex(), 1);
        QTest::mouseClick(bar->sendButton(), Qt::LeftButton);
        clickInto(to);
        Q_EMIT to->activated(0);
    } else if (action == u"from") {
        bar->sourceBox()->addItem(QStringLiteral("client"));
        clickInto(bar->sourceBox());
        Q_EMIT bar->sourceBox()->activated(0);
    } else if (action == u"preset") {
        clickInto(to);
        Q_EMIT bar->presetBox()->activated(2);
    } else if (action == u"load") {
        clickInto(to);
        QVERIFY(w->openDemo(QStringLiteral("voting-app")));
        w->classroom()->runPreset(0);
        clickInto(to);
        QVERIFY(w->openDemo(QStringLiteral("myapp")));
        QTRY_VERIFY2(!StepKeys::isTextField(QApplication::focusWidget()), qPrintable(focusName()));
        w->classroom()->runPreset(2);
    }
    expectStepping();
}

void TestStepKeys::quizShowHopAndQuizModeOff()
{
    QuizPanel *quiz = w->quizPanel();
    quiz->toggleAction()->trigger();
    w->classroom()->runPreset(2);
    StepController *clock = w->classroom()->controller();
    int guard = 0;
    while (!quiz->question() && clock->currentHop() < clock->hopCount() - 1 && ++guard < 50)
        clock->stepForward();
    QVERIFY(quiz->question());
    // The answer, by a click on its button.
    QTest::mouseClick(quiz->choiceButtons().at(quiz->question()->answer), Qt::LeftButton);
    QVERIFY(quiz->isAnswered());
    QTRY_VERIFY2(!StepKeys::isTextField(QApplication::focusWidget()), qPrintable(focusName()));
    // "Show hop", by a click: its button goes, and the focus must not fall into a field.
    auto *showHop = quiz->findChild<QPushButton *>(QStringLiteral("showHop"));
    QVERIFY(showHop && showHop->isVisible());
    QTest::mouseClick(showHop, Qt::LeftButton);
    QTRY_VERIFY2(!StepKeys::isTextField(QApplication::focusWidget()), qPrintable(focusName()));
    QCOMPARE(QApplication::focusWidget(), w->view());
    // Quiz Mode off from its check box.
    auto *check = quiz->findChild<QCheckBox *>();
    QVERIFY(check);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!quiz->isQuizMode());
    QTRY_COMPARE(QApplication::focusWidget(), w->view());
    expectStepping();
}

void TestStepKeys::aNoteBeingTypedKeepsTheKeys()
{
    w->classroom()->runPreset(2);
    QLineEdit *note = w->notesPanel()->requestNoteEdit();
    QTest::mouseClick(note, Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), note);
    StepController *clock = w->classroom()->controller();
    const int before = clock->currentHop();
    QTest::keyClicks(note, QStringLiteral("ab"));
    const int at = note->cursorPosition();
    QTest::keyClick(note, Qt::Key_Left); // moves the text cursor, not the packet
    QCOMPARE(clock->currentHop(), before);
    QCOMPARE(note->cursorPosition(), at - 1);
    // A step by the playback bar does not take the note away.
    clock->stepForward();
    QCOMPARE(QApplication::focusWidget(), note);
}

QTEST_MAIN(TestStepKeys)
#include "tst_stepkeys.moc"
