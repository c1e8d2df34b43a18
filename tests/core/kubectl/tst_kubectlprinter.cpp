// kubectl's output formats (reference Part A5), from Clusters built here in code. Long outputs
// are compared with hand-written golden files in tests/data/kubectl/ (see its README for how each
// width and cell was derived); short facts are data rows naming the rule they check.

#include "core/kubectl/kubectlcommand.h"
#include "core/kubectl/kubectlprinter.h"
#include "kubectlfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace hopscope;

namespace {

using namespace hopscope::kubectlfixture;

QString golden(const QString &name)
{
    QFile f(QStringLiteral(HOPSCOPE_TEST_DATA "/kubectl/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing golden file %1>").arg(name);
    return QString::fromUtf8(f.readAll());
}

KubectlOutput run(const Cluster &cluster, const QStringList &args,
                  const KubectlOptions &options = {})
{
    const KubectlParseResult parsed = parseKubectlArguments(args);
    if (!parsed.ok)
        return {QString(), parsed.error, -1};
    return runKubectlCommand(cluster, parsed.command, options);
}

} // namespace

class TestKubectlPrinter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldens_data();
    void goldens();
    void messages_data();
    void messages();
    void ageOption();
    void podStatus_data();
    void podStatus();
    void externalIP_data();
    void externalIP();
    void ports_data();
    void ports();
    void endpointsColumn_data();
    void endpointsColumn();
    void endpointPortOrder();
    void describeA5Example();
    void describeDetails_data();
    void describeDetails();
    void parse_data();
    void parse();
};

void TestKubectlPrinter::goldens_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");

    QTest::newRow("A5 get svc: default namespace, key order, <none>/<pending>/clipped LB")
        << QStringList{"get", "svc"} << "get_svc.txt";
    QTest::newRow("A5 get services -o wide: SELECTOR, LB IPs not clipped")
        << QStringList{"get", "services", "-o", "wide"} << "get_svc_wide.txt";
    QTest::newRow("A5 get svc -A: NAMESPACE column")
        << QStringList{"get", "svc", "-A"} << "get_svc_all.txt";
    QTest::newRow("A5 get svc --all-namespaces")
        << QStringList{"get", "svc", "--all-namespaces"} << "get_svc_all.txt";
    QTest::newRow("A5 get endpoints: formatEndpoints, + N more...")
        << QStringList{"get", "endpoints"} << "get_ep.txt";
    QTest::newRow("A5 get ep -A: kube-dns ports in hash order")
        << QStringList{"get", "ep", "-A"} << "get_ep_all.txt";
    QTest::newRow("A5 get pods: READY/STATUS, Pending, not-ready")
        << QStringList{"get", "pods"} << "get_pods.txt";
    QTest::newRow("A5 get po -o wide: IP/NODE <none> when pending")
        << QStringList{"get", "po", "-owide"} << "get_pods_wide.txt";
    QTest::newRow("A5 get pods -A") << QStringList{"get", "pods", "-A"} << "get_pods_all.txt";
    QTest::newRow("A5 get nodes: ROLES, NotReady,SchedulingDisabled")
        << QStringList{"get", "nodes"} << "get_nodes.txt";
    QTest::newRow("A5 get no -o=wide") << QStringList{"get", "no", "-o=wide"}
                                       << "get_nodes_wide.txt";
    QTest::newRow("A5 get nodes -A: cluster-scoped, no NAMESPACE column")
        << QStringList{"get", "nodes", "-A"} << "get_nodes.txt";
    QTest::newRow("A5 get nodes -n x: namespace ignored")
        << QStringList{"get", "nodes", "-n", "x"} << "get_nodes.txt";
    QTest::newRow("A5 describe svc kubernetes: multi-line labels")
        << QStringList{"describe", "svc", "kubernetes"} << "describe_svc_kubernetes.txt";
    QTest::newRow("A5 describe svc web: NodePort, <unset>, ready endpoints only, quirk")
        << QStringList{"describe", "service", "web"} << "describe_svc_web.txt";
    QTest::newRow("A5 describe two services: separated by \\n\\n")
        << QStringList{"describe", "svc", "kubernetes", "web"}
        << "describe_svc_kubernetes_web.txt";
    QTest::newRow("A5 describe svc frontend: LB ingress (VIP), Local, health check, ranges")
        << QStringList{"describe", "svc", "frontend"} << "describe_svc_frontend.txt";
    QTest::newRow("A5 describe ExternalName: no family policy, empty IP")
        << QStringList{"describe", "svc", "external"} << "describe_svc_external.txt";
    QTest::newRow("A5 describe selector without pods: empty Endpoints")
        << QStringList{"describe", "svc", "empty"} << "describe_svc_empty.txt";
    QTest::newRow("A5 describe without selector: Endpoints <none>, External IPs")
        << QStringList{"describe", "svc", "ext-ip"} << "describe_svc_ext-ip.txt";
    QTest::newRow("A5 describe -n kube-system kube-dns: annotations, three ports")
        << QStringList{"-n", "kube-system", "describe", "svc", "kube-dns"}
        << "describe_svc_kube-dns.txt";
    QTest::newRow("A5 describe headless: IP None")
        << QStringList{"describe", "svc/db"} << "describe_svc_db.txt";
}

void TestKubectlPrinter::goldens()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const KubectlOutput out = run(classroomCluster(), args);
    // v1.33+: every `get endpoints` carries the API server's deprecation warning on stderr.
    const bool endpoints = args.contains(QStringLiteral("endpoints")) ||
                           args.contains(QStringLiteral("ep"));
    QCOMPARE(out.err, endpoints ? QString::fromLatin1(kEndpointsDeprecationWarning) : QString());
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.out, golden(file));
    // kubectl get tables never end a line with a space (describe may: an empty value).
    if (args.contains(QStringLiteral("get")))
        QVERIFY(!out.out.contains(QStringLiteral(" \n")));
}

void TestKubectlPrinter::messages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::addColumn<int>("exitCode");

    const QString svcHeader = QStringLiteral(
        "NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n");
    // kubectl get: "No resources found in %s namespace." on stderr, exit 0.
    QTest::newRow("get in an empty namespace")
        << QStringList{"get", "svc", "-n", "nowhere"} << QString()
        << "No resources found in nowhere namespace.\n" << 0;
    QTest::newRow("get pods in an empty namespace, --namespace=")
        << QStringList{"get", "pods", "--namespace=nowhere"} << QString()
        << "No resources found in nowhere namespace.\n" << 0;
    QTest::newRow("describe in an empty namespace")
        << QStringList{"describe", "svc", "-n", "nowhere"} << QString()
        << "No resources found in nowhere namespace.\n" << 0;
    QTest::newRow("get one by name")
        << QStringList{"get", "svc", "kubernetes"} << svcHeader +
               "kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   <unknown>\n"
        << QString() << 0;
    QTest::newRow("get TYPE/NAME")
        << QStringList{"get", "svc/kubernetes"} << svcHeader +
               "kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   <unknown>\n"
        << QString() << 0;
    // Error from server (NotFound): the API's 404 as kubectl prints it; exit 1.
    QTest::newRow("get a missing service")
        << QStringList{"get", "svc", "nope"} << QString()
        << "Error from server (NotFound): services \"nope\" not found\n" << 1;
    QTest::newRow("get a service of another namespace")
        << QStringList{"get", "svc", "kube-dns"} << QString()
        << "Error from server (NotFound): services \"kube-dns\" not found\n" << 1;
    QTest::newRow("get one found, one missing")
        << QStringList{"get", "svc", "kubernetes", "nope"} << svcHeader +
               "kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   <unknown>\n"
        << "Error from server (NotFound): services \"nope\" not found\n" << 1;
    QTest::newRow("get a missing pod")
        << QStringList{"get", "po", "x"} << QString()
        << "Error from server (NotFound): pods \"x\" not found\n" << 1;
    QTest::newRow("get endpoints of a Service without an Endpoints object")
        << QStringList{"get", "ep", "external"} << QString()
        << QString::fromLatin1(kEndpointsDeprecationWarning) +
               "Error from server (NotFound): endpoints \"external\" not found\n"
        << 1;
    QTest::newRow("get a missing node")
        << QStringList{"get", "node", "node-9"} << QString()
        << "Error from server (NotFound): nodes \"node-9\" not found\n" << 1;
    QTest::newRow("describe a missing service")
        << QStringList{"describe", "svc", "x"} << QString()
        << "Error from server (NotFound): services \"x\" not found\n" << 1;
}

void TestKubectlPrinter::messages()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QFETCH(int, exitCode);
    const KubectlOutput result = run(classroomCluster(), args);
    QCOMPARE(result.out, out);
    QCOMPARE(result.err, err);
    QCOMPARE(result.exitCode, exitCode);
}

// AGE is an option: "<unknown>" by default (zero creationTimestamp), any fixed text otherwise.
void TestKubectlPrinter::ageOption()
{
    KubectlOptions options;
    options.age = QStringLiteral("10m");
    const KubectlOutput out = run(classroomCluster(), {"get", "svc", "kubernetes"}, options);
    QCOMPARE(out.out, QStringLiteral(
                          "NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n"
                          "kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10m\n"));
    options.kubeletVersion = QStringLiteral("v1.99.9");
    const KubectlOutput nodes = run(classroomCluster(), {"get", "no", "node-2"}, options);
    QCOMPARE(nodes.out, QStringLiteral("NAME     STATUS   ROLES    AGE   VERSION\n"
                                       "node-2   Ready    <none>   10m   v1.99.9\n"));
}

void TestKubectlPrinter::podStatus_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<int>("containers");
    QTest::addColumn<QString>("expected"); // READY and STATUS cells
    // printPod: READY = ready containers / (containers + restartable init containers).
    QTest::newRow("running and ready") << "node-1" << "Running" << true << 1 << "1/1 Running";
    QTest::newRow("two containers") << "node-1" << "Running" << true << 2 << "2/2 Running";
    QTest::newRow("running, not ready") << "node-1" << "Running" << false << 1 << "0/1 Running";
    QTest::newRow("no node: Pending whatever the phase says")
        << "" << "Running" << true << 1 << "0/1 Pending";
}

void TestKubectlPrinter::podStatus()
{
    QFETCH(QString, node);
    QFETCH(QString, phase);
    QFETCH(bool, ready);
    QFETCH(int, containers);
    QFETCH(QString, expected);
    Cluster c;
    PodInfo p = pod("default", "p", node, node.isEmpty() ? QString() : "10.244.0.9", ready);
    p.phase = phase;
    p.containerCount = containers;
    c.pods << p;
    c.reindex();
    const QStringList l = run(c, {"get", "pods"}).out.split(u'\n');
    QCOMPARE(l.value(1).simplified().section(u' ', 1, 2), expected);
}

void TestKubectlPrinter::externalIP_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QStringList>("externalIPs");
    QTest::addColumn<QStringList>("ingressIPs");
    QTest::addColumn<QStringList>("ingressHostnames");
    QTest::addColumn<bool>("wide");
    QTest::addColumn<QString>("expected");
    const int cip = int(ServiceType::ClusterIP), np = int(ServiceType::NodePort),
              lb = int(ServiceType::LoadBalancer);
    const QStringList none;
    QTest::newRow("A5 ClusterIP without externalIPs") << cip << none << none << none << false
                                                      << "<none>";
    QTest::newRow("A5 ClusterIP externalIPs joined") << cip << QStringList{"1.2.3.4", "5.6.7.8"}
                                                     << none << none << false
                                                     << "1.2.3.4,5.6.7.8";
    QTest::newRow("A5 NodePort externalIPs (not clipped)")
        << np << QStringList{"192.168.100.100", "192.168.100.101"} << none << none << false
        << "192.168.100.100,192.168.100.101";
    QTest::newRow("A5 LoadBalancer pending") << lb << none << none << none << false
                                             << "<pending>";
    QTest::newRow("A5 LoadBalancer 16 bytes fit") << lb << none
                                                  << QStringList{"198.51.100.100"} << none
                                                  << false << "198.51.100.100";
    QTest::newRow("A5 LoadBalancer sorted, de-duplicated")
        << lb << none << QStringList{"5.5.5.5", "1.1.1.1", "5.5.5.5"} << none << false
        << "1.1.1.1,5.5.5.5";
    QTest::newRow("A5 LoadBalancer clipped to 16 with ...")
        << lb << none << QStringList{"10.0.0.1", "10.0.0.2"} << none << false
        << "10.0.0.1,10.0..."; // s[:13] + "..."
    QTest::newRow("A5 LoadBalancer hostname clipped")
        << lb << none << none
        << QStringList{"a1b2c3-123456789.eu-west-1.elb.amazonaws.com"} << false
        << "a1b2c3-123456...";
    QTest::newRow("A5 LoadBalancer wide not clipped")
        << lb << none << none
        << QStringList{"a1b2c3-123456789.eu-west-1.elb.amazonaws.com"} << true
        << "a1b2c3-123456789.eu-west-1.elb.amazonaws.com";
    QTest::newRow("A5 LoadBalancer + externalIPs: clipped ingress, then externalIPs")
        << lb << QStringList{"192.168.1.50"} << QStringList{"10.0.0.1", "10.0.0.2"} << none
        << false << "10.0.0.1,10.0...,192.168.1.50";
    QTest::newRow("A5 LoadBalancer pending + externalIPs: no <pending>")
        << lb << QStringList{"192.168.1.50"} << none << none << false << "192.168.1.50";
}

void TestKubectlPrinter::externalIP()
{
    QFETCH(int, type);
    QFETCH(QStringList, externalIPs);
    QFETCH(QStringList, ingressIPs);
    QFETCH(QStringList, ingressHostnames);
    QFETCH(bool, wide);
    QFETCH(QString, expected);
    ServiceInfo s = service("default", "x", ServiceType(type), "10.96.0.5");
    s.externalIPs = externalIPs;
    s.loadBalancerIPs = ingressIPs;
    s.loadBalancerHostnames = ingressHostnames;
    QCOMPARE(serviceExternalIPCell(s, wide), expected);
}

void TestKubectlPrinter::ports_data()
{
    QTest::addColumn<QList<ServicePortInfo>>("ports");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A5 port/protocol") << QList<ServicePortInfo>{port("", 80, "TCP",
                                                                     IntOrString::fromInt(80))}
                                      << "80/TCP";
    QTest::newRow("A5 port:nodePort/protocol")
        << QList<ServicePortInfo>{port("", 80, "TCP", IntOrString::fromInt(8080), 30008)}
        << "80:30008/TCP";
    QTest::newRow("A5 several joined without spaces")
        << QList<ServicePortInfo>{port("http", 8080, "TCP", IntOrString::fromInt(8080)),
                                  port("https", 8443, "TCP", IntOrString::fromInt(8443))}
        << "8080/TCP,8443/TCP";
    QTest::newRow("A5 UDP") << QList<ServicePortInfo>{port("dns", 53, "UDP",
                                                           IntOrString::fromInt(53))}
                            << "53/UDP";
    QTest::newRow("A5 no ports") << QList<ServicePortInfo>() << "<none>";
}

void TestKubectlPrinter::ports()
{
    QFETCH(QList<ServicePortInfo>, ports);
    QFETCH(QString, expected);
    ServiceInfo s = service("default", "x", ServiceType::ClusterIP, "10.96.0.5");
    s.ports = ports;
    QCOMPARE(servicePortsCell(s), expected);
}

void TestKubectlPrinter::endpointsColumn_data()
{
    QTest::addColumn<int>("addresses");
    QTest::addColumn<QString>("expected");
    // formatEndpoints: at most 3, then " + N more..." with N = all - 3.
    QTest::newRow("A5 none ready in a subset: empty") << 0 << "";
    QTest::newRow("A5 one") << 1 << "10.244.1.1:80";
    QTest::newRow("A5 exactly three: no more") << 3
                                               << "10.244.1.1:80,10.244.1.2:80,10.244.1.3:80";
    QTest::newRow("A5 four: + 1 more...")
        << 4 << "10.244.1.1:80,10.244.1.2:80,10.244.1.3:80 + 1 more...";
    QTest::newRow("A5 six: + 3 more...")
        << 6 << "10.244.1.1:80,10.244.1.2:80,10.244.1.3:80 + 3 more...";
}

void TestKubectlPrinter::endpointsColumn()
{
    QFETCH(int, addresses);
    QFETCH(QString, expected);
    ServiceInfo s = service("default", "x", ServiceType::ClusterIP, "10.96.0.5");
    select(s, "app", "x");
    s.ports << port("", 80, "TCP", IntOrString::fromInt(80));
    QList<EndpointInfo> list;
    for (int i = addresses; i >= 1; --i) // reversed: the Endpoints object sorts by IP
        list << endpoint(QStringLiteral("10.244.1.%1").arg(i), 80);
    if (addresses == 0)
        list << endpoint(QStringLiteral("10.244.1.9"), 80, false);
    s.endpoints << list;
    QCOMPARE(endpointsCell(s), expected);
}

// RepackSubsets sorts a subset's ports by the MD5 of spew's "%#v" dump of v1.EndpointPort.
void TestKubectlPrinter::endpointPortOrder()
{
    const EndpointsSubset::Port dns{"dns", 53, "UDP", QString()};
    QCOMPARE(endpointPortSpew(dns),
             QByteArray("(v1.EndpointPort){Name:(string)dns Port:(int32)53 "
                        "Protocol:(v1.Protocol)UDP AppProtocol:(*string)<nil>}"));
    const EndpointsSubset::Port web{"", 80, "TCP", "http"};
    QCOMPARE(endpointPortSpew(web),
             QByteArray("(v1.EndpointPort){Name:(string) Port:(int32)80 "
                        "Protocol:(v1.Protocol)TCP AppProtocol:(*string)http}"));

    const Cluster c = classroomCluster();
    const ServiceInfo *dnsService = c.serviceByName("kube-system", "kube-dns");
    QVERIFY(dnsService);
    const QList<EndpointsSubset> subsets = serviceEndpointsSubsets(*dnsService);
    QCOMPARE(subsets.size(), 1);
    QStringList names;
    for (const auto &p : subsets[0].ports)
        names << p.name;
    QCOMPARE(names, QStringList({"dns-tcp", "dns", "metrics"}));
    QCOMPARE(subsets[0].addresses, QStringList({"10.244.0.2", "10.244.0.3"}));

    // A pod without the named port serves one port only: two subsets.
    ServiceInfo s = service("default", "split", ServiceType::ClusterIP, "10.96.0.6");
    select(s, "app", "split");
    s.ports << port("http", 80, "TCP", IntOrString::fromString("http"))
            << port("metrics", 9090, "TCP", IntOrString::fromInt(9090));
    s.endpoints << QList<EndpointInfo>{endpoint("10.244.1.2", 8080)}
                << QList<EndpointInfo>{endpoint("10.244.1.2", 9090),
                                       endpoint("10.244.2.2", 9090)};
    const QList<EndpointsSubset> split = serviceEndpointsSubsets(s);
    QCOMPARE(split.size(), 2);
    QCOMPARE(split[0].addresses, QStringList({"10.244.1.2"}));
    QCOMPARE(split[1].addresses, QStringList({"10.244.1.2", "10.244.2.2"}));
    QCOMPARE(endpointsCell(s), QStringLiteral("10.244.1.2:8080,10.244.1.2:9090,10.244.2.2:9090"));
}

void TestKubectlPrinter::describeA5Example()
{
    Cluster c;
    c.services << myNginx();
    c.reindex();
    const KubectlOutput out = run(c, {"describe", "svc", "my-nginx"});
    QCOMPARE(out.out, golden("describe_svc_a5_my-nginx.txt"));
    // "External Traffic Policy:" is the widest key: values start at column 27.
    const QStringList lines = out.out.split(u'\n');
    QCOMPARE(lines[0].indexOf(QStringLiteral("my-nginx")), 26);
}

void TestKubectlPrinter::describeDetails_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expectedLine");
    // registry: headless + selectorless Services default to RequireDualStack.
    QTest::newRow("headless selectorless: RequireDualStack")
        << "headless-selectorless" << "IP Family Policy:         RequireDualStack";
    QTest::newRow("ClientIP affinity") << "clientip" << "Session Affinity:         ClientIP";
    QTest::newRow("named targetPort: name/PROTO") << "named" << "TargetPort:               "
                                                                 "http/TCP";
    QTest::newRow("hostname ingress: no ipMode") << "hostname"
                                                 << "LoadBalancer Ingress:     lb.example.com";
    QTest::newRow("long annotation goes under its key")
        << "long-annotation" << "                          example.com/long:";
    QTest::newRow("terminal escape in an annotation (WriteEscaped)")
        << "escape" << "Annotations:              note: a^[[31mred";
    QTest::newRow("not-ready endpoints are not listed") << "not-ready"
                                                        << "Endpoints:                ";
}

void TestKubectlPrinter::describeDetails()
{
    QFETCH(QString, what);
    QFETCH(QString, expectedLine);
    ServiceInfo s = service("default", what, ServiceType::ClusterIP, "10.96.0.7");
    s.ports << port("", 80, "TCP", IntOrString::fromInt(80));
    s.endpoints << QList<EndpointInfo>();
    if (what == u"headless-selectorless") {
        s.clusterIP = "None";
    } else if (what == u"clientip") {
        s.sessionAffinity = "ClientIP";
        s.affinityTimeoutSeconds = 10800;
    } else if (what == u"named") {
        s.ports[0].targetPort = IntOrString::fromString("http");
    } else if (what == u"hostname") {
        s.type = ServiceType::LoadBalancer;
        s.loadBalancerHostnames << "lb.example.com";
    } else if (what == u"long-annotation") {
        s.annotations.insert("a", "b");
        s.annotations.insert("example.com/long", QString(150, u'x'));
    } else if (what == u"escape") {
        s.annotations.insert("note", QString::fromLatin1("a\x1b[31mred"));
    } else if (what == u"not-ready") {
        select(s, "app", "x");
        s.endpoints[0] << endpoint("10.244.1.1", 80, false);
    }
    const QString text = describeService(s, ClusterSettings());
    const QStringList lines = text.split(u'\n');
    QVERIFY2(lines.contains(expectedLine), qPrintable(text));
    if (what == u"long-annotation") {
        // The value on the next line, indented 2, cut at 138 bytes + "...".
        const qsizetype at = lines.indexOf(expectedLine);
        QCOMPARE(lines[at + 1], QString(26, u' ') + "  " + QString(138, u'x') + "...");
        QVERIFY(lines.contains(QStringLiteral("Annotations:              a: b")));
    }
}

void TestKubectlPrinter::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    // kubectl's own wording where kubectl has one.
    QTest::newRow("unknown resource type")
        << QStringList{"get", "foo"} << "error: the server doesn't have a resource type \"foo\"\n";
    QTest::newRow("unknown command") << QStringList{"frobnicate"}
                                     << "error: unknown command \"frobnicate\" for \"kubectl\"\n";
    QTest::newRow("no resource") << QStringList{"get"}
                                 << "error: Required resource not specified.\n";
    QTest::newRow("unknown flag") << QStringList{"get", "svc", "--watch"}
                                  << "error: unknown flag: --watch\n";
    QTest::newRow("unknown shorthand") << QStringList{"get", "svc", "-w"}
                                       << "error: unknown shorthand flag: 'w' in -w\n";
    QTest::newRow("-n without value") << QStringList{"get", "svc", "-n"}
                                      << "error: flag needs an argument: 'n' in -n\n";
    QTest::newRow("name across all namespaces")
        << QStringList{"get", "svc", "web", "-A"}
        << "error: a resource cannot be retrieved by name across all namespaces\n";
    QTest::newRow("valid: flags before the verb") << QStringList{"-n", "kube-system", "get", "svc"}
                                                  << QString();
    QTest::newRow("valid: describe all") << QStringList{"describe", "svc"} << QString();
    QTest::newRow("valid: upper-case type") << QStringList{"get", "SVC"} << QString();
}

void TestKubectlPrinter::parse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const KubectlParseResult r = parseKubectlArguments(args);
    if (error.isEmpty()) {
        QVERIFY2(r.ok, qPrintable(r.error));
    } else {
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
    }
    // Simulator limits are errors too, in the user's language: only check they are errors.
    for (const QStringList &bad :
         {QStringList{"get", "deployments"}, QStringList{"get", "svc", "-o", "yaml"},
          QStringList{"describe", "pods", "x"}, QStringList{"apply", "-f", "x.yaml"},
          QStringList{"get", "svc,pods"}, QStringList{}})
        QVERIFY(!parseKubectlArguments(bad).ok);
}

QTEST_GUILESS_MAIN(TestKubectlPrinter)
#include "tst_kubectlprinter.moc"
