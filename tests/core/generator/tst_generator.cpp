// The cluster generator (hopscope generate): deterministic bytes, both forms load without errors,
// the counts asked for, and the dump describes the same cluster as the workloads it came from —
// read as a dump (A5: `kubectl get … -o yaml` prints a `kind: List`; its EndpointSlices are used
// and no system objects are added, because the dump lists them).

#include "core/builder/clusterbuilder.h"
#include "core/generator/generator.h"
#include "core/objects/manifestreader.h"

#include <QTest>

#include <algorithm>

using namespace hopscope;

namespace {

GeneratorSpec spec(int nodes, int pods, int services, GeneratorSpec::Form form)
{
    GeneratorSpec s;
    s.nodes = nodes;
    s.pods = pods;
    s.services = services;
    s.form = form;
    return s;
}

Cluster load(const QByteArray &bytes, int nodes)
{
    ClusterSettings settings;
    settings.clusterCidr = ClusterGenerator::clusterCidr(nodes);
    return ClusterBuilder::build(ManifestReader::readBytes(bytes, QStringLiteral("gen.yaml")),
                                 settings);
}

QString problems(const Cluster &c)
{
    QStringList out;
    for (const Diagnostic &d : c.diagnostics)
        if (d.severity != Severity::Info)
            out << d.toString();
    return out.join(u'\n');
}

// What a Service looks like from outside: addresses, ports, and where its endpoints lead.
QStringList serviceSummary(const Cluster &c)
{
    QStringList out;
    for (const ServiceInfo &s : c.services) {
        QStringList ports;
        for (const ServicePortInfo &p : s.ports)
            ports << QStringLiteral("%1/%2:%3>%4/%5")
                         .arg(p.name)
                         .arg(p.port)
                         .arg(p.nodePort)
                         .arg(p.targetPort.toString(), p.protocol);
        QStringList endpoints;
        for (const QList<EndpointInfo> &list : s.endpoints)
            for (const EndpointInfo &e : list)
                endpoints << QStringLiteral("%1:%2@%3=%4%5")
                                 .arg(e.ip)
                                 .arg(e.port)
                                 .arg(e.nodeName, e.podId)
                                 .arg(e.ready ? QString() : QStringLiteral("(not ready)"));
        endpoints.sort();
        out << QStringLiteral("%1 %2 %3 lb=%4 [%5] {%6}")
                   .arg(s.id, s.typeName(), s.clusterIP, s.loadBalancerIPs.join(u','),
                        ports.join(u','), endpoints.join(u' '));
    }
    return out;
}

QStringList podSummary(const Cluster &c)
{
    QStringList out;
    for (const PodInfo &p : c.pods)
        out << QStringLiteral("%1 %2 %3 %4").arg(p.id, p.nodeName, p.ip, p.phase);
    out.sort();
    return out;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic_data();
    void deterministic();
    void loadsWithCounts_data();
    void loadsWithCounts();
    void formsAgree_data();
    void formsAgree();
    void dumpLooksLikeKubectl();
    void largeClusterUsesWiderPodRange();
    void rejectsBadSpecs_data();
    void rejectsBadSpecs();
};

void TestGenerator::deterministic_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("workloads") << int(GeneratorSpec::Form::Workloads);
    QTest::newRow("dump") << int(GeneratorSpec::Form::Dump);
}

void TestGenerator::deterministic()
{
    QFETCH(int, form);
    const GeneratorSpec s = spec(4, 30, 7, GeneratorSpec::Form(form));
    const QByteArray a = ClusterGenerator::generate(s);
    const QByteArray b = ClusterGenerator::generate(s);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
    // Another size is another cluster.
    QVERIFY(ClusterGenerator::generate(spec(4, 31, 7, GeneratorSpec::Form(form))) != a);
}

void TestGenerator::loadsWithCounts_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("pods");
    QTest::addColumn<int>("services");
    const int forms[] = {int(GeneratorSpec::Form::Workloads), int(GeneratorSpec::Form::Dump)};
    const char *names[] = {"workloads", "dump"};
    for (int f = 0; f < 2; ++f) {
        QTest::addRow("%s one node, no pods", names[f]) << forms[f] << 1 << 0 << 0;
        QTest::addRow("%s seed size", names[f]) << forms[f] << 3 << 10 << 3;
        QTest::addRow("%s more services than pods", names[f]) << forms[f] << 2 << 5 << 8;
        // Several namespaces (100 Services each), NodePort and LoadBalancer Services.
        QTest::addRow("%s 250 services", names[f]) << forms[f] << 20 << 600 << 250;
    }
}

void TestGenerator::loadsWithCounts()
{
    QFETCH(int, form);
    QFETCH(int, nodes);
    QFETCH(int, pods);
    QFETCH(int, services);
    const GeneratorSpec s = spec(nodes, pods, services, GeneratorSpec::Form(form));
    const Cluster c = load(ClusterGenerator::generate(s), nodes);
    QVERIFY2(problems(c).isEmpty(), qPrintable(problems(c)));
    QCOMPARE(c.nodes.size(), nodes);
    // The cluster's own objects come on top: `kubernetes`, kube-dns and its two CoreDNS pods
    // (added by the builder for workloads, listed by the dump).
    QCOMPARE(c.services.size(), services + 2);
    QCOMPARE(c.pods.size(), pods + 2);
    for (const PodInfo &p : c.pods) {
        QVERIFY2(!p.ip.isEmpty() && !p.nodeName.isEmpty(), qPrintable(p.id));
        QCOMPARE(p.phase, QStringLiteral("Running"));
    }
    int served = 0;
    for (const ServiceInfo &svc : c.services)
        served += svc.endpoints.isEmpty() ? 0 : int(svc.endpoints.first().size());
    QCOMPARE(served, pods + 2 + 1); // every pod behind its Service's first port; + the API server
    if (s.form == GeneratorSpec::Form::Dump) {
        for (const ServiceInfo &svc : c.services) {
            QVERIFY2(svc.endpointsFromManifest, qPrintable(svc.id)); // the slices were used
            QVERIFY(!svc.system);                                    // listed, not added
        }
    }
}

void TestGenerator::formsAgree_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("pods");
    QTest::addColumn<int>("services");
    QTest::newRow("seed size") << 3 << 10 << 3;
    QTest::newRow("uneven replicas") << 7 << 101 << 13;
    QTest::newRow("several namespaces, LoadBalancers") << 30 << 900 << 260;
}

void TestGenerator::formsAgree()
{
    QFETCH(int, nodes);
    QFETCH(int, pods);
    QFETCH(int, services);
    const Cluster w = load(
        ClusterGenerator::generate(spec(nodes, pods, services, GeneratorSpec::Form::Workloads)),
        nodes);
    const Cluster d = load(
        ClusterGenerator::generate(spec(nodes, pods, services, GeneratorSpec::Form::Dump)), nodes);
    QCOMPARE(serviceSummary(d), serviceSummary(w));
    QCOMPARE(podSummary(d), podSummary(w));
    QCOMPARE(d.namespaces, w.namespaces);
    QCOMPARE(d.dnsIP, w.dnsIP);
}

void TestGenerator::dumpLooksLikeKubectl()
{
    const QByteArray dump = ClusterGenerator::generate(spec(3, 10, 3, GeneratorSpec::Form::Dump));
    const QList<QByteArray> lines = dump.split('\n');
    // A5: one List; kubectl prints keys sorted, so `kind: List` comes after the items.
    QVERIFY(lines.contains("apiVersion: v1"));
    QVERIFY(lines.contains("items:"));
    QVERIFY(lines.contains("kind: List"));
    QVERIFY(lines.indexOf("kind: List") > lines.indexOf("items:"));
    // Server-filled fields of a Deployment's pod and of an EndpointSlice.
    for (const char *field :
         {"    uid: ", "    resourceVersion: \"", "    creationTimestamp: \"",
          "      kind: ReplicaSet", "      pod-template-hash: ", "    podIP: 10.244.",
          "    hostIP: 172.18.0.", "    phase: Running", "    nodeName: node-",
          "      type: ContainersReady", "- addressType: IPv4", "      ready: true",
          "      kind: Pod", "      kubernetes.io/service-name: ", "    - IPv4",
          "      nodePort: 3", "    podCIDR: 10.244.", "  kind: EndpointSlice"})
        QVERIFY2(dump.contains(QByteArray(QByteArray("\n") + field)), field);
    // Every pod is spelled out.
    QCOMPARE(dump.count("\n  kind: Pod\n"), 12);
}

void TestGenerator::largeClusterUsesWiderPodRange()
{
    // 300 nodes do not fit 256 /24 networks of 10.244.0.0/16: the generator uses 10.128.0.0/9.
    QCOMPARE(ClusterGenerator::clusterCidr(256), QStringLiteral("10.244.0.0/16"));
    QCOMPARE(ClusterGenerator::clusterCidr(300), QStringLiteral("10.128.0.0/9"));
    const Cluster c =
        load(ClusterGenerator::generate(spec(300, 300, 10, GeneratorSpec::Form::Workloads)), 300);
    QVERIFY2(problems(c).isEmpty(), qPrintable(problems(c)));
    QCOMPARE(c.nodes.size(), 300);
    QSet<QString> cidrs;
    for (const NodeInfo &n : c.nodes)
        cidrs.insert(n.podCIDR);
    QCOMPARE(cidrs.size(), 300);
    QCOMPARE(c.nodes.last().podCIDR, QStringLiteral("10.129.43.0/24"));
}

void TestGenerator::rejectsBadSpecs_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("pods");
    QTest::addColumn<int>("services");
    QTest::addColumn<QString>("flag");
    QTest::newRow("no nodes") << 0 << 1 << 1 << "--nodes";
    QTest::newRow("too many nodes") << GeneratorSpec::kMaxNodes + 1 << 1 << 1 << "--nodes";
    QTest::newRow("negative pods") << 1 << -1 << 1 << "--pods";
    QTest::newRow("too many services") << 1 << 1 << GeneratorSpec::kMaxServices + 1 << "--services";
}

void TestGenerator::rejectsBadSpecs()
{
    QFETCH(int, nodes);
    QFETCH(int, pods);
    QFETCH(int, services);
    QFETCH(QString, flag);
    const GeneratorSpec s = spec(nodes, pods, services, GeneratorSpec::Form::Workloads);
    QVERIFY(s.validate().startsWith(flag));
    QVERIFY(ClusterGenerator::generate(s).isEmpty());
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
