// The Korean glossary (translations/glossary_ko.tsv) against the Korean translation
// (translations/hopscope_ko.ts): no <translation> may use a form the glossary lists as avoided
// (포드 for 파드, 라벨 for 레이블, 로드밸런서 for 로드 밸런서 …). A failure names each message.
// QtCore and QtTest only: the files are read as text and XML.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <utility>

namespace {

struct AvoidedForm
{
    QString text;               // as written in the glossary
    QRegularExpression pattern; // for a "re:" form; a literal form is matched as a substring
    bool isPattern = false;
};

struct Term
{
    int line = 0;
    QString english, korean, note;
    QList<AvoidedForm> avoid;
};

struct Message
{
    QString context, source, translation;
};

// Where translations/ is: HOPSCOPE_SOURCE_DIR when the build passes it, else two folders above
// HOPSCOPE_TEST_DATA (tests/data), else the first folder holding translations/glossary_ko.tsv
// going up from the working directory or the executable.
QString sourceDir()
{
    QStringList candidates;
#ifdef HOPSCOPE_SOURCE_DIR
    candidates << QStringLiteral(HOPSCOPE_SOURCE_DIR);
#endif
#ifdef HOPSCOPE_TEST_DATA
    candidates << QStringLiteral(HOPSCOPE_TEST_DATA "/../..");
#endif
    for (QString start : {QDir::currentPath(), QCoreApplication::applicationDirPath()}) {
        for (QDir dir(start);;) {
            candidates << dir.absolutePath();
            if (!dir.cdUp())
                break;
        }
    }
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo::exists(dir + QStringLiteral("/translations/glossary_ko.tsv")))
            return QDir(dir).absolutePath();
    }
    return {};
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Rows after the header; lines starting with '#' are comments. Errors go to `errors`.
QList<Term> readGlossary(const QString &path, QStringList *errors)
{
    QList<Term> terms;
    const QStringList lines = readText(path).split(u'\n');
    bool header = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        if (header) {
            header = false;
            if (cols.value(0) != u"english" || cols.value(1) != u"korean" ||
                cols.value(2) != u"avoid")
                errors->append(QStringLiteral("line %1: header is not english, korean, avoid, note")
                                   .arg(i + 1));
            continue;
        }
        Term t;
        t.line = int(i + 1);
        t.english = cols.value(0).trimmed();
        t.korean = cols.value(1).trimmed();
        t.note = cols.value(3).trimmed();
        if (cols.size() < 2 || cols.size() > 4 || t.english.isEmpty() || t.korean.isEmpty())
            errors->append(
                QStringLiteral("line %1: want english<TAB>korean<TAB>avoid<TAB>note").arg(t.line));
        for (const QString &raw : cols.value(2).split(u';', Qt::SkipEmptyParts)) {
            AvoidedForm a;
            a.text = raw.trimmed();
            if (a.text.startsWith(u"re:")) {
                a.isPattern = true;
                a.pattern = QRegularExpression(a.text.mid(3));
                if (!a.pattern.isValid())
                    errors->append(QStringLiteral("line %1: bad expression %2: %3")
                                       .arg(t.line)
                                       .arg(a.text, a.pattern.errorString()));
            }
            if (!a.text.isEmpty())
                t.avoid.append(a);
        }
        terms.append(t);
    }
    return terms;
}

// Every <translation> that ships (vanished and obsolete ones do not), white space simplified and
// plural forms joined.
QList<Message> readTranslations(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return messages;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name" && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            const bool ships = type != u"vanished" && type != u"obsolete";
            m.translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            if (ships)
                messages.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// Where `translation` uses the avoided form: its position and length, or a length of 0.
std::pair<qsizetype, qsizetype> find(const QString &translation, const AvoidedForm &a)
{
    if (a.isPattern) {
        const QRegularExpressionMatch m = a.pattern.match(translation);
        return m.hasMatch() ? std::pair(m.capturedStart(), m.capturedLength())
                            : std::pair(qsizetype(-1), qsizetype(0));
    }
    const qsizetype at = translation.indexOf(a.text);
    return {at, at < 0 ? 0 : a.text.size()};
}

bool uses(const QString &translation, const AvoidedForm &a)
{
    return find(translation, a).second > 0;
}

QString shortened(const QString &s)
{
    const QString one = s.simplified();
    return one.size() > 70 ? one.left(70) + QStringLiteral("…") : one;
}

// The translation around the avoided form, the form in [brackets].
QString excerpt(const QString &one, const AvoidedForm &a)
{
    const auto [at, length] = find(one, a);
    const qsizetype from = std::max<qsizetype>(0, at - 30);
    const qsizetype to = std::min(one.size(), at + length + 30);
    return (from > 0 ? QStringLiteral("…") : QString()) + one.mid(from, at - from) + u'[' +
           one.mid(at, length) + u']' + one.mid(at + length, to - at - length) +
           (to < one.size() ? QStringLiteral("…") : QString());
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void glossaryIsWellFormed();
    void preferredFormIsNotAvoided_data();
    void preferredFormIsNotAvoided();
    void noTranslationUsesAnAvoidedForm_data();
    void noTranslationUsesAnAvoidedForm();

private:
    QString m_dir;
    QList<Term> m_terms;
    QStringList m_glossaryErrors;
    QList<Message> m_messages;
};

void TestGlossary::initTestCase()
{
    m_dir = sourceDir();
    QVERIFY2(!m_dir.isEmpty(), "translations/glossary_ko.tsv not found (set HOPSCOPE_SOURCE_DIR)");
    m_terms =
        readGlossary(m_dir + QStringLiteral("/translations/glossary_ko.tsv"), &m_glossaryErrors);
    QString error;
    m_messages = readTranslations(m_dir + QStringLiteral("/translations/hopscope_ko.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Guards against passing on nothing: both files are big.
    QVERIFY2(m_terms.size() >= 40, qPrintable(QString::number(m_terms.size())));
    QVERIFY2(m_messages.size() >= 500, qPrintable(QString::number(m_messages.size())));
}

void TestGlossary::glossaryIsWellFormed()
{
    QVERIFY2(m_glossaryErrors.isEmpty(), qPrintable(m_glossaryErrors.join(u'\n')));
    QSet<QString> english;
    for (const Term &t : std::as_const(m_terms)) {
        QVERIFY2(!english.contains(t.english),
                 qPrintable(t.english + QStringLiteral(" is listed twice")));
        english.insert(t.english);
    }
}

void TestGlossary::preferredFormIsNotAvoided_data()
{
    QTest::addColumn<int>("term");
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        if (!m_terms[i].avoid.isEmpty())
            QTest::addRow("%s: %s", qPrintable(m_terms[i].english), qPrintable(m_terms[i].korean))
                << int(i);
    }
}

// The form translators are told to write must pass its own check.
void TestGlossary::preferredFormIsNotAvoided()
{
    QFETCH(int, term);
    const Term &t = m_terms[term];
    for (const AvoidedForm &a : t.avoid)
        QVERIFY2(!uses(t.korean, a),
                 qPrintable(t.korean + QStringLiteral(" matches its own avoid ") + a.text));
}

void TestGlossary::noTranslationUsesAnAvoidedForm_data()
{
    QTest::addColumn<int>("term");
    QTest::addColumn<int>("form");
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        for (qsizetype j = 0; j < m_terms[i].avoid.size(); ++j)
            QTest::addRow("%s, not %s (%s)", qPrintable(m_terms[i].korean),
                          qPrintable(m_terms[i].avoid[j].text), qPrintable(m_terms[i].english))
                << int(i) << int(j);
    }
}

void TestGlossary::noTranslationUsesAnAvoidedForm()
{
    QFETCH(int, term);
    QFETCH(int, form);
    const Term &t = m_terms[term];
    const AvoidedForm &a = t.avoid[form];
    QStringList offenders;
    for (const Message &m : std::as_const(m_messages)) {
        if (uses(m.translation, a))
            offenders << QStringLiteral("  %1 \"%2\": %3")
                             .arg(m.context, shortened(m.source), excerpt(m.translation, a));
    }
    if (!offenders.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 message(s) write %2 where the glossary (line %3) says "
                                        "%4:\n%5")
                             .arg(offenders.size())
                             .arg(a.text)
                             .arg(t.line)
                             .arg(t.korean, offenders.join(u'\n'))));
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
