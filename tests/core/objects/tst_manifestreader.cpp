// The streaming manifest reader: every input form of issue "walking skeleton", with marks.
#include "core/objects/manifestreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hopscope;

namespace {

ManifestSet read(const QByteArray &yaml, ReadOptions options = {})
{
    return ManifestReader::readBytes(yaml, QStringLiteral("in.yaml"), options);
}

QStringList codes(const ManifestSet &set)
{
    QStringList out;
    for (const Diagnostic &d : set.diagnostics)
        out << QStringLiteral("%1@%2:%3").arg(d.code).arg(d.where.line).arg(d.where.column);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray kService = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"
                            "spec:\n  ports:\n  - port: 80\n";

} // namespace

class TestManifestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data();
    void forms();
    void serviceFields();
    void workloadFields();
    void fieldMarks();
    void kubectlListItemsKeepLines();
    void brokenDocumentKeepsOthers();
    void diagnostics_data();
    void diagnostics();
    void directoryRecursiveSorted();
    void directoryGuards();
    void missingPath();
    void realManifests_data();
    void realManifests();
};

// Each row: input, then "services pods workloads nodes skipped(info)" and the first object's line.
void TestManifestReader::forms_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("services");
    QTest::addColumn<int>("workloads");
    QTest::addColumn<int>("infos");
    QTest::addColumn<int>("firstLine");

    QTest::newRow("single document") << kService << 1 << 0 << 0 << 1;
    QTest::newRow("leading comments and --- marker")
        << QByteArray("# a comment\n\n---\n") + kService << 1 << 0 << 0 << 4;
    QTest::newRow("multi-document with --- between")
        << kService + "---\n" + QByteArray(kService).replace("web", "api") << 2 << 0 << 0 << 1;
    QTest::newRow("... end markers")
        << kService + "...\n---\n" + QByteArray(kService).replace("web", "api") + "...\n" << 2
        << 0 << 0 << 1;
    QTest::newRow("empty documents are skipped")
        << QByteArray("---\n---\n# only a comment\n---\n") + kService + "---\n" << 1 << 0 << 0
        << 5;
    QTest::newRow("flow style")
        << QByteArray("{apiVersion: v1, kind: Service, metadata: {name: web}, "
                      "spec: {ports: [{port: 80}]}}\n")
        << 1 << 0 << 0 << 1;
    QTest::newRow("JSON")
        << QByteArray("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Service\",\n  \"metadata\": "
                      "{\"name\": \"web\"},\n  \"spec\": {\"ports\": [{\"port\": 80}]}\n}\n")
        << 1 << 0 << 0 << 1;
    QTest::newRow("kind: List as kubectl writes it")
        << QByteArray("apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n"
                      "    name: a\n  spec:\n    ports:\n    - port: 80\n- apiVersion: apps/v1\n"
                      "  kind: Deployment\n  metadata:\n    name: d\n  spec:\n    selector:\n"
                      "      matchLabels: {app: d}\n    template:\n      metadata:\n"
                      "        labels: {app: d}\n      spec:\n        containers:\n"
                      "        - name: c\n          image: nginx\nkind: List\nmetadata:\n"
                      "  resourceVersion: \"\"\n")
        << 1 << 1 << 0 << 3;
    QTest::newRow("kind: List indented items")
        << QByteArray("apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n"
                      "    metadata: {name: a}\n    spec: {ports: [{port: 80}]}\n")
        << 1 << 0 << 0 << 4;
    QTest::newRow("typed list (ServiceList)")
        << QByteArray("apiVersion: v1\nkind: ServiceList\nitems: [{apiVersion: v1, kind: Service, "
                      "metadata: {name: a}, spec: {ports: [{port: 80}]}}]\n")
        << 1 << 0 << 0 << 3;
    QTest::newRow("unknown kinds are skipped with an info")
        << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n") + kService
        << 1 << 0 << 1 << 6;
    QTest::newRow("windows line endings")
        << QByteArray(kService).replace("\n", "\r\n") << 1 << 0 << 0 << 1;
    QTest::newRow("UTF-8 byte-order mark") << QByteArray("\xEF\xBB\xBF") + kService << 1 << 0
                                           << 0 << 1;
}

void TestManifestReader::forms()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, services);
    QFETCH(int, workloads);
    QFETCH(int, infos);
    QFETCH(int, firstLine);
    const ManifestSet set = read(yaml);
    int errors = 0, infoCount = 0;
    for (const Diagnostic &d : set.diagnostics) {
        errors += d.severity == Severity::Error;
        infoCount += d.severity == Severity::Info;
    }
    QCOMPARE(errors, 0);
    QCOMPARE(infoCount, infos);
    QCOMPARE(set.services.size(), services);
    QCOMPARE(set.workloads.size(), workloads);
    const SourceLocation first = !set.services.isEmpty() ? set.services.first().meta.where
                                                         : set.workloads.first().meta.where;
    QCOMPARE(first.file, QStringLiteral("in.yaml"));
    QCOMPARE(first.line, firstLine);
}

void TestManifestReader::serviceFields()
{
    const ManifestSet set = read(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\n"
        "  labels: {app: web}\nspec:\n  type: NodePort\n  selector:\n    app: web\n"
        "  externalTrafficPolicy: Local\n  sessionAffinity: ClientIP\n"
        "  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n"
        "  externalIPs: [192.168.99.1]\n  ports:\n  - name: http\n    port: 80\n"
        "    targetPort: http-web\n    nodePort: 30080\n  - name: https\n    port: 443\n"
        "    targetPort: 8443\n    protocol: TCP\nstatus:\n  loadBalancer: {}\n");
    QVERIFY2(set.diagnostics.isEmpty(), qPrintable(codes(set).join(u' ')));
    QCOMPARE(set.services.size(), 1);
    const ServiceObject &s = set.services.first();
    QCOMPARE(s.meta.name, QStringLiteral("web"));
    QCOMPARE(s.meta.ns, QStringLiteral("shop"));
    QCOMPARE(s.type, QStringLiteral("NodePort"));
    QCOMPARE(s.selector.value(QStringLiteral("app")), QStringLiteral("web"));
    QVERIFY(s.selectorPresent);
    QCOMPARE(s.ports.size(), 2);
    QCOMPARE(s.ports[0].targetPort, IntOrString::fromString(QStringLiteral("http-web")));
    QCOMPARE(s.ports[0].nodePort, 30080);
    QCOMPARE(s.ports[1].targetPort, IntOrString::fromInt(8443));
    QCOMPARE(s.ports[0].protocol, QString()); // not defaulted by the reader
    QCOMPARE(s.externalTrafficPolicy, QStringLiteral("Local"));
    QCOMPARE(s.affinityTimeoutSeconds.value_or(0), 60);
    QCOMPARE(s.externalIPs, QStringList{QStringLiteral("192.168.99.1")});
    QVERIFY(s.statusLoadBalancerPresent);
    QVERIFY(s.loadBalancerIngress.isEmpty());
}

void TestManifestReader::workloadFields()
{
    const ManifestSet set = read(
        "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n"
        "  serviceName: web\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n"
        "    matchExpressions:\n    - {key: tier, operator: In, values: [a, b]}\n  template:\n"
        "    metadata:\n      labels: {app: web, tier: a}\n    spec:\n      nodeSelector:\n"
        "        disktype: ssd\n      containers:\n      - name: nginx\n        image: nginx\n"
        "        ports:\n        - name: web\n          containerPort: 80\n"
        "---\napiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec:\n"
        "  selector: {app: rc}\n  template:\n    metadata: {labels: {app: rc}}\n"
        "    spec: {containers: [{name: c, image: i}]}\n");
    QVERIFY2(set.diagnostics.isEmpty(), qPrintable(codes(set).join(u' ')));
    QCOMPARE(set.workloads.size(), 2);
    const WorkloadObject &w = set.workloads[0];
    QCOMPARE(w.kind, WorkloadKind::StatefulSet);
    QCOMPARE(w.replicas, 3);
    QCOMPARE(w.serviceName, QStringLiteral("web"));
    QVERIFY(w.selector.matches({{QStringLiteral("app"), QStringLiteral("web")},
                                {QStringLiteral("tier"), QStringLiteral("b")}}));
    QVERIFY(!w.selector.matches({{QStringLiteral("app"), QStringLiteral("web")}}));
    QCOMPARE(w.podTemplate.spec.nodeSelector.value(QStringLiteral("disktype")),
             QStringLiteral("ssd"));
    QCOMPARE(w.podTemplate.spec.containers.first().ports.first().containerPort, 80);
    QVERIFY(!w.podTemplate.canonical.isEmpty());
    const WorkloadObject &rc = set.workloads[1];
    QCOMPARE(rc.kind, WorkloadKind::ReplicationController);
    QCOMPARE(rc.replicas, 1); // replicas defaults to 1
    QCOMPARE(rc.selector.matchLabels.value(QStringLiteral("app")), QStringLiteral("rc"));
}

void TestManifestReader::fieldMarks()
{
    const ManifestSet set = read("# header\n" + kService + "    nodePort: 8080\n");
    QCOMPARE(set.services.size(), 1);
    const FieldMarks &marks = set.services.first().meta.marks;
    QCOMPARE(marks.value(QStringLiteral("spec.ports[0].nodePort")).line, 9);
    QCOMPARE(marks.value(QStringLiteral("spec.ports[0].nodePort")).column, 15);
    QCOMPARE(marks.value(QStringLiteral("spec.ports[0]")).line, 8);
    QCOMPARE(marks.value(QStringLiteral("metadata.name")).line, 5);
}

void TestManifestReader::kubectlListItemsKeepLines()
{
    // A dump of many items: each item is parsed on its own (in parallel), lines stay exact.
    QByteArray yaml = "apiVersion: v1\nitems:\n";
    const int n = 3000;
    for (int i = 0; i < n; ++i)
        yaml += "- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: p" + QByteArray::number(i) +
                "\n    namespace: default\n  spec:\n    containers:\n    - name: c\n"
                "      image: nginx\n  status:\n    podIP: 10.244." +
                QByteArray::number(i / 250) + "." + QByteArray::number(i % 250 + 2) + "\n";
    yaml += "kind: List\nmetadata:\n  resourceVersion: \"\"\n";
    const ManifestSet set = read(yaml);
    QVERIFY(set.diagnostics.isEmpty());
    QCOMPARE(set.pods.size(), n);
    for (int i = 0; i < n; i += 499) {
        QCOMPARE(set.pods[i].meta.name, QStringLiteral("p%1").arg(i));
        QCOMPARE(set.pods[i].meta.where.line, 3 + 11 * i);
        QCOMPARE(set.pods[i].meta.where.column, 3);
    }
    QCOMPARE(set.pods.last().podIP, QStringLiteral("10.244.11.251"));
}

void TestManifestReader::brokenDocumentKeepsOthers()
{
    const ManifestSet set = read(kService + "---\napiVersion: v1\nkind: Service\nmetadata:\n"
                                           "  name: broken\n   bad: indent\n---\n" +
                                 QByteArray(kService).replace("web", "api"));
    QCOMPARE(set.services.size(), 2);
    QCOMPARE(set.services[1].meta.name, QStringLiteral("api"));
    QCOMPARE(set.diagnostics.size(), 1);
    QCOMPARE(set.diagnostics[0].code, QStringLiteral("yaml-syntax"));
    QCOMPARE(set.diagnostics[0].where.line, 13); // "   bad: indent"
}

void TestManifestReader::diagnostics_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // code@line:col of the first diagnostic
    QTest::addColumn<QString>("message");  // a part of its message

    QTest::newRow("string where the API wants int32 (port: \"80\")")
        << QByteArray(kService).replace("port: 80", "port: \"80\"")
        << QStringLiteral("bad-field-type@7:11")
        << QStringLiteral("Service in version \"v1\" cannot be handled as a Service: json: "
                          "cannot unmarshal string into Go struct field ServicePort.spec.ports.port"
                          " of type int32");
    QTest::newRow("number as a label value (version: 1.10)")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n"
                      "    version: 1.10\nspec:\n  containers: [{name: c, image: i}]\n")
        << QStringLiteral("bad-field-type@6:14")
        << QStringLiteral("json: cannot unmarshal number into Go struct field "
                          "ObjectMeta.metadata.labels of type string");
    QTest::newRow("YAML 1.1 boolean as a selector value (yes)")
        << QByteArray(kService) + "  selector:\n    enabled: yes\n"
        << QStringLiteral("bad-field-type@9:14")
        << QStringLiteral("cannot unmarshal bool into Go struct field ServiceSpec.spec.selector "
                          "of type string");
    QTest::newRow("unknown field (nodeport) under strict decoding")
        << QByteArray(kService) + "    nodeport: 30080\n"
        << QStringLiteral("unknown-field@8:5")
        << QStringLiteral("strict decoding error: unknown field \"spec.ports[0].nodeport\"");
    QTest::newRow("removed apiVersion (extensions/v1beta1 Deployment)")
        << QByteArray("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: d\n")
        << QStringLiteral("unknown-apiversion@1:13")
        << QStringLiteral("no matches for kind \"Deployment\" in version \"extensions/v1beta1\"");
    QTest::newRow("missing kind") << QByteArray("apiVersion: v1\nmetadata:\n  name: x\n")
                                  << QStringLiteral("missing-kind@1:1")
                                  << QStringLiteral("Object 'Kind' is missing");
    QTest::newRow("missing name")
        << QByteArray("apiVersion: v1\nkind: Service\nspec:\n  ports: [{port: 80}]\n")
        << QStringLiteral("missing-name@1:1") << QStringLiteral("resource name may not be empty");
    QTest::newRow("a document that is a list")
        << QByteArray("- a\n- b\n") << QStringLiteral("not-an-object@1:1")
        << QStringLiteral("not a Kubernetes object");
    QTest::newRow("kind:Service without a space (yaml-cpp reports the next key)")
        << QByteArray("apiVersion: v1\nkind:Service\nmetadata:\n  name: x\n")
        << QStringLiteral("yaml-syntax@3:9") << QStringLiteral("illegal map value");
    // Guards (DESIGN.md, "Streaming YAML, with guards")
    QTest::newRow("a lone comma does not loop forever")
        << QByteArray(",") << QStringLiteral("yaml-stuck@1:1") << QStringLiteral("cannot get past");
    QTest::newRow("alias cycle &a [*a]") << QByteArray("a: &a [*a]\n")
                                         << QStringLiteral("yaml-alias-cycle@1:8")
                                         << QStringLiteral("endless loop");
    QTest::newRow("billion laughs")
        << QByteArray("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, "
                      "*a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, "
                      "*c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, "
                      "*d]\n")
        << QStringLiteral("yaml-alias-bomb@4:36") << QStringLiteral("billion laughs");
    QTest::newRow("nesting 200 deep") << QByteArray(200, '[') + QByteArray(200, ']')
                                      << QStringLiteral("yaml-too-deep@1:101")
                                      << QStringLiteral("deeper than 100");
    QTest::newRow("nesting 5000 deep (yaml-cpp's own DeepRecursion)")
        << QByteArray(5000, '[') << QStringLiteral("yaml-too-deep@1:51")
        << QStringLiteral("deeper than 100");
    QTest::newRow("NUL byte (a binary file)")
        << QByteArray("apiVersion: v1\nkind: \0Service\n", 30) << QStringLiteral("binary-file@2:7")
        << QStringLiteral("not a text file");
    QTest::newRow("invalid UTF-8") << QByteArray("apiVersion: v1\nkind: Serv\xC3\x28ice\n")
                                   << QStringLiteral("invalid-utf8@2:11")
                                   << QStringLiteral("not valid UTF-8");
    QTest::newRow("empty file") << QByteArray("  \n\n") << QStringLiteral("empty-file@0:0")
                                << QStringLiteral("empty");
}

void TestManifestReader::diagnostics()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    const ManifestSet set = read(yaml);
    QVERIFY2(timer.elapsed() < 10000, "reading must return promptly (hang guard)");
    QVERIFY(!set.diagnostics.isEmpty());
    QCOMPARE(codes(set).first(), expected);
    QVERIFY2(set.diagnostics.first().message.contains(message),
             qPrintable(set.diagnostics.first().message));
}

void TestManifestReader::directoryRecursiveSorted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath("b.yaml"), QByteArray(kService).replace("web", "b")));
    QVERIFY(writeFile(dir.filePath("a/z.yml"), QByteArray(kService).replace("web", "az")));
    QVERIFY(writeFile(dir.filePath("a/c.json"),
                      "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"ac\"},"
                      "\"spec\":{\"ports\":[{\"port\":1}]}}"));
    QVERIFY(writeFile(dir.filePath("README.md"), "# not a manifest: {["));
    const ManifestSet set = ManifestReader::readPaths({dir.path()});
    QVERIFY(set.diagnostics.isEmpty());
    QStringList names;
    for (const ServiceObject &s : set.services)
        names << s.meta.name;
    QCOMPARE(names, (QStringList{QStringLiteral("ac"), QStringLiteral("az"), QStringLiteral("b")}));
    QCOMPARE(set.files.size(), 3);
}

void TestManifestReader::directoryGuards()
{
    QTemporaryDir dir;
    for (int i = 0; i < 20; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("f%1.yaml").arg(i, 2, 10, QLatin1Char('0'))),
                          QByteArray(kService).replace("web", QByteArray("s").append(QByteArray::number(i)))));
    // a symlink loop must not be followed
    QVERIFY(QFile::link(dir.path(), dir.filePath("loop")));
    ReadOptions options;
    options.maxFiles = 5;
    const ManifestSet set = ManifestReader::readPaths({dir.path()}, options);
    QCOMPARE(set.services.size(), 5);
    QCOMPARE(set.diagnostics.size(), 1);
    QCOMPARE(set.diagnostics.first().code, QStringLiteral("too-many-files"));

    ReadOptions small;
    small.maxDocumentBytes = 40;
    const ManifestSet docs = read(kService + "---\napiVersion: v1\n", small);
    QCOMPARE(docs.diagnostics.first().code, QStringLiteral("document-too-large"));
    ReadOptions tiny;
    tiny.maxFileBytes = 10;
    QCOMPARE(read(kService, tiny).diagnostics.first().code, QStringLiteral("file-too-large"));
}

void TestManifestReader::missingPath()
{
    const ManifestSet set = ManifestReader::readPaths({QStringLiteral("/nonexistent/x.yaml")});
    QCOMPARE(set.diagnostics.size(), 1);
    QCOMPARE(set.diagnostics.first().code, QStringLiteral("no-such-file"));
}

// Real manifests from public projects (../shared/manifests) read without a single error.
void TestManifestReader::realManifests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("services");
    QTest::addColumn<int>("workloads");
    QTest::newRow("example-voting-app") << QStringLiteral("example-voting-app") << 4 << 5;
    QTest::newRow("guestbook (all files, legacy RCs included)")
        << QStringLiteral("kubernetes-examples-guestbook") << 8 << 11;
    QTest::newRow("bookinfo") << QStringLiteral("istio-bookinfo/bookinfo.yaml") << 4 << 6;
}

void TestManifestReader::realManifests()
{
    QFETCH(QString, path);
    QFETCH(int, services);
    QFETCH(int, workloads);
    const QString full = QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/") + path;
    if (!QFileInfo::exists(full))
        QSKIP("../shared/manifests is not here");
    const ManifestSet set = ManifestReader::readPaths({full});
    for (const Diagnostic &d : set.diagnostics)
        QVERIFY2(d.severity == Severity::Info, qPrintable(d.toString()));
    QCOMPARE(set.services.size(), services);
    QCOMPARE(set.workloads.size(), workloads);
}

QTEST_GUILESS_MAIN(TestManifestReader)
#include "tst_manifestreader.moc"
