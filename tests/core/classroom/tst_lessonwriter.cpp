// Saving lessons (core/lesson.h, LessonWriter): a lesson written and read back is the same
// lesson — manifests (referenced or embedded), settings, what-if edits, positions, requests and
// notes — and replays the same cluster and the same traces; the writer only reads manifests;
// the new keys are validated.

#include "core/model/cluster.h"
#include "core/classroom/lesson.h"
#include "core/proxy/proxyrules.h"
#include "core/trace/tracer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hopscope;

namespace {

const QString DemoDir = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo");

QStringList codes(const Diagnostics &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out << d.code + u' ' + d.message;
    return out;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The voting app lesson in a folder of its own, as a teacher would have it.
QString copyDemo(const QTemporaryDir &dir)
{
    for (const QString &f :
         {QStringLiteral("voting-app.yaml"), QStringLiteral("voting-app.lesson.yaml")})
        QFile::copy(DemoDir + u'/' + f, dir.filePath(f));
    return dir.filePath(QStringLiteral("voting-app.lesson.yaml"));
}

// The pods of a workload, by name prefix (their names are generated).
QString podOf(const Cluster &c, const QString &owner)
{
    for (const PodInfo &p : c.pods)
        if (p.ownerName == owner)
            return p.id;
    return {};
}

QList<Trace> traces(const Cluster &cluster, const Lesson &lesson)
{
    const ProxyRules rules(cluster);
    QList<Trace> out;
    for (const LessonRequest &r : lesson.requests)
        for (int d = 0; d < r.to.size(); ++d)
            out << trace(cluster, rules, r.traceRequest(d));
    return out;
}

} // namespace

class TestLessonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void writerOnlyReadsManifests();
    void oldFormatStillReads();
    void newKeysValidated_data();
    void newKeysValidated();
    void refusedWhatIfIsReported();
    void textsByLanguage_data();
    void textsByLanguage();
    void bundledLessonsByteStable_data();
    void bundledLessonsByteStable();
};

void TestLessonWriter::roundTrip_data()
{
    QTest::addColumn<bool>("embed");
    QTest::newRow("manifests referenced (relative paths)") << false;
    QTest::newRow("manifests embedded (stdin, demo folder)") << true;
}

void TestLessonWriter::roundTrip()
{
    QFETCH(bool, embed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Lesson lesson = LessonReader::readFile(copyDemo(dir));
    QVERIFY(lesson.isValid());
    // Several outside hosts with their addresses (issue 14): one on the client's LAN, one
    // behind its router; a request sent from one of them.
    lesson.clients = {{QStringLiteral("office"), QStringLiteral("203.0.113.7")},
                      {QStringLiteral("laptop"), QStringLiteral("192.168.1.20")}};
    lesson.requests[1].from = QStringLiteral("client/office");
    const Cluster built = lesson.buildCluster(ClusterSettings{});
    // What the teacher did: a pod deleted (its replacement gets a new name and IP, A4), the
    // vote Deployment scaled, a node taken down, a policy toggled; items dragged; notes.
    lesson.whatIfs = {
        WhatIf::deletePod(podOf(built, QStringLiteral("vote"))),
        WhatIf::scale(QStringLiteral("Deployment/default/vote"), 3),
        WhatIf::nodeDown(QStringLiteral("node/node02")),
        WhatIf::externalTrafficPolicy(QStringLiteral("svc/default/vote"), QStringLiteral("Local"))};
    lesson.settings = {{QStringLiteral("service-node-port-range"), QStringLiteral("30000-32767")}};
    lesson.positions = {{QStringLiteral("node/node01"), QPointF(40, -24.5)},
                        {QStringLiteral("client"), QPointF(0, 80)},
                        {QStringLiteral("svc/default/vote"), QPointF(-12, 30)}};
    lesson.requests[0].hopNotes = {{2, QStringLiteral("The node port: every node opens it.")},
                                   {4, QStringLiteral("DNAT: \"one of the vote pods\"\n"
                                                      "picked at random.")}};
    lesson.requests[1].seed = 9;
    lesson.requests[1].pinnedEndpoint = QStringLiteral("10.244.2.2:80");
    lesson.requests[2].note = QStringLiteral("Ünïcode and 한국어 notes survive.");

    const QString saved = dir.filePath(QStringLiteral("sub/saved.lesson.yaml"));
    QDir().mkpath(QFileInfo(saved).absolutePath());
    if (embed) {
        Diagnostics problems;
        QVERIFY(LessonWriter::embedManifests(&lesson, dir.path(), &problems));
        QVERIFY(problems.isEmpty());
        QVERIFY(lesson.manifests.first().isInline());
        QCOMPARE(lesson.manifests.first().name, QStringLiteral("voting-app.yaml"));
    }
    const QByteArray yaml = LessonWriter::toYaml(lesson, saved);
    QFile out(saved);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(yaml);
    out.close();
    if (!embed)
        QVERIFY2(yaml.contains("- ../voting-app.yaml"), yaml.constData());

    Lesson back = LessonReader::readFile(saved);
    QVERIFY2(back.problems.isEmpty(), qPrintable(codes(back.problems).join(u'\n')));
    // Saved in sub/, the lesson names ../voting-app.yaml: outside its folder, read with consent.
    QCOMPARE(back.outsidePaths().size(), embed ? 0 : 1);
    back.allowOutside = true;
    QCOMPARE(back.title, lesson.title);
    QCOMPARE(back.manifests.size(), lesson.manifests.size());
    if (embed) {
        QCOMPARE(back.manifests.first().content, lesson.manifests.first().content);
    } else {
        QCOMPARE(back.manifests.first().path, lesson.manifests.first().path);
    }
    QCOMPARE(back.settings, lesson.settings);
    QCOMPARE(back.whatIfs, lesson.whatIfs);
    QCOMPARE(back.positions, lesson.positions);
    QCOMPARE(back.clients, lesson.clients);
    QVERIFY2(yaml.contains("clients:"), yaml.constData());
    QCOMPARE(back.requests.size(), lesson.requests.size());
    for (int i = 0; i < lesson.requests.size(); ++i) {
        const LessonRequest &a = lesson.requests[i];
        const LessonRequest &b = back.requests[i];
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.from, a.from);
        QCOMPARE(b.to, a.to);
        QCOMPARE(b.seed, a.seed);
        QCOMPARE(b.pinnedEndpoint, a.pinnedEndpoint);
        QCOMPARE(b.expect, a.expect);
        QCOMPARE(b.note, a.note);
        QCOMPARE(b.hopNotes, a.hopNotes);
    }

    // The same demo, exactly: the same cluster once the what-ifs are replayed, the same traces.
    Diagnostics replayProblems;
    const Cluster original = lesson.replayWhatIfs(built, &replayProblems);
    QVERIFY2(replayProblems.isEmpty(), qPrintable(codes(replayProblems).join(u'\n')));
    QVERIFY(!(original == built)); // the edits did change it
    Cluster reopened = back.replayWhatIfs(back.buildCluster(ClusterSettings{}), nullptr);
    // Only where the manifests were read from may differ.
    reopened.files = original.files;
    reopened.diagnostics = original.diagnostics;
    QCOMPARE(reopened.pods.size(), original.pods.size());
    for (int i = 0; i < original.pods.size(); ++i) {
        QCOMPARE(reopened.pods[i].id, original.pods[i].id);
        QCOMPARE(reopened.pods[i].ip, original.pods[i].ip);
        QCOMPARE(reopened.pods[i].nodeName, original.pods[i].nodeName);
    }
    QCOMPARE(reopened.services.size(), original.services.size());
    for (int i = 0; i < original.services.size(); ++i) {
        ServiceInfo a = original.services[i];
        ServiceInfo b = reopened.services[i];
        a.where = b.where = {}; // where it was read from: the file, or the lesson's inline text
        QCOMPARE(b, a);
    }
    QCOMPARE(reopened.nodes.size(), original.nodes.size());
    const QList<Trace> before = traces(original, lesson);
    const QList<Trace> after = traces(reopened, back);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].summary, before[i].summary);
        QCOMPARE(after[i].endpoint, before[i].endpoint);
        QCOMPARE(after[i].hops.size(), before[i].hops.size());
        for (int h = 0; h < before[i].hops.size(); ++h)
            QCOMPARE(after[i].hops[h].after, before[i].hops[h].after);
    }

    // Writing what was read gives the same text (a stable format, no drift on re-save).
    QCOMPARE(LessonWriter::toYaml(back, saved), yaml);
}

void TestLessonWriter::writerOnlyReadsManifests()
{
    QTemporaryDir dir;
    const QString lessonPath = copyDemo(dir);
    const QString manifest = dir.filePath(QStringLiteral("voting-app.yaml"));
    const QByteArray hash = digest(manifest);
    const QDateTime modified = QFileInfo(manifest).lastModified();
    QFile::setPermissions(manifest, QFile::ReadOwner); // a write would fail loudly
    Lesson lesson = LessonReader::readFile(lessonPath);
    lesson.whatIfs = {WhatIf::scale(QStringLiteral("Deployment/default/vote"), 4)};
    const QByteArray referenced = LessonWriter::toYaml(lesson, lessonPath);
    QVERIFY(LessonWriter::embedManifests(&lesson, dir.path(), nullptr));
    const QByteArray embedded = LessonWriter::toYaml(lesson, lessonPath);
    QVERIFY(embedded.size() > referenced.size());
    QCOMPARE(digest(manifest), hash);
    QCOMPARE(QFileInfo(manifest).lastModified(), modified);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // nothing written beside
}

void TestLessonWriter::oldFormatStillReads()
{
    // Files written before saving existed (the bundled demos) read with no warning, and have
    // none of the new parts.
    for (const QString &f :
         {QStringLiteral("myapp.lesson.yaml"), QStringLiteral("voting-app.lesson.yaml")}) {
        const Lesson lesson = LessonReader::readFile(DemoDir + u'/' + f);
        QVERIFY(lesson.problems.isEmpty());
        QVERIFY(lesson.whatIfs.isEmpty());
        QVERIFY(lesson.positions.isEmpty());
        for (const LessonRequest &r : lesson.requests)
            QVERIFY(r.hopNotes.isEmpty());
    }
}

void TestLessonWriter::newKeysValidated_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    const QByteArray head = "title: x\nmanifests: [a.yaml]\n";
    QTest::newRow("whatif not a list") << head + "whatif: delete-pod pod/default/a\n" << 3;
    QTest::newRow("position not a pair") << head + "positions:\n  client: [1]\n" << 4;
    QTest::newRow("position not numbers") << head + "positions:\n  client: [a, b]\n" << 4;
    QTest::newRow("positions not a map") << head + "positions: [1, 2]\n" << 3;
    QTest::newRow("hop note without hop")
        << head + "requests:\n- title: t\n  from: client\n  to: 1.2.3.4:80\n  hop-notes:\n"
                  "  - note: hi\n"
        << 8;
    QTest::newRow("hop note negative")
        << head + "requests:\n- title: t\n  from: client\n  to: 1.2.3.4:80\n  hop-notes:\n"
                  "  - {hop: -2, note: hi}\n"
        << 8;
}

void TestLessonWriter::newKeysValidated()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    const Lesson lesson = LessonReader::readBytes(yaml, QStringLiteral("n.lesson.yaml"));
    QVERIFY(!lesson.isValid());
    QCOMPARE(lesson.problems.first().code, QStringLiteral("lesson-invalid"));
    QCOMPARE(lesson.problems.first().where.line, line);
}

void TestLessonWriter::refusedWhatIfIsReported()
{
    Lesson lesson = LessonReader::readFile(DemoDir + QStringLiteral("/voting-app.lesson.yaml"));
    const Cluster c = lesson.buildCluster(ClusterSettings{});
    lesson.whatIfs = {WhatIf::deletePod(QStringLiteral("pod/default/no-such-pod")),
                      WhatIf::scale(QStringLiteral("Deployment/default/result"), 2)};
    Diagnostics problems;
    const Cluster after = lesson.replayWhatIfs(c, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Severity::Error);
    // The refused edit is skipped, the next one still applies.
    QCOMPARE(after.pods.size(), c.pods.size() + 1);
}

void TestLessonWriter::textsByLanguage_data()
{
    // A lesson's title, a preset's title, note and hop note, all written as `text`; the writer
    // gives `written` back for each (plain as before; per language in en, ko order).
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QByteArray("Every node opens the port.")
                           << QByteArray("Every node opens the port.");
    QTest::newRow("both") << QByteArray("{en: To the node port, ko: 노드 포트로}")
                          << QByteArray("{en: To the node port, ko: 노드 포트로}");
    QTest::newRow("both, ko first: written en first")
        << QByteArray("{ko: 파드, en: pod}") << QByteArray("{en: pod, ko: 파드}");
    QTest::newRow("only ko") << QByteArray("{ko: 클라이언트 → 노드 포트}")
                             << QByteArray("{ko: 클라이언트 → 노드 포트}");
    QTest::newRow("only en") << QByteArray("{en: Client → node port}")
                             << QByteArray("{en: Client → node port}");
    QTest::newRow("quoted: colon and quote")
        << QByteArray("{en: \"a: \\\"b\\\"\", ko: \"가: 나\"}")
        << QByteArray("{en: \"a: \\\"b\\\"\", ko: \"가: 나\"}");
}

void TestLessonWriter::textsByLanguage()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, written);
    auto lessonWith = [](const QByteArray &t) -> QByteArray {
        return "title: " + t + "\nmanifests:\n- a.yaml\nrequests:\n- title: " + t +
               "\n  from: client\n  to: 1.2.3.4:80\n  note: " + t +
               "\n  hop-notes:\n  - hop: 2\n    note: " + t + "\n";
    };
    const QString path = QStringLiteral("/l/t.lesson.yaml");
    const Lesson lesson = LessonReader::readBytes(lessonWith(text), path);
    QVERIFY2(lesson.problems.isEmpty(), qPrintable(codes(lesson.problems).join(u'\n')));
    const QByteArray yaml = LessonWriter::toYaml(lesson, path);
    const QByteArray expected = "# Hopscope lesson (format: README, \"Lessons\")\n"
                                "title: " + written + "\nmanifests:\n  - a.yaml\nrequests:\n"
                                "  - title: " + written + "\n    from: client\n"
                                "    to: 1.2.3.4:80\n    note: " + written +
                                "\n    hop-notes:\n      - hop: 2\n        note: " + written +
                                "\n";
    QCOMPARE(yaml, expected);
    // Read back: the same texts; saved again: the same bytes.
    const Lesson back = LessonReader::readBytes(yaml, path);
    QVERIFY2(back.problems.isEmpty(), qPrintable(codes(back.problems).join(u'\n')));
    QCOMPARE(back.title, lesson.title);
    QCOMPARE(back.requests.value(0).title, lesson.requests.value(0).title);
    QCOMPARE(back.requests.value(0).note, lesson.requests.value(0).note);
    QCOMPARE(back.requests.value(0).hopNotes, lesson.requests.value(0).hopNotes);
    QCOMPARE(LessonWriter::toYaml(back, path), yaml);
}

void TestLessonWriter::bundledLessonsByteStable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("embed");
    QTest::newRow("myapp") << QStringLiteral("myapp.lesson.yaml") << false;
    QTest::newRow("myapp, embedded (Save Lesson of the demo)")
        << QStringLiteral("myapp.lesson.yaml") << true;
    QTest::newRow("voting app") << QStringLiteral("voting-app.lesson.yaml") << false;
    QTest::newRow("voting app, embedded") << QStringLiteral("voting-app.lesson.yaml") << true;
}

void TestLessonWriter::bundledLessonsByteStable()
{
    QFETCH(QString, file);
    QFETCH(bool, embed);
    Lesson lesson = LessonReader::readFile(DemoDir + u'/' + file);
    QVERIFY(lesson.isValid());
    if (embed)
        QVERIFY(LessonWriter::embedManifests(&lesson, DemoDir, nullptr));
    const QString path = DemoDir + QStringLiteral("/saved.lesson.yaml");
    const QByteArray first = LessonWriter::toYaml(lesson, path);
    QVERIFY2(first.contains("ko: "), first.constData()); // both languages are kept
    QVERIFY2(first.contains("en: "), first.constData());
    const Lesson back = LessonReader::readBytes(first, path);
    QVERIFY2(back.problems.isEmpty(), qPrintable(codes(back.problems).join(u'\n')));
    QCOMPARE(back.title, lesson.title);
    QCOMPARE(back.requests.size(), lesson.requests.size());
    for (int i = 0; i < lesson.requests.size(); ++i) {
        QCOMPARE(back.requests[i].title, lesson.requests[i].title);
        QCOMPARE(back.requests[i].note, lesson.requests[i].note);
        QVERIFY(!back.requests[i].title.text(u"ko").isEmpty());
    }
    QCOMPARE(LessonWriter::toYaml(back, path), first);
}

QTEST_GUILESS_MAIN(TestLessonWriter)
#include "tst_lessonwriter.moc"
