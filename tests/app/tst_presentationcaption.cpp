// Presentation mode shows the lesson: with a request traced on the bundled demo, F5 puts the
// hop's caption (the one `render --caption` draws: hop N of M, where, the action, the packet
// before → after, the explanation, the teacher's note) under the drawing, whole and in the
// language of the window; stepping changes it; C hides it and shows it again; leaving hides it.
// The request bar's hint line is a line of its own, never in a toolbar's » menu.
// HOPSCOPE_SCREENSHOT_DIR keeps the screens for a person to look at.

#include "document/clusterdocument.h"
#include "i18n.h"
#include "scene/hopcaption.h"
#include "scene/clusterview.h"
#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/presentationcaption.h"
#include "ui/presentationmode.h"
#include "ui/requestbar.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace hopscope;
using namespace hopscope::app;

class TestPresentationCaption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void captionFollowsTheHop_data();
    void captionFollowsTheHop();
};

void TestPresentationCaption::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hopscope-test-presentationcaption"));
    QSettings().clear();
}

void TestPresentationCaption::captionFollowsTheHop_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

void TestPresentationCaption::captionFollowsTheHop()
{
    QFETCH(QString, lang);
    installTranslators(lang, false);
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDemo(QStringLiteral("myapp")));
    Classroom *classroom = window.classroom();
    classroom->runPreset(3); // the NodePort on each node: note "kube-proxy opens the node port…"
    QTRY_VERIFY(!classroom->trace().hops.isEmpty());
    QTest::keyClick(&window, Qt::Key_Home);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&window, Qt::Key_Right);
    QTRY_COMPARE(classroom->controller()->currentHop(), 3);

    // The hint line: under the bars, never a toolbar's item (hence never in its » menu).
    QLabel *hint = window.requestBar()->hintLine();
    QVERIFY(!qobject_cast<QToolBar *>(hint->parentWidget()));
    QVERIFY(hint->isVisible());

    PresentationMode *p = window.presentation();
    PresentationCaption *caption = p->captionWidget();
    QVERIFY(!caption->isVisible()); // only while presenting
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(p->isActive());
    QTRY_VERIFY(caption->isVisible());
    // The caption carries the note: the hint line steps aside while it shows.
    QVERIFY(!hint->isVisible());
    QVERIFY(!qobject_cast<QToolBar *>(hint->parentWidget()));

    const HopCaption expected = classroom->caption();
    QCOMPARE(caption->caption(), expected);
    QVERIFY(expected.heading.contains(QStringLiteral("4")));
    QVERIFY(expected.note.contains(QStringLiteral("kube-proxy")));
    QCOMPARE(expected.heading.startsWith(QStringLiteral("Hop 4 of ")), lang == u"en");
    QCOMPARE(expected.heading.startsWith(QStringLiteral("홉 4/")), lang == u"ko");
    // The client as a place in the window's language, as the event list says it.
    const HopCaption first = HopCaption::make(classroom->trace(), 0, QString());
    QVERIFY2(first.heading.contains(lang == u"ko" ? QStringLiteral("클라이언트 eth0")
                                                  : QStringLiteral("client eth0")),
             qPrintable(first.heading));
    // Whole: every paragraph inside the widget, the widget as tall as its text, under the view.
    const QList<DrawnText> texts = caption->texts();
    QVERIFY(texts.size() >= 4);
    for (const DrawnText &t : texts)
        QVERIFY2(QRectF(caption->rect()).contains(t.rect), qPrintable(t.text));
    QVERIFY(caption->pixelSize() >= 15); // read from the back of the room at 720 lines
    QVERIFY(caption->geometry().top() >= window.view()->geometry().bottom());
    // The drawing keeps room: at least a third of the screen's height.
    QVERIFY2(window.view()->height() >= window.height() / 3,
             qPrintable(QString::number(window.view()->height())));
    // The hint line's place went to the drawing.
    QTRY_COMPARE(window.view()->y(), 0);
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(dir + QStringLiteral("/presentation-caption-%1.png").arg(lang));

    // Stepping changes the slide.
    QTest::keyClick(&window, Qt::Key_Right);
    QTRY_COMPARE(classroom->controller()->currentHop(), 4);
    QTRY_VERIFY(caption->caption().heading.contains(QStringLiteral("5")));

    // C hides it for a clean drawing, and shows it again.
    QTest::keyClick(&window, Qt::Key_C);
    QTRY_VERIFY(!caption->isVisible());
    QVERIFY(hint->isVisible());
    QTest::keyClick(&window, Qt::Key_C);
    QTRY_VERIFY(caption->isVisible());
    QVERIFY(!hint->isVisible());

    // Leaving hides it.
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!p->isActive());
    QTRY_VERIFY(!caption->isVisible());
    QVERIFY(hint->isVisible());
    installTranslators(QStringLiteral("en"), false);
}

QTEST_MAIN(TestPresentationCaption)
#include "tst_presentationcaption.moc"
