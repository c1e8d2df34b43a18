// The endpoint controller (reference A1.4): selector matching, targetPort resolution per pod with
// FindPort (name AND protocol; numeric used as is), per-port endpoint sets, readiness, and
// Endpoints / EndpointSlice objects of a dump taking precedence.

#include "builderfixtures.h"

#include "core/controllers/endpointcontroller.h"

#include <QTest>

using namespace hopscope;
using namespace fixtures;

namespace {

const Labels kWeb{{"app", "web"}};

QStringList addresses(const QList<EndpointInfo> &list)
{
    QStringList out;
    for (const EndpointInfo &e : list)
        out << e.ip + u':' + QString::number(e.port);
    return out;
}

const ServiceInfo *svc(const Cluster &c, const QString &name, const QString &ns = "default")
{
    return c.serviceByName(ns, name);
}

EndpointSliceObject slice(const QString &name, const QString &service,
                          const QList<EndpointPortSpec> &ports,
                          const QList<EndpointSliceEndpoint> &endpoints)
{
    EndpointSliceObject s;
    s.meta = meta("EndpointSlice", name, {}, {{"kubernetes.io/service-name", service}});
    s.serviceName = service;
    s.addressType = QStringLiteral("IPv4");
    s.ports = ports;
    s.endpoints = endpoints;
    return s;
}

EndpointSliceEndpoint sliceEndpoint(const QString &ip, std::optional<bool> ready,
                                    const QString &node = {})
{
    EndpointSliceEndpoint e;
    e.addresses << ip;
    e.ready = ready;
    e.nodeName = node;
    return e;
}

} // namespace

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectorMatching();
    void namedTargetPortByNameAndProtocol_data();
    void namedTargetPortByNameAndProtocol();
    void podWithoutNamedPortOmitted();
    void numericTargetPortUsedAsIs();
    void perPortEndpointSets();
    void sortedByAddressText();
    void notReadyPods_data();
    void notReadyPods();
    void pendingPodsAreNoEndpoints();
    void headlessHasEndpoints();
    void externalNameAndNoSelectorHaveNone();
    void hostNetworkAndHostname();
    void headlessWithoutPorts();
    void endpointSliceOverride();
    void endpointsObjectOverride();
    void apiServerEndpoint();
};

void TestEndpoints::selectorMatching()
{
    ManifestSet m;
    m.workloads << deployment("web", 3, kWeb, {cport(80)})
                << deployment("db", 1, {{"app", "db"}}, {cport(5432)})
                << deployment("web", 2, kWeb, {cport(80)}, "other");
    m.services << service("web", {}, {port(80)}, kWeb);
    const Cluster c = buildPlain(m);
    const ServiceInfo *s = svc(c, "web");
    QVERIFY(s);
    QCOMPARE(s->endpoints.size(), 1);
    QCOMPARE(s->endpoints[0].size(), 3);
    QVERIFY(!s->endpointsFromManifest);
    for (const EndpointInfo &e : s->endpoints[0]) {
        const PodInfo *p = c.pod(e.podId);
        QVERIFY(p);
        QCOMPARE(p->ownerName, QStringLiteral("web"));
        QCOMPARE(p->ns, QStringLiteral("default"));
        QCOMPARE(e.ip, p->ip);
        QCOMPARE(e.nodeName, p->nodeName);
        QCOMPARE(e.port, 80);
        QVERIFY(e.ready && e.serving && !e.terminating);
    }
}

void TestEndpoints::namedTargetPortByNameAndProtocol_data()
{
    QTest::addColumn<QString>("serviceProtocol");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("A1.4 name and protocol match: TCP") << "TCP" << QStringList{"10.244.0.2:8080"};
    QTest::newRow("A1.4 same name, UDP: the UDP port") << "UDP" << QStringList{"10.244.0.2:8053"};
    QTest::newRow("A1.4 same name, SCTP: no such port") << "SCTP" << QStringList{};
}

void TestEndpoints::namedTargetPortByNameAndProtocol()
{
    QFETCH(QString, serviceProtocol);
    QFETCH(QStringList, expected);
    ManifestSet m;
    m.pods << pod("app", kWeb, {cport(8080, "http"), cport(8053, "http", "UDP")});
    m.services << service("web", {}, {port(80, IntOrString::fromString("http"), serviceProtocol)},
                          kWeb);
    const Cluster c = buildPlain(m);
    QCOMPARE(addresses(svc(c, "web")->endpoints[0]), expected);
}

// Pods whose containers lack the named port are left out; pods may map the name differently.
void TestEndpoints::podWithoutNamedPortOmitted()
{
    ManifestSet m;
    m.pods << pod("v1", kWeb, {cport(8080, "http")}) << pod("v2", kWeb, {cport(9090, "http")})
           << pod("v3", kWeb, {cport(8080, "web")});
    m.services << service("web", {}, {port(80, IntOrString::fromString("http"))}, kWeb);
    const Cluster c = buildPlain(m);
    QCOMPARE(addresses(svc(c, "web")->endpoints[0]),
             (QStringList{"10.244.0.2:8080", "10.244.1.2:9090"}));
}

void TestEndpoints::numericTargetPortUsedAsIs()
{
    ManifestSet m;
    m.pods << pod("bare", kWeb); // declares no port at all
    m.services << service("web", {}, {port(80, IntOrString::fromInt(5000))}, kWeb)
               << service("same", {}, {port(8080)}, kWeb);
    const Cluster c = buildPlain(m);
    QCOMPARE(addresses(svc(c, "web")->endpoints[0]), QStringList{"10.244.0.2:5000"});
    QCOMPARE(addresses(svc(c, "same")->endpoints[0]), QStringList{"10.244.0.2:8080"});
}

void TestEndpoints::perPortEndpointSets()
{
    ManifestSet m;
    m.pods << pod("full", kWeb, {cport(8080, "http"), cport(9100, "metrics")})
           << pod("partial", kWeb, {cport(8080, "http")});
    m.services << service("web", {},
                          {port(80, IntOrString::fromString("http"), {}, "http"),
                           port(9100, IntOrString::fromString("metrics"), {}, "metrics")},
                          kWeb);
    const Cluster c = buildPlain(m);
    const ServiceInfo *s = svc(c, "web");
    QCOMPARE(s->endpoints.size(), 2);
    QCOMPARE(addresses(s->endpoints[0]), (QStringList{"10.244.0.2:8080", "10.244.1.2:8080"}));
    QCOMPARE(addresses(s->endpoints[1]), QStringList{"10.244.0.2:9100"});
    QCOMPARE(s->totalEndpoints(), 3);
}

// As the Endpoints object lists addresses: by the bytes of the IP text.
void TestEndpoints::sortedByAddressText()
{
    ClusterSettings settings = plainSettings();
    settings.nodeCount = 1;
    ManifestSet m;
    m.workloads << deployment("web", 10, kWeb);
    m.services << service("web", {}, {port(80)}, kWeb);
    const Cluster c = ClusterBuilder::build(m, settings);
    const QStringList got = addresses(svc(c, "web")->endpoints[0]);
    QCOMPARE(got.size(), 10);
    QCOMPARE(got.first(), QStringLiteral("10.244.0.10:80"));
    QCOMPARE(got[1], QStringLiteral("10.244.0.11:80"));
    QCOMPARE(got[2], QStringLiteral("10.244.0.2:80"));
    QCOMPARE(got.last(), QStringLiteral("10.244.0.9:80"));
}

void TestEndpoints::notReadyPods_data()
{
    QTest::addColumn<bool>("publishNotReady");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("ready");
    // podToEndpoint: a not-ready pod is listed in the slice with ready false (kube-proxy does
    // not use it); publishNotReadyAddresses makes it ready. A Succeeded pod is left out.
    QTest::newRow("not-ready pod is listed not ready")
        << false << QStringList{"10.244.0.5:80", "10.244.0.6:80"}
        << QStringList{"10.244.0.5:80"};
    QTest::newRow("publishNotReadyAddresses makes it ready")
        << true << QStringList{"10.244.0.5:80", "10.244.0.6:80"}
        << QStringList{"10.244.0.5:80", "10.244.0.6:80"};
}

void TestEndpoints::notReadyPods()
{
    QFETCH(bool, publishNotReady);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, ready);
    ManifestSet m;
    m.pods << dumpPod("ready", kWeb, "node-1", "10.244.0.5");
    PodObject notReady = dumpPod("starting", kWeb, "node-1", "10.244.0.6");
    notReady.ready = false;
    m.pods << notReady;
    PodObject done = dumpPod("done", kWeb, "node-1", "10.244.0.7");
    done.phase = QStringLiteral("Succeeded");
    m.pods << done;
    ServiceObject s = service("web", {}, {port(80)}, kWeb);
    s.publishNotReadyAddresses = publishNotReady;
    m.services << s;
    const Cluster c = buildPlain(m);
    QCOMPARE(addresses(svc(c, "web")->endpoints[0]), expected);
    QVERIFY(!c.pod("pod/default/starting")->ready);
    QStringList readyOnes;
    for (const EndpointInfo &e : svc(c, "web")->endpoints[0])
        if (e.ready)
            readyOnes << e.ip + u':' + QString::number(e.port);
    QCOMPARE(readyOnes, ready);
}

void TestEndpoints::pendingPodsAreNoEndpoints()
{
    ManifestSet m;
    WorkloadObject w = deployment("web", 2, kWeb);
    w.podTemplate.spec.nodeSelector = {{"zone", "nowhere"}};
    m.workloads << w;
    m.services << service("web", {}, {port(80)}, kWeb);
    const Cluster c = buildPlain(m);
    QCOMPARE(podsOf(c, "web").size(), 2);
    QCOMPARE(svc(c, "web")->totalEndpoints(), 0);
}

void TestEndpoints::headlessHasEndpoints()
{
    ManifestSet m;
    m.workloads << deployment("web", 2, kWeb);
    ServiceObject s = service("web", {}, {port(80)}, kWeb);
    s.clusterIP = QStringLiteral("None");
    m.services << s;
    const Cluster c = buildPlain(m);
    QVERIFY(svc(c, "web")->isHeadless());
    QCOMPARE(svc(c, "web")->endpoints[0].size(), 2);
}

void TestEndpoints::externalNameAndNoSelectorHaveNone()
{
    ManifestSet m;
    m.workloads << deployment("web", 2, kWeb);
    ServiceObject ext = service("ext", "ExternalName", {port(80)}, kWeb);
    ext.externalName = QStringLiteral("db.example.com");
    // A2.2: with two ports, both are named.
    m.services << ext << service("manual", {}, {port(80, {}, {}, "a"), port(81, {}, {}, "b")});
    const Cluster c = buildPlain(m);
    QCOMPARE(svc(c, "ext")->clusterIP, QString());
    QCOMPARE(svc(c, "ext")->totalEndpoints(), 0);
    QCOMPARE(svc(c, "ext")->endpoints.size(), 1);
    QVERIFY(!svc(c, "manual")->hasSelector);
    QCOMPARE(svc(c, "manual")->endpoints.size(), 2);
    QCOMPARE(svc(c, "manual")->totalEndpoints(), 0);
}

void TestEndpoints::hostNetworkAndHostname()
{
    ManifestSet m;
    WorkloadObject agent = deployment("agent", 1, {{"app", "agent"}}, {cport(9100)});
    agent.podTemplate.spec.hostNetwork = true;
    WorkloadObject db = workload(WorkloadKind::StatefulSet, "db", 2, {{"app", "db"}});
    db.serviceName = QStringLiteral("db");
    m.workloads << agent << db;
    ServiceObject headless = service("db", {}, {port(5432)}, {{"app", "db"}});
    headless.clusterIP = QStringLiteral("None");
    m.services << service("agent", {}, {port(9100)}, {{"app", "agent"}}) << headless
               << service("db-other", {}, {port(5432)}, {{"app", "db"}});
    const Cluster c = buildPlain(m);
    QCOMPARE(addresses(svc(c, "agent")->endpoints[0]), QStringList{"192.168.1.2:9100"});
    QStringList hostnames;
    for (const EndpointInfo &e : svc(c, "db")->endpoints[0])
        hostnames << e.hostname;
    QCOMPARE(hostnames, (QStringList{"db-0", "db-1"}));
    // Only the Service the pods' subdomain names gets hostnames.
    for (const EndpointInfo &e : svc(c, "db-other")->endpoints[0])
        QVERIFY(e.hostname.isEmpty());
}

// The controllers still list the addresses of a headless Service without ports: one list,
// port 0.
void TestEndpoints::headlessWithoutPorts()
{
    ManifestSet m;
    m.workloads << deployment("web", 2, kWeb);
    ServiceObject s = service("web", {}, {}, kWeb);
    s.clusterIP = QStringLiteral("None");
    ServiceObject dumped = service("dumped", {}, {}, kWeb);
    dumped.clusterIP = QStringLiteral("None");
    m.services << s << dumped;
    m.endpointSlices << slice("dumped-x", "dumped", {}, {sliceEndpoint("10.244.7.7", true)});
    ClusterSettings settings = plainSettings();
    const Cluster c = ClusterBuilder::build(m, settings);
    QCOMPARE(svc(c, "web")->endpoints.size(), 1);
    QCOMPARE(addresses(svc(c, "web")->endpoints[0]), (QStringList{"10.244.0.2:0", "10.244.1.2:0"}));
    QCOMPARE(addresses(svc(c, "dumped")->endpoints.value(0)), QStringList{"10.244.7.7:0"});
}

void TestEndpoints::endpointSliceOverride()
{
    ManifestSet m;
    m.pods << dumpPod("web-a", kWeb, "node-1", "10.244.0.5")
           << dumpPod("web-b", kWeb, "node-2", "10.244.1.7");
    m.services << service(
        "web", {},
        {port(80, IntOrString::fromString("http"), {}, "http"), port(53, {}, "UDP", "dns")}, kWeb);
    m.endpointSlices
        << slice("web-abc12", "web", {{"http", 8080, "TCP", {}}, {"dns", 53, "TCP", {}}},
                 {sliceEndpoint("10.244.0.5", true, "node-1"),
                  sliceEndpoint("10.244.1.7", false, "node-2"),
                  sliceEndpoint("10.244.9.9", std::nullopt)})
        << slice("web-def34", "web", {{"http", 8080, {}, {}}},
                 {sliceEndpoint("10.244.0.5", true, "node-1")}) // listed twice: counted once
        << slice("other", "not-web", {{"http", 1, {}, {}}}, {sliceEndpoint("10.9.9.9", true)});
    const Cluster c = buildPlain(m);
    const ServiceInfo *s = svc(c, "web");
    QVERIFY(s->endpointsFromManifest);
    QCOMPARE(addresses(s->endpoints[0]),
             (QStringList{"10.244.0.5:8080", "10.244.1.7:8080", "10.244.9.9:8080"}));
    const QList<EndpointInfo> &eps = s->endpoints[0];
    QVERIFY(eps[0].ready);
    QCOMPARE(eps[0].podId, QStringLiteral("pod/default/web-a"));
    QCOMPARE(eps[0].nodeName, QStringLiteral("node-1"));
    QVERIFY(!eps[1].ready);
    QVERIFY(!eps[1].serving);
    QVERIFY(eps[2].ready); // nil ready: ready
    QVERIFY(eps[2].podId.isEmpty());
    // "dns" is UDP in the Service, TCP in the slice: no match.
    QCOMPARE(s->endpoints[1].size(), 0);
}

void TestEndpoints::endpointsObjectOverride()
{
    ManifestSet m;
    m.services << service("db", {}, {port(5432)});
    EndpointsObject e;
    e.meta = meta("Endpoints", "db");
    EndpointSubset subset;
    subset.addresses << EndpointAddress{"192.0.2.10", {}, {}, {}, {}, {}};
    subset.notReadyAddresses << EndpointAddress{"192.0.2.11", {}, {}, {}, {}, {}};
    subset.ports << EndpointPortSpec{{}, 5432, {}, {}};
    e.subsets << subset;
    m.endpoints << e;
    const Cluster c = ClusterBuilder::build(m, ClusterSettings{}); // a dump: no system objects
    QVERIFY(!svc(c, "kubernetes"));
    const ServiceInfo *s = svc(c, "db");
    QVERIFY(s->endpointsFromManifest);
    QCOMPARE(addresses(s->endpoints[0]), (QStringList{"192.0.2.10:5432", "192.0.2.11:5432"}));
    QVERIFY(s->endpoints[0][0].ready);
    QVERIFY(!s->endpoints[0][1].ready);
}

void TestEndpoints::apiServerEndpoint()
{
    const Cluster c = ClusterBuilder::build(ManifestSet{}, ClusterSettings{});
    const ServiceInfo *api = svc(c, "kubernetes");
    QVERIFY(api);
    QVERIFY(api->system);
    QVERIFY(!api->hasSelector);
    QCOMPARE(api->ports.value(0).name, QStringLiteral("https"));
    QCOMPARE(api->ports.value(0).port, 443);
    QCOMPARE(api->ports.value(0).targetPort, IntOrString::fromInt(6443));
    QCOMPARE(addresses(api->endpoints[0]), QStringList{"192.168.1.2:6443"});
    const ServiceInfo *dns = svc(c, "kube-dns", "kube-system");
    QVERIFY(dns->system);
    QCOMPARE(dns->endpoints.size(), 3);
    QCOMPARE(dns->endpoints[0].size(), 2); // the two CoreDNS pods
    QCOMPARE(dns->ports[0].protocol, QStringLiteral("UDP"));
    QCOMPARE(dns->endpoints[2].value(0).port, 9153);
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
