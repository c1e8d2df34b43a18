// ValidateService as the API server runs it (reference A2.2), after SetDefaults_Service (A1.1):
// exact field-error texts, rendered as kubectl prints them (A2.1), located at the field.
#include "core/api/fielderror.h"
#include "core/objects/manifestreader.h"
#include "core/api/servicevalidation.h"

#include <QtTest>

using namespace hopscope;

namespace {

const QByteArray kHead = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n";

ServiceObject readService(const QByteArray &yaml)
{
    const ManifestSet set = ManifestReader::readBytes(yaml, QStringLiteral("svc.yaml"));
    if (set.services.isEmpty())
        return {};
    return set.services.first();
}

// "line:col cause" for each diagnostic (the cause: the message without kubectl's prefix).
QStringList located(const Diagnostics &list, const QString &name)
{
    const QString prefix = QStringLiteral("The Service \"%1\" is invalid: ").arg(name);
    QStringList out;
    for (const Diagnostic &d : list) {
        QString cause = d.message;
        if (cause.startsWith(prefix))
            cause.remove(0, prefix.size());
        else
            cause = QStringLiteral("(no kubectl prefix) ") + cause;
        out << QStringLiteral("%1:%2 %3").arg(d.where.line).arg(d.where.column).arg(cause);
    }
    return out;
}

} // namespace

class TestServiceValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void causes_data();
    void causes();
    void diagnosticShape();
    void kubectlText();
    void defaultsBeforeValidation_data();
    void defaultsBeforeValidation();
    void goQuoteEscapes_data();
    void goQuoteEscapes();
    void realManifestsAreValid();
};

// Each row: the spec lines (after kHead, whose "spec:" is line 5) and every cause expected, in
// upstream order, as "line:col <field error>". Row names cite reference A2.2.
void TestServiceValidation::causes_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QStringList>("expected");

    const QString portRange = QStringLiteral("must be between 1 and 65535, inclusive");
    QTest::newRow("A2.2 nodePort on type ClusterIP")
        << QByteArray("  selector: {app: web}\n  ports:\n  - port: 80\n    nodePort: 30080\n")
        << QStringList{QStringLiteral("9:15 spec.ports[0].nodePort: Forbidden: may not be used "
                                      "when `type` is 'ClusterIP'")};
    QTest::newRow("A2.2 ports missing (non-headless)")
        << QByteArray("  selector: {app: web}\n")
        << QStringList{QStringLiteral("6:3 spec.ports: Required value")}; // at spec's mapping
    QTest::newRow("A2.2 ports missing is fine when headless")
        << QByteArray("  clusterIP: None\n  selector: {app: web}\n") << QStringList{};
    QTest::newRow("A2.2 port 0 / missing: the split item")
        << QByteArray("  ports:\n  - targetPort: 80\n")
        << QStringList{QStringLiteral("7:5 spec.ports[0].port: Invalid value: 0: ") + portRange};
    QTest::newRow("A2.2 port above 65535")
        << QByteArray("  ports:\n  - port: 70000\n")
        << QStringList{
               QStringLiteral("7:11 spec.ports[0].port: Invalid value: 70000: ") + portRange,
               // A1.1: targetPort defaults to port, so it is out of range too
               QStringLiteral("7:5 spec.ports[0].targetPort: Invalid value: 70000: ") + portRange};
    QTest::newRow("A2.2 targetPort number out of range")
        << QByteArray("  ports:\n  - port: 80\n    targetPort: 70000\n")
        << QStringList{QStringLiteral("8:17 spec.ports[0].targetPort: Invalid value: 70000: ") +
                       portRange};
    QTest::newRow("A2.2 targetPort name invalid (HTTP_port): one line per message")
        << QByteArray("  ports:\n  - port: 80\n    targetPort: HTTP_port\n")
        << QStringList{QStringLiteral("8:17 spec.ports[0].targetPort: Invalid value: "
                                      "\"HTTP_port\": must contain only alpha-numeric characters "
                                      "(a-z, 0-9), and hyphens (-)")};
    QTest::newRow("A2.2 targetPort name too long, no letter, hyphens")
        << QByteArray("  ports:\n  - port: 80\n    targetPort: \"-1234567890--1234\"\n")
        << QStringList{
               QStringLiteral("8:17 spec.ports[0].targetPort: Invalid value: "
                              "\"-1234567890--1234\": must be no more than 15 characters"),
               QStringLiteral("8:17 spec.ports[0].targetPort: Invalid value: "
                              "\"-1234567890--1234\": must contain at least one letter (a-z)"),
               QStringLiteral("8:17 spec.ports[0].targetPort: Invalid value: "
                              "\"-1234567890--1234\": must not contain consecutive hyphens"),
               QStringLiteral("8:17 spec.ports[0].targetPort: Invalid value: "
                              "\"-1234567890--1234\": must not begin or end with a hyphen")};
    QTest::newRow("A2.2 several ports, two unnamed")
        << QByteArray("  ports:\n  - port: 80\n  - port: 443\n")
        << QStringList{QStringLiteral("7:5 spec.ports[0].name: Required value"),
                       QStringLiteral("8:5 spec.ports[1].name: Required value")};
    QTest::newRow("A2.2 duplicate port names")
        << QByteArray("  ports:\n  - name: http\n    port: 80\n  - name: http\n    port: 81\n")
        << QStringList{QStringLiteral("9:11 spec.ports[1].name: Duplicate value: \"http\"")};
    QTest::newRow("A2.2 invalid port name (HTTP): note the double space before 'or'")
        << QByteArray("  ports:\n  - name: HTTP\n    port: 80\n")
        << QStringList{QStringLiteral(
               "7:11 spec.ports[0].name: Invalid value: \"HTTP\": a lowercase RFC 1123 label must "
               "consist of lower case alphanumeric characters or '-', and must start and end with "
               "an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
               "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")};
    QTest::newRow("A2.2 duplicate (protocol, port)")
        << QByteArray("  ports:\n  - name: a\n    port: 80\n  - name: b\n    port: 80\n")
        << QStringList{QStringLiteral(
               "9:5 spec.ports[1]: Duplicate value: core.ServicePort{Name:\"\", Protocol:\"TCP\", "
               "AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, "
               "IntVal:0, StrVal:\"\"}, NodePort:0}")};
    QTest::newRow("A2.2 same port, different protocols is fine (DNS 53 TCP+UDP)")
        << QByteArray("  ports:\n  - name: a\n    port: 53\n    protocol: UDP\n  - name: b\n"
                      "    port: 53\n")
        << QStringList{};
    QTest::newRow("A2.2 bad protocol")
        << QByteArray("  ports:\n  - port: 80\n    protocol: HTTP\n")
        << QStringList{QStringLiteral("8:15 spec.ports[0].protocol: Unsupported value: \"HTTP\": "
                                      "supported values: \"SCTP\", \"TCP\", \"UDP\"")};
    QTest::newRow("A2.2 bad type (Nodeport)")
        << QByteArray("  type: Nodeport\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("6:9 spec.type: Unsupported value: \"Nodeport\": supported "
                                      "values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", "
                                      "\"NodePort\"")};
    QTest::newRow("A2.2 selector value invalid (my app), located at its key")
        << QByteArray("  selector:\n    app: my app\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral(
               "7:5 spec.selector: Invalid value: \"my app\": a valid label must be an empty "
               "string or consist of alphanumeric characters, '-', '_' or '.', and must start and "
               "end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', "
               "regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")};
    QTest::newRow("A2.2 selector key invalid (my key)")
        << QByteArray("  selector:\n    my key: web\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral(
               "7:5 spec.selector: Invalid value: \"my key\": name part must consist of "
               "alphanumeric characters, '-', '_' or '.', and must start and end with an "
               "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used "
               "for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')")};
    QTest::newRow("A2.2 selector value longer than 63")
        << QByteArray("  selector:\n    app: ") + QByteArray(64, 'a') + "\n  ports:\n  - port: 80\n"
        << QStringList{QStringLiteral("7:5 spec.selector: Invalid value: \"%1\": must be no more "
                                      "than 63 characters")
                           .arg(QString(64, u'a'))};
    QTest::newRow("A2.2 headless + NodePort")
        << QByteArray("  type: NodePort\n  clusterIP: None\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("7:14 spec.clusterIPs[0]: Invalid value: \"None\": may not "
                                      "be set to 'None' for NodePort services")};
    QTest::newRow("A2.2 headless + LoadBalancer")
        << QByteArray("  type: LoadBalancer\n  clusterIP: None\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("7:14 spec.clusterIPs[0]: Invalid value: \"None\": may not "
                                      "be set to 'None' for LoadBalancer services")};
    QTest::newRow("A2.2 externalTrafficPolicy on plain ClusterIP")
        << QByteArray("  externalTrafficPolicy: Local\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("6:26 spec.externalTrafficPolicy: Invalid value: \"Local\": "
                                      "may only be set for externally-accessible services")};
    QTest::newRow("A2.2 externalTrafficPolicy bad value")
        << QByteArray("  type: NodePort\n  externalTrafficPolicy: Global\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("7:26 spec.externalTrafficPolicy: Unsupported value: "
                                      "\"Global\": supported values: \"Cluster\", \"Local\"")};
    QTest::newRow("A2.2 externalTrafficPolicy with externalIPs is fine (externally accessible)")
        << QByteArray("  externalIPs: [192.168.1.100]\n  externalTrafficPolicy: Local\n"
                      "  ports:\n  - port: 80\n")
        << QStringList{};
    QTest::newRow("A2.2 healthCheckNodePort where not LB+Local")
        << QByteArray("  type: NodePort\n  healthCheckNodePort: 30000\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("7:24 spec.healthCheckNodePort: Invalid value: 30000: may "
                                      "only be set when `type` is 'LoadBalancer' and "
                                      "`externalTrafficPolicy` is 'Local'")};
    QTest::newRow("A2.2 internalTrafficPolicy bad value")
        << QByteArray("  internalTrafficPolicy: Node\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("6:26 spec.internalTrafficPolicy: Unsupported value: "
                                      "\"Node\": supported values: \"Cluster\", \"Local\"")};
    QTest::newRow("A2.2 sessionAffinity bad value")
        << QByteArray("  sessionAffinity: Sticky\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("6:20 spec.sessionAffinity: Unsupported value: \"Sticky\": "
                                      "supported values: \"ClientIP\", \"None\"")};
    QTest::newRow("A2.2 ClientIP timeout 0")
        << QByteArray("  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n"
                      "      timeoutSeconds: 0\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("9:23 spec.sessionAffinityConfig.clientIP.timeoutSeconds: "
                                      "Invalid value: 0: must be greater than 0 and less than "
                                      "86400")};
    QTest::newRow("A2.2 ClientIP timeout 86400 is accepted (<=)")
        << QByteArray("  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n"
                      "      timeoutSeconds: 86400\n  ports:\n  - port: 80\n")
        << QStringList{};
    QTest::newRow("A1.1 sessionAffinityConfig with None is dropped by defaulting, not an error")
        << QByteArray("  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 60\n"
                      "  ports:\n  - port: 80\n")
        << QStringList{};
    QTest::newRow("A2.2 loadBalancerSourceRanges on non-LB (capital L upstream)")
        << QByteArray("  loadBalancerSourceRanges: [10.0.0.0/8]\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("6:29 spec.LoadBalancerSourceRanges: Forbidden: may only be "
                                      "used when `type` is 'LoadBalancer'")};
    QTest::newRow("A2.2 bad source range")
        << QByteArray("  type: LoadBalancer\n  loadBalancerSourceRanges: [10.0.0.0/33]\n"
                      "  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("7:30 spec.LoadBalancerSourceRanges[0]: Invalid value: "
                                      "\"10.0.0.0/33\": must be a valid CIDR value, (e.g. "
                                      "10.9.8.0/24 or 2001:db8::/64)")};
    QTest::newRow("A2.2 bad externalIP")
        << QByteArray("  externalIPs:\n  - 1.2.3\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("7:5 spec.externalIPs[0]: Invalid value: \"1.2.3\": must be "
                                      "a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")};
    QTest::newRow("A2.2 loopback externalIP (ValidateNonSpecialIP)")
        << QByteArray("  externalIPs:\n  - 127.0.0.1\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("7:5 spec.externalIPs[0]: Invalid value: \"127.0.0.1\": may "
                                      "not be in the loopback range (127.0.0.0/8, ::1/128)")};
    QTest::newRow("A2.2 ExternalName without externalName")
        << QByteArray("  type: ExternalName\n")
        << QStringList{QStringLiteral("6:3 spec.externalName: Required value")};
    QTest::newRow("A2.2 ExternalName with a trailing dot is fine")
        << QByteArray("  type: ExternalName\n  externalName: db.example.com.\n") << QStringList{};
    QTest::newRow("A2.2 Service name 1web (DNS-1035)")
        << QByteArray("  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral(
               "4:9 metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of "
               "lower case alphanumeric characters or '-', start with an alphabetic character, "
               "and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used "
               "for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")};
    QTest::newRow("A2.2 clusterIP not an IP: the registry stops at the IP fields")
        << QByteArray("  clusterIP: 10.96.0.500\n  type: Nodeport\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("6:14 spec.clusterIPs[0]: Invalid value: \"10.96.0.500\": "
                                      "must be a valid IP address, (e.g. 10.9.8.7 or "
                                      "2001:db8::ffff)")};
    QTest::newRow("A2.2 clusterIPs first value differs from clusterIP")
        << QByteArray("  clusterIP: 10.96.0.20\n  clusterIPs: [10.96.0.21]\n  ports:\n"
                      "  - port: 80\n")
        << QStringList{QStringLiteral("7:15 spec.clusterIPs: Invalid value: "
                                      "[]string{\"10.96.0.21\"}: first value must match "
                                      "`clusterIP`")};
    QTest::newRow("A2.2 clusterIPs alone: normalizeClusterIPs never fills clusterIP from it")
        << QByteArray("  clusterIPs: [10.96.0.21]\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("6:15 spec.clusterIPs: Invalid value: "
                                      "[]string{\"10.96.0.21\"}: must be empty when `clusterIP` "
                                      "is not specified")};
    QTest::newRow("A2.2 ipFamilies unsupported and duplicated")
        << QByteArray("  ipFamilies: [IPv4, IPv4, IPv7]\n  ports:\n  - port: 80\n")
        << QStringList{QStringLiteral("6:22 spec.ipFamilies[1]: Duplicate value: \"IPv4\""),
                       QStringLiteral("6:28 spec.ipFamilies[2]: Unsupported value: \"IPv7\": "
                                      "supported values: \"IPv4\", \"IPv6\"")};
    QTest::newRow("A2.2 allocateLoadBalancerNodePorts on NodePort")
        << QByteArray("  type: NodePort\n  allocateLoadBalancerNodePorts: false\n  ports:\n"
                      "  - port: 80\n")
        << QStringList{QStringLiteral("7:34 spec.allocateLoadBalancerNodePorts: Forbidden: may "
                                      "only be used when `type` is 'LoadBalancer'")};
    QTest::newRow("A2.2 same nodePort twice in one Service")
        << QByteArray("  type: NodePort\n  ports:\n  - {name: a, port: 80, nodePort: 30001}\n"
                      "  - {name: b, port: 81, nodePort: 30001}\n")
        << QStringList{QStringLiteral("9:35 spec.ports[1].nodePort: Duplicate value: 30001")};
    QTest::newRow("A2.2 order: port errors, then selector, then type, then duplicates")
        << QByteArray("  type: Cluster\n  selector: {app: a b}\n  ports:\n  - port: 0\n"
                      "  - port: 0\n")
        << QStringList{
               QStringLiteral("9:5 spec.ports[0].name: Required value"),
               QStringLiteral("9:11 spec.ports[0].port: Invalid value: 0: ") + portRange,
               QStringLiteral("9:5 spec.ports[0].targetPort: Invalid value: 0: ") + portRange,
               QStringLiteral("10:5 spec.ports[1].name: Required value"),
               QStringLiteral("10:11 spec.ports[1].port: Invalid value: 0: ") + portRange,
               QStringLiteral("10:5 spec.ports[1].targetPort: Invalid value: 0: ") + portRange,
               QStringLiteral(
                   "7:14 spec.selector: Invalid value: \"a b\": a valid label must be an empty "
                   "string or consist of alphanumeric characters, '-', '_' or '.', and must start "
                   "and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or "
                   "'12345', regex used for validation is "
                   "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
               QStringLiteral("6:9 spec.type: Unsupported value: \"Cluster\": supported values: "
                              "\"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\""),
               QStringLiteral("10:5 spec.ports[1]: Duplicate value: core.ServicePort{Name:\"\", "
                              "Protocol:\"TCP\", AppProtocol:(*string)(nil), Port:0, "
                              "TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, "
                              "NodePort:0}")};
}

void TestServiceValidation::causes()
{
    QFETCH(QByteArray, spec);
    QFETCH(QStringList, expected);
    QByteArray yaml = kHead + spec;
    const bool badName = QByteArray(QTest::currentDataTag()).contains("1web");
    if (badName)
        yaml.replace("name: web", "name: 1web");
    const ServiceObject service = readService(yaml);
    QVERIFY2(!service.meta.name.isEmpty(), "the Service must read");
    const Diagnostics list = validateService(service, ClusterSettings());
    QCOMPARE(located(list, service.meta.name), expected);
}

void TestServiceValidation::diagnosticShape()
{
    const ServiceObject s = readService(kHead + "  ports:\n  - port: 80\n    nodePort: 30080\n");
    const Diagnostics list = validateService(s, ClusterSettings());
    QCOMPARE(list.size(), 1);
    const Diagnostic &d = list.first();
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.code, QStringLiteral("service-invalid"));
    QCOMPARE(d.entity, QStringLiteral("svc/default/web"));
    QCOMPARE(d.where.file, QStringLiteral("svc.yaml"));
    // A2.1: one cause → `The Service "web" is invalid: <cause>` on one line.
    QCOMPARE(d.message, QStringLiteral("The Service \"web\" is invalid: spec.ports[0].nodePort: "
                                       "Forbidden: may not be used when `type` is 'ClusterIP'"));
    QVERIFY(d.hint.contains(QStringLiteral("type: NodePort")));
}

void TestServiceValidation::kubectlText()
{
    // A2.1: several causes → the prefix (with its trailing space), then one "* cause" line each.
    const ServiceObject split = readService(kHead + "  ports:\n  - targetPort: 80\n  - port: 80\n");
    QCOMPARE(kubectlServiceError(split),
             QStringLiteral("The Service \"web\" is invalid: \n"
                            "* spec.ports[0].name: Required value\n"
                            "* spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, "
                            "inclusive\n"
                            "* spec.ports[1].name: Required value"));
    const ServiceObject one = readService(kHead + "  type: Nodeport\n  ports:\n  - port: 80\n");
    QCOMPARE(kubectlServiceError(one),
             QStringLiteral("The Service \"web\" is invalid: spec.type: Unsupported value: "
                            "\"Nodeport\": supported values: \"ClusterIP\", \"ExternalName\", "
                            "\"LoadBalancer\", \"NodePort\""));
    const ServiceObject ok = readService(kHead + "  ports:\n  - port: 80\n");
    QCOMPARE(kubectlServiceError(ok), QString());
}

// A1.1: what SetDefaults_Service fills in is never an error.
void TestServiceValidation::defaultsBeforeValidation_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("A1.1 targetPort defaults to port")
        << QByteArray("  ports:\n  - port: 8080\n") << QStringLiteral("targetPort")
        << QStringLiteral("8080");
    QTest::newRow("A1.1 targetPort 0 defaults to port")
        << QByteArray("  ports:\n  - port: 8080\n    targetPort: 0\n")
        << QStringLiteral("targetPort") << QStringLiteral("8080");
    QTest::newRow("A1.1 protocol defaults to TCP")
        << QByteArray("  ports:\n  - port: 80\n") << QStringLiteral("protocol")
        << QStringLiteral("TCP");
    QTest::newRow("A1.1 type defaults to ClusterIP")
        << QByteArray("  ports:\n  - port: 80\n") << QStringLiteral("type")
        << QStringLiteral("ClusterIP");
    QTest::newRow("A1.1 NodePort gets externalTrafficPolicy Cluster")
        << QByteArray("  type: NodePort\n  ports:\n  - port: 80\n")
        << QStringLiteral("externalTrafficPolicy") << QStringLiteral("Cluster");
    QTest::newRow("A1.1 ClusterIP gets no externalTrafficPolicy")
        << QByteArray("  ports:\n  - port: 80\n") << QStringLiteral("externalTrafficPolicy")
        << QString();
    QTest::newRow("A1.1 internalTrafficPolicy Cluster")
        << QByteArray("  ports:\n  - port: 80\n") << QStringLiteral("internalTrafficPolicy")
        << QStringLiteral("Cluster");
    QTest::newRow("A1.1 ClientIP timeout 10800")
        << QByteArray("  sessionAffinity: ClientIP\n  ports:\n  - port: 80\n")
        << QStringLiteral("timeout") << QStringLiteral("10800");
    QTest::newRow("registry normalizeClusterIPs: clusterIP → clusterIPs")
        << QByteArray("  clusterIP: 10.96.0.20\n  ports:\n  - port: 80\n")
        << QStringLiteral("clusterIPs") << QStringLiteral("10.96.0.20");
}

void TestServiceValidation::defaultsBeforeValidation()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const ServiceObject in = readService(kHead + spec);
    const ServiceObject s = serviceWithApiDefaults(in);
    QString got;
    if (field == u"targetPort")
        got = s.ports.first().targetPort.toString();
    else if (field == u"protocol")
        got = s.ports.first().protocol;
    else if (field == u"type")
        got = s.type;
    else if (field == u"externalTrafficPolicy")
        got = s.externalTrafficPolicy;
    else if (field == u"internalTrafficPolicy")
        got = s.internalTrafficPolicy;
    else if (field == u"timeout")
        got = QString::number(s.affinityTimeoutSeconds.value_or(-1));
    else if (field == u"clusterIPs")
        got = s.clusterIPs.join(u',');
    QCOMPARE(got, value);
    QVERIFY(validateService(in, ClusterSettings()).isEmpty());
}

void TestServiceValidation::goQuoteEscapes_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("web") << QStringLiteral("\"web\"");
    QTest::newRow("quote and backslash")
        << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
    QTest::newRow("tab and newline") << QStringLiteral("a\tb\n") << QStringLiteral("\"a\\tb\\n\"");
    QTest::newRow("control byte") << QStringLiteral("a\x01") << QStringLiteral("\"a\\x01\"");
    QTest::newRow("printable Korean kept") << QStringLiteral("웹") << QStringLiteral("\"웹\"");
}

void TestServiceValidation::goQuoteEscapes()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(goQuote(in), out);
}

// The Services of real public manifests pass the API server's validation (no false errors).
void TestServiceValidation::realManifestsAreValid()
{
    const QString dir = QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests");
    if (!QFileInfo::exists(dir))
        QSKIP("../shared/manifests is not here");
    const ManifestSet set = ManifestReader::readPaths({dir});
    QVERIFY(set.services.size() >= 16);
    for (const ServiceObject &s : set.services) {
        const Diagnostics list = validateService(s, ClusterSettings());
        QVERIFY2(list.isEmpty(), qPrintable(list.isEmpty() ? QString() : list.first().toString()));
    }
}

QTEST_GUILESS_MAIN(TestServiceValidation)
#include "tst_servicevalidation.moc"
