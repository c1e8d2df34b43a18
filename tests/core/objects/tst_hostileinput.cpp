// Hostile input (issue: manifest problems, DESIGN.md's guards): a replicas bomb, a huge line,
// a folder of a thousand files, symlink loops, unreadable files, files changed while reading.
// Loading always returns, within a generous guard, with each problem at its place.

#include "lintsupport.h"

#include "core/builder/clusterbuilder.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hopscope;
using namespace lintsupport;

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replicasBomb();
    void hugeSingleLine();
    void thousandFiles();
    void symlinkLoop();
    void notRegularFiles_data();
    void notRegularFiles();
    void firstFilesInNameOrder();
    void unreadableFile();
    void changedBetweenListingAndReading();
};

// replicas: 100000000 must not eat memory: the builder creates at most maxWorkloadPods pods.
void TestHostileInput::replicasBomb()
{
    ClusterSettings settings;
    settings.maxWorkloadPods = 100;
    qint64 ms = 0;
    CheckResult r = timedCheck({kData + QStringLiteral("replicas-bomb.yaml")}, {}, &ms);
    const Cluster c = ClusterBuilder::build(r.manifests, settings);
    addClusterChecks(r, c);
    QVERIFY2(ms < kHangGuardMs, "loading must return (hang guard)");
    QCOMPARE(c.pods.size(), 100 + 2); // and the two CoreDNS pods
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == u"too-many-pods")
            got << brief(d) + u' ' + d.message;
    QCOMPARE(got, QStringList{QStringLiteral(
                      "error too-many-pods@5:13 Deployment \"w\" asks for 100000000 pods; Hopscope "
                      "simulates at most 100 pods made by workloads, so it creates 100 of them.")});
}

// A huge single line: more than the document cap, refused with a message, quickly.
void TestHostileInput::hugeSingleLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("huge.yaml"));
    QVERIFY(writeFile(file, "a: " + QByteArray(70 << 20, 'x')));
    qint64 ms = 0;
    const CheckResult r = timedCheck({file}, {}, &ms);
    QVERIFY2(ms < kHangGuardMs, "loading must return (hang guard)");
    QCOMPARE(briefs(r.diagnostics), QStringList{QStringLiteral("error document-too-large@1:1")});
    // And a long line under the cap parses (no quadratic scan in the text checks).
    QVERIFY(writeFile(file, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\ndata: {a: " +
                                QByteArray(1 << 20, 'y') + "}\n"));
    const CheckResult ok = timedCheck({file}, {}, &ms);
    QVERIFY2(ms < kHangGuardMs, "loading must return (hang guard)");
    QCOMPARE(briefs(ok.diagnostics), QStringList{QStringLiteral("info kind-skipped@1:1")});
}

// A folder of 1,000 files, three of them wrong: every file read, each problem at its place.
void TestHostileInput::thousandFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 1000; ++i) {
        QByteArray yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s" +
                          QByteArray::number(i) +
                          "\nspec:\n  selector:\n    app: a\n  ports:\n"
                          "  - port: 80\n";
        if (i == 10)
            yaml.replace("kind: Service", "kind:Service");
        if (i == 500)
            yaml.replace("  ports:", "\tports:");
        if (i == 999)
            yaml.replace("port: 80", "port: 80\n    nodePort: 30080");
        QVERIFY(writeFile(
            dir.filePath(
                QStringLiteral("d%1/s%2.yaml").arg(i / 100).arg(i, 4, 10, QLatin1Char('0'))),
            yaml));
    }
    qint64 ms = 0;
    const CheckResult r = timedCheck({dir.path()}, {}, &ms);
    QVERIFY2(ms < kHangGuardMs * 3, "loading must return (hang guard)");
    QCOMPARE(r.manifests.files.size(), 1000);
    QCOMPARE(r.manifests.services.size(), 998); // s0010 and s0500 do not read as written
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        got << QFileInfo(d.where.file).fileName() + u' ' + brief(d);
    QCOMPARE(got, (QStringList{QStringLiteral("s0010.yaml error key-no-space@2:5"),
                               QStringLiteral("s0010.yaml info repaired-reading@2:5"),
                               QStringLiteral("s0500.yaml error tab-indent@8:1"),
                               QStringLiteral("s0500.yaml info repaired-reading@8:1"),
                               QStringLiteral("s0999.yaml error service-invalid@10:15")}));
}

// A symlink pointing at its own folder is not followed: reading ends, each file read once.
void TestHostileInput::symlinkLoop()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/s.yaml")),
                      "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n"
                      "  - port: 80\n"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/loop"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a/self.yaml")),
                        dir.filePath(QStringLiteral("a/self.yaml")))); // a link to itself
    qint64 ms = 0;
    const CheckResult r = timedCheck({dir.path()}, {}, &ms);
    QVERIFY2(ms < kHangGuardMs, "loading must return (hang guard)");
    QCOMPARE(r.manifests.services.size(), 1);
    // The folder's link is not followed; the file that links to itself is named as a loop.
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        got << QFileInfo(d.where.file).fileName() + u' ' + brief(d) + u' ' + d.message;
    QCOMPARE(got, QStringList{QStringLiteral(
                      "self.yaml error symlink-loop@0:0 the path is a loop of symbolic links (a "
                      "link that leads back to itself); Hopscope cannot follow it")});
}

// What is not a regular file is refused before it is opened (a FIFO with no writer would block
// the open), and said for what it is.
void TestHostileInput::notRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a FIFO with no writer")
        << QStringLiteral("fifo")
        << QStringLiteral("error not-a-regular-file@0:0 this is a named pipe (FIFO), not a "
                          "regular file; Hopscope reads only regular files");
    QTest::newRow("a symlink to /dev/zero")
        << QStringLiteral("zero")
        << QStringLiteral("error not-a-regular-file@0:0 this is a character device (such as "
                          "/dev/zero or a terminal), not a regular file; Hopscope reads only "
                          "regular files");
    QTest::newRow("a loop of two symlinks")
        << QStringLiteral("loop")
        << QStringLiteral("error symlink-loop@0:0 the path is a loop of symbolic links (a link "
                          "that leads back to itself); Hopscope cannot follow it");
    QTest::newRow("a missing file")
        << QStringLiteral("missing") << QStringLiteral("error no-such-file@0:0 no such file or folder");
}

void TestHostileInput::notRegularFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.yaml"));
    if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"zero") {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == u"loop") {
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("y.yaml")), path));
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("y.yaml"))));
    }
    qint64 ms = 0;
    const CheckResult r = timedCheck({path}, {}, &ms);
    QVERIFY2(ms < 5000, "refused at once");
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(brief(r.diagnostics.first()) + u' ' + r.diagnostics.first().message, expected);
    QCOMPARE(r.diagnostics.first().where.file, path);
}

// More files than maxFiles: the first ones in name order, whatever order the folder lists.
void TestHostileInput::firstFilesInNameOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 40; i > 0; --i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("s%1.yaml").arg(i, 2, 10, QLatin1Char('0'))),
                          "apiVersion: v1\nkind: Service\nmetadata:\n  name: s" +
                              QByteArray::number(i) + "\nspec:\n  ports:\n  - port: 80\n"));
    ReadOptions options;
    options.maxFiles = 5;
    const CheckResult r = timedCheck({dir.path()}, options);
    QStringList names;
    for (const QString &f : r.manifests.files)
        names << QFileInfo(f).fileName();
    QCOMPARE(names, (QStringList{QStringLiteral("s01.yaml"), QStringLiteral("s02.yaml"),
                                 QStringLiteral("s03.yaml"), QStringLiteral("s04.yaml"),
                                 QStringLiteral("s05.yaml")}));
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == u"too-many-files")
            got << d.message;
    // Which were skipped is named: the first and the last in name order.
    QCOMPARE(got, QStringList{QStringLiteral("the folder holds more than 5 manifest files; "
                                             "Hopscope read the first 5 in name order and "
                                             "skipped 35 (s06.yaml to s40.yaml)")});
}

void TestHostileInput::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: permission bits do not stop root from reading a file, so an "
              "unreadable file cannot be made here (run the tests as a normal user)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("secret.yaml"));
    QVERIFY(writeFile(file, "apiVersion: v1\nkind: Service\n"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
    const CheckResult r = timedCheck({file});
    QCOMPARE(briefs(r.diagnostics), QStringList{QStringLiteral("error unreadable-file@0:0")});
}

// A file deleted, and another rewritten, after the folder was listed and before they are read
// (simulated: the text callback of the first file does it).
void TestHostileInput::changedBetweenListingAndReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: NAME\nspec:\n"
                               "  ports:\n  - port: 80\n";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.yaml")),
                      QByteArray(service).replace("NAME", "a")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.yaml")),
                      QByteArray(service).replace("NAME", "b")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("c.yaml")),
                      QByteArray(service).replace("NAME", "c")));
    ReadOptions options;
    bool changed = false;
    options.onText = [&](const QString &file, const QByteArray &) {
        if (changed || !file.endsWith(u"a.yaml"))
            return;
        changed = true;
        QFile::remove(dir.filePath(QStringLiteral("b.yaml")));
        writeFile(dir.filePath(QStringLiteral("c.yaml")),
                  QByteArray(service).replace("NAME", "c").replace("kind: ", "kind:"));
    };
    const CheckResult r = timedCheck({dir.path()}, options);
    QVERIFY(changed);
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        got << QFileInfo(d.where.file).fileName() + u' ' + brief(d);
    QCOMPARE(got, (QStringList{QStringLiteral("b.yaml error no-such-file@0:0"),
                               QStringLiteral("c.yaml error key-no-space@2:5"),
                               QStringLiteral("c.yaml info repaired-reading@2:5")}));
    QCOMPARE(r.manifests.services.size(), 1);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
