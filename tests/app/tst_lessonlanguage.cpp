// The lesson's texts in the interface language (offscreen): the presets box and menu, the
// Teacher's notes panel and the hint line show a bundled lesson's Korean under 한국어 and its
// English under English, switching at once; a note the teacher writes changes only the
// language shown, and the lesson saved keeps both.

#include "core/classroom/lesson.h"
#include "document/clusterdocument.h"
#include "i18n.h"
#include "resources.h"
#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/panels/notespanel.h"
#include "ui/requestbar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

// HOPSCOPE_SCREENSHOT_DIR set: the window as the class sees it, for the notes.
void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestLessonLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ensureResources(); }
    void cleanup() { installTranslators(QStringLiteral("en"), false); }
    void textsFollowTheLanguage_data();
    void textsFollowTheLanguage();
    void noteWrittenInOneLanguage();
};

void TestLessonLanguage::textsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("note");
    QTest::newRow("한국어") << "ko" << "클라이언트 → 각 노드의 노드 포트 30008"
                            << "kube-proxy가 모든 노드에 노드 포트를 엽니다. 어느 노드 IP로 "
                               "보내도 됩니다.";
    QTest::newRow("English") << "en" << "Client → NodePort 30008 on each node"
                             << "kube-proxy opens the node port on every node; any node IP "
                                "works.";
}

void TestLessonLanguage::textsFollowTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    QFETCH(QString, note);
    const QString other = lang == u"ko" ? QStringLiteral("en") : QStringLiteral("ko");
    installTranslators(other, false); // opened in the other language, then switched
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemo());
    w.classroom()->runPreset(3);
    installTranslators(lang, false);
    QComboBox *box = w.requestBar()->presetBox(); // (its first item may be a placeholder)
    QTRY_VERIFY2(box->findText(title) >= 0, qPrintable(box->itemText(box->count() - 1)));
    QCOMPARE(box->currentText(), title); // the preset sent stays chosen
    QCOMPARE(w.classroom()->presetTitle(3), title);
    QStringList menu;
    for (QAction *a : w.classroom()->presetsMenu()->actions())
        menu << a->text();
    QVERIFY2(menu.contains(title), qPrintable(menu.join(u'|')));
    auto *edit = w.notesPanel()->findChild<QLineEdit *>(QStringLiteral("requestNote"));
    QVERIFY(edit);
    QTRY_COMPARE(edit->text(), note);
    QVERIFY2(w.requestBar()->hint().contains(note), qPrintable(w.requestBar()->hint()));
    keep(&w, QStringLiteral("lessonlanguage-%1-1280x720").arg(lang));
}

void TestLessonLanguage::noteWrittenInOneLanguage()
{
    installTranslators(QStringLiteral("ko"), false);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemo());
    w.classroom()->runPreset(0);
    const LessonText before = w.classroom()->editedLesson().requests[0].note;
    QVERIFY(!before.text(u"en").isEmpty());
    w.classroom()->setRequestNote(QStringLiteral("파드 IP는 클러스터 밖에서 보이지 않습니다."));
    w.classroom()->setHopNote(1, QStringLiteral("여기서 라우터가 패킷을 버립니다."));
    const LessonRequest &r = w.classroom()->editedLesson().requests[0];
    QCOMPARE(r.note.text(u"ko"), QStringLiteral("파드 IP는 클러스터 밖에서 보이지 않습니다."));
    QCOMPARE(r.note.text(u"en"), before.text(u"en")); // the English note is kept
    QCOMPARE(pick(r.hopNotes.value(1), u"ko"), QStringLiteral("여기서 라우터가 패킷을 버립니다."));
    const QByteArray saved = LessonWriter::toYaml(w.classroom()->editedLesson(), QString());
    QVERIFY2(saved.contains("ko: 파드 IP는 클러스터 밖에서 보이지 않습니다.") &&
                 saved.contains(before.text(u"en").toUtf8()),
             saved.constData());
    installTranslators(QStringLiteral("en"), false);
    QTRY_COMPARE(w.classroom()->requestNote(), before.text(u"en"));
}

QTEST_MAIN(TestLessonLanguage)
#include "tst_lessonlanguage.moc"
