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
    QTest::addColumn<QString>("alsoLine"); // another line that must be there, exactly
    QTest::addColumn<QString>("absent");   // a text that must appear nowhere

    const QString d = m_dir.path() + u'/';
    struct Case
    {
        const char *name;
        QStringList args;
        QByteArray stdinBytes;
        QString expected;
        int exitCode = 1;
        QString alsoLine = {};
        QString absent = {};
    };
    const QByteArray zeros(3 << 20, '\0');
    const QByteArray big = QByteArray("a: ") + QByteArray(3 << 20, 'a') + '\n';
    QFile portFile(kData + QStringLiteral("port-not-int32.yaml"));
    QVERIFY(portFile.open(QIODevice::ReadOnly));
    const QByteArray portNotInt32 = portFile.readAll();
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
        {"a port that is not an int32: the decoder's text, nothing derived from it",
         {kData + QStringLiteral("port-not-int32.yaml")},
         {},
         kData + QStringLiteral("port-not-int32.yaml:9:11: error: Service in version \"v1\" "
                                "cannot be handled as a Service: json: cannot unmarshal number "
                                "100000000000000000000 into Go struct field "
                                "ServicePort.spec.ports.port of type int32"),
         1,
         {},
         QStringLiteral("Invalid value: 0")},
        {"standard input is <stdin> in every message",
         {QStringLiteral("-")},
         portNotInt32,
         QStringLiteral("<stdin>:9:11: error: Service in version \"v1\" cannot be handled as a "
                        "Service: json: cannot unmarshal number 100000000000000000000 into Go "
                        "struct field ServicePort.spec.ports.port of type int32"),
         1,
         {},
         QStringLiteral("/tmp/")},
        {"past five, the same error folds into one line with the count",
         {QStringLiteral("--service-node-port-range"), QStringLiteral("30000-30001"),
          d + QStringLiteral("nodeports.yaml")},
         {},
         {},
         1,
         d + QStringLiteral("nodeports.yaml:65:1: error: the same error 3 more times, the last at ") +
             d + QStringLiteral("nodeports.yaml:83:1"),
         {}},
    };
    {
        QFile f(d + QStringLiteral("nodeports.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 10; ++i)
            f.write("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s" +
                    QByteArray::number(i) +
                    "\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n");
    }
    {
        QFile f(d + QStringLiteral("big.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
    }
    for (const char *command : {"lint", "kubectl", "trace", "render", "iptables"}) {
        for (const Case &c : cases)
            QTest::addRow("%s: %s", command, c.name)
                << QString::fromLatin1(command) << c.args << c.stdinBytes << c.expected
                << c.exitCode << c.alsoLine << c.absent;
    }
}

void TestCliHostile::everyCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    QFETCH(QString, alsoLine);
    QFETCH(QString, absent);
    QElapsedTimer timer;
    timer.start();
    const auto r = hopscope::testing::runHopscope(
        QStringList{command} + args + commandArgs(command, m_dir.path()),
        stdinBytes.isEmpty() ? QByteArray() : stdinBytes);
    const qint64 ms = timer.elapsed();
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(ms < kWithinMs, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    // lint prints to stdout, the other commands their diagnostics to stderr.
    const QString text = command == u"lint" ? r.out : r.err;
    const QStringList lines = text.split(u'\n');
    if (!expected.isEmpty())
        QCOMPARE(lines.value(0), expected);
    if (!alsoLine.isEmpty())
        QVERIFY2(lines.contains(alsoLine), qPrintable(text.left(4000)));
    if (!absent.isEmpty())
        QVERIFY2(!QString(r.out + r.err).contains(absent), qPrintable(text.left(4000)));
    QVERIFY2(r.out.size() + r.err.size() < 64 * 1024, "no input is echoed at length");
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
