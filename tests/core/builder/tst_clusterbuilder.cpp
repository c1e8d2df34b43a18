// The cluster builder as a whole: determinism (same manifests ⇒ the same Cluster, in this process
// and — through a golden summary — in any other), namespaces, system objects, dumps, settings
// errors, duplicates and the order of diagnostics.

#include "builderfixtures.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace hopscope;
using namespace fixtures;

namespace {

const Labels kWeb{{"app", "web"}};

// A bit of everything: all workload kinds, all Service types, named ports, two namespaces.
ManifestSet sample()
{
    ManifestSet m;
    m.files << "test.yaml";
    NamespaceObject ns;
    ns.meta = meta("Namespace", "shop");
    m.namespaces << ns;
    m.workloads << deployment("web", 3, kWeb, {cport(8080, "http")})
                << deployment("api", 2, {{"app", "api"}}, {cport(9000, "grpc")}, "shop")
                << workload(WorkloadKind::StatefulSet, "db", 2, {{"app", "db"}}, {cport(5432)})
                << workload(WorkloadKind::DaemonSet, "agent", 1, {{"app", "agent"}}, {cport(9100)})
                << workload(WorkloadKind::ReplicationController, "legacy", 2, {{"app", "legacy"}})
                << workload(WorkloadKind::ReplicaSet, "rs", 1, {{"app", "rs"}});
    m.pods << pod("myapp-pod", {{"app", "myapp"}}, {cport(80)});
    m.services << service("web", "NodePort", {port(80, IntOrString::fromString("http"))}, kWeb)
               << service("api", "LoadBalancer", {port(443, IntOrString::fromInt(9000))},
                          {{"app", "api"}}, "shop")
               << service("agent", {}, {port(9100)}, {{"app", "agent"}})
               << service("legacy", {}, {port(80)}, {{"app", "legacy"}});
    ServiceObject db = service("db", {}, {port(5432)}, {{"app", "db"}});
    db.clusterIP = QStringLiteral("None");
    ServiceObject ext = service("ext", "ExternalName", {});
    ext.externalName = QStringLiteral("example.com");
    ServiceObject local = service("local", "LoadBalancer", {port(80)}, kWeb);
    local.externalTrafficPolicy = QStringLiteral("Local");
    m.services << db << ext << local;
    return m;
}

// One line per entity with every value that must not change between runs or machines.
QString summary(const Cluster &c)
{
    QStringList lines;
    for (const NodeInfo &n : c.nodes)
        lines << QStringLiteral("node %1 %2 %3").arg(n.name, n.internalIP, n.podCIDR);
    for (const PodInfo &p : c.pods)
        lines << QStringLiteral("pod %1 %2 %3 %4").arg(p.id, p.nodeName, p.ip, p.phase);
    for (const ServiceInfo &s : c.services) {
        QStringList ports;
        for (int i = 0; i < s.ports.size(); ++i) {
            QStringList eps;
            for (const EndpointInfo &e : s.endpoints.value(i))
                eps << e.ip + u':' + QString::number(e.port);
            ports << QStringLiteral("%1/%2:%3->%4[%5]")
                         .arg(s.ports[i].port)
                         .arg(s.ports[i].protocol)
                         .arg(s.ports[i].nodePort)
                         .arg(s.ports[i].targetPort.toString(), eps.join(u','));
        }
        lines << QStringLiteral("svc %1 %2 %3 lb=%4 hc=%5 %6")
                     .arg(s.id, s.typeName(), s.clusterIP, s.loadBalancerIPs.join(u','))
                     .arg(s.healthCheckNodePort)
                     .arg(ports.join(u' '));
    }
    lines << QStringLiteral("namespaces %1").arg(c.namespaces.join(u','));
    lines << QStringLiteral("dns %1 client %2").arg(c.dnsIP, c.clientIP);
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestClusterBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildTwiceGivesEqualClusters();
    void goldenSummary();
    void namespaces();
    void diagnosticsOrderAndFiles();
    void badSettingsFallBackToDefaults();
    void systemObjectsAutoSkipsDumps();
    void systemObjectsNotDuplicated();
    void dumpWorkloadsNotExpandedAgain();
    void duplicatesLaterWins();
    void namelessObjectsRefused();
    void dualStackNoted();
    void inputOrderAcrossFiles();
};

void TestClusterBuilder::buildTwiceGivesEqualClusters()
{
    const ManifestSet m = sample();
    const Cluster a = ClusterBuilder::build(m, ClusterSettings{});
    const Cluster b = ClusterBuilder::build(m, ClusterSettings{});
    QString why;
    QVERIFY2(sameCluster(a, b, &why), qPrintable(why));
    QVERIFY(!a.pods.isEmpty());
    QCOMPARE(a.diagnostics, Diagnostics{});
    // Lookups work after build (reindex()).
    for (const PodInfo &p : a.pods)
        QCOMPARE(a.pod(p.id), &p);
    for (const ServiceInfo &s : a.services)
        QCOMPARE(a.service(s.id), &s);
}

// QHash seeds differ from process to process: a golden file catches any dependence on them, on
// pointers or on the machine. Regenerate with HOPSCOPE_UPDATE_GOLDEN=1 after a deliberate change.
void TestClusterBuilder::goldenSummary()
{
    const QString actual = summary(ClusterBuilder::build(sample(), ClusterSettings{}));
    const QString path = QStringLiteral(HOPSCOPE_TEST_DATA "/golden/builder-sample.txt");
    if (qEnvironmentVariableIsSet("HOPSCOPE_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QString expected = QString::fromUtf8(in.readAll());
    const QStringList a = actual.split(u'\n'), e = expected.split(u'\n');
    for (int i = 0; i < std::min(a.size(), e.size()); ++i)
        QCOMPARE(a[i], e[i]);
    QCOMPARE(a.size(), e.size());
}

void TestClusterBuilder::namespaces()
{
    const Cluster withSystem = ClusterBuilder::build(sample(), ClusterSettings{});
    QCOMPARE(withSystem.namespaces, (QStringList{"default", "kube-system", "shop"}));
    ManifestSet m;
    m.services << service("a", {}, {port(80)}, {}, "zeta");
    NamespaceObject empty;
    empty.meta = meta("Namespace", "alpha");
    m.namespaces << empty;
    const Cluster c = buildPlain(m);
    QCOMPARE(c.namespaces, (QStringList{"alpha", "default", "zeta"}));
}

void TestClusterBuilder::diagnosticsOrderAndFiles()
{
    ManifestSet m;
    m.files << "a.yaml"
            << "b.yaml";
    m.diagnostics << Diagnostic{Severity::Warning, "tab-indent", {"a.yaml", 3, 1}, "tab", {}, {}};
    m.services << service("x", {}, {port(80)});
    m.services.last().clusterIP = QStringLiteral("1.1.1.1");
    const Cluster c = buildPlain(m);
    QCOMPARE(c.files, m.files);
    QCOMPARE(c.diagnostics.size(), 2);
    QCOMPARE(c.diagnostics[0].code, QStringLiteral("tab-indent")); // the reader's first
    QCOMPARE(c.diagnostics[1].code, QStringLiteral("service-allocation"));
}

void TestClusterBuilder::badSettingsFallBackToDefaults()
{
    ClusterSettings s;
    s.clusterCidr = QStringLiteral("10.244.0.0/99");
    s.serviceCidr = QStringLiteral("banana");
    s.nodeCount = 0;
    s.nodePortMin = 40000;
    s.nodePortMax = 30000;
    s.clientIP = QStringLiteral("nope");
    ManifestSet m;
    m.services << service("web", "NodePort", {port(80)}, kWeb);
    const Cluster c = ClusterBuilder::build(m, s);
    int bad = 0;
    for (const Diagnostic &d : c.diagnostics)
        bad += d.code == u"bad-setting" && d.severity == Severity::Error && !d.hint.isEmpty();
    QCOMPARE(bad, 5);
    const ClusterSettings defaults;
    QCOMPARE(c.settings.clusterCidr, defaults.clusterCidr);
    QCOMPARE(c.settings.serviceCidr, defaults.serviceCidr);
    QCOMPARE(c.nodes.size(), 3);
    QCOMPARE(c.nodes[0].podCIDR, QStringLiteral("10.244.0.0/24"));
    QCOMPARE(c.clientIP, QStringLiteral("192.168.1.10"));
    const ServiceInfo *web = c.serviceByName("default", "web");
    QVERIFY(web);
    QVERIFY(web->ports[0].nodePort >= 30086 && web->ports[0].nodePort <= 32767);
}

void TestClusterBuilder::systemObjectsAutoSkipsDumps()
{
    ManifestSet dump;
    dump.services << service("web", {}, {port(80)}, kWeb);
    EndpointsObject e;
    e.meta = meta("Endpoints", "web");
    dump.endpoints << e;
    const Cluster autoMode = ClusterBuilder::build(dump, ClusterSettings{});
    QVERIFY(!autoMode.serviceByName("default", "kubernetes"));
    QCOMPARE(autoMode.dnsIP, QStringLiteral("10.96.0.10"));
    ClusterSettings always;
    always.systemObjects = ClusterSettings::SystemObjects::Always;
    const Cluster withThem = ClusterBuilder::build(dump, always);
    QVERIFY(withThem.serviceByName("default", "kubernetes"));
    QCOMPARE(podsOf(withThem, "coredns").size(), 2);
    for (const PodInfo *p : podsOf(withThem, "coredns")) {
        QVERIFY(p->system);
        QCOMPARE(p->ns, QStringLiteral("kube-system"));
        QCOMPARE(p->labels.value("k8s-app"), QStringLiteral("kube-dns"));
    }
}

void TestClusterBuilder::systemObjectsNotDuplicated()
{
    ManifestSet m;
    ServiceObject api =
        service("kubernetes", {}, {port(443, IntOrString::fromInt(8443), {}, "https")});
    api.clusterIP = QStringLiteral("10.96.0.1");
    m.services << api;
    const Cluster c = ClusterBuilder::build(m, ClusterSettings{});
    QVERIFY(!hasErrors(c.diagnostics));
    const ServiceInfo *k = c.serviceByName("default", "kubernetes");
    QVERIFY(k);
    QVERIFY(!k->system); // the input's own
    QCOMPARE(k->ports[0].targetPort, IntOrString::fromInt(8443));
    QVERIFY(c.serviceByName("kube-system", "kube-dns")->system);
}

// A dump lists the Deployment, its ReplicaSet and its pods: the pods are not made again.
void TestClusterBuilder::dumpWorkloadsNotExpandedAgain()
{
    ManifestSet m;
    m.nodes << node("kind-worker", "172.18.0.3", "10.244.1.0/24");
    WorkloadObject d = deployment("web", 2, kWeb);
    WorkloadObject rs = workload(WorkloadKind::ReplicaSet, "web-5d7f8b6c9d", 2,
                                 {{"app", "web"}, {"pod-template-hash", "5d7f8b6c9d"}});
    rs.meta.ownerKind = QStringLiteral("Deployment");
    rs.meta.ownerName = QStringLiteral("web");
    PodObject p1 =
        dumpPod("web-5d7f8b6c9d-abcde", rs.podTemplate.labels, "kind-worker", "10.244.1.2");
    p1.meta.ownerKind = QStringLiteral("ReplicaSet");
    p1.meta.ownerName = rs.meta.name;
    PodObject p2 = p1;
    p2.meta.name = QStringLiteral("web-5d7f8b6c9d-fghij");
    p2.podIP = QStringLiteral("10.244.1.3");
    m.workloads << d << rs;
    m.pods << p1 << p2;
    const Cluster c = buildPlain(m);
    QCOMPARE(c.pods.size(), 2);
    for (const PodInfo &p : c.pods) {
        QCOMPARE(p.ownerKind, QStringLiteral("Deployment"));
        QCOMPARE(p.ownerName, QStringLiteral("web"));
    }
    // Without the ReplicaSet object the owner is found from pod-template-hash.
    ManifestSet partial;
    partial.nodes = m.nodes;
    partial.pods << p1;
    const Cluster c2 = buildPlain(partial);
    QCOMPARE(c2.pods.value(0).ownerKind, QStringLiteral("Deployment"));
    QCOMPARE(c2.pods.value(0).ownerName, QStringLiteral("web"));
}

void TestClusterBuilder::duplicatesLaterWins()
{
    ManifestSet m;
    m.services << service("web", {}, {port(80)}, kWeb)
               << service("web", "NodePort", {port(8080)}, kWeb);
    m.workloads << deployment("web", 1, kWeb) << deployment("web", 2, kWeb);
    const Cluster c = buildPlain(m);
    QCOMPARE(c.services.size(), 1);
    QCOMPARE(c.services[0].type, ServiceType::NodePort);
    QCOMPARE(podsOf(c, "web").size(), 2);
    int warnings = 0;
    for (const Diagnostic &d : c.diagnostics)
        warnings += d.code == u"duplicate-object" && d.severity == Severity::Warning;
    QCOMPARE(warnings, 2);
    QVERIFY(!hasErrors(c.diagnostics));
}

void TestClusterBuilder::namelessObjectsRefused()
{
    ManifestSet m;
    m.services << service(QString(), {}, {port(80)});
    const Cluster c = buildPlain(m);
    QVERIFY(c.services.isEmpty());
    QCOMPARE(diagnosticMessages(c, Severity::Error),
             QStringList{"The Service \"\" is invalid: metadata.name: Required value: name or "
                         "generateName is required"});
}

void TestClusterBuilder::dualStackNoted()
{
    ManifestSet m;
    ServiceObject s = service("details", {}, {port(9080)}, kWeb);
    s.ipFamilyPolicy = QStringLiteral("RequireDualStack");
    s.ipFamilies = QStringList{"IPv6", "IPv4"};
    m.services << s;
    const Cluster c = buildPlain(m);
    QVERIFY(!hasErrors(c.diagnostics));
    QVERIFY(findDiagnostic(c, "service-ip-family"));
    QVERIFY(!c.services.value(0).clusterIP.isEmpty());
}

// Pods are made in reading order: files as listed, then line by line; workloads expand in place.
void TestClusterBuilder::inputOrderAcrossFiles()
{
    ManifestSet m;
    m.files << "b-first.yaml"
            << "a-second.yaml";
    WorkloadObject late = deployment("web", 2, kWeb);
    late.meta.where = {"a-second.yaml", 1, 1};
    PodObject early = pod("early", {});
    early.meta.where = {"b-first.yaml", 40, 1};
    PodObject first = pod("first", {});
    first.meta.where = {"b-first.yaml", 2, 1};
    m.workloads << late;
    m.pods << early << first;
    const Cluster c = buildPlain(m);
    QStringList order;
    for (const PodInfo &p : c.pods)
        order << (p.ownerName.isEmpty() ? p.name : p.ownerName);
    QCOMPARE(order, (QStringList{"first", "early", "web", "web"}));
    QCOMPARE(c.pods[0].ip, QStringLiteral("10.244.0.2"));
    QCOMPARE(c.pods[2].ip, QStringLiteral("10.244.2.2"));
}

QTEST_GUILESS_MAIN(TestClusterBuilder)
#include "tst_clusterbuilder.moc"
