// SetDefaults_Service (reference A1.1): every defaulting rule, one row each, checked on the
// ServiceInfo the builder starts from.

#include "builderfixtures.h"

#include "core/api/servicedefaults.h"

#include <QTest>

using namespace hopscope;
using namespace fixtures;

Q_DECLARE_METATYPE(hopscope::ServiceObject)

namespace {

// The field of the defaulted Service a row checks, as text.
QString fieldText(const ServiceInfo &s, const QString &field)
{
    if (field == u"type")
        return s.typeName();
    if (field == u"namespace")
        return s.ns;
    if (field == u"clusterIP")
        return s.clusterIP;
    if (field == u"protocol")
        return s.ports.value(0).protocol;
    if (field == u"targetPort")
        return s.ports.value(0).targetPort.toString();
    if (field == u"targetPortKind")
        return s.ports.value(0).targetPort.isInt() ? QStringLiteral("int")
                                                   : QStringLiteral("string");
    if (field == u"nodePort")
        return QString::number(s.ports.value(0).nodePort);
    if (field == u"sessionAffinity")
        return s.sessionAffinity;
    if (field == u"timeout")
        return QString::number(s.affinityTimeoutSeconds);
    if (field == u"externalTrafficPolicy")
        return s.externalTrafficPolicy;
    if (field == u"internalTrafficPolicy")
        return s.internalTrafficPolicy;
    if (field == u"allocateLoadBalancerNodePorts")
        return s.allocateLoadBalancerNodePorts ? QStringLiteral("true") : QStringLiteral("false");
    if (field == u"hasSelector")
        return s.hasSelector ? QStringLiteral("true") : QStringLiteral("false");
    if (field == u"annotations")
        return s.annotations.value(QStringLiteral("note"));
    if (field == u"loadBalancerIP")
        return s.loadBalancerIP;
    if (field == u"endpointLists")
        return QString::number(s.endpoints.size());
    return QStringLiteral("<unknown field %1>").arg(field);
}

ServiceObject svc(const QString &type, const ServicePortSpec &p = port(80))
{
    return service(QStringLiteral("web"), type, {p},
                   {{QStringLiteral("app"), QStringLiteral("web")}});
}

} // namespace

class TestServiceDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data();
    void defaults();
    void unknownTypeIsReported_data();
    void unknownTypeIsReported();
};

void TestServiceDefaults::defaults_data()
{
    QTest::addColumn<ServiceObject>("service");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("A1.1 type empty defaults to ClusterIP") << svc({}) << "type"
                                                           << "ClusterIP";
    QTest::newRow("A1.1 type NodePort kept") << svc("NodePort") << "type"
                                             << "NodePort";
    QTest::newRow("namespace empty defaults to default") << svc({}) << "namespace"
                                                         << "default";
    {
        ServiceObject s = svc({});
        s.meta.ns = QStringLiteral("shop");
        QTest::newRow("namespace written is kept") << s << "namespace"
                                                   << "shop";
    }
    QTest::newRow("A1.1 protocol empty defaults to TCP") << svc({}) << "protocol"
                                                         << "TCP";
    QTest::newRow("A1.1 protocol UDP kept")
        << svc({}, port(53, {}, QStringLiteral("UDP"))) << "protocol"
        << "UDP";
    QTest::newRow("A1.1 targetPort unset = port") << svc({}, port(8080)) << "targetPort"
                                                  << "8080";
    QTest::newRow("A1.1 targetPort unset becomes an int") << svc({}, port(8080)) << "targetPortKind"
                                                          << "int";
    QTest::newRow("A1.1 targetPort 0 = port")
        << svc({}, port(8080, IntOrString::fromInt(0))) << "targetPort"
        << "8080";
    QTest::newRow("A1.1 targetPort \"\" = port")
        << svc({}, port(8080, IntOrString::fromString({}))) << "targetPort"
        << "8080";
    QTest::newRow("A1.1 targetPort \"\" becomes an int")
        << svc({}, port(8080, IntOrString::fromString({}))) << "targetPortKind"
        << "int";
    QTest::newRow("A1.1 numeric targetPort kept")
        << svc({}, port(80, IntOrString::fromInt(9376))) << "targetPort"
        << "9376";
    QTest::newRow("A1.1 named targetPort kept")
        << svc({}, port(80, IntOrString::fromString(QStringLiteral("http")))) << "targetPort"
        << "http";
    QTest::newRow("A1.1 named targetPort stays a string")
        << svc({}, port(80, IntOrString::fromString(QStringLiteral("http")))) << "targetPortKind"
        << "string";
    QTest::newRow("A1.1 sessionAffinity empty defaults to None") << svc({}) << "sessionAffinity"
                                                                 << "None";
    QTest::newRow("A1.1 sessionAffinity None has no timeout") << svc({}) << "timeout"
                                                              << "0";
    {
        ServiceObject s = svc({});
        s.sessionAffinity = QStringLiteral("ClientIP");
        QTest::newRow("A1.1 ClientIP without config: timeout 10800") << s << "timeout"
                                                                     << "10800";
        s.affinityTimeoutSeconds = 60;
        s.sessionAffinityConfigPresent = true;
        QTest::newRow("A1.1 ClientIP timeout written is kept") << s << "timeout"
                                                               << "60";
    }
    {
        ServiceObject s = svc({});
        s.sessionAffinity = QStringLiteral("None");
        s.affinityTimeoutSeconds = 60;
        s.sessionAffinityConfigPresent = true;
        QTest::newRow("A1.1 None clears sessionAffinityConfig") << s << "timeout"
                                                                << "0";
    }
    QTest::newRow("A1.1 externalTrafficPolicy Cluster for NodePort")
        << svc("NodePort") << "externalTrafficPolicy"
        << "Cluster";
    QTest::newRow("A1.1 externalTrafficPolicy Cluster for LoadBalancer")
        << svc("LoadBalancer") << "externalTrafficPolicy"
        << "Cluster";
    QTest::newRow("A1.1 externalTrafficPolicy empty for plain ClusterIP")
        << svc("ClusterIP") << "externalTrafficPolicy"
        << "";
    {
        ServiceObject s = svc("ClusterIP");
        s.externalIPs << QStringLiteral("203.0.113.7");
        QTest::newRow("A1.1 externalTrafficPolicy Cluster for ClusterIP with externalIPs")
            << s << "externalTrafficPolicy"
            << "Cluster";
    }
    {
        ServiceObject s = svc("LoadBalancer");
        s.externalTrafficPolicy = QStringLiteral("Local");
        QTest::newRow("A1.1 externalTrafficPolicy Local kept") << s << "externalTrafficPolicy"
                                                               << "Local";
    }
    QTest::newRow("A1.1 internalTrafficPolicy Cluster for ClusterIP")
        << svc("ClusterIP") << "internalTrafficPolicy"
        << "Cluster";
    QTest::newRow("A1.1 internalTrafficPolicy Cluster for NodePort")
        << svc("NodePort") << "internalTrafficPolicy"
        << "Cluster";
    QTest::newRow("A1.1 internalTrafficPolicy Cluster for LoadBalancer")
        << svc("LoadBalancer") << "internalTrafficPolicy"
        << "Cluster";
    {
        ServiceObject s = svc("ExternalName");
        s.externalName = QStringLiteral("db.example.com");
        QTest::newRow("A1.1 internalTrafficPolicy not defaulted for ExternalName")
            << s << "internalTrafficPolicy"
            << "";
        QTest::newRow("ExternalName has no clusterIP") << s << "clusterIP"
                                                       << "";
        s.clusterIP = QStringLiteral("None");
        QTest::newRow("ExternalName ignores clusterIP None") << s << "clusterIP"
                                                             << "";
    }
    {
        ServiceObject s = svc("ClusterIP");
        s.internalTrafficPolicy = QStringLiteral("Local");
        QTest::newRow("A1.1 internalTrafficPolicy Local kept") << s << "internalTrafficPolicy"
                                                               << "Local";
    }
    QTest::newRow("A1.1 allocateLoadBalancerNodePorts true for LoadBalancer")
        << svc("LoadBalancer") << "allocateLoadBalancerNodePorts"
        << "true";
    {
        ServiceObject s = svc("LoadBalancer");
        s.allocateLoadBalancerNodePorts = false;
        QTest::newRow("A1.1 allocateLoadBalancerNodePorts false kept")
            << s << "allocateLoadBalancerNodePorts"
            << "false";
    }
    QTest::newRow("A1.1 allocateLoadBalancerNodePorts not set for NodePort")
        << svc("NodePort") << "allocateLoadBalancerNodePorts"
        << "false";
    {
        ServiceObject s = svc("ClusterIP");
        s.clusterIP = QStringLiteral("None");
        QTest::newRow("A1.5 clusterIP None is headless") << s << "clusterIP"
                                                         << "None";
        s.clusterIP.clear();
        s.clusterIPs = QStringList{QStringLiteral("None")};
        QTest::newRow("A1.5 clusterIPs [None] is headless") << s << "clusterIP"
                                                            << "None";
    }
    QTest::newRow("clusterIP waits for allocation") << svc({}) << "clusterIP"
                                                    << "";
    QTest::newRow("nodePort asked for is carried to allocation")
        << svc("NodePort", port(80, {}, {}, {}, 30080)) << "nodePort"
        << "30080";
    {
        ServiceObject s = svc({});
        s.selector.clear();
        s.selectorPresent = true;
        QTest::newRow("empty selector map is no selector") << s << "hasSelector"
                                                           << "false";
    }
    QTest::newRow("selector given") << svc({}) << "hasSelector"
                                    << "true";
    {
        ServiceObject s = svc({});
        s.ports << port(443, {}, {}, QStringLiteral("https"));
        QTest::newRow("one endpoint list per port") << s << "endpointLists"
                                                    << "2";
    }
    {
        ServiceObject s = svc({});
        s.clusterIP = QStringLiteral("None");
        s.ports.clear();
        QTest::newRow("headless without ports: one endpoint list (port 0)") << s << "endpointLists"
                                                                            << "1";
        s.clusterIP.clear();
        QTest::newRow("no ports, not headless: no endpoint list") << s << "endpointLists"
                                                                  << "0";
    }
    {
        ServiceObject s = svc("LoadBalancer");
        s.meta.annotations.insert(QStringLiteral("note"), QStringLiteral("kept"));
        s.loadBalancerIP = QStringLiteral("198.51.100.7");
        QTest::newRow("metadata.annotations carried") << s << "annotations"
                                                      << "kept";
        QTest::newRow("spec.loadBalancerIP carried as written") << s << "loadBalancerIP"
                                                                << "198.51.100.7";
    }
}

void TestServiceDefaults::defaults()
{
    QFETCH(ServiceObject, service);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(fieldText(defaultedService(service), field), expected);
}

void TestServiceDefaults::unknownTypeIsReported_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("known");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("ClusterIP") << "ClusterIP" << true;
    QTest::newRow("NodePort") << "NodePort" << true;
    QTest::newRow("LoadBalancer") << "LoadBalancer" << true;
    QTest::newRow("ExternalName") << "ExternalName" << true;
    QTest::newRow("case matters: Nodeport") << "Nodeport" << false;
}

void TestServiceDefaults::unknownTypeIsReported()
{
    QFETCH(QString, type);
    QFETCH(bool, known);
    QCOMPARE(parseServiceType(type).has_value(), known);
    if (known)
        return;
    // A2.2: the API server refuses it with the list of supported types.
    ManifestSet set;
    set.services << svc(type);
    const Cluster c = buildPlain(set);
    QVERIFY(c.services.isEmpty());
    const Diagnostic *d = findDiagnostic(c, QStringLiteral("service-invalid"));
    QVERIFY(d);
    QCOMPARE(d->message,
             QStringLiteral("The Service \"web\" is invalid: spec.type: Unsupported value: "
                            "\"Nodeport\": supported values: \"ClusterIP\", \"ExternalName\", "
                            "\"LoadBalancer\", \"NodePort\""));
}

QTEST_GUILESS_MAIN(TestServiceDefaults)
#include "tst_servicedefaults.moc"
