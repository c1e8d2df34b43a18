// ClusterIP allocation (reference A1.2) and NodePort allocation (A1.3), as the API server's
// registry hands them out. Load-balancer addresses: tst_loadbalancerallocation.cpp.

#include "builderfixtures.h"

#include "core/controllers/ipallocator.h"
#include "core/base/ipv4.h"
#include "core/controllers/nodeportallocator.h"

#include <QSet>
#include <QTest>

using namespace hopscope;
using namespace fixtures;

Q_DECLARE_METATYPE(hopscope::ManifestSet)
Q_DECLARE_METATYPE(hopscope::ClusterSettings)

namespace {

const Labels kWeb{{QStringLiteral("app"), QStringLiteral("web")}};

ServiceObject withClusterIP(const QString &name, const QString &ip)
{
    ServiceObject s = service(name, {}, {port(80)}, kWeb);
    s.clusterIP = ip;
    return s;
}

ServiceObject nodePortService(const QString &name, const QList<ServicePortSpec> &ports)
{
    return service(name, QStringLiteral("NodePort"), ports, kWeb);
}

quint32 ip(const QString &text)
{
    return *parseIPv4(text);
}

} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemAddresses();
    void requestedClusterIPKept_data();
    void requestedClusterIPKept();
    void refusals_data();
    void refusals();
    void refusalLocationAndEntity();
    void dynamicClusterIPsInUpperBand();
    void dynamicClusterIPsIgnoreInputOrder();
    void clusterIPFallsBackToStaticBand();
    void refusedServiceFreesItsClusterIP();
    void requestedNodePortKept();
    void dynamicNodePortsInUpperBand();
    void sharedPortNumberSharesNodePort_data();
    void sharedPortNumberSharesNodePort();
    void nodePortsOnlyWhereAllowed_data();
    void nodePortsOnlyWhereAllowed();
    void clusterIPNodePortIsRefused();
    void healthCheckNodePort_data();
    void healthCheckNodePort();
    void rangeOffsets_data();
    void rangeOffsets();
    void buildTwiceIsIdentical();
};

// A1.2: `kubernetes` gets the first address of the service CIDR, kube-dns the 10th.
void TestAllocation::systemAddresses()
{
    ManifestSet set;
    set.services << service(QStringLiteral("web"), {}, {port(80)}, kWeb);
    const Cluster c = ClusterBuilder::build(set, ClusterSettings{});
    const ServiceInfo *api =
        c.serviceByName(QStringLiteral("default"), QStringLiteral("kubernetes"));
    const ServiceInfo *dns =
        c.serviceByName(QStringLiteral("kube-system"), QStringLiteral("kube-dns"));
    QVERIFY(api);
    QVERIFY(dns);
    QCOMPARE(api->clusterIP, QStringLiteral("10.96.0.1"));
    QCOMPARE(dns->clusterIP, QStringLiteral("10.96.0.10"));
    QCOMPARE(c.dnsIP, QStringLiteral("10.96.0.10"));

    ClusterSettings other;
    other.serviceCidr = QStringLiteral("10.100.0.0/16");
    const Cluster d = ClusterBuilder::build(set, other);
    QCOMPARE(d.serviceByName(QStringLiteral("default"), QStringLiteral("kubernetes"))->clusterIP,
             QStringLiteral("10.100.0.1"));
    QCOMPARE(d.dnsIP, QStringLiteral("10.100.0.10"));

    // Without system objects the DNS address is still the 10th.
    const Cluster e = buildPlain(set);
    QVERIFY(!e.serviceByName(QStringLiteral("default"), QStringLiteral("kubernetes")));
    QCOMPARE(e.dnsIP, QStringLiteral("10.96.0.10"));
}

void TestAllocation::requestedClusterIPKept_data()
{
    QTest::addColumn<QString>("clusterIP");
    QTest::addColumn<QStringList>("clusterIPs");
    QTest::newRow("A1.2 spec.clusterIP in range kept") << "10.96.100.100" << QStringList();
    QTest::newRow("A1.2 static band address kept") << "10.96.0.50" << QStringList();
    // The registry fills clusterIPs from clusterIP, never the reverse (normalizeClusterIPs):
    // clients that write clusterIPs write both; clusterIPs alone is refused
    // (tst_servicevalidation).
    QTest::newRow("A1.2 spec.clusterIPs with its matching clusterIP")
        << QStringLiteral("10.100.1.2") << QStringList{QStringLiteral("10.100.1.2")};
    QTest::newRow("A1.2 last usable address") << "10.111.255.254" << QStringList();
}

void TestAllocation::requestedClusterIPKept()
{
    QFETCH(QString, clusterIP);
    QFETCH(QStringList, clusterIPs);
    ManifestSet set;
    ServiceObject s = withClusterIP(QStringLiteral("web"), clusterIP);
    s.clusterIPs = clusterIPs;
    set.services << s;
    const Cluster c = ClusterBuilder::build(set, ClusterSettings{});
    const ServiceInfo *web = c.serviceByName(QStringLiteral("default"), QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->clusterIP, clusterIP.isEmpty() ? clusterIPs.first() : clusterIP);
    QVERIFY(!hasErrors(c.diagnostics));
}

void TestAllocation::refusals_data()
{
    QTest::addColumn<ManifestSet>("manifests");
    QTest::addColumn<ClusterSettings>("settings");
    QTest::addColumn<QString>("refused");
    QTest::addColumn<QString>("message");

    ClusterSettings defaults;
    {
        ManifestSet m;
        m.services << withClusterIP(QStringLiteral("x"), QStringLiteral("1.1.1.1"));
        QTest::newRow("A1.2 clusterIP not in range")
            << m << defaults << "x"
            << "The Service \"x\" is invalid: spec.clusterIPs: Invalid value: "
               "[]string{\"1.1.1.1\"}: failed to allocate IP 1.1.1.1: the provided IP (1.1.1.1) "
               "is not in the valid range. The range of valid IPs is 10.96.0.0/12";
    }
    {
        ManifestSet m;
        m.services << withClusterIP(QStringLiteral("x"), QStringLiteral("10.96.0.0"));
        QTest::newRow("A1.2 network address is not allocatable")
            << m << defaults << "x"
            << "The Service \"x\" is invalid: spec.clusterIPs: Invalid value: "
               "[]string{\"10.96.0.0\"}: failed to allocate IP 10.96.0.0: the provided IP "
               "(10.96.0.0) is not in the valid range. The range of valid IPs is 10.96.0.0/12";
    }
    {
        ManifestSet m;
        m.services << withClusterIP(QStringLiteral("a"), QStringLiteral("10.96.0.50"))
                   << withClusterIP(QStringLiteral("b"), QStringLiteral("10.96.0.50"));
        QTest::newRow("A1.2 clusterIP already allocated (second in input order)")
            << m << defaults << "b"
            << "The Service \"b\" is invalid: spec.clusterIPs: Invalid value: "
               "[]string{\"10.96.0.50\"}: failed to allocate IP 10.96.0.50: provided IP is "
               "already allocated";
    }
    {
        ManifestSet m;
        m.services << withClusterIP(QStringLiteral("dns"), QStringLiteral("10.96.0.10"));
        QTest::newRow("A1.2 kube-dns address is reserved first")
            << m << defaults << "dns"
            << "The Service \"dns\" is invalid: spec.clusterIPs: Invalid value: "
               "[]string{\"10.96.0.10\"}: failed to allocate IP 10.96.0.10: provided IP is "
               "already allocated";
    }
    {
        ManifestSet m;
        m.services << withClusterIP(QStringLiteral("x"), QStringLiteral("10.96.0.300"));
        QTest::newRow("A2.2 clusterIP not an IP")
            << m << defaults << "x"
            << "The Service \"x\" is invalid: spec.clusterIPs[0]: Invalid value: "
               "\"10.96.0.300\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
    }
    {
        ManifestSet m;
        ClusterSettings tiny;
        tiny.serviceCidr = QStringLiteral("10.96.0.0/29"); // 6 usable addresses
        tiny.systemObjects = ClusterSettings::SystemObjects::Never;
        for (int i = 0; i < 7; ++i)
            m.services << service(QStringLiteral("s%1").arg(i), {}, {port(80)}, kWeb);
        QTest::newRow("A1.2 service range full")
            << m << tiny << "s6"
            << "Error from server (InternalError): Internal error occurred: failed to allocate "
               "a serviceIP: range is full";
    }
    {
        ManifestSet m;
        m.services << nodePortService(QStringLiteral("web"), {port(80, {}, {}, {}, 8080)});
        QTest::newRow("A1.3 nodePort not in range")
            << m << defaults << "web"
            << "The Service \"web\" is invalid: spec.ports[0].nodePort: Invalid value: 8080: "
               "provided port is not in the valid range. The range of valid ports is 30000-32767";
    }
    {
        ManifestSet m;
        m.services << nodePortService(QStringLiteral("web"),
                                      {port(80, {}, {}, QStringLiteral("http")),
                                       port(443, {}, {}, QStringLiteral("https"), 40000)});
        QTest::newRow("A1.3 nodePort not in range names its port index")
            << m << defaults << "web"
            << "The Service \"web\" is invalid: spec.ports[1].nodePort: Invalid value: 40000: "
               "provided port is not in the valid range. The range of valid ports is 30000-32767";
    }
    {
        ManifestSet m;
        m.services << nodePortService(QStringLiteral("a"), {port(80, {}, {}, {}, 30080)})
                   << nodePortService(QStringLiteral("x"), {port(80, {}, {}, {}, 30080)});
        QTest::newRow("A1.3 nodePort already allocated")
            << m << defaults << "x"
            << "The Service \"x\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: "
               "provided port is already allocated";
    }
    {
        ManifestSet m;
        ClusterSettings narrow = defaults;
        narrow.nodePortMin = 30000;
        narrow.nodePortMax = 30001;
        for (int i = 0; i < 3; ++i)
            m.services << nodePortService(QStringLiteral("s%1").arg(i), {port(80)});
        QTest::newRow("A1.3 nodePort range full")
            << m << narrow << "s2"
            << "Error from server (InternalError): Internal error occurred: failed to allocate "
               "a nodePort: range is full";
    }
    {
        ManifestSet m;
        ServiceObject a =
            service(QStringLiteral("a"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
        a.externalTrafficPolicy = QStringLiteral("Local");
        a.healthCheckNodePort = 31000;
        ServiceObject b = nodePortService(QStringLiteral("b"), {port(80, {}, {}, {}, 31000)});
        m.services << b << a;
        QTest::newRow("A1.3 requested healthCheckNodePort already allocated")
            << m << defaults << "a"
            << "Error from server: failed to allocate requested HealthCheck NodePort 31000: "
               "provided port is already allocated";
    }
}

void TestAllocation::refusals()
{
    QFETCH(ManifestSet, manifests);
    QFETCH(ClusterSettings, settings);
    QFETCH(QString, refused);
    QFETCH(QString, message);
    const Cluster c = ClusterBuilder::build(manifests, settings);
    QVERIFY2(!c.serviceByName(QStringLiteral("default"), refused),
             "the API server refuses the Service: it is left out");
    QStringList errors = diagnosticMessages(c, Severity::Error);
    QCOMPARE(errors, QStringList{message});
    // The others are in.
    for (const ServiceObject &s : std::as_const(manifests.services))
        if (s.meta.name != refused)
            QVERIFY(c.serviceByName(QStringLiteral("default"), s.meta.name));
}

// Diagnostics point at the field when the reader recorded it, and name the Service.
void TestAllocation::refusalLocationAndEntity()
{
    ManifestSet m;
    ServiceObject s = nodePortService(QStringLiteral("web"), {port(80, {}, {}, {}, 8080)});
    s.meta.marks.insert(QStringLiteral("spec.ports[0].nodePort"),
                        SourceLocation{QStringLiteral("web.yaml"), 12, 15});
    ServiceObject t = withClusterIP(QStringLiteral("api"), QStringLiteral("1.2.3.4"));
    m.services << s << t;
    const Cluster c = buildPlain(m);
    QCOMPARE(c.diagnostics.size(), 2);
    QCOMPARE(c.diagnostics[0].where, (SourceLocation{QStringLiteral("web.yaml"), 12, 15}));
    QCOMPARE(c.diagnostics[0].entity, QStringLiteral("svc/default/web"));
    QCOMPARE(c.diagnostics[0].code, QStringLiteral("service-allocation"));
    QVERIFY(!c.diagnostics[0].hint.isEmpty());
    QCOMPARE(c.diagnostics[1].where, t.meta.where); // no mark: the object's location
    QCOMPARE(c.diagnostics[1].entity, QStringLiteral("svc/default/api"));
}

// A1.2: dynamic ClusterIPs come from the upper band: offset min(max(16, 2^20/16), 256) = 256.
void TestAllocation::dynamicClusterIPsInUpperBand()
{
    ManifestSet set;
    for (int i = 0; i < 200; ++i)
        set.services << service(QStringLiteral("svc-%1").arg(i), {}, {port(80)}, kWeb);
    const Cluster c = buildPlain(set);
    QCOMPARE(c.services.size(), 200);
    QSet<QString> seen;
    for (const ServiceInfo &s : c.services) {
        const quint32 a = ip(s.clusterIP);
        QVERIFY2(a >= ip(QStringLiteral("10.96.1.1")) && a <= ip(QStringLiteral("10.111.255.254")),
                 qPrintable(s.clusterIP));
        seen.insert(s.clusterIP);
    }
    QCOMPARE(seen.size(), 200);
    QVERIFY(!hasErrors(c.diagnostics));
}

// Dynamic addresses depend on (namespace, name), not on where the Service stands in the input.
void TestAllocation::dynamicClusterIPsIgnoreInputOrder()
{
    ManifestSet forward, backward;
    for (int i = 0; i < 20; ++i)
        forward.services << service(QStringLiteral("svc-%1").arg(i), {}, {port(80)}, kWeb);
    for (qsizetype i = forward.services.size() - 1; i >= 0; --i)
        backward.services << forward.services[i];
    const Cluster a = buildPlain(forward);
    const Cluster b = buildPlain(backward);
    for (const ServiceInfo &s : a.services)
        QCOMPARE(b.serviceByName(s.ns, s.name)->clusterIP, s.clusterIP);
}

// KEP-3070: with the dynamic band full, allocation falls back to the static band.
void TestAllocation::clusterIPFallsBackToStaticBand()
{
    ClusterSettings s = plainSettings();
    s.serviceCidr = QStringLiteral("10.96.0.0/27"); // 30 usable, offset 16: dynamic .17–.30
    ManifestSet set;
    for (int i = 0; i < 15; ++i)
        set.services << service(QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0')), {},
                                {port(80)}, kWeb);
    const Cluster c = ClusterBuilder::build(set, s);
    int dynamic = 0, fallback = 0;
    for (const ServiceInfo &svc : c.services) {
        const quint32 last = ip(svc.clusterIP) & 0xff;
        QVERIFY(last >= 1 && last <= 30);
        (last >= 17 ? dynamic : fallback)++;
    }
    QCOMPARE(dynamic, 14);
    QCOMPARE(fallback, 1);
}

// A Service refused for its nodePort does not keep the ClusterIP it asked for.
void TestAllocation::refusedServiceFreesItsClusterIP()
{
    ManifestSet set;
    ServiceObject bad = nodePortService(QStringLiteral("bad"), {port(80, {}, {}, {}, 80)});
    bad.clusterIP = QStringLiteral("10.96.0.50");
    set.services << bad << withClusterIP(QStringLiteral("good"), QStringLiteral("10.96.0.50"));
    const Cluster c = buildPlain(set);
    QVERIFY(!c.serviceByName(QStringLiteral("default"), QStringLiteral("bad")));
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("good"))->clusterIP,
             QStringLiteral("10.96.0.50"));
    QCOMPARE(diagnosticMessages(c, Severity::Error).size(), 1);
}

void TestAllocation::requestedNodePortKept()
{
    ManifestSet set;
    set.services << nodePortService(QStringLiteral("web"), {port(80, {}, {}, {}, 30008)})
                 << nodePortService(QStringLiteral("low"), {port(80, {}, {}, {}, 30000)})
                 << nodePortService(QStringLiteral("high"), {port(80, {}, {}, {}, 32767)});
    const Cluster c = buildPlain(set);
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("web"))->ports[0].nodePort,
             30008);
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("low"))->ports[0].nodePort,
             30000);
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("high"))->ports[0].nodePort,
             32767);
    QVERIFY(!hasErrors(c.diagnostics));
}

// A1.3: auto-assigned nodePorts prefer 30086–32767 (offset min(max(16, 2768/32), 128) = 86).
void TestAllocation::dynamicNodePortsInUpperBand()
{
    ManifestSet set;
    for (int i = 0; i < 300; ++i)
        set.services << nodePortService(
            QStringLiteral("np-%1").arg(i),
            {port(80, {}, {}, QStringLiteral("http")), port(443, {}, {}, QStringLiteral("https"))});
    const Cluster c = buildPlain(set);
    QCOMPARE(c.services.size(), 300);
    QSet<int> seen;
    for (const ServiceInfo &s : c.services) {
        for (const ServicePortInfo &p : s.ports) {
            QVERIFY2(p.nodePort >= 30086 && p.nodePort <= 32767,
                     qPrintable(QString::number(p.nodePort)));
            seen.insert(p.nodePort);
        }
    }
    QCOMPARE(seen.size(), 600);
}

void TestAllocation::sharedPortNumberSharesNodePort_data()
{
    QTest::addColumn<int>("udpNodePort");
    QTest::addColumn<int>("tcpNodePort");
    QTest::newRow("A1.3 TCP+UDP 53 allocated together") << 0 << 0;
    QTest::newRow("A1.3 UDP asks, TCP follows (findRequestedNodePort)") << 30053 << 0;
    QTest::newRow("A1.3 TCP asks, UDP follows") << 0 << 30054;
}

void TestAllocation::sharedPortNumberSharesNodePort()
{
    QFETCH(int, udpNodePort);
    QFETCH(int, tcpNodePort);
    ManifestSet set;
    set.services << nodePortService(
        QStringLiteral("dns"),
        {port(53, {}, QStringLiteral("UDP"), QStringLiteral("dns"), udpNodePort),
         port(53, {}, QStringLiteral("TCP"), QStringLiteral("dns-tcp"), tcpNodePort),
         port(9153, {}, {}, QStringLiteral("metrics"))});
    const Cluster c = buildPlain(set);
    const ServiceInfo *s = c.serviceByName(QStringLiteral("default"), QStringLiteral("dns"));
    QVERIFY(s);
    QVERIFY(s->ports[0].nodePort != 0);
    QCOMPARE(s->ports[1].nodePort, s->ports[0].nodePort);
    QVERIFY(s->ports[2].nodePort != s->ports[0].nodePort);
    if (udpNodePort || tcpNodePort)
        QCOMPARE(s->ports[0].nodePort, udpNodePort ? udpNodePort : tcpNodePort);
}

void TestAllocation::nodePortsOnlyWhereAllowed_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("allocateLB"); // -1 unset
    QTest::addColumn<int>("requested");
    QTest::addColumn<bool>("expectNodePort");
    QTest::newRow("A1.3 NodePort gets one") << "NodePort" << -1 << 0 << true;
    QTest::newRow("A1.3 LoadBalancer gets one") << "LoadBalancer" << -1 << 0 << true;
    QTest::newRow("A1.3 LoadBalancer allocateLoadBalancerNodePorts=false: none")
        << "LoadBalancer" << 0 << 0 << false;
    QTest::newRow("A1.3 allocateLoadBalancerNodePorts=false respects a request")
        << "LoadBalancer" << 0 << 30500 << true;
    QTest::newRow("A1.3 ClusterIP gets none") << "ClusterIP" << -1 << 0 << false;
}

// A2.2: a nodePort on a ClusterIP Service is refused by validation; the Service is left out and
// its ClusterIP is freed for the next one.
void TestAllocation::clusterIPNodePortIsRefused()
{
    ManifestSet set;
    set.services << service(QStringLiteral("web"), QStringLiteral("ClusterIP"),
                            {port(80, {}, {}, {}, 30500)}, kWeb);
    set.services.last().clusterIP = QStringLiteral("10.96.0.50");
    set.services << withClusterIP(QStringLiteral("api"), QStringLiteral("10.96.0.50"));
    const Cluster c = buildPlain(set);
    QVERIFY(!c.serviceByName(QStringLiteral("default"), QStringLiteral("web")));
    QVERIFY(c.serviceByName(QStringLiteral("default"), QStringLiteral("api")));
    QCOMPARE(c.diagnostics.size(), 1);
    QCOMPARE(c.diagnostics[0].code, QStringLiteral("service-invalid"));
    QCOMPARE(
        c.diagnostics[0].message,
        QStringLiteral("The Service \"web\" is invalid: spec.ports[0].nodePort: Forbidden: may "
                       "not be used when `type` is 'ClusterIP'"));
}

void TestAllocation::nodePortsOnlyWhereAllowed()
{
    QFETCH(QString, type);
    QFETCH(int, allocateLB);
    QFETCH(int, requested);
    QFETCH(bool, expectNodePort);
    ManifestSet set;
    ServiceObject s = service(QStringLiteral("web"), type, {port(80, {}, {}, {}, requested)}, kWeb);
    if (allocateLB >= 0)
        s.allocateLoadBalancerNodePorts = allocateLB == 1;
    set.services << s;
    const Cluster c = buildPlain(set);
    const ServiceInfo *web = c.serviceByName(QStringLiteral("default"), QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->ports[0].nodePort != 0, expectNodePort);
    if (expectNodePort && requested)
        QCOMPARE(web->ports[0].nodePort, requested);
}

void TestAllocation::healthCheckNodePort_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("expected");
    QTest::newRow("A1.3 LoadBalancer + Local gets healthCheckNodePort") << "LoadBalancer"
                                                                        << "Local" << true;
    QTest::newRow("A1.3 LoadBalancer + Cluster: none") << "LoadBalancer"
                                                       << "Cluster" << false;
    QTest::newRow("A1.3 NodePort + Local: none") << "NodePort"
                                                 << "Local" << false;
}

void TestAllocation::healthCheckNodePort()
{
    QFETCH(QString, type);
    QFETCH(QString, policy);
    QFETCH(bool, expected);
    ManifestSet set;
    ServiceObject s = service(QStringLiteral("web"), type, {port(80)}, kWeb);
    s.externalTrafficPolicy = policy;
    set.services << s;
    const Cluster c = buildPlain(set);
    const ServiceInfo *web = c.serviceByName(QStringLiteral("default"), QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->healthCheckNodePort != 0, expected);
    if (expected) {
        QVERIFY(web->healthCheckNodePort >= 30086 && web->healthCheckNodePort <= 32767);
        QVERIFY(web->healthCheckNodePort != web->ports[0].nodePort);
    }
}

void TestAllocation::rangeOffsets_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<quint64>("offset");
    QTest::newRow("A1.2 /12 service range: 256") << "ip" << (quint64(1) << 20) << quint64(256);
    QTest::newRow("A1.2 /24: max(16, 256/16) = 16") << "ip" << quint64(256) << quint64(16);
    QTest::newRow("A1.2 /20: 4096/16 = 256") << "ip" << quint64(4096) << quint64(256);
    QTest::newRow("A1.2 /28: no static band") << "ip" << quint64(16) << quint64(0);
    QTest::newRow("A1.3 2768 ports: 86") << "port" << quint64(2768) << quint64(86);
    QTest::newRow("A1.3 65535 ports: capped at 128") << "port" << quint64(65535) << quint64(128);
    QTest::newRow("A1.3 100 ports: at least 16") << "port" << quint64(100) << quint64(16);
    QTest::newRow("A1.3 16 ports: none") << "port" << quint64(16) << quint64(0);
}

void TestAllocation::rangeOffsets()
{
    QFETCH(QString, what);
    QFETCH(quint64, size);
    QFETCH(quint64, offset);
    if (what == u"ip")
        QCOMPARE(ServiceIPAllocator::rangeOffset(size), offset);
    else
        QCOMPARE(quint64(NodePortAllocator::rangeOffset(int(size))), offset);
}

// Determinism: the same manifests give the same addresses and ports, every build.
void TestAllocation::buildTwiceIsIdentical()
{
    ManifestSet set;
    for (int i = 0; i < 30; ++i) {
        const QString type = i % 3 == 0   ? QStringLiteral("ClusterIP")
                             : i % 3 == 1 ? QStringLiteral("NodePort")
                                          : QStringLiteral("LoadBalancer");
        set.services << service(QStringLiteral("svc-%1").arg(i), type,
                                {port(80, {}, {}, QStringLiteral("http")),
                                 port(53, {}, QStringLiteral("UDP"), QStringLiteral("dns"))},
                                kWeb, i % 2 ? QStringLiteral("b") : QStringLiteral("a"));
    }
    const Cluster first = ClusterBuilder::build(set, ClusterSettings{});
    const Cluster second = ClusterBuilder::build(set, ClusterSettings{});
    QString why;
    QVERIFY2(sameCluster(first, second, &why), qPrintable(why));
    QCOMPARE(first.services.size(), 32);
}

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
