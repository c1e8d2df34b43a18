// Hostile input on every command that reads manifests (issue 15): FIFOs, devices, symlink loops,
// binary standard input, too much standard input, alias amplification by bytes, too many objects.
// Each gives one exact, located message and exit 1 (0 where the input is valid), within 5 s,
// never a hang, a crash or a blow-up: everything goes through the bounded reader
// (core/base/boundedread.h).
#include "clitestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

const QString kData = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/");
constexpr qint64 kWithinMs = 5000;

// The arguments each command needs besides its files.
QStringList commandArgs(const QString &command, const QString &scratch)
{
    if (command == u"kubectl")
        return {QStringLiteral("--"), QStringLiteral("get"), QStringLiteral("svc")};
    if (command == u"trace")
        return {QStringLiteral("--from"), QStringLiteral("client"), QStringLiteral("--to"),
                QStringLiteral("192.168.1.2:30080")};
    if (command == u"render")
        return {QStringLiteral("-o"), scratch + QStringLiteral("/out.png")};
    if (command == u"iptables")
        return {QStringLiteral("--node"), QStringLiteral("node-1")};
    return {};
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommand_data();
    void everyCommand();

private:
    QTemporaryDir m_dir;
};

void TestCliHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("fifo.yaml")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("loop.yaml")),
                        m_dir.filePath(QStringLiteral("loop.yaml"))));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_dir.filePath(QStringLiteral("zero.yaml"))));
}

void TestCliHostile::everyCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stdinBytes");
    QTest::addColumn<QString>("expected"); // the first line of the message, exactly
    QTest::addColumn<int>("exitCode");

    const QString d = m_dir.path() + u'/';
    struct Case
    {
        const char *name;
        QStringList args;
        QByteArray stdinBytes;
        QString expected;
    };
    const QByteArray zeros(3 << 20, '\0');
    const QByteArray big = QByteArray("a: ") + QByteArray(3 << 20, 'a') + '\n';
    const QList<Case> cases = {
        {"a FIFO with no writer is refused, not opened",
         {d + QStringLiteral("fifo.yaml")},
         {},
         d + QStringLiteral("fifo.yaml: error: this is a named pipe (FIFO), not a regular file; "
                            "Hopscope reads only regular files")},
        {"a symlink loop is named as one",
         {d + QStringLiteral("loop.yaml")},
         {},
         d + QStringLiteral("loop.yaml: error: the path is a loop of symbolic links (a link that "
                            "leads back to itself); Hopscope cannot follow it")},
        {"a link to /dev/zero is a device, refused",
         {d + QStringLiteral("zero.yaml")},
         {},
         d + QStringLiteral("zero.yaml: error: this is a character device (such as /dev/zero or "
                            "a terminal), not a regular file; Hopscope reads only regular files")},
        {"NUL bytes on standard input stop at the first chunk, named <stdin>",
         {QStringLiteral("-")},
         zeros,
         QStringLiteral("<stdin>:1:1: error: this is not a text file (it holds a NUL byte); "
                        "Hopscope reads YAML or JSON manifests")},
        {"standard input over --max-file-size names the limit",
         {QStringLiteral("--max-file-size"), QStringLiteral("1"), QStringLiteral("-")},
         big,
         QStringLiteral("<stdin>: error: standard input is larger than 1.0 MiB, the limit; "
                        "Hopscope stopped reading it")},
        {"a file over --max-file-size names the limit",
         {QStringLiteral("--max-file-size"), QStringLiteral("1"),
          d + QStringLiteral("big.yaml")},
         {},
         d + QStringLiteral("big.yaml: error: the file is 3.0 MiB; Hopscope reads files of up to "
                            "1.0 MiB")},
        {"a 64 KiB scalar aliased 70 times is refused by bytes",
         {kData + QStringLiteral("guard-alias-bytes.yaml")},
         {},
         kData + QStringLiteral("guard-alias-bytes.yaml:72:8: error: aliases expand to more than "
                                "4 MiB of text in this document; Hopscope stopped reading it")},
        {"more objects than --max-objects are refused before parsing",
         {QStringLiteral("--max-objects"), QStringLiteral("2"),
          kData + QStringLiteral("guard-too-many-objects.yaml")},
         {},
         kData + QStringLiteral("guard-too-many-objects.yaml: error: the manifests hold more than 2 "
                                "objects (documents and List items); Hopscope reads up to 2")},
    };
    {
        QFile f(d + QStringLiteral("big.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
    }
    for (const char *command : {"lint", "kubectl", "trace", "render", "iptables"}) {
        for (const Case &c : cases)
            QTest::addRow("%s: %s", command, c.name)
                << QString::fromLatin1(command) << c.args << c.stdinBytes << c.expected << 1;
    }
}

void TestCliHostile::everyCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    QElapsedTimer timer;
    timer.start();
    const auto r = hopscope::testing::runHopscope(
        QStringList{command} + args + commandArgs(command, m_dir.path()),
        stdinBytes.isEmpty() ? QByteArray() : stdinBytes);
    const qint64 ms = timer.elapsed();
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(ms < kWithinMs, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    // lint prints to stdout, the other commands their diagnostics to stderr.
    const QStringList lines = (command == u"lint" ? r.out : r.err).split(u'\n');
    QCOMPARE(lines.value(0), expected);
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
