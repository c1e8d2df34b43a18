// The man page (resources/man/hopscope.1) against the binary's own --help texts, both ways:
// the commands `hopscope --help` lists are the subsections of COMMANDS; each command's options
// (every option word its --help names) are those its subsection names; the options of the
// window (`hopscope --help` and the window's own --help) are those of OPTIONS; and nowhere does
// the man page name an option no --help names. An option is a word that starts with - or --
// and a letter, not inside another word ("kube-proxy" and "non-negative" are none).
#include "clitestsupport.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <algorithm>

namespace {

const QString kManPage = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/man/hopscope.1");

// Every command also takes these; the man page says so once, under OPTIONS.
const QSet<QString> kHelpOptions = {QStringLiteral("-h"), QStringLiteral("--help"),
                                    QStringLiteral("--help-all")};

// One line of roff as the reader sees it: font changes, zero-width characters and quotes gone,
// \- a hyphen, \(em a dash.
QString plainRoff(QString line)
{
    static const QRegularExpression font(QStringLiteral(R"(\\f(\[[^\]]*\]|\(..|.))"));
    line.remove(font);
    line.replace(QLatin1String("\\-"), QLatin1String("-"));
    line.replace(QLatin1String("\\(em"), QLatin1String("—"));
    line.remove(QLatin1String("\\&"));
    line.remove(QLatin1String("\\%"));
    line.replace(QLatin1String("\\ "), QLatin1String(" "));
    line.remove(u'"');
    return line;
}

struct ManPage
{
    QMap<QString, QString> sections; // .SH title → its text (subsections included)
    QMap<QString, QString> commands; // .SS name under COMMANDS → its text
};

ManPage parseManPage(const QString &roff)
{
    ManPage page;
    QString section, command;
    for (const QString &raw : roff.split(u'\n')) {
        if (raw.startsWith(QLatin1String(".\\\""))) // a comment
            continue;
        const QString line = plainRoff(raw);
        if (raw.startsWith(QLatin1String(".SH "))) {
            section = line.mid(4).trimmed();
            command.clear();
            continue;
        }
        if (raw.startsWith(QLatin1String(".SS ")) && section == u"COMMANDS") {
            command = line.mid(4).trimmed();
            page.commands[command];
            continue;
        }
        page.sections[section] += line + u'\n';
        if (!command.isEmpty())
            page.commands[command] += line + u'\n';
    }
    return page;
}

QSet<QString> optionsIn(const QString &text)
{
    static const QRegularExpression option(
        QStringLiteral(R"((?<![\w\-/.:])(--?[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*))"));
    QSet<QString> found;
    for (auto it = option.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// The command names under "Commands:" in `hopscope --help`.
QStringList commandsIn(const QString &help)
{
    QStringList names;
    bool inList = false;
    for (const QString &line : help.split(u'\n')) {
        if (line.trimmed() == u"Commands:") {
            inList = true;
        } else if (inList) {
            if (line.trimmed().isEmpty())
                break;
            names << line.trimmed().section(u' ', 0, 0);
        }
    }
    return names;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list.join(u' ');
}

// `hopscope ARGS` with the program's path replaced by its name (the path is no option).
QString help(const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const hopscope::testing::CliRun run = hopscope::testing::runHopscope(args, {}, env);
    if (run.exitCode != 0)
        return QString();
    QString out = run.out;
    out.replace(QStringLiteral(HOPSCOPE_BINARY), QStringLiteral("hopscope"));
    return out;
}

// No command and an option first: the window's own command-line parser answers.
QString windowHelp()
{
    return help({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
}

ManPage manPage()
{
    QFile file(kManPage);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseManPage(QString::fromUtf8(file.readAll()));
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionWords_data();
    void optionWords();
    void commands();
    void windowOptions();
    void commandOptions_data();
    void commandOptions();
    void noUnknownOptions();

private:
    ManPage m_page;
    QString m_topHelp;
};

void TestManPage::initTestCase()
{
    m_page = manPage();
    QVERIFY2(m_page.sections.contains(QStringLiteral("SYNOPSIS")), qPrintable(kManPage));
    QVERIFY(m_page.sections.contains(QStringLiteral("OPTIONS")));
    m_topHelp = help({QStringLiteral("--help")});
    QVERIFY(!m_topHelp.isEmpty());
}

// The reader itself, so that an empty or wrong reading cannot make the comparisons pass.
void TestManPage::optionWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("options");
    QTest::newRow("roff-bold-italic")
        << plainRoff(QStringLiteral(".BI \\-\\-to \" DST\"")) << QStringLiteral("--to");
    QTest::newRow("roff-pair") << plainRoff(QStringLiteral(".BR \\-o \", \" \\-\\-output"))
                               << QStringLiteral("--output -o");
    QTest::newRow("roff-font-escapes")
        << plainRoff(QStringLiteral("\\fB\\-\\-service\\-node\\-port\\-range\\fR \\fIA\\-B\\fP"))
        << QStringLiteral("--service-node-port-range");
    QTest::newRow("help-line") << QStringLiteral("  -h, --help, --help-all  Displays help.")
                               << QStringLiteral("--help --help-all -h");
    QTest::newRow("in-brackets-and-quotes")
        << QStringLiteral("[--seed N] (--json) 'hopscope COMMAND --help'")
        << QStringLiteral("--help --json --seed");
    QTest::newRow("not-options")
        << QStringLiteral("kube-proxy non-negative 30000-32767 - for stdin A-B iptables-save "
                          "frame-001.png /tmp/x-y NAME:PORT")
        << QString();
}

void TestManPage::optionWords()
{
    QFETCH(QString, text);
    QFETCH(QString, options);
    QCOMPARE(sorted(optionsIn(text)), options);
}

// The commands of `hopscope --help` are the subsections of COMMANDS, in the same order, and
// each has its line in SYNOPSIS.
void TestManPage::commands()
{
    const QStringList listed = commandsIn(m_topHelp);
    QVERIFY2(listed.size() >= 6, qPrintable(m_topHelp));
    QCOMPARE(m_page.commands.size(), listed.size());
    QStringList documented = m_page.commands.keys();
    QStringList help = listed;
    std::sort(help.begin(), help.end());
    QCOMPARE(documented, help);
    const QString synopsis = m_page.sections.value(QStringLiteral("SYNOPSIS"));
    for (const QString &name : listed)
        QVERIFY2(synopsis.contains(QStringLiteral(".B ") + name + u'\n'),
                 qPrintable(QStringLiteral("SYNOPSIS lacks hopscope %1").arg(name)));
}

// OPTIONS holds exactly the window's options: those `hopscope --help` names (the cluster
// options) and those of the window's own --help (-h, -v …).
void TestManPage::windowOptions()
{
    const QString window = windowHelp();
    QVERIFY2(window.contains(QStringLiteral("--version")), qPrintable(window));
    const QSet<QString> fromHelp = optionsIn(m_topHelp) | optionsIn(window);
    QVERIFY2(fromHelp.size() >= 8, qPrintable(sorted(fromHelp)));
    const QSet<QString> documented = optionsIn(m_page.sections.value(QStringLiteral("OPTIONS")));
    QVERIFY2((fromHelp - documented).isEmpty(),
             qPrintable(QStringLiteral("not in OPTIONS: ") + sorted(fromHelp - documented)));
    QVERIFY2((documented - fromHelp).isEmpty(),
             qPrintable(QStringLiteral("in OPTIONS but in no --help of the window: ") +
                        sorted(documented - fromHelp)));
}

void TestManPage::commandOptions_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &name : commandsIn(help({QStringLiteral("--help")})))
        QTest::newRow(qPrintable(name)) << name;
}

// Each command's subsection names exactly the options its --help names (the help options
// -h, --help, --help-all are documented once, under OPTIONS).
void TestManPage::commandOptions()
{
    QFETCH(QString, command);
    const QString commandHelp = help({command, QStringLiteral("--help")});
    QVERIFY2(!commandHelp.isEmpty(), qPrintable(command));
    const QSet<QString> all = optionsIn(commandHelp);
    QVERIFY2(all.contains(QStringLiteral("--help")), qPrintable(commandHelp));
    const QSet<QString> undocumentedHelp =
        (all & kHelpOptions) - optionsIn(m_page.sections.value(QStringLiteral("OPTIONS")));
    QVERIFY2(undocumentedHelp.isEmpty(), qPrintable(sorted(undocumentedHelp)));
    const QSet<QString> fromHelp = all - kHelpOptions;
    QVERIFY2(!fromHelp.isEmpty(), qPrintable(commandHelp));
    QVERIFY2(m_page.commands.contains(command), qPrintable(command));
    const QSet<QString> documented = optionsIn(m_page.commands.value(command));
    QVERIFY2((fromHelp - documented).isEmpty(),
             qPrintable(QStringLiteral("hopscope %1 --help names %2; the man page does not")
                            .arg(command, sorted(fromHelp - documented))));
    QVERIFY2((documented - fromHelp).isEmpty(),
             qPrintable(QStringLiteral("the man page names %2 for %1; hopscope %1 --help does not")
                            .arg(command, sorted(documented - fromHelp))));
}

// DESCRIPTION, REQUESTS, EXAMPLES …: every option they name is one some --help names.
void TestManPage::noUnknownOptions()
{
    QSet<QString> known = optionsIn(m_topHelp) | optionsIn(windowHelp());
    for (const QString &command : commandsIn(m_topHelp))
        known |= optionsIn(help({command, QStringLiteral("--help")}));
    QSet<QString> documented;
    for (const QString &text : std::as_const(m_page.sections))
        documented |= optionsIn(text);
    QVERIFY2(documented.size() >= 20, qPrintable(sorted(documented)));
    QVERIFY2((documented - known).isEmpty(),
             qPrintable(QStringLiteral("the man page names options no --help names: ") +
                        sorted(documented - known)));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
