// The Qt Linguist files are complete and keep what the program fills in: every Korean entry is
// translated (no type="unfinished", nothing empty), plural entries (%n) have their forms in both
// languages, and no translation drops or adds a placeholder (%1 … %99, %n), an accelerator (&)
// or an HTML tag. A row per message, named after its context and source, so a failure says which.
//
// After `cmake --build build --target update_translations` (lupdate) new source texts come in as
// unfinished: this test fails until they are translated (translations/tstool.py helps).

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kTranslations = QStringLiteral(HOPSCOPE_TEST_DATA "/../../translations");

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {},    xml.attributes().value(QStringLiteral("numerus")) == u"yes",
                        false,   false, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            m.unfinished = type == u"unfinished";
            m.vanished = type == u"vanished" || type == u"obsolete";
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// "&File" has an accelerator; "&&" is a literal ampersand, "&amp;"-like entities do not count.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s;]"));
    return re.match(text).hasMatch();
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void korean_data();
    void korean();
    void english_data();
    void english();
    void koreanUsesTheSeedsTerms();
    void contextsAreClasses();

private:
    void addRows(const QString &file, bool everyEntry);
};

void TestTranslations::addRows(const QString &file, bool everyEntry)
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<bool>("unfinished");
    QTest::addColumn<QStringList>("forms");
    QString error;
    const QList<Message> messages = readTs(kTranslations + u'/' + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(file + QStringLiteral(": ") + error));
    QVERIFY2(messages.size() > 100, qPrintable(file + QStringLiteral(": too few messages")));
    QMap<QString, int> seen;
    for (const Message &m : messages) {
        if (m.vanished || (!everyEntry && !m.numerus))
            continue;
        QString row = m.context + QStringLiteral(": ") + m.source.left(60);
        row.replace(u'\n', u' ');
        if (const int n = seen[row]++)
            row += QStringLiteral(" #%1").arg(n + 1);
        QTest::newRow(qPrintable(row)) << m.source << m.numerus << m.unfinished << m.forms;
    }
}

void TestTranslations::korean_data()
{
    addRows(QStringLiteral("hopscope_ko.ts"), true);
}

void TestTranslations::korean()
{
    QFETCH(QString, source);
    QFETCH(bool, numerus);
    QFETCH(bool, unfinished);
    QFETCH(QStringList, forms);
    QVERIFY2(!unfinished, "still type=\"unfinished\": translate it");
    QVERIFY(!forms.isEmpty());
    if (numerus)
        QCOMPARE(forms.size(), 1); // Korean has one plural form
    for (const QString &t : forms) {
        QVERIFY2(!t.trimmed().isEmpty() || source.trimmed().isEmpty(), "empty translation");
        QCOMPARE(placeholders(t), placeholders(source));
        QCOMPARE(htmlTags(t), htmlTags(source));
        QCOMPARE(hasAccelerator(t), hasAccelerator(source));
        QCOMPARE(t.endsWith(u'\n'), source.endsWith(u'\n'));
    }
}

void TestTranslations::english_data()
{
    // English is the source: every entry is itself, plurals have their two forms.
    addRows(QStringLiteral("hopscope_en.ts"), true);
}

void TestTranslations::english()
{
    QFETCH(QString, source);
    QFETCH(bool, unfinished);
    QFETCH(QStringList, forms);
    QFETCH(bool, numerus);
    QVERIFY2(!unfinished, "not filled: run translations/tstool.py english");
    if (!numerus) {
        QCOMPARE(forms, QStringList{source});
        return;
    }
    QCOMPARE(forms.size(), 2); // one, other
    for (const QString &t : forms) {
        QVERIFY(!t.contains(QStringLiteral("(s)")));
        QCOMPARE(placeholders(t), placeholders(source));
    }
}

void TestTranslations::koreanUsesTheSeedsTerms()
{
    // The Korean Kubernetes documentation writes 파드, 노드, 서비스, 레이블, 로드 밸런서 …
    // (translations/glossary_ko.tsv; tst_glossary checks every avoided form): never a second
    // spelling (포드, 라벨, 로드밸런서, 노드포트).
    QString error;
    const QList<Message> messages =
        readTs(kTranslations + QStringLiteral("/hopscope_ko.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int pods = 0;
    for (const Message &m : messages) {
        for (const QString &t : m.forms) {
            for (const char *wrong : {"포드", "라벨", "로드밸런서", "노드포트", "셀렉터들"})
                QVERIFY2(!t.contains(QString::fromUtf8(wrong)),
                         qPrintable(m.source + QStringLiteral(" → ") + t));
            pods += t.contains(QStringLiteral("파드")) ? 1 : 0;
        }
    }
    QVERIFY(pods > 50);
}

void TestTranslations::contextsAreClasses()
{
    // A text whose context is a bare namespace ("hopscope") came from a file-local tr()
    // function: lupdate files it there, but the program looks it up under another context, so
    // its translation is never used. Q_DECLARE_TR_FUNCTIONS(hopscope::Unit) classes avoid it.
    QString error;
    const QList<Message> messages =
        readTs(kTranslations + QStringLiteral("/hopscope_ko.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message &m : messages)
        QVERIFY2(m.context != u"hopscope" && m.context != u"hopscope::app" &&
                     m.context.startsWith(QStringLiteral("hopscope::")),
                 qPrintable(m.context + QStringLiteral(": ") + m.source));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
