// Lessons (core/lesson.h): the bundled demo lessons read cleanly and build their clusters;
// paths resolve against the lesson's folder; inline manifests and settings work; bad lessons
// give located diagnostics, never a crash.

#include "core/model/cluster.h"
#include "core/classroom/lesson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hopscope;

namespace {

const QString DemoDir = QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo");

QStringList codes(const Diagnostics &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out << d.code;
    return out;
}

} // namespace

class TestLesson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledLessons_data();
    void bundledLessons();
    void bundledLessonsBuild_data();
    void bundledLessonsBuild();
    void relativePathsResolveAgainstTheLesson();
    void inlineManifestAndSettings();
    void requestFields();
    void kubeProxyOptionsAndClients();
    void invalid_data();
    void invalid();
    void unknownKeysWarn();
    void lessonFileNames();
    void outsideTheFolderNeedsConsent();
    void whatIfProblemsAreLocated();
};

void TestLesson::bundledLessons_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("manifest");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<int>("destinationsOfFirst");
    QTest::newRow("myapp: the seed's default cluster scenarios")
        << QStringLiteral("myapp.lesson.yaml") << QStringLiteral("myapp.yaml")
        << QStringList{QStringLiteral("Client → pod IP directly (fails)"),
                       QStringLiteral("SSH to node-1, then curl the pod"),
                       QStringLiteral("SSH to node-1, then curl a pod on node-2"),
                       QStringLiteral("Client → NodePort 30008 on each node"),
                       QStringLiteral("front-end pod → back-end Service (ClusterIP, by DNS name)"),
                       QStringLiteral("back-end → redis")}
        << 1;
    QTest::newRow("voting app: NodePorts from every node IP and the load balancer")
        << QStringLiteral("voting-app.lesson.yaml") << QStringLiteral("voting-app.yaml")
        << QStringList{QStringLiteral("Vote from every node IP (30035)"),
                       QStringLiteral("Results (31061)"),
                       QStringLiteral("Client → LoadBalancer vote-lb")}
        << 4;
}

void TestLesson::bundledLessons()
{
    QFETCH(QString, file);
    QFETCH(QString, manifest);
    QFETCH(QStringList, titles);
    QFETCH(int, destinationsOfFirst);
    const Lesson lesson = LessonReader::readFile(DemoDir + u'/' + file);
    QVERIFY2(lesson.problems.isEmpty(), qPrintable(codes(lesson.problems).join(u',')));
    QVERIFY(lesson.isValid());
    QVERIFY(!lesson.title.isEmpty());
    QCOMPARE(lesson.manifests.size(), 1);
    QCOMPARE(lesson.manifests.first().path, QDir::cleanPath(DemoDir + u'/' + manifest));
    QStringList got;
    for (const LessonRequest &r : lesson.requests)
        got << pick(r.title, u"en");
    QCOMPARE(got, titles);
    QCOMPARE(lesson.requests.first().to.size(), destinationsOfFirst);
    for (const LessonRequest &r : lesson.requests)
        QVERIFY2(r.expect != LessonRequest::Expect::Unspecified, qPrintable(pick(r.title, u"en")));
}

void TestLesson::bundledLessonsBuild_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QString>("firstNodeIP");
    // DESIGN.md "Default cluster": 3 nodes from 192.168.1.2; the voting app's Node objects.
    QTest::newRow("myapp: default cluster")
        << QStringLiteral("myapp.lesson.yaml") << 3 << QStringLiteral("192.168.1.2");
    QTest::newRow("voting app: four nodes from its Node objects")
        << QStringLiteral("voting-app.lesson.yaml") << 4 << QStringLiteral("192.168.56.70");
}

void TestLesson::bundledLessonsBuild()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(QString, firstNodeIP);
    const Lesson lesson = LessonReader::readFile(DemoDir + u'/' + file);
    const Cluster c = lesson.buildCluster(ClusterSettings{});
    QVERIFY2(!hasErrors(c.diagnostics), qPrintable(codes(c.diagnostics).join(u',')));
    QCOMPARE(c.nodes.size(), nodes);
    QCOMPARE(c.nodes.first().internalIP, firstNodeIP);
    QVERIFY(c.pods.size() > 3);
}

void TestLesson::relativePathsResolveAgainstTheLesson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("lessons/manifests")));
    QFile m(dir.filePath(QStringLiteral("lessons/manifests/pod.yaml")));
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
            "  - name: c\n    image: nginx\n");
    m.close();
    const QString lessonPath = dir.filePath(QStringLiteral("lessons/one.lesson.yaml"));
    QFile l(lessonPath);
    QVERIFY(l.open(QIODevice::WriteOnly));
    l.write("title: One pod\nmanifests:\n- manifests/pod.yaml\n- ../lessons/manifests/pod.yaml\n");
    l.close();
    const Lesson lesson = LessonReader::readFile(lessonPath);
    QVERIFY(lesson.problems.isEmpty());
    QCOMPARE(lesson.manifests.size(), 2);
    QCOMPARE(lesson.manifests[0].path, QFileInfo(m).absoluteFilePath());
    QCOMPARE(lesson.manifests[1].path, QFileInfo(m).absoluteFilePath());
    QVERIFY(lesson.requests.isEmpty());
}

void TestLesson::inlineManifestAndSettings()
{
    // Settings are named after the flags (DESIGN.md, "Command-line contract").
    const QByteArray yaml = "title: Inline\n"
                            "settings:\n"
                            "  nodes: 2\n"
                            "  service-node-port-range: 31000-31100\n"
                            "manifests:\n"
                            "- name: web.yaml\n"
                            "  inline: |\n"
                            "    apiVersion: v1\n"
                            "    kind: Service\n"
                            "    metadata:\n"
                            "      name: web\n"
                            "    spec:\n"
                            "      type: NodePort\n"
                            "      selector: {app: web}\n"
                            "      ports:\n"
                            "      - port: 80\n";
    const Lesson lesson = LessonReader::readBytes(yaml, QStringLiteral("/x/inline.lesson.yaml"));
    QVERIFY2(lesson.problems.isEmpty(), qPrintable(codes(lesson.problems).join(u',')));
    QCOMPARE(lesson.manifests.size(), 1);
    QVERIFY(lesson.manifests.first().isInline());
    QCOMPARE(lesson.manifests.first().name, QStringLiteral("web.yaml"));
    Diagnostics problems;
    const ClusterSettings s = lesson.applySettings(ClusterSettings{}, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(s.nodeCount, 2);
    QCOMPARE(s.nodePortMin, 31000);
    QCOMPARE(s.nodePortMax, 31100);
    const Cluster c = lesson.buildCluster(ClusterSettings{});
    QCOMPARE(c.nodes.size(), 2);
    const ServiceInfo *web = c.serviceByName(QStringLiteral("default"), QStringLiteral("web"));
    QVERIFY(web);
    // A1.3: the nodePort is allocated from the configured range.
    QVERIFY(web->ports.first().nodePort >= 31000 && web->ports.first().nodePort <= 31100);
}

void TestLesson::kubeProxyOptionsAndClients()
{
    // kube-proxy's options by their flag names, and outside hosts a request names client/NAME.
    const QByteArray yaml = "title: Options\n"
                            "settings:\n"
                            "  masquerade-all: true\n"
                            "  nodeport-addresses: 192.168.1.0/24\n"
                            "  detect-local-mode: NodeCIDR\n"
                            "  iptables-localhost-nodeports: false\n"
                            "  load-balancer-target: node-port\n"
                            "  proxy-mode: nftables\n"
                            "clients:\n"
                            "- name: office\n"
                            "  address: 203.0.113.7\n"
                            "manifests:\n"
                            "- inline: |\n"
                            "    apiVersion: v1\n"
                            "    kind: Namespace\n"
                            "    metadata: {name: x}\n";
    const Lesson lesson = LessonReader::readBytes(yaml, QStringLiteral("/x/options.lesson.yaml"));
    QVERIFY2(lesson.problems.isEmpty(), qPrintable(codes(lesson.problems).join(u',')));
    QCOMPARE(lesson.clients.size(), 1);
    Diagnostics problems;
    const ClusterSettings s = lesson.applySettings(ClusterSettings{}, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(s.masqueradeAll);
    QCOMPARE(s.nodePortAddresses, QStringList{QStringLiteral("192.168.1.0/24")});
    QCOMPARE(s.detectLocalMode, ClusterSettings::DetectLocalMode::NodeCIDR);
    QVERIFY(!s.localhostNodePorts);
    QCOMPARE(s.loadBalancerTarget, ClusterSettings::LoadBalancerTarget::NodePort);
    QCOMPARE(s.proxyMode, ClusterSettings::ProxyMode::Nftables); // kube-proxy --proxy-mode
    QCOMPARE(s.clients.size(), 1);
    QCOMPARE(s.clients.first().second, QStringLiteral("203.0.113.7"));
    // Written back as the same flags.
    const auto flags = Lesson::settingsFlags(s);
    QVERIFY(flags.contains(qMakePair(QStringLiteral("detect-local-mode"),
                                     QStringLiteral("NodeCIDR"))));
    QVERIFY(flags.contains(qMakePair(QStringLiteral("masquerade-all"), QStringLiteral("true"))));
    QVERIFY(flags.contains(qMakePair(QStringLiteral("proxy-mode"), QStringLiteral("nftables"))));
}

void TestLesson::requestFields()
{
    const QByteArray yaml = "title: R\nmanifests: [a.yaml]\nrequests:\n"
                            "- title: pinned\n  from: pod/web-0\n  to: web:80\n  seed: 7\n"
                            "  endpoint: 10.244.1.2:80\n  expect: delivered\n  note: Hi\n"
                            "- title: list\n  from: client\n  to: [1.2.3.4:1, 1.2.3.5:2]\n";
    const Lesson lesson = LessonReader::readBytes(yaml, QStringLiteral("/l/r.lesson.yaml"));
    QVERIFY(lesson.problems.isEmpty());
    QCOMPARE(lesson.requests.size(), 2);
    const LessonRequest &a = lesson.requests[0];
    QCOMPARE(a.line, 4);
    const TraceRequest t = a.traceRequest();
    QCOMPARE(t.from, QStringLiteral("pod/web-0"));
    QCOMPARE(t.to, QStringLiteral("web:80"));
    QCOMPARE(t.seed, quint64(7));
    QCOMPARE(t.pinnedEndpoint, QStringLiteral("10.244.1.2:80"));
    QCOMPARE(a.expect, LessonRequest::Expect::Delivered);
    QCOMPARE(a.note, LessonText(QStringLiteral("Hi")));
    const LessonRequest &b = lesson.requests[1];
    QCOMPARE(b.seed, quint64(1));
    QCOMPARE(b.traceRequest(1).to, QStringLiteral("1.2.3.5:2"));
    QCOMPARE(b.traceRequest(9).to, QStringLiteral("1.2.3.5:2")); // clamped
    QCOMPARE(lesson.manifests.first().path, QStringLiteral("/l/a.yaml"));
}

void TestLesson::invalid_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("not a mapping")
        << QByteArray("- a\n- b\n") << QStringLiteral("lesson-invalid") << 1;
    QTest::newRow("no title") << QByteArray("manifests: [a.yaml]\n")
                              << QStringLiteral("lesson-invalid") << 1;
    QTest::newRow("no manifests") << QByteArray("title: x\n") << QStringLiteral("lesson-invalid")
                                  << 1;
    QTest::newRow("manifests not a list")
        << QByteArray("title: x\nmanifests: a.yaml\n") << QStringLiteral("lesson-invalid") << 2;
    QTest::newRow("request without to")
        << QByteArray("title: x\nmanifests: [a]\nrequests:\n- title: t\n  from: client\n")
        << QStringLiteral("lesson-invalid") << 4;
    QTest::newRow("negative seed")
        << QByteArray("title: x\nmanifests: [a]\nrequests:\n- {title: t, from: c, to: d, "
                      "seed: -1}\n")
        << QStringLiteral("lesson-invalid") << 4;
    QTest::newRow("bad expect")
        << QByteArray("title: x\nmanifests: [a]\nrequests:\n- title: t\n  from: c\n  to: d\n"
                      "  expect: maybe\n")
        << QStringLiteral("lesson-invalid") << 7;
    QTest::newRow("YAML syntax error")
        << QByteArray("title: [x\n") << QStringLiteral("yaml-syntax") << 2;
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("lesson-invalid") << 0;
}

void TestLesson::invalid()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, code);
    QFETCH(int, line);
    const Lesson lesson = LessonReader::readBytes(yaml, QStringLiteral("bad.lesson.yaml"));
    QVERIFY(!lesson.isValid());
    QVERIFY2(!lesson.problems.isEmpty(), "a diagnostic");
    const Diagnostic &d = lesson.problems.first();
    QCOMPARE(d.code, code);
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.where.file, QStringLiteral("bad.lesson.yaml"));
    if (code != u"yaml-syntax")
        QCOMPARE(d.where.line, line);
    QVERIFY(!d.message.isEmpty());
}

void TestLesson::unknownKeysWarn()
{
    const Lesson lesson = LessonReader::readBytes(
        "title: x\nmanifests: [a]\nwhatIf: []\nrequests:\n- {title: t, from: c, to: d, step: 2}\n",
        QStringLiteral("w.lesson.yaml"));
    QVERIFY(lesson.isValid());
    QCOMPARE(codes(lesson.problems), QStringList({QStringLiteral("lesson-unknown-key"),
                                                  QStringLiteral("lesson-unknown-key")}));
    QCOMPARE(lesson.problems.first().severity, Severity::Warning);
    QCOMPARE(lesson.problems.first().where.line, 3);
    QCOMPARE(lesson.requests.size(), 1);
}

// A lesson from someone else must not make a teacher show (or embed and re-share) their files:
// absolute paths, ".." escapes and symlinks out of the lesson's folder are read only with consent.
void TestLesson::outsideTheFolderNeedsConsent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("lessons")));
    const QByteArray pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: NAME\nspec:\n"
                           "  containers:\n  - name: c\n    image: nginx\n";
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    const QString secret = dir.filePath(QStringLiteral("secret.yaml"));
    QVERIFY(write(secret, QByteArray(pod).replace("NAME", "secret")));
    QVERIFY(write(dir.filePath(QStringLiteral("lessons/web.yaml")),
                  QByteArray(pod).replace("NAME", "web")));
    QVERIFY(QFile::link(secret, dir.filePath(QStringLiteral("lessons/link.yaml"))));
    const QString lessonPath = dir.filePath(QStringLiteral("lessons/x.lesson.yaml"));
    QVERIFY(write(lessonPath, "title: x\nmanifests:\n- web.yaml\n- ../secret.yaml\n- " +
                                  QFile::encodeName(secret) + "\n- link.yaml\n"));
    Lesson lesson = LessonReader::readFile(lessonPath);
    QVERIFY(lesson.isValid());
    QCOMPARE(lesson.outsidePaths(),
             (QStringList{secret, secret, dir.filePath(QStringLiteral("lessons/link.yaml"))}));

    // Without consent: one located error per path, and nothing outside is read.
    Cluster refused = lesson.buildCluster(ClusterSettings());
    QStringList got;
    for (const Diagnostic &d : refused.diagnostics)
        if (d.code == u"lesson-outside")
            got << QStringLiteral("%1:%2").arg(QFileInfo(d.where.file).fileName()).arg(d.where.line);
    QCOMPARE(got, (QStringList{QStringLiteral("x.lesson.yaml:4"), QStringLiteral("x.lesson.yaml:5"),
                               QStringLiteral("x.lesson.yaml:6")}));
    QVERIFY(!refused.files.contains(secret));
    Diagnostics problems;
    QCOMPARE(lesson.readablePaths(&problems),
             QStringList{dir.filePath(QStringLiteral("lessons/web.yaml"))});
    QCOMPARE(problems.size(), 3);
    Lesson embedded = lesson;
    QVERIFY(!LessonWriter::embedManifests(&embedded, dir.filePath(QStringLiteral("lessons")),
                                          &problems));
    QCOMPARE(embedded.manifests.size(), 4); // unchanged: nothing was copied in

    // With consent: read as named.
    lesson.allowOutside = true;
    const Cluster allowed = lesson.buildCluster(ClusterSettings());
    QVERIFY(allowed.files.contains(secret));
    QVERIFY(LessonWriter::embedManifests(&lesson, dir.filePath(QStringLiteral("lessons")),
                                         nullptr));
}

// An edit a later version may know is a warning at its line, not a broken lesson; an edit naming
// an object that is not there is refused at its line.
void TestLesson::whatIfProblemsAreLocated()
{
    const Lesson lesson = LessonReader::readBytes(
        "title: x\nmanifests:\n- inline: |\n    apiVersion: v1\n    kind: Pod\n    metadata:\n"
        "      name: web\n    spec:\n      containers:\n      - name: c\n        image: n\n"
        "whatif:\n- teleport pod/default/web\n- delete-pod pod/default/nothere\n",
        QStringLiteral("w.lesson.yaml"));
    QVERIFY(lesson.isValid());
    QCOMPARE(codes(lesson.problems), QStringList{QStringLiteral("lesson-whatif-unknown")});
    QCOMPARE(lesson.problems.first().severity, Severity::Warning);
    QCOMPARE(lesson.problems.first().where.line, 13);
    Diagnostics problems;
    lesson.replayWhatIfs(lesson.buildCluster(ClusterSettings()), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().where.file, QStringLiteral("w.lesson.yaml"));
    QCOMPARE(problems.first().where.line, 14);
}

void TestLesson::lessonFileNames()
{
    QVERIFY(isLessonFileName(QStringLiteral("/a/myapp.lesson.yaml")));
    QVERIFY(isLessonFileName(QStringLiteral("x.lesson.yml")));
    QVERIFY(!isLessonFileName(QStringLiteral("myapp.yaml")));
    QVERIFY(!isLessonFileName(QStringLiteral("lesson.yaml.bak")));
}

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
