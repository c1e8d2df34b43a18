// Korean and English at runtime (issue 6, "Languages"): View ▸ Language switches every visible
// text at once — menus, dock titles, the event list's header, the hop-details pane and the hop
// explanation that core wrote at trace time (the trace is traced again) — and back; the choice
// is remembered (QSettings) and the first start follows the system locale; Qt's own dialogs
// speak Korean too (qtbase_ko). The command line explains in Korean under LANG=ko_KR.UTF-8, and
// --lang overrides the locale both ways. Kubernetes' own texts (iptables rules) stay verbatim.

#include "i18n.h"
#include "ui/classroom.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/mainwindow.h"
#include "ui/playbackbar.h"
#include "ui/requestbar.h"
#include "document/stepcontroller.h"
#include "ui/actions/whatifactions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

const QString kVoting = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo/voting-app.yaml");
const QString kDashNoSpace = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/dash-no-space.yaml");

// What a student sees of the window, as text.
struct Visible
{
    QStringList menus;
    QString eventsDock;
    QString actionHeader;
    QString detailsTitle;
    QString explanation;
    QString eventAction; // the current hop's row, Action column
    QString sendButton;
    QString playText;

    static Visible of(MainWindow &w)
    {
        Visible v;
        for (QAction *a : w.menuBar()->actions())
            v.menus << a->text();
        v.eventsDock = w.findChild<QDockWidget *>(QStringLiteral("eventsDock"))->windowTitle();
        EventListModel *model = w.eventList()->model();
        v.actionHeader =
            model->headerData(EventListModel::ActionColumn, Qt::Horizontal, Qt::DisplayRole)
                .toString();
        v.detailsTitle = w.hopDetails()->titleText();
        v.explanation = w.hopDetails()->explanationText();
        v.eventAction =
            model->index(model->currentHop(), EventListModel::ActionColumn).data().toString();
        v.sendButton = w.requestBar()->sendButton()->text();
        v.playText = w.playbackBar()->playAction()->text();
        return v;
    }
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The binary as a user in a Korean (or other) session runs it: only LANG says the language.
Run runHopscope(const QStringList &args, const QString &lang)
{
    QProcess p;
    p.setProgram(QStringLiteral(HOPSCOPE_BINARY));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// HOPSCOPE_SCREENSHOT_DIR=… keeps a picture of the window (as tst_lessontour does).
void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

int dnatHop(const Trace &trace)
{
    for (const Hop &h : trace.hops)
        if (h.action == HopAction::Dnat)
            return h.index;
    return -1;
}

} // namespace

class TestI18n final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void translationsAreBuiltIn();
    void runtimeSwitch();
    void languageMenu();
    void destinationLabels();
    void choicePersists();
    void qtDialogsSpeakKorean();
    void cliFollowsTheLocale_data();
    void cliFollowsTheLocale();
    void lintHintsInKorean();

private:
    QString m_dnatKorean; // a phrase of the DNAT explanation in the Korean .ts
};

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("hopscope-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    // "DNAT rewrites the destination to %1; conntrack on %2 remembers it for the answer."
    m_dnatKorean = QStringLiteral("DNAT가 목적지를");
}

void TestI18n::init()
{
    QSettings().remove(QStringLiteral("ui/language"));
    installTranslators(QStringLiteral("en"), false);
}

void TestI18n::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("ui/language"));
    installTranslators(QStringLiteral("en"), false);
}

void TestI18n::translationsAreBuiltIn()
{
    // qt_add_translations puts the .qm files into the resources under /i18n.
    QVERIFY(QFileInfo::exists(QStringLiteral(":/i18n/hopscope_ko.qm")));
    QCOMPARE(installTranslators(QStringLiteral("ko"), false), QStringLiteral("ko"));
    QCOMPARE(currentLanguage(), QStringLiteral("ko"));
    QCOMPARE(QCoreApplication::translate("hopscope::app::MainWindow", "&File"),
             QStringLiteral("파일(&F)"));
    QCOMPARE(QCoreApplication::translate("hopscope::app::MainWindow", "%n pod(s)", nullptr, 3),
             QStringLiteral("파드 3개"));
    QCOMPARE(installTranslators(QStringLiteral("en"), false), QStringLiteral("en"));
    // English plural forms come from hopscope_en.ts, not from the "(s)" source.
    QCOMPARE(QCoreApplication::translate("hopscope::app::MainWindow", "%n pod(s)", nullptr, 1),
             QStringLiteral("1 pod"));
    QCOMPARE(QCoreApplication::translate("hopscope::app::MainWindow", "%n pod(s)", nullptr, 3),
             QStringLiteral("3 pods"));
    QCOMPARE(installTranslators(QStringLiteral("xx"), false).size(), 2); // unknown: the system's
}

void TestI18n::runtimeSwitch()
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo(QStringLiteral("voting-app")));
    window.classroom()->runPreset(0, 0); // client → node port 30035: DNAT to a vote pod
    const Trace before = window.classroom()->trace();
    QVERIFY(before.delivered);
    const int dnat = dnatHop(before);
    QVERIFY(dnat > 0);
    window.classroom()->controller()->jumpTo(dnat);
    QCOMPARE(window.hopDetails()->currentHop(), dnat);

    const Visible english = Visible::of(window);
    QVERIFY2(english.menus.contains(QStringLiteral("&File")), qPrintable(english.menus.join(u',')));
    QCOMPARE(english.eventsDock, QStringLiteral("Events"));
    QCOMPARE(english.actionHeader, QStringLiteral("Action"));
    QVERIFY2(english.explanation.contains(QStringLiteral("DNAT rewrites the destination")),
             qPrintable(english.explanation));
    QCOMPARE(english.eventAction, QStringLiteral("DNAT"));

    window.setLanguage(QStringLiteral("ko"));
    QTRY_COMPARE(window.findChild<QDockWidget *>(QStringLiteral("eventsDock"))->windowTitle(),
                 QStringLiteral("이벤트"));
    const Visible korean = Visible::of(window);
    QVERIFY2(korean.menus.contains(QStringLiteral("파일(&F)")),
             qPrintable(korean.menus.join(u',')));
    QVERIFY(korean.menus.contains(QStringLiteral("보기(&V)")));
    QVERIFY(korean.menus.contains(QStringLiteral("요청(&R)"))); // the classroom's presets menu
    QCOMPARE(korean.actionHeader, QStringLiteral("동작"));
    QCOMPARE(korean.sendButton, QStringLiteral("보내기"));
    QCOMPARE(korean.playText, QStringLiteral("재생"));
    QVERIFY2(korean.detailsTitle.startsWith(QStringLiteral("홉 %1/").arg(dnat + 1)),
             qPrintable(korean.detailsTitle));
    // Core wrote the explanation at trace time: it was traced again, in Korean, at the same hop.
    QVERIFY2(korean.explanation.contains(m_dnatKorean), qPrintable(korean.explanation));
    QCOMPARE(window.hopDetails()->currentHop(), dnat);
    QCOMPARE(window.classroom()->trace().endpoint, before.endpoint);
    QCOMPARE(korean.eventAction, QStringLiteral("DNAT")); // iptables targets stay
    // The window's other texts: the what-if dock, the hop list's rows (VXLAN … labels).
    QCOMPARE(window.whatIfActions()->historyDock()->windowTitle(), QStringLiteral("가상 변경 기록"));
    keep(&window, QStringLiteral("voting-app-ko-dnat"));

    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.findChild<QDockWidget *>(QStringLiteral("eventsDock"))->windowTitle(),
                 QStringLiteral("Events"));
    const Visible back = Visible::of(window);
    QCOMPARE(back.menus, english.menus);
    QCOMPARE(back.actionHeader, english.actionHeader);
    QCOMPARE(back.detailsTitle, english.detailsTitle);
    QCOMPARE(back.explanation, english.explanation);
    QCOMPARE(back.sendButton, english.sendButton);
    QCOMPARE(back.playText, english.playText);
}

void TestI18n::languageMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *language = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(language);
    QStringList names;
    for (QAction *a : language->actions())
        names << a->text();
    // Each language is named in itself; "System Default" in the current language.
    QCOMPARE(names, (QStringList{QStringLiteral("&System Default"), QStringLiteral("English"),
                                 QStringLiteral("한국어")}));
    auto *korean = window.findChild<QAction *>(QStringLiteral("language_ko"));
    QVERIFY(korean);
    korean->trigger();
    QTRY_COMPARE(window.findChild<QMenu *>(QStringLiteral("viewMenu"))->title(),
                 QStringLiteral("보기(&V)"));
    // The rebuilt menu shows the choice.
    QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("language_ko")) &&
                window.findChild<QAction *>(QStringLiteral("language_ko"))->isChecked());
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(),
             QStringLiteral("언어(&L)"));
    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.findChild<QMenu *>(QStringLiteral("viewMenu"))->title(),
                 QStringLiteral("&View"));
}

void TestI18n::destinationLabels()
{
    // The addresses offered for a clicked Service are labelled by core ("… node port 30035"):
    // they are said again in the new language, and the chosen one stays chosen.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo(QStringLiteral("voting-app")));
    window.classroom()->pick(QStringLiteral("svc/default/vote"));
    QComboBox *to = window.requestBar()->destinationBox();
    QVERIFY(to->count() > 1);
    to->setCurrentIndex(1);
    const QString destination = window.requestBar()->destination();
    QVERIFY2(to->itemText(1).contains(QStringLiteral("node port")), qPrintable(to->itemText(1)));
    window.setLanguage(QStringLiteral("ko"));
    QTRY_VERIFY2(to->itemText(1).contains(QStringLiteral("노드 포트")), qPrintable(to->itemText(1)));
    QCOMPARE(to->currentIndex(), 1);
    QCOMPARE(window.requestBar()->destination(), destination);
    window.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(to->itemText(1).contains(QStringLiteral("node port")));
}

void TestI18n::choicePersists()
{
    {
        MainWindow window;
        window.setLanguage(QStringLiteral("ko"));
    }
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
    QCOMPARE(rememberedLanguage(), QStringLiteral("ko"));
    // The next start (GUI: no --lang) takes the remembered choice over the locale.
    installTranslators(QStringLiteral("en"), false);
    QCOMPARE(installTranslators(QString(), true), QStringLiteral("ko"));
    {
        MainWindow window;
        QCOMPARE(window.language(), QStringLiteral("ko"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("language_ko"))->isChecked());
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("파일(&F)"));
        // "System Default" forgets the choice: the locale decides again.
        window.setLanguage(QString());
    }
    QCOMPARE(rememberedLanguage(), QString());
    const QString system = QLocale::system().uiLanguages().value(0).startsWith(u"ko")
                               ? QStringLiteral("ko")
                               : QStringLiteral("en");
    QCOMPARE(installTranslators(QString(), true), system);
    // A command-line --lang is not a choice to remember, but the menu shows it.
    installTranslators(QStringLiteral("ko"), false);
    QCOMPARE(rememberedLanguage(), QString());
    {
        MainWindow window;
        QVERIFY(window.findChild<QAction *>(QStringLiteral("language_system"))->isChecked());
        window.setSessionLanguage(QStringLiteral("ko"));
        QCOMPARE(window.language(), QStringLiteral("ko"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("language_ko"))->isChecked());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("language_system"))->isChecked());
    }
    QCOMPARE(rememberedLanguage(), QString());
    installTranslators(QStringLiteral("en"), false);
}

void TestI18n::qtDialogsSpeakKorean()
{
    // qtbase_ko: the standard buttons of Qt's dialogs.
    installTranslators(QStringLiteral("ko"), false);
    QDialogButtonBox korean(QDialogButtonBox::Cancel);
    const QString cancel = korean.button(QDialogButtonBox::Cancel)->text();
    installTranslators(QStringLiteral("en"), false);
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    const QString englishCancel = english.button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(englishCancel.contains(QStringLiteral("Cancel")), qPrintable(englishCancel));
    QVERIFY2(cancel.contains(QStringLiteral("취소")), qPrintable(cancel));
}

void TestI18n::cliFollowsTheLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("korean");
    QTest::newRow("LANG=ko_KR.UTF-8") << QStringLiteral("ko_KR.UTF-8") << QStringList() << true;
    QTest::newRow("--lang ko over an English locale")
        << QStringLiteral("en_US.UTF-8")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("ko")} << true;
    QTest::newRow("--lang en over a Korean locale")
        << QStringLiteral("ko_KR.UTF-8")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << false;
    QTest::newRow("LANG=C.UTF-8") << QStringLiteral("C.UTF-8") << QStringList() << false;
}

void TestI18n::cliFollowsTheLocale()
{
    if (!QFileInfo::exists(QStringLiteral(HOPSCOPE_BINARY)))
        QSKIP("the hopscope binary is not built");
    QFETCH(QString, lang);
    QFETCH(QStringList, extra);
    QFETCH(bool, korean);
    // The seed's NodePort scenario on the voting app: client → node IP:30035 → a vote pod.
    const Run r = runHopscope(QStringList{QStringLiteral("trace"), kVoting, QStringLiteral("--to"),
                                          QStringLiteral("192.168.56.70:30035")} +
                                  extra,
                              lang);
    QCOMPARE(r.exitCode, 0);
    if (korean) {
        QVERIFY2(r.out.contains(m_dnatKorean), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("결과: 전달됨.")));
        QVERIFY(r.out.contains(QStringLiteral("노드 포트")));
        QVERIFY(!r.out.contains(QStringLiteral("Result: delivered.")));
    } else {
        QVERIFY2(r.out.contains(QStringLiteral("DNAT rewrites the destination")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Result: delivered.")));
    }
    // Verbatim Kubernetes: the kube-proxy rule lines are the same in both languages.
    QVERIFY2(r.out.contains(QStringLiteral("-j DNAT --to-destination")), qPrintable(r.out));
}

void TestI18n::lintHintsInKorean()
{
    if (!QFileInfo::exists(QStringLiteral(HOPSCOPE_BINARY)))
        QSKIP("the hopscope binary is not built");
    const Run ko =
        runHopscope({QStringLiteral("lint"), kDashNoSpace}, QStringLiteral("ko_KR.UTF-8"));
    const Run en = runHopscope(
        {QStringLiteral("lint"), kDashNoSpace, QStringLiteral("--lang"), QStringLiteral("en")},
        QStringLiteral("ko_KR.UTF-8"));
    QCOMPARE(ko.exitCode, en.exitCode);
    QVERIFY2(en.out.contains(QStringLiteral("has no space after the '-'")), qPrintable(en.out));
    // The message and its hint: "'- %1:'로 쓰세요 (대시, 공백, 그다음 키)."
    QVERIFY2(ko.out.contains(QStringLiteral("뒤에 공백이 없어서")), qPrintable(ko.out));
    QVERIFY2(ko.out.contains(QStringLiteral("(대시, 공백, 그다음 키)")), qPrintable(ko.out));
    // The summary's counts are plural-aware: "오류 1개" / "1 error".
    QVERIFY2(ko.err.contains(QStringLiteral("검사함")), qPrintable(ko.err));
    QVERIFY2(en.err.contains(QStringLiteral(" checked")), qPrintable(en.err));
    QVERIFY(!en.err.contains(QStringLiteral("(s)")));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
