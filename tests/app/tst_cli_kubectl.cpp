// `hopscope kubectl FILE... -- ...` as a user runs it: the built binary, its stdout, stderr and
// exit code (DESIGN.md command-line contract: 0 ok, 1 manifest errors, 2 usage errors; kubectl's
// own 1 for an object not found). The exact formats are checked in tst_kubectlprinter; here the
// checks hold whatever addresses the cluster builder allocates.

#include "clitestsupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

using Run = hopscope::testing::CliRun;

Run runKubectl(const QStringList &args)
{
    return hopscope::testing::runHopscope(QStringList{QStringLiteral("kubectl")} + args);
}

QString fixture(const QString &relative)
{
    return QStringLiteral(HOPSCOPE_TEST_DATA "/") + relative;
}

// While the reader or the builder is a placeholder, every file "fails" with this code.
bool notImplemented(const Run &r)
{
    return r.err.contains(QStringLiteral("not-implemented")) ||
           r.err.contains(QStringLiteral("not implemented yet"));
}

QStringList lines(const QString &text)
{
    QStringList l = text.split(u'\n');
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}

bool anyLineMatches(const QString &text, const QString &pattern)
{
    const QRegularExpression re(pattern);
    for (const QString &line : lines(text))
        if (re.match(line).hasMatch())
            return true;
    return false;
}

} // namespace

class TestCliKubectl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void manifestErrors();
    void getServices();
    void getPodsNodesEndpoints();
    void describeService();
    void notFoundAndEmpty();
    void sharedVotingApp();
};

void TestCliKubectl::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(HOPSCOPE_BINARY)))
        QSKIP("the hopscope binary is not built");
}

void TestCliKubectl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrLine"); // a line stderr must hold ("" = any)

    const QString file = fixture(QStringLiteral("valid/kubectl/web-nodeport.yaml"));
    QTest::newRow("no files") << QStringList{"--", "get", "svc"} << QString();
    QTest::newRow("no -- and no command") << QStringList{file} << QString();
    QTest::newRow("unknown resource type (kubectl's text)")
        << QStringList{file, "--", "get", "foo"}
        << "error: the server doesn't have a resource type \"foo\"";
    QTest::newRow("unknown kubectl command")
        << QStringList{file, "--", "frobnicate"}
        << "error: unknown command \"frobnicate\" for \"kubectl\"";
    QTest::newRow("missing resource")
        << QStringList{file, "--", "get"} << "error: Required resource not specified.";
    QTest::newRow("unsupported output format")
        << QStringList{file, "--", "get", "svc", "-o", "yaml"} << QString();
    QTest::newRow("bad cluster option")
        << QStringList{file, "--service-node-port-range", "nope", "--", "get", "svc"} << QString();
    QTest::newRow("unknown hopscope option")
        << QStringList{file, "--frobnicate", "--", "get", "svc"} << QString();
}

void TestCliKubectl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrLine);
    const Run r = runKubectl(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY(!r.err.isEmpty());
    if (!stderrLine.isEmpty())
        QVERIFY2(lines(r.err).contains(stderrLine), qPrintable(r.err));
}

// Broken YAML: gcc-style diagnostics on stderr, nothing on stdout, exit 1.
void TestCliKubectl::manifestErrors()
{
    const QString file = fixture(QStringLiteral("invalid/kubectl/unclosed-flow.yaml"));
    const Run r = runKubectl({file, "--", "get", "svc"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(file), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(": error: ")), qPrintable(r.err));
    if (notImplemented(r))
        return; // the placeholder reports the file without a position
    // file:line:col: error: message
    QVERIFY2(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(file) +
                                QStringLiteral(":\\d+:\\d+: error: "))
                 .match(r.err)
                 .hasMatch(),
             qPrintable(r.err));
}

void TestCliKubectl::getServices()
{
    const QString file = fixture(QStringLiteral("valid/kubectl/web-nodeport.yaml"));
    const Run r = runKubectl({file, "--", "get", "svc"});
    if (notImplemented(r))
        QSKIP("the manifest reader or the cluster builder is still a placeholder");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QStringList l = lines(r.out);
    QCOMPARE(l.size(), 3); // header, kubernetes, web (A5: default namespace, key order)
    QVERIFY(QRegularExpression(
                QStringLiteral("^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\\(S\\) +AGE$"))
                .match(l[0])
                .hasMatch());
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^kubernetes +ClusterIP +10\\.96\\.0\\.1 +<none> +443/TCP "
                                "+<unknown>$"))
                 .match(l[1])
                 .hasMatch(),
             qPrintable(r.out));
    QVERIFY2(QRegularExpression(QStringLiteral("^web +NodePort +10\\.\\d+\\.\\d+\\.\\d+ +<none> "
                                               "+80:30008/TCP +<unknown>$"))
                 .match(l[2])
                 .hasMatch(),
             qPrintable(r.out));
    // Columns line up (tab writer) and no line ends with a space.
    QCOMPARE(l[1].indexOf(QStringLiteral("ClusterIP")), l[0].indexOf(QStringLiteral("TYPE")));
    QCOMPARE(l[2].indexOf(QStringLiteral("NodePort")), l[0].indexOf(QStringLiteral("TYPE")));
    QCOMPARE(l[2].indexOf(QStringLiteral("80:30008")), l[0].indexOf(QStringLiteral("PORT(S)")));
    for (const QString &line : l)
        QVERIFY(!line.endsWith(u' '));

    const Run wide = runKubectl({file, "--", "get", "services", "-o", "wide"});
    QCOMPARE(wide.exitCode, 0);
    QVERIFY2(anyLineMatches(wide.out, QStringLiteral("^web +NodePort .* +<unknown> +app=web$")),
             qPrintable(wide.out));
    const Run all = runKubectl({file, "--", "get", "svc", "-A"});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(lines(all.out).value(0).startsWith(QStringLiteral("NAMESPACE ")));
    QVERIFY2(anyLineMatches(all.out, QStringLiteral("^default +web +NodePort ")),
             qPrintable(all.out));
}

void TestCliKubectl::getPodsNodesEndpoints()
{
    const QString file = fixture(QStringLiteral("valid/kubectl/web-nodeport.yaml"));
    const Run pods = runKubectl({file, "--", "get", "pods", "-o", "wide"});
    if (notImplemented(pods))
        QSKIP("the manifest reader or the cluster builder is still a placeholder");
    QCOMPARE(pods.exitCode, 0);
    const QStringList p = lines(pods.out);
    QCOMPARE(p.size(), 3); // header + the Deployment's two replicas
    QVERIFY(QRegularExpression(QStringLiteral("^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE "
                                              "+NOMINATED NODE +READINESS GATES$"))
                .match(p[0])
                .hasMatch());
    for (int i = 1; i < p.size(); ++i)
        QVERIFY2(QRegularExpression(QStringLiteral("^web-[a-z0-9]+-[a-z0-9]+ +1/1 +Running +0 "
                                                   "+<unknown> +10\\.244\\.\\d+\\.\\d+ "
                                                   "+node-\\d +<none> +<none>$"))
                     .match(p[i])
                     .hasMatch(),
                 qPrintable(pods.out));

    const Run nodes = runKubectl({file, "--", "get", "nodes"});
    QCOMPARE(nodes.exitCode, 0);
    const QStringList n = lines(nodes.out);
    QCOMPARE(n.size(), 4); // the default cluster: node-1 … node-3
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^node-%1 +Ready +\\S+ +<unknown> +v1\\.33\\.0$").arg(i))
                     .match(n[i])
                     .hasMatch(),
                 qPrintable(nodes.out));

    const Run ep = runKubectl({file, "--", "get", "ep", "web"});
    QCOMPARE(ep.exitCode, 0);
    // v1.33+: kubectl prints the API server's deprecation warning of v1 Endpoints on stderr.
    QCOMPARE(ep.err, QStringLiteral("Warning: v1 Endpoints is deprecated in v1.33+; use "
                                    "discovery.k8s.io/v1 EndpointSlice\n"));
    QVERIFY2(QRegularExpression(QStringLiteral("^web +10\\.244\\.\\d+\\.\\d+:80,"
                                               "10\\.244\\.\\d+\\.\\d+:80 +<unknown>$"))
                 .match(lines(ep.out).value(1))
                 .hasMatch(),
             qPrintable(ep.out));
}

void TestCliKubectl::describeService()
{
    const QString file = fixture(QStringLiteral("valid/kubectl/web-nodeport.yaml"));
    const Run r = runKubectl({file, "--", "describe", "svc", "web"});
    if (notImplemented(r))
        QSKIP("the manifest reader or the cluster builder is still a placeholder");
    QCOMPARE(r.exitCode, 0);
    const QStringList l = lines(r.out);
    // A5: values after the widest key ("External Traffic Policy:") + 2, i.e. column 27.
    QCOMPARE(l.value(0), QStringLiteral("Name:                     web"));
    QVERIFY2(l.contains(QStringLiteral("Type:                     NodePort")), qPrintable(r.out));
    QVERIFY(l.contains(QStringLiteral("Port:                     <unset>  80/TCP")));
    QVERIFY(l.contains(QStringLiteral("TargetPort:               80/TCP")));
    QVERIFY(l.contains(QStringLiteral("NodePort:                 <unset>  30008/TCP")));
    QVERIFY(l.contains(QStringLiteral("External Traffic Policy:  Cluster")));
    QCOMPARE(l.value(l.size() - 1), QStringLiteral("Events:                   <none>"));
}

void TestCliKubectl::notFoundAndEmpty()
{
    const QString file = fixture(QStringLiteral("valid/kubectl/web-nodeport.yaml"));
    const Run missing = runKubectl({file, "--", "describe", "svc", "nope"});
    if (notImplemented(missing))
        QSKIP("the manifest reader or the cluster builder is still a placeholder");
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.out, QString());
    QCOMPARE(missing.err,
             QStringLiteral("Error from server (NotFound): services \"nope\" not found\n"));

    const Run empty = runKubectl({file, "--", "get", "svc", "-n", "nowhere"});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QString());
    QCOMPARE(empty.err, QStringLiteral("No resources found in nowhere namespace.\n"));
}

// The example voting app's NodePort Services, from the shared manifests.
void TestCliKubectl::sharedVotingApp()
{
    const QString dir = QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/example-voting-app");
    if (!QDir(dir).exists())
        QSKIP("the shared manifests are not here");
    const Run r = runKubectl({dir, "--", "get", "svc", "-o", "wide"});
    if (notImplemented(r))
        QSKIP("the manifest reader or the cluster builder is still a placeholder");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(anyLineMatches(r.out, QStringLiteral("^vote +NodePort +\\S+ +<none> "
                                                  "+8080:31000/TCP +<unknown> +app=vote$")),
             qPrintable(r.out));
    QVERIFY2(anyLineMatches(r.out, QStringLiteral("^result +NodePort +\\S+ +<none> "
                                                  "+8081:31001/TCP +<unknown> +app=result$")),
             qPrintable(r.out));
    QVERIFY2(anyLineMatches(r.out, QStringLiteral("^db +ClusterIP +10\\.\\S+ +<none> "
                                                  "+5432/TCP +<unknown> +app=db$")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliKubectl)
#include "tst_cli_kubectl.moc"
