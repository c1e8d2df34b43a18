// The teaching checks (manifestlint, objectlint, clusterlint) and the checks entry point, over
// the fixtures of tests/data/invalid/ (one per check and per hostile form) and generated
// hostile inputs: every problem at its line and column, and loading always returns.
#include "core/lint/checks.h"
#include "core/builder/clusterbuilder.h"
#include "core/lint/clusterlint.h"
#include "core/lint/manifestlint.h"
#include "core/yaml/yamltext.h"
#include "lintsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace hopscope;
using namespace lintsupport;

namespace {


// A stand-in for the cluster builder (which another branch writes): one pod per replica of
// each workload, on node-1, with the template's labels and ports; Services defaulted as
// SetDefaults_Service does (A1.1: protocol TCP, targetPort = port).
Cluster handBuiltCluster(const ManifestSet &set)
{
    Cluster c;
    int ip = 2;
    for (const WorkloadObject &w : set.workloads) {
        for (int i = 0; i < w.replicas; ++i) {
            PodInfo p;
            p.ns = w.meta.ns.isEmpty() ? QStringLiteral("default") : w.meta.ns;
            p.name = QStringLiteral("%1-%2").arg(w.meta.name).arg(i);
            p.id = podId(p.ns, p.name);
            p.labels = w.podTemplate.labels;
            p.nodeName = QStringLiteral("node-1");
            p.ip = QStringLiteral("10.244.0.%1").arg(ip++);
            for (const Container &k : w.podTemplate.spec.containers)
                for (const ContainerPort &cp : k.ports)
                    p.ports << PodPort{k.name, cp.name, cp.containerPort,
                                       cp.protocol.isEmpty() ? QStringLiteral("TCP") : cp.protocol};
            c.pods << p;
        }
    }
    for (const ServiceObject &s : set.services) {
        ServiceInfo si;
        si.ns = s.meta.ns.isEmpty() ? QStringLiteral("default") : s.meta.ns;
        si.name = s.meta.name;
        si.id = serviceId(si.ns, si.name);
        si.type = s.type == u"NodePort"       ? ServiceType::NodePort
                  : s.type == u"LoadBalancer" ? ServiceType::LoadBalancer
                  : s.type == u"ExternalName" ? ServiceType::ExternalName
                                              : ServiceType::ClusterIP;
        si.clusterIP = QStringLiteral("10.96.0.%1").arg(c.services.size() + 20);
        si.selector = s.selector;
        si.hasSelector = s.selectorPresent;
        si.where = s.meta.where;
        for (const ServicePortSpec &sp : s.ports) {
            ServicePortInfo p;
            p.name = sp.name;
            p.port = sp.port;
            p.protocol = sp.protocol.isEmpty() ? QStringLiteral("TCP") : sp.protocol;
            p.targetPort = sp.targetPort.isUnset() ? IntOrString::fromInt(sp.port) : sp.targetPort;
            p.nodePort = sp.nodePort;
            si.ports << p;
            si.endpoints << QList<EndpointInfo>();
        }
        c.services << si;
    }
    c.files = set.files;
    c.reindex();
    return c;
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void seedServiceDefinition();
    void seedBackEnd();
    void seedFilesAreTheArticlesBytes();
    void textChecksLeaveValidYamlAlone_data();
    void textChecksLeaveValidYamlAlone();
    void repairMapsColumnsBack();
    void tabWidthFollowsTheAuthor();
    void cluster_data();
    void cluster();
    void sortedAndUnique();
};

// Each fixture: every diagnostic ("severity code@line:col", in output order) and the exact
// message of the first one.
void TestLint::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("message");

    // Text checks (manifestlint)
    QTest::newRow("tab-indent: a run of tab-indented lines, once, with the count")
        << QStringLiteral("tab-indent.yaml")
        << QStringList{QStringLiteral("error tab-indent@6:1"),
                       QStringLiteral("info repaired-reading@6:1")}
        << QStringLiteral("lines 6-11 are indented with tabs (6 lines); YAML indentation must be "
                          "spaces");
    QTest::newRow("tab-indent: a tab before a comment (legal YAML yaml-cpp refuses)")
        << QStringLiteral("tab-before-comment.yaml")
        << QStringList{QStringLiteral("warning tab-indent@5:1"),
                       QStringLiteral("info repaired-reading@5:1")}
        << QStringLiteral("a tab before a comment or on an empty line: legal YAML, but "
                          "Hopscope's YAML reader stops here");
    QTest::newRow("key-no-space: kind:Service at the colon, not where yaml-cpp stops (3:9)")
        << QStringLiteral("key-no-space-kind.yaml")
        << QStringList{QStringLiteral("error key-no-space@2:5"),
                       QStringLiteral("info repaired-reading@2:5")}
        << QStringLiteral("'kind:Service' has no space after the colon, so YAML reads it as the "
                          "text \"kind:Service\", not as the key kind with the value Service");
    QTest::newRow("key-no-space: type:back-end under selector")
        << QStringLiteral("key-no-space-selector.yaml")
        << QStringList{QStringLiteral("error key-no-space@8:9"),
                       QStringLiteral("info repaired-reading@8:9")}
        << QStringLiteral("'type:back-end' has no space after the colon, so YAML reads it as "
                          "the text \"type:back-end\", not as the key type with the value "
                          "back-end");
    QTest::newRow("key-no-space: - port:80 (replaces the decoder's type error)")
        << QStringLiteral("key-no-space-item.yaml")
        << QStringList{QStringLiteral("error key-no-space@9:9"),
                       QStringLiteral("info repaired-reading@9:9")}
        << QStringLiteral("'port:80' has no space after the colon, so YAML reads it as the text "
                          "\"port:80\", not as the key port with the value 80");
    QTest::newRow("dash-no-space: -port: 80")
        << QStringLiteral("dash-no-space.yaml")
        << QStringList{QStringLiteral("error dash-no-space@9:3"),
                       QStringLiteral("info repaired-reading@9:3")}
        << QStringLiteral("'-port:' has no space after the '-', so YAML reads \"-port\" as a key, "
                          "not as a new list item with the key port");
    QTest::newRow("duplicate-key: selector twice")
        << QStringLiteral("duplicate-key.yaml")
        << QStringList{QStringLiteral("warning duplicate-key@10:3")}
        << QStringLiteral("the key \"selector\" appears a second time in this mapping (first at "
                          "line 6); kubectl keeps only the last value and says nothing, so the "
                          "first is lost");
    // Object checks (objectlint) and validation (A2.2)
    // One mistake, one diagnostic: the API server's refusals it causes (A2.2 port, name,
    // duplicate) are its notes, each "note: LINE:COL: " and the API text byte for byte.
    QTest::newRow("ports-split: three items, the API errors folded under it as notes")
        << QStringLiteral("ports-split.yaml")
        << QStringList{QStringLiteral("error ports-split@8:5")}
        << QStringLiteral("the 3 items under ports: each hold part of one port mapping "
                          "([targetPort: 80] [port: 80] [nodePort: 30008]): every '- ' starts a "
                          "new mapping, so Kubernetes reads 3 mappings and refuses the ones "
                          "without port:\n"
                          "note: 8:7: The Service \"myapp-service\" is invalid: "
                          "spec.ports[0].name: Required value\n"
                          "note: 8:7: The Service \"myapp-service\" is invalid: "
                          "spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, "
                          "inclusive\n"
                          "note: 9:7: The Service \"myapp-service\" is invalid: "
                          "spec.ports[1].name: Required value\n"
                          "note: 10:7: The Service \"myapp-service\" is invalid: "
                          "spec.ports[2].name: Required value\n"
                          "note: 10:7: The Service \"myapp-service\" is invalid: "
                          "spec.ports[2].port: Invalid value: 0: must be between 1 and 65535, "
                          "inclusive\n"
                          "note: 10:7: The Service \"myapp-service\" is invalid: "
                          "spec.ports[2].targetPort: Invalid value: 0: must be between 1 and "
                          "65535, inclusive\n"
                          "note: 10:7: The Service \"myapp-service\" is invalid: "
                          "spec.ports[2]: Duplicate value: core.ServicePort{Name:\"\", "
                          "Protocol:\"TCP\", AppProtocol:(*string)(nil), Port:0, "
                          "TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, "
                          "NodePort:0}");
    QTest::newRow("A2.2 nodePort on type ClusterIP")
        << QStringLiteral("service-nodeport-on-clusterip.yaml")
        << QStringList{QStringLiteral("error service-invalid@10:15")}
        << QStringLiteral("The Service \"web\" is invalid: spec.ports[0].nodePort: Forbidden: may "
                          "not be used when `type` is 'ClusterIP'");
    QTest::newRow("A2.2 bad type")
        << QStringLiteral("service-type-unsupported.yaml")
        << QStringList{QStringLiteral("error service-invalid@6:9")}
        << QStringLiteral("The Service \"web\" is invalid: spec.type: Unsupported value: "
                          "\"Nodeport\": supported values: \"ClusterIP\", \"ExternalName\", "
                          "\"LoadBalancer\", \"NodePort\"");
    QTest::newRow("A2.2 selector value with a space")
        << QStringLiteral("service-selector-space.yaml")
        << QStringList{QStringLiteral("error service-invalid@7:5")}
        << QStringLiteral("The Service \"web\" is invalid: spec.selector: Invalid value: \"my "
                          "app\": a valid label must be an empty string or consist of "
                          "alphanumeric characters, '-', '_' or '.', and must start and end "
                          "with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or "
                          "'12345', regex used for validation is "
                          "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    QTest::newRow("A2.2 bad Service name (DNS-1035)")
        << QStringLiteral("service-name-invalid.yaml")
        << QStringList{QStringLiteral("error service-invalid@4:9")}
        << QStringLiteral("The Service \"Web_Svc\" is invalid: metadata.name: Invalid value: "
                          "\"Web_Svc\": a DNS-1035 label must consist of lower case alphanumeric "
                          "characters or '-', start with an alphabetic character, and end with "
                          "an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used "
                          "for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
    QTest::newRow("A2.2 headless + NodePort")
        << QStringLiteral("service-headless-nodeport.yaml")
        << QStringList{QStringLiteral("error service-invalid@7:14")}
        << QStringLiteral("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: "
                          "\"None\": may not be set to 'None' for NodePort services");
    QTest::newRow("A2.2 ports missing")
        << QStringLiteral("service-ports-missing.yaml")
        << QStringList{QStringLiteral("error service-invalid@6:3")}
        << QStringLiteral("The Service \"web\" is invalid: spec.ports: Required value");
    QTest::newRow("A2.2 bad protocol")
        << QStringLiteral("service-protocol-http.yaml")
        << QStringList{QStringLiteral("error service-invalid@10:15")}
        << QStringLiteral("The Service \"web\" is invalid: spec.ports[0].protocol: Unsupported "
                          "value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"");
    QTest::newRow("A2.2 targetPort name invalid")
        << QStringLiteral("service-targetport-name-invalid.yaml")
        << QStringList{QStringLiteral("error service-invalid@10:17")}
        << QStringLiteral("The Service \"web\" is invalid: spec.ports[0].targetPort: Invalid "
                          "value: \"HTTP_port\": must contain only alpha-numeric characters (a-z, "
                          "0-9), and hyphens (-)");
    QTest::newRow("A2.2 several ports, unnamed: one diagnostic per port")
        << QStringLiteral("service-ports-unnamed.yaml")
        << QStringList{QStringLiteral("error service-invalid@9:5"),
                       QStringLiteral("error service-invalid@10:5")}
        << QStringLiteral("The Service \"web\" is invalid: spec.ports[0].name: Required value");
    QTest::newRow("A2.2 externalTrafficPolicy on ClusterIP")
        << QStringLiteral("service-etp-on-clusterip.yaml")
        << QStringList{QStringLiteral("error service-invalid@8:26")}
        << QStringLiteral("The Service \"web\" is invalid: spec.externalTrafficPolicy: Invalid "
                          "value: \"Local\": may only be set for externally-accessible services");
    QTest::newRow("A2.2 same nodePort twice in one Service")
        << QStringLiteral("service-nodeport-duplicate.yaml")
        << QStringList{QStringLiteral("error service-invalid@15:15")}
        << QStringLiteral("The Service \"web\" is invalid: spec.ports[1].nodePort: Duplicate "
                          "value: 30001");
    QTest::newRow("ipv6-not-modelled: RequireDualStack and IPv6")
        << QStringLiteral("ipv6-not-modelled.yaml")
        << QStringList{QStringLiteral("warning ipv6-not-modelled@8:19"),
                       QStringLiteral("warning ipv6-not-modelled@10:5")}
        << QStringLiteral("Hopscope simulates an IPv4-only cluster and does not model IPv6 or "
                          "dual-stack Services (a real IPv4-only cluster refuses ipFamilyPolicy: "
                          "RequireDualStack)");
    QTest::newRow("affinity-config-ignored (A1.1 drops the config when None)")
        << QStringLiteral("affinity-config-ignored.yaml")
        << QStringList{QStringLiteral("warning affinity-config-ignored@9:5")}
        << QStringLiteral("sessionAffinityConfig has no effect: sessionAffinity is None, so the "
                          "API server drops it and each connection may go to a different pod");
    QTest::newRow("labels-invalid: a Deployment's selector and template labels")
        << QStringLiteral("labels-invalid.yaml")
        << QStringList{QStringLiteral("error labels-invalid@8:7"),
                       QStringLiteral("error labels-invalid@12:9")}
        << QStringLiteral("The Deployment \"web\" is invalid: spec.selector.matchLabels: Invalid "
                          "value: \"my web\": a valid label must be an empty string or consist of "
                          "alphanumeric characters, '-', '_' or '.', and must start and end with "
                          "an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or "
                          "'12345', regex used for validation is "
                          "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    QTest::newRow("not a manifest at all (prose)")
        << QStringLiteral("not-a-manifest.yaml")
        << QStringList{QStringLiteral("error missing-kind@3:1")}
        << QStringLiteral("Object 'Kind' is missing");
    // Hostile forms (the reader's guards, DESIGN.md "Streaming YAML, with guards")
    QTest::newRow("guard: a lone ','")
        << QStringLiteral("guard-lone-comma.yaml")
        << QStringList{QStringLiteral("error yaml-stuck@1:1")}
        << QStringLiteral("the YAML parser cannot get past this point (a stray ',' or similar at "
                          "the top of a document?)");
    QTest::newRow("guard: &a [*a]")
        << QStringLiteral("guard-alias-cycle.yaml")
        << QStringList{QStringLiteral("error yaml-alias-cycle@1:8")}
        << QStringLiteral("this alias (*name) points at a node that contains it: an endless loop");
    QTest::newRow("guard: billion laughs")
        << QStringLiteral("guard-billion-laughs.yaml")
        << QStringList{QStringLiteral("error yaml-alias-bomb@4:36")}
        << QStringLiteral("aliases expand to more than 10000 nodes in this document (a \"billion "
                          "laughs\" file?); Hopscope stopped reading it");
    QTest::newRow("guard: 1000-deep nesting")
        << QStringLiteral("guard-deep-nesting.yaml")
        << QStringList{QStringLiteral("error yaml-too-deep@1:101")}
        << QStringLiteral("the YAML nests deeper than 100 levels; Hopscope stopped reading this "
                          "document");
    QTest::newRow("guard: NUL bytes")
        << QStringLiteral("guard-nul-bytes.yaml")
        << QStringList{QStringLiteral("error binary-file@2:10")}
        << QStringLiteral("this is not a text file (it holds a NUL byte); Hopscope reads YAML or "
                          "JSON manifests");
    QTest::newRow("guard: invalid UTF-8")
        << QStringLiteral("guard-invalid-utf8.yaml")
        << QStringList{QStringLiteral("error invalid-utf8@4:12")}
        << QStringLiteral("the file is not valid UTF-8 text (byte 0xe9)");
    QTest::newRow("CR-only line ends, said as such (not \"illegal map value\")")
        << QStringLiteral("cr-line-ends.yaml")
        << QStringList{QStringLiteral("error cr-line-ends@1:15")}
        << QStringLiteral("the lines of this file end in a carriage return alone (CR, as classic "
                          "Mac OS wrote them); YAML needs LF or CR LF line ends here");
    QTest::newRow("guard: a 64 KiB scalar aliased 70 times")
        << QStringLiteral("guard-alias-bytes.yaml")
        << QStringList{QStringLiteral("error yaml-alias-bomb@72:8")}
        << QStringLiteral("aliases expand to more than 4 MiB of text in this document; Hopscope "
                          "stopped reading it");
    QTest::newRow("guard: empty file")
        << QStringLiteral("guard-empty.yaml") << QStringList{QStringLiteral("info empty-file@0:0")}
        << QStringLiteral("the file is empty");
}

void TestLint::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    QFETCH(QString, message);
    qint64 ms = 0;
    const CheckResult r = timedCheck({kData + fixture}, {}, &ms);
    QVERIFY2(ms < kHangGuardMs, "loading must return (hang guard)");
    QCOMPARE(briefs(r.diagnostics), expected);
    QCOMPARE(r.diagnostics.first().message, message);
    for (const Diagnostic &d : r.diagnostics)
        QCOMPARE(d.where.file, kData + fixture);
}

// The seed's NodePort example, byte for byte: tabs, then what it means read with tabs as
// spaces: the split ports (A2.2 port, name, targetPort and duplicate errors).
void TestLint::seedServiceDefinition()
{
    const QString file = kData + QStringLiteral("seed-service-definition.yml");
    const CheckResult r = timedCheck({file});
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        got << brief(d) + u' ' + d.message;
    const QString prefix = QStringLiteral("The Service \"myapp-service\" is invalid: ");
    const QString range = QStringLiteral("must be between 1 and 65535, inclusive");
    const QStringList expected = {
        QStringLiteral("error tab-indent@4:1 this line is indented with a tab; YAML indentation "
                       "must be spaces"),
        QStringLiteral("info repaired-reading@4:1 As written, YAML stops reading this document "
                       "at line 4. Read with each tab taken as 2 spaces, it is a Service "
                       "\"myapp-service\" (type NodePort; ports: [targetPort: 80] [port: 80] "
                       "[nodePort: 30008]; selector: app=myapp, type=front-end)."),
        QStringLiteral("error tab-indent@6:1 lines 6-13 are indented with tabs (8 lines); YAML "
                       "indentation must be spaces"),
        // One mistake, one diagnostic: the API server's refusals it causes are its notes,
        // their texts byte for byte.
        QStringLiteral("error ports-split@8:3 the 3 items under ports: each hold part of one port "
                       "mapping ([targetPort: 80] [port: 80] [nodePort: 30008]): every '- ' "
                       "starts a new mapping, so Kubernetes reads 3 mappings and refuses the ones "
                       "without port:") +
            QStringLiteral("\nnote: 8:5: ") + prefix +
            QStringLiteral("spec.ports[0].name: Required value") +
            QStringLiteral("\nnote: 8:5: ") + prefix +
            QStringLiteral("spec.ports[0].port: Invalid value: 0: ") + range +
            QStringLiteral("\nnote: 9:5: ") + prefix +
            QStringLiteral("spec.ports[1].name: Required value") +
            QStringLiteral("\nnote: 10:5: ") + prefix +
            QStringLiteral("spec.ports[2].name: Required value") +
            QStringLiteral("\nnote: 10:5: ") + prefix +
            QStringLiteral("spec.ports[2].port: Invalid value: 0: ") + range +
            QStringLiteral("\nnote: 10:5: ") + prefix +
            QStringLiteral("spec.ports[2].targetPort: Invalid value: 0: ") + range +
            QStringLiteral("\nnote: 10:5: ") + prefix +
            QStringLiteral("spec.ports[2]: Duplicate value: core.ServicePort{Name:\"\", "
                           "Protocol:\"TCP\", AppProtocol:(*string)(nil), Port:0, "
                           "TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, "
                           "NodePort:0}"),
    };
    QCOMPARE(got, expected);
    // What the repaired reading found says so in its hint.
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == u"service-invalid" || d.code == u"ports-split")
            QVERIFY2(d.hint.startsWith(QStringLiteral("(Found with each tab taken as 2 "
                                                      "spaces.) ")),
                     qPrintable(d.hint));
    // The literal reading holds no Service: the cluster is built from what YAML reads.
    QVERIFY(r.manifests.services.isEmpty());
}

// The seed's ClusterIP example: kind:Service, tabs, type:back-end, split ports.
void TestLint::seedBackEnd()
{
    const QString file = kData + QStringLiteral("seed-back-end.yml");
    const CheckResult r = timedCheck({file});
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        got << brief(d) + u' ' + d.message;
    const QString prefix = QStringLiteral("The Service \"back-end\" is invalid: ");
    const QStringList expected = {
        QStringLiteral("error key-no-space@2:5 'kind:Service' has no space after the colon, so "
                       "YAML reads it as the text \"kind:Service\", not as the key kind with the "
                       "value Service"),
        QStringLiteral("info repaired-reading@2:5 As written, YAML stops reading this document "
                       "at line 3. Read with each tab taken as 2 spaces and a space after "
                       "'kind:' and 'type:', it is a Service \"back-end\" (type ClusterIP; ports: "
                       "[targetPort: 80] [port: 80]; selector: app=myapp, type=back-end)."),
        QStringLiteral("error tab-indent@4:1 this line is indented with a tab; YAML indentation "
                       "must be spaces"),
        QStringLiteral("error tab-indent@6:1 lines 6-12 are indented with tabs (7 lines); YAML "
                       "indentation must be spaces"),
        QStringLiteral("error ports-split@8:3 the 2 items under ports: each hold part of one port "
                       "mapping ([targetPort: 80] [port: 80]): every '- ' starts a new mapping, "
                       "so Kubernetes reads 2 mappings and refuses the ones without port:") +
            QStringLiteral("\nnote: 8:5: ") + prefix +
            QStringLiteral("spec.ports[0].name: Required value") +
            QStringLiteral("\nnote: 8:5: ") + prefix +
            QStringLiteral("spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, "
                           "inclusive") +
            QStringLiteral("\nnote: 9:5: ") + prefix +
            QStringLiteral("spec.ports[1].name: Required value"),
        QStringLiteral("error key-no-space@12:7 'type:back-end' has no space after the colon, so "
                       "YAML reads it as the text \"type:back-end\", not as the key type with the "
                       "value back-end"),
    };
    QCOMPARE(got, expected);
    QVERIFY(hasErrors(r.diagnostics));
    // A ClusterIP Service has no nodePort: no hint suggests one.
    for (const Diagnostic &d : r.diagnostics)
        QVERIFY2(!d.hint.contains(QStringLiteral("nodePort")), qPrintable(d.hint));
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == u"ports-split")
            QCOMPARE(d.hint, QStringLiteral("(Found with each tab taken as 2 spaces and a space "
                                            "after 'kind:' and 'type:'.) Write one item instead: "
                                            "'- port: 80', then 'targetPort: 80' on the lines "
                                            "below it, lined up with its first key."));
}

// The fixtures are the article's code blocks, byte for byte (tabs and the trailing space after
// "metadata:" included).
void TestLint::seedFilesAreTheArticlesBytes()
{
    QFile article(QStringLiteral(HOPSCOPE_SHARED_DIR "/seed/kubernetes-network.md"));
    if (!article.open(QIODevice::ReadOnly))
        QSKIP("../shared/seed is not here");
    const QByteArray md = article.readAll();
    for (const char *name : {"seed-service-definition.yml", "seed-back-end.yml"}) {
        QFile f(kData + QLatin1String(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains('\t'));
        QVERIFY2(md.contains(QByteArray("```yaml\n").append(bytes).append("```")), name);
    }
}

void TestLint::textChecksLeaveValidYamlAlone_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("JSON indented with tabs (flow: tabs are fine)")
        << QByteArray("{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"Service\",\n\t\"metadata\": "
                      "{\"name\": \"web\"},\n\t\"spec\": {\"ports\": [{\"port\": 80}]}\n}\n");
    QTest::newRow("tabs inside a block scalar are text")
        << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\ndata:\n"
                      "  Makefile: |\n    all:\n    \tmake build\n");
    QTest::newRow("a URL and an image tag are not glued keys")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n"
                      "    docs: http://example.com:8080/a\nspec:\n  containers:\n"
                      "  - name: c\n    image: nginx:1.25\n    args:\n    - localhost:8080\n"
                      "    - --bind=0.0.0.0:80\n");
    QTest::newRow("a colon inside a multi-line plain value")
        << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n  annotations:\n"
                      "    note: this text goes on\n      name:over two lines\ndata: {}\n");
    QTest::newRow("quoted keys and values")
        << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"m\"\ndata:\n"
                      "  \"a:b\": 'x:y'\n");
    QTest::newRow("the same key in different items")
        << QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n"
                      "  - name: a\n    port: 80\n  - name: b\n    port: 81\n");
}

void TestLint::textChecksLeaveValidYamlAlone()
{
    QFETCH(QByteArray, yaml);
    const TextLintResult r = lintText(yaml, QStringLiteral("ok.yaml"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
    QVERIFY(!r.needsRepair());
}

void TestLint::repairMapsColumnsBack()
{
    const QByteArray text = "metadata:\n\t\tname:c\n";
    const TextLintResult r = lintText(text, QStringLiteral("t.yaml"));
    QCOMPARE(applyEdits(text, r.edits), QByteArray("metadata:\n    name: c\n"));
    // In the repaired text "c" is at 2:11; in the original it is at 2:8.
    QCOMPARE(mapToOriginal(r.edits, {QStringLiteral("t.yaml"), 2, 11}).column, 8);
    // The inserted space maps to the edit's own column, the colon stays where it was.
    QCOMPARE(mapToOriginal(r.edits, {QStringLiteral("t.yaml"), 2, 10}).column, 8);
    QCOMPARE(mapToOriginal(r.edits, {QStringLiteral("t.yaml"), 2, 9}).column, 7);
    // The expanded indentation maps to the tab.
    QCOMPARE(mapToOriginal(r.edits, {QStringLiteral("t.yaml"), 2, 3}).column, 1);
    QCOMPARE(mapToOriginal(r.edits, {QStringLiteral("t.yaml"), 1, 1}).column, 1);
}

// Mixed spaces and tabs: the first tab width with which the document parses is kept.
void TestLint::tabWidthFollowsTheAuthor()
{
    // Lined up in an editor with tabs of 8: "  app" (2 spaces) sits under the key below "\t".
    const QByteArray text = "spec:\n\tselector:\n\t  app: web\n\tports:\n\t- port: 80\n";
    const TextLintResult r = lintText(text, QStringLiteral("t.yaml"));
    QCOMPARE(r.tabWidth, 2);
    const QByteArray mixed = "spec:\n        selector:\n\t  app: web\n";
    const TextLintResult m = lintText(mixed, QStringLiteral("m.yaml"));
    QCOMPARE(m.tabWidth, 8);
    QCOMPARE(applyEdits(mixed, m.edits),
             QByteArray("spec:\n        selector:\n          app: web\n"));
}

void TestLint::cluster_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    QTest::newRow("selector-no-pods: A3 no endpoints → REJECT")
        << QStringLiteral("cluster/selector-no-pods.yaml")
        << QStringList{QStringLiteral("warning selector-no-pods@29:5")}
        << QStringLiteral("the selector app=myapp,type=front-end matches no pod in namespace "
                          "\"default\", so the Service has no endpoints: kube-proxy REJECTs its "
                          "traffic and clients get \"connection refused\"")
        << QStringLiteral("The closest pods, myapp-0, myapp-1, lack type=front-end (the pods "
                          "have no type label). A pod is selected only when it has every label "
                          "of the selector.");
    QTest::newRow("targetport-not-declared: A1.4 numeric targetPort is used as is")
        << QStringLiteral("cluster/targetport-not-declared.yaml")
        << QStringList{QStringLiteral("warning targetport-not-declared@30:17")}
        << QStringLiteral("no container of the selected pods (web-0, web-1) declares port "
                          "8080/TCP (they declare 80/TCP): traffic goes to a port nothing may "
                          "listen on, and the pod answers \"connection refused\"")
        << QStringLiteral("targetPort is the port the container listens on: its containerPort "
                          "(here perhaps targetPort: 80).");
    QTest::newRow("named-port-unresolved: A1.4 pods without the name are left out")
        << QStringLiteral("cluster/named-port-unresolved.yaml")
        << QStringList{QStringLiteral("warning named-port-unresolved@32:17")}
        << QStringLiteral("no selected pod (web-0) has a TCP container port named \"http-web\": "
                          "the endpoint controller leaves every pod out, so port 80 of the "
                          "Service has no endpoints and its traffic is REJECTed (\"connection "
                          "refused\")")
        << QStringLiteral("A named targetPort refers to the name of a containerPort (ports: - "
                          "name: http-web, containerPort: …); name the port in the pod "
                          "template, or use its number.");
    QTest::newRow("service-no-selector: no endpoints are managed")
        << QStringLiteral("cluster/service-no-selector.yaml")
        << QStringList{QStringLiteral("info service-no-selector@1:1")}
        << QStringLiteral("this Service has no selector, so Kubernetes creates no endpoints for "
                          "it: it forwards nowhere unless an EndpointSlice or Endpoints object "
                          "is written for it")
        << QStringLiteral("Add a selector (selector:, then app: <label of the pods>) to send the "
                          "traffic to pods.");
}

void TestLint::cluster()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    CheckResult r = timedCheck({kData + fixture});
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
    addClusterChecks(r, handBuiltCluster(r.manifests));
    QCOMPARE(briefs(r.diagnostics), expected);
    QCOMPARE(r.diagnostics.first().message, message);
    QCOMPARE(r.diagnostics.first().hint, hint);
    QVERIFY(r.diagnostics.first().entity.startsWith(QStringLiteral("svc/default/")));

    // The same with the real cluster builder (its pod names are hashed: compare places only).
    CheckResult real = timedCheck({kData + fixture});
    addClusterChecks(real, ClusterBuilder::build(real.manifests, ClusterSettings()));
    QCOMPARE(briefs(real.diagnostics), expected);
    QCOMPARE(real.diagnostics.first().entity, r.diagnostics.first().entity);
}

void TestLint::sortedAndUnique()
{
    Diagnostic a;
    a.where = {QStringLiteral("b.yaml"), 3, 1};
    a.code = QStringLiteral("x");
    Diagnostic b = a;
    b.where.line = 2;
    Diagnostic c = a;
    c.where.file = QStringLiteral("a.yaml");
    Diagnostic w = a;
    w.severity = Severity::Warning;
    const Diagnostics sorted =
        sortDiagnostics({w, a, b, c, a}, {QStringLiteral("b.yaml"), QStringLiteral("a.yaml")});
    QCOMPARE(briefs(sorted),
             (QStringList{QStringLiteral("error x@2:1"), QStringLiteral("error x@3:1"),
                          QStringLiteral("warning x@3:1"), QStringLiteral("error x@3:1")}));
    QCOMPARE(sorted.last().where.file, QStringLiteral("a.yaml"));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
