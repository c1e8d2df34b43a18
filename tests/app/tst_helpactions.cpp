// Help ▸ Keyboard Shortcuts lists every shortcut of the window, read from the actions
// themselves (the playback keys, F5, M, F, Ctrl+R …); the first-run guide shows until "Got it"
// dismisses it for good, and Help ▸ First Steps brings it back.

#include "ui/helpactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFrame>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

class TestHelpActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shortcutsComeFromTheActions_data();
    void shortcutsComeFromTheActions();
    void everyShortcutIsListed();
    void guideUntilDismissed();
};

void TestHelpActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hopscope-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpactions"));
    QSettings().clear();
}

void TestHelpActions::shortcutsComeFromTheActions_data()
{
    QTest::addColumn<QString>("keys");
    for (const char *keys : {"Right", "PgDown", "Left", "PgUp", "Space", "Home", "End", "F5", "M",
                             "F", "Ctrl+R", "F1"})
        QTest::newRow(keys) << QString::fromLatin1(keys);
}

void TestHelpActions::shortcutsComeFromTheActions()
{
    QFETCH(QString, keys);
    MainWindow w;
    QStringList listed; // every key of every row
    for (const auto &row : w.helpActions()->shortcutRows())
        listed += row.second.split(QStringLiteral(", "));
    QVERIFY2(listed.contains(keys), qPrintable(listed.join(QStringLiteral(" | "))));
}

void TestHelpActions::everyShortcutIsListed()
{
    MainWindow w;
    int withKeys = 0;
    QSet<const QAction *> counted;
    for (const QAction *a : w.findChildren<QAction *>())
        if (!a->shortcuts().isEmpty() && !a->text().isEmpty() && !counted.contains(a)) {
            counted << a;
            ++withKeys;
        }
    for (const QMenu *menu : w.findChildren<QMenu *>())
        for (const QAction *a : menu->actions())
            if (!a->shortcuts().isEmpty() && !a->text().isEmpty() && !counted.contains(a)) {
                counted << a;
                ++withKeys;
            }
    QCOMPARE(w.helpActions()->shortcutRows().size(), withKeys);
    QVERIFY(withKeys >= 15);
    // And the Help menu has it.
    QMenu *help = w.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help && help->actions().contains(w.helpActions()->shortcutsAction()));
}

void TestHelpActions::guideUntilDismissed()
{
    QSettings().clear();
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.helpActions()->showGuideIfFirstRun();
        QFrame *guide = w.helpActions()->guide();
        QVERIFY(guide->isVisible());
        // Inside the drawing, whole.
        QVERIFY(QRect(QPoint(), guide->parentWidget()->size()).contains(guide->geometry()));
        QTest::mouseClick(w.helpActions()->dismissButton(), Qt::LeftButton);
        QVERIFY(!guide->isVisible());
    }
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.helpActions()->showGuideIfFirstRun();
        QVERIFY(!w.helpActions()->guide()->isVisible()); // dismissed for good
        w.helpActions()->guideAction()->trigger();          // Help ▸ First Steps
        QVERIFY(w.helpActions()->guide()->isVisible());
    }
}

QTEST_MAIN(TestHelpActions)
#include "tst_helpactions.moc"
