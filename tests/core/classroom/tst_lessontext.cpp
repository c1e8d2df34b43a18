// Lesson texts in two languages (core/classroom/lessontext.h): a title, a note or a hop note is
// a plain text or one per language; the reader takes both forms and reports a wrong one where it
// is written; pick() gives the interface language's text, else the other language's; the
// teacher's edit changes only the language shown; every text of the bundled lessons has Korean
// (and English).

#include "core/classroom/lesson.h"

#include <QRegularExpression>
#include <QTest>

using namespace hopscope;

namespace hopscope {
char *toString(const LessonText &text) // QCOMPARE's failure message
{
    return QTest::toString(describe(text));
}
} // namespace hopscope

namespace {

const QString DemoDir = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo");

LessonText both(const QString &en, const QString &ko)
{
    LessonText t;
    t.setText(u"en", en);
    t.setText(u"ko", ko);
    return t;
}

LessonText only(QStringView lang, const QString &text)
{
    LessonText t;
    t.setText(lang, text);
    return t;
}

// Every text the class may read in a lesson, with where it is, for messages.
QList<QPair<QString, LessonText>> textsOf(const Lesson &lesson)
{
    QList<QPair<QString, LessonText>> out{{QStringLiteral("title"), lesson.title}};
    for (const LessonRequest &r : lesson.requests) {
        const QString where = QStringLiteral("request at line %1").arg(r.line);
        out.append({where + QStringLiteral(": title"), r.title});
        if (!r.note.isEmpty())
            out.append({where + QStringLiteral(": note"), r.note});
        for (auto it = r.hopNotes.cbegin(); it != r.hopNotes.cend(); ++it)
            out.append({where + QStringLiteral(": hop %1").arg(it.key()), it.value()});
    }
    return out;
}

} // namespace

class TestLessonText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pickByLanguage_data();
    void pickByLanguage();
    void edit_data();
    void edit();
    void read_data();
    void read();
    void readErrors_data();
    void readErrors();
    void bundledLessonsHaveKorean_data();
    void bundledLessonsHaveKorean();
};

void TestLessonText::pickByLanguage_data()
{
    QTest::addColumn<LessonText>("text");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("shown");
    const LessonText plain(QStringLiteral("Every node opens the port."));
    const LessonText two = both(QStringLiteral("Hello"), QStringLiteral("안녕하세요"));
    QTest::newRow("plain, English UI") << plain << "en" << "Every node opens the port.";
    QTest::newRow("plain, Korean UI: the plain text") << plain << "ko"
                                                      << "Every node opens the port.";
    QTest::newRow("both, English UI") << two << "en" << "Hello";
    QTest::newRow("both, Korean UI") << two << "ko" << "안녕하세요";
    QTest::newRow("both, locale name ko_KR") << two << "ko_KR" << "안녕하세요";
    QTest::newRow("both, locale name en-US") << two << "en-US" << "Hello";
    QTest::newRow("both, another language: English") << two << "de" << "Hello";
    QTest::newRow("only ko, English UI falls back to Korean")
        << only(u"ko", QStringLiteral("노드 포트")) << "en" << "노드 포트";
    QTest::newRow("only en, Korean UI falls back to English")
        << only(u"en", QStringLiteral("node port")) << "ko" << "node port";
    QTest::newRow("empty") << LessonText() << "ko" << "";
}

void TestLessonText::pickByLanguage()
{
    QFETCH(LessonText, text);
    QFETCH(QString, lang);
    QFETCH(QString, shown);
    QCOMPARE(pick(text, lang), shown);
}

void TestLessonText::edit_data()
{
    QTest::addColumn<LessonText>("before");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("written");
    QTest::addColumn<LessonText>("after");
    QTest::newRow("plain stays plain")
        << LessonText(QStringLiteral("old")) << "ko" << "새 메모" << LessonText(u"새 메모"_qs);
    QTest::newRow("both: only the language shown changes")
        << both(QStringLiteral("Hi"), QStringLiteral("안녕")) << "ko" << "안녕하세요"
        << both(QStringLiteral("Hi"), QStringLiteral("안녕하세요"));
    QTest::newRow("only en: Korean added beside it")
        << only(u"en", QStringLiteral("Hi")) << "ko" << "안녕"
        << both(QStringLiteral("Hi"), QStringLiteral("안녕"));
    QTest::newRow("both: emptied in one language, the other stays")
        << both(QStringLiteral("Hi"), QStringLiteral("안녕")) << "en" << ""
        << only(u"ko", QStringLiteral("안녕"));
    QTest::newRow("plain emptied") << LessonText(QStringLiteral("x")) << "en" << ""
                                   << LessonText();
}

void TestLessonText::edit()
{
    QFETCH(LessonText, before);
    QFETCH(QString, lang);
    QFETCH(QString, written);
    QFETCH(LessonText, after);
    before.edit(lang, written);
    QCOMPARE(before, after);
    QCOMPARE(before.isEmpty(), written.isEmpty() && after.texts().isEmpty());
}

void TestLessonText::read_data()
{
    QTest::addColumn<QByteArray>("text"); // the YAML of a text, written at each place
    QTest::addColumn<LessonText>("read");
    QTest::newRow("plain") << QByteArray("Every node opens the port.")
                           << LessonText(QStringLiteral("Every node opens the port."));
    QTest::newRow("plain Korean") << QByteArray("모든 노드가 포트를 엽니다.")
                                  << LessonText(u"모든 노드가 포트를 엽니다."_qs);
    QTest::newRow("both, flow")
        << QByteArray("{en: Every node opens the port., ko: 모든 노드가 포트를 엽니다.}")
        << both(QStringLiteral("Every node opens the port."), u"모든 노드가 포트를 엽니다."_qs);
    QTest::newRow("both, ko first") << QByteArray("{ko: 파드, en: pod}")
                                    << both(QStringLiteral("pod"), u"파드"_qs);
    QTest::newRow("only ko") << QByteArray("{ko: 노드 포트로 보냅니다}")
                             << only(u"ko", u"노드 포트로 보냅니다"_qs);
    QTest::newRow("only en") << QByteArray("{en: To the node port}")
                             << only(u"en", QStringLiteral("To the node port"));
    QTest::newRow("quoted, with a colon") << QByteArray("{en: \"a: b\", ko: \"가: 나\"}")
                                          << both(QStringLiteral("a: b"), u"가: 나"_qs);
}

void TestLessonText::read()
{
    QFETCH(QByteArray, text);
    QFETCH(LessonText, read);
    const QByteArray yaml = "title: " + text + "\nmanifests: [a.yaml]\nrequests:\n"
                            "- title: " + text + "\n  from: client\n  to: 1.2.3.4:80\n"
                            "  note: " + text + "\n  hop-notes:\n  - hop: 2\n    note: " +
                            text + "\n";
    const Lesson lesson = LessonReader::readBytes(yaml, QStringLiteral("t.lesson.yaml"));
    QVERIFY2(lesson.problems.isEmpty(), qPrintable(lesson.problems.value(0).message));
    QCOMPARE(lesson.title, read);
    QCOMPARE(lesson.requests.size(), 1);
    QCOMPARE(lesson.requests[0].title, read);
    QCOMPARE(lesson.requests[0].note, read);
    QCOMPARE(lesson.requests[0].hopNotes.value(2), read);
}

void TestLessonText::readErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const QByteArray head = "manifests: [a.yaml]\n";
    QTest::newRow("title: a list") << QByteArray(head + "title: [a, b]\n") << 2 << 8;
    QTest::newRow("title: an empty mapping") << QByteArray(head + "title: {}\n") << 2 << 8;
    QTest::newRow("title: ko is a list")
        << QByteArray(head + "title:\n  en: x\n  ko: [가, 나]\n") << 4 << 7;
    QTest::newRow("title: not a language")
        << QByteArray(head + "title:\n  en: x\n  kr: 가\n") << 4 << 3;
    QTest::newRow("note: a mapping of mappings")
        << QByteArray(head + "title: t\nrequests:\n- title: r\n  from: c\n  to: d\n"
                             "  note: {en: {a: b}}\n")
        << 7 << 14;
    QTest::newRow("hop note: a list")
        << QByteArray(head + "title: t\nrequests:\n- title: r\n  from: c\n  to: d\n"
                             "  hop-notes:\n  - hop: 1\n    note: [x]\n")
        << 9 << 11;
    QTest::newRow("request title: a number list")
        << QByteArray(head + "title: t\nrequests:\n- title: [1]\n  from: c\n  to: d\n") << 4
        << 10;
}

void TestLessonText::readErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    const Lesson lesson = LessonReader::readBytes(yaml, QStringLiteral("bad.lesson.yaml"));
    QVERIFY(!lesson.isValid());
    QVERIFY(!lesson.problems.isEmpty());
    const Diagnostic &d = lesson.problems.first();
    QCOMPARE(d.code, QStringLiteral("lesson-invalid"));
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.where.file, QStringLiteral("bad.lesson.yaml"));
    QCOMPARE(d.where.line, line);
    QCOMPARE(d.where.column, column);
    QVERIFY(!d.message.isEmpty());
}

void TestLessonText::bundledLessonsHaveKorean_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("myapp") << QStringLiteral("myapp.lesson.yaml");
    QTest::newRow("voting app") << QStringLiteral("voting-app.lesson.yaml");
}

void TestLessonText::bundledLessonsHaveKorean()
{
    QFETCH(QString, file);
    const Lesson lesson = LessonReader::readFile(DemoDir + u'/' + file);
    QVERIFY(lesson.isValid());
    QVERIFY(!lesson.requests.isEmpty());
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    for (const auto &[where, text] : textsOf(lesson)) {
        const QString ko = text.text(u"ko");
        QVERIFY2(!ko.isEmpty(), qPrintable(where + QStringLiteral(" has no Korean")));
        QVERIFY2(!text.text(u"en").isEmpty(),
                 qPrintable(where + QStringLiteral(" has no English")));
        QVERIFY2(ko.contains(hangul), qPrintable(where + QStringLiteral(": ") + ko));
        QVERIFY2(!ko.contains(QStringLiteral("(으)")) && !ko.contains(QStringLiteral("은(는)")) &&
                     !ko.contains(QStringLiteral("이(가)")) &&
                     !ko.contains(QStringLiteral("을(를)")),
                 qPrintable(where + QStringLiteral(": a particle fallback in ") + ko));
        QCOMPARE(pick(text, u"ko"), ko);
        QCOMPARE(pick(text, u"en"), text.text(u"en"));
    }
}

QTEST_GUILESS_MAIN(TestLessonText)
#include "tst_lessontext.moc"
