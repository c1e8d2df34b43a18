// Presentation mode on a real window: F5 makes it full screen with larger text (the panels'
// widgets, the scene's fonts, the packet's label), the high-contrast theme, the request and
// playback bars and the event list kept and the other docks hidden; the clicker's keys step
// the trace while presenting; Esc (or F5 again) restores exactly the window that was there —
// docks (QMainWindow::saveState), geometry, fonts, theme, menu and status bars.

#include "classroomfixture.h"
#include "scene/style.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/playbackbar.h"
#include "ui/presentationmode.h"
#include "ui/requestbar.h"
#include "ui/panels/rulespanel.h"
#include "ui/thememanager.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

using namespace hopscope;
using namespace hopscope::app;

namespace {

// What "the window as it was" means: checked before entering and after leaving.
struct WindowShape
{
    QByteArray state;
    QRect geometry;
    bool fullScreen = false;
    bool menuBar = false;
    bool statusBar = false;
    QStringList visibleDocks;
    qreal eventFontSize = 0;
    style::Theme theme = style::Theme::Light;
    int titleFontPixels = 0;
    bool operator==(const WindowShape &) const = default;
};

qreal fontSize(const QFont &f)
{
    return f.pointSizeF() > 0 ? f.pointSizeF() : f.pixelSize();
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f5PresentsFullScreenLargeAndHighContrast();
    void clickerKeysStepWhilePresenting_data();
    void clickerKeysStepWhilePresenting();
    void escRestoresTheExactWindow_data();
    void escRestoresTheExactWindow();
    void escOutsidePresentationDoesNothing();
    void scaleIsRemembered();

private:
    WindowShape shape() const;
    void sendNodePort();
    test::ClassroomFixture f;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hopscope-test-presentation"));
    QSettings().clear();
}

void TestPresentation::init()
{
    f = test::ClassroomFixture{};
    f.open();
}

void TestPresentation::cleanup()
{
    f.window.reset();
    QSettings().clear();
    style::setTheme(style::Theme::Light);
    style::setScale(1.0);
}

WindowShape TestPresentation::shape() const
{
    WindowShape s;
    MainWindow *w = f.window.get();
    s.state = w->saveState();
    s.geometry = w->geometry();
    s.fullScreen = w->isFullScreen();
    s.menuBar = w->menuBar()->isVisible();
    s.statusBar = w->statusBar()->isVisible();
    for (QDockWidget *d : w->findChildren<QDockWidget *>())
        if (d->isVisible())
            s.visibleDocks << d->objectName();
    s.visibleDocks.sort();
    s.eventFontSize = fontSize(w->eventList()->view()->font());
    s.theme = style::theme();
    s.titleFontPixels = style::font(style::Font::Title).pixelSize();
    return s;
}

void TestPresentation::sendNodePort()
{
    f.window->requestBar()->setSource(QStringLiteral("client"));
    f.window->requestBar()->setDestination(QStringLiteral("192.168.1.2:30008"));
    QSignalSpy traced(f.window->classroom(), &Classroom::traceChanged);
    QTest::mouseClick(f.window->requestBar()->sendButton(), Qt::LeftButton);
    QCOMPARE(traced.count(), 1);
    f.view()->setFocus();
}

void TestPresentation::f5PresentsFullScreenLargeAndHighContrast()
{
    sendNodePort();
    QTest::keyClick(f.view(), Qt::Key_Right); // the DNAT hop
    const WindowShape before = shape();
    QVERIFY(!before.fullScreen);
    QVERIFY(before.visibleDocks.contains(QStringLiteral("detailsDock")));
    const qreal packetFont = style::overlayFont(style::Font::Title, 17).pixelSize();

    QTest::keyClick(f.view(), Qt::Key_F5);
    PresentationMode *p = f.window->presentation();
    QVERIFY(p->isActive());
    QVERIFY(p->toggleAction()->isChecked());
    QTRY_VERIFY(f.window->isFullScreen());

    // Large text: the event list's widget font by the whole scale, the scene's fonts a little,
    // the packet's label (painted in device pixels) by the whole scale.
    const qreal scale = p->scale();
    QVERIFY(scale > 1.0);
    QCOMPARE(fontSize(f.window->eventList()->view()->font()), before.eventFontSize * scale);
    QVERIFY(style::font(style::Font::Title).pixelSize() > before.titleFontPixels);
    QVERIFY(style::overlayFont(style::Font::Title, 17).pixelSize() >= packetFont * scale - 1);
    QVERIFY(style::stroke(2) > 2);

    // High contrast on a projector: black on white, the docks' palette too.
    QCOMPARE(style::theme(), style::Theme::HighContrast);
    QCOMPARE(f.scene()->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(style::ink(), QColor(Qt::black));
    QTRY_COMPARE(f.window->eventsDock()->palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(f.window->eventsDock()->palette().color(QPalette::Text), QColor(Qt::black));

    // Kept: what the lesson is driven with. Hidden: the rest, the menu and status bars.
    QVERIFY(f.window->requestBar()->isVisible());
    QVERIFY(f.window->playbackBar()->isVisible());
    // The event list stays on a tall screen; on fewer than 900 lines (a projector's 720) it
    // steps aside for the drawing and the caption, which says which hop it is.
    const QScreen *screen = f.window->screen();
    QCOMPARE(f.window->eventsDock()->isVisible(), screen && screen->geometry().height() >= 900);
    QVERIFY(!f.window->hopDetails()->isVisible());
    QVERIFY(!f.window->rulesPanel()->isVisible());
    QVERIFY(!f.window->menuBar()->isVisible());
    QVERIFY(!f.window->statusBar()->isVisible());

    // The hint says how to leave, then fades away.
    QLabel *hint = p->hint();
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("Esc leaves presentation"));
    QTRY_VERIFY_WITH_TIMEOUT(!hint->isVisible(), 10000);
    test::keep(f.window.get(), QStringLiteral("presentation"));
}

void TestPresentation::clickerKeysStepWhilePresenting_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("hop");
    // A presenter's clicker sends PageDown/PageUp (some Right/Left); Home starts over.
    QTest::newRow("PageDown twice") << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown} << 2;
    QTest::newRow("Right, Right, PageUp")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_PageUp} << 1;
    QTest::newRow("PageDown, Left") << QList<int>{Qt::Key_PageDown, Qt::Key_Left} << 0;
    QTest::newRow("PageDown x3, Home")
        << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_Home} << 0;
}

void TestPresentation::clickerKeysStepWhilePresenting()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, hop);
    sendNodePort();
    QTest::keyClick(f.view(), Qt::Key_F5);
    QTRY_VERIFY(f.window->isFullScreen());
    for (int key : keys)
        QTest::keyClick(f.window.get(), Qt::Key(key));
    QCOMPARE(f.window->classroom()->controller()->position(), (StepPosition{hop, 1.0}));
    QCOMPARE(f.window->eventList()->model()->currentHop(), hop);
    QVERIFY(f.window->presentation()->isActive());
}

void TestPresentation::escRestoresTheExactWindow_data()
{
    QTest::addColumn<int>("leaveKey");
    QTest::addColumn<QString>("theme");
    QTest::newRow("Esc, light theme") << int(Qt::Key_Escape) << QStringLiteral("light");
    QTest::newRow("F5 again, dark theme") << int(Qt::Key_F5) << QStringLiteral("dark");
}

void TestPresentation::escRestoresTheExactWindow()
{
    QFETCH(int, leaveKey);
    QFETCH(QString, theme);
    f.window->themes()->setTheme(style::themeFromKey(theme));
    // A window the teacher arranged: the rules pane closed, the event list shorter.
    f.window->findChild<QDockWidget *>(QStringLiteral("rulesDock"))->hide();
    f.window->resizeDocks({f.window->eventsDock()}, {140}, Qt::Vertical);
    f.window->resize(1300, 860);
    QTRY_COMPARE(f.window->size(), QSize(1300, 860));
    const WindowShape before = shape();
    QVERIFY(!before.visibleDocks.contains(QStringLiteral("rulesDock")));

    QTest::keyClick(f.view(), Qt::Key_F5);
    QTRY_VERIFY(f.window->isFullScreen());
    QVERIFY(shape() != before);

    QTest::keyClick(f.window.get(), Qt::Key(leaveKey));
    QVERIFY(!f.window->presentation()->isActive());
    QVERIFY(!f.window->presentation()->toggleAction()->isChecked());
    QTRY_VERIFY(!f.window->isFullScreen());
    QTRY_COMPARE(f.window->geometry(), before.geometry);
    const WindowShape after = shape();
    QCOMPARE(after.visibleDocks, before.visibleDocks);
    QCOMPARE(after.eventFontSize, before.eventFontSize);
    QCOMPARE(after.titleFontPixels, before.titleFontPixels);
    QCOMPARE(after.theme, before.theme);
    QCOMPARE(after.menuBar, true);
    QCOMPARE(after.statusBar, before.statusBar);
    QTRY_COMPARE(f.window->saveState(), before.state);
    // The chosen theme was not replaced by presentation's high contrast.
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), theme);
}

void TestPresentation::escOutsidePresentationDoesNothing()
{
    const WindowShape before = shape();
    QVERIFY(!f.window->presentation()->leaveAction()->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_Escape);
    QCOMPARE(shape(), before);
}

void TestPresentation::scaleIsRemembered()
{
    f.window->presentation()->setScale(2.0);
    QCOMPARE(QSettings().value(QStringLiteral("presentation/scale")).toDouble(), 2.0);
    f.window.reset();
    f.open();
    QCOMPARE(f.window->presentation()->scale(), 2.0);
    const qreal normal = fontSize(f.window->eventList()->view()->font());
    f.window->presentation()->enter();
    QCOMPARE(fontSize(f.window->eventList()->view()->font()), normal * 2.0);
    f.window->presentation()->leave();
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
