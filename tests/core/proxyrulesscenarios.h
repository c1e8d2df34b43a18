#pragma once

// Scenarios for the kube-proxy rules tests (tst_proxyrules, tst_proxyrules_index): the default
// cluster of DESIGN.md (node-1..3 at 192.168.1.2-4, pods 10.244.N.x, cluster CIDR
// 10.244.0.0/16) built by code, with one Service per scenario.

#include "core/proxy/chainnames.h"
#include "core/proxy/proxyrules.h"

#include <QRegularExpression>

namespace hopscope::testing {

struct Ep
{
    const char *ip;
    const char *node;
    bool ready = true;
    bool serving = true;
    bool terminating = false;
};

inline Cluster defaultCluster()
{
    Cluster c;
    for (int i = 0; i < 3; ++i) {
        NodeInfo n;
        n.name = QStringLiteral("node-%1").arg(i + 1);
        n.id = nodeId(n.name);
        n.internalIP = QStringLiteral("192.168.1.%1").arg(i + 2);
        n.podCIDR = QStringLiteral("10.244.%1.0/24").arg(i);
        n.bridgeIP = QStringLiteral("10.244.%1.1").arg(i);
        n.vtepIP = QStringLiteral("10.244.%1.0").arg(i);
        c.nodes << n;
    }
    c.reindex();
    return c;
}

inline ServiceInfo makeService(const QString &name, ServiceType type, int nodePort,
                        const QList<Ep> &endpoints, int targetPort = 8080)
{
    ServiceInfo s;
    s.ns = QStringLiteral("default");
    s.name = name;
    s.id = serviceId(s.ns, name);
    s.type = type;
    s.clusterIP = QStringLiteral("10.96.0.20");
    s.internalTrafficPolicy = QStringLiteral("Cluster");
    if (type == ServiceType::NodePort || type == ServiceType::LoadBalancer)
        s.externalTrafficPolicy = QStringLiteral("Cluster");
    ServicePortInfo p;
    p.protocol = QStringLiteral("TCP");
    p.port = 80;
    p.targetPort = IntOrString::fromInt(targetPort);
    p.nodePort = nodePort;
    s.ports << p;
    QList<EndpointInfo> list;
    for (const Ep &e : endpoints) {
        EndpointInfo info;
        info.ip = QString::fromLatin1(e.ip);
        info.port = targetPort;
        info.nodeName = QString::fromLatin1(e.node);
        info.ready = e.ready;
        info.serving = e.serving;
        info.terminating = e.terminating;
        list << info;
    }
    s.endpoints << list;
    return s;
}

inline const QList<Ep> kThree = {{"10.244.0.2", "node-1"}, {"10.244.1.2", "node-2"},
                          {"10.244.2.2", "node-3"}};
inline const QList<Ep> kTwo = {{"10.244.0.2", "node-1"}, {"10.244.1.2", "node-2"}};

// The scenarios the rows refer to.
inline Cluster makeScenario(const QString &key)
{
    Cluster c = defaultCluster();
    ServiceInfo s;
    if (key == u"clusterip") {
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0, kThree);
    } else if (key == u"order") {
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0,
                        {{"10.244.2.2", "node-3"}, {"10.244.10.2", ""}, {"10.244.1.5", "node-2"}});
    } else if (key == u"nodeport-cluster") {
        s = makeService(QStringLiteral("web"), ServiceType::NodePort, 30080, kThree);
    } else if (key == u"nodeport-local") {
        s = makeService(QStringLiteral("web"), ServiceType::NodePort, 30080, kTwo);
        s.externalTrafficPolicy = QStringLiteral("Local");
    } else if (key == u"lb") {
        s = makeService(QStringLiteral("web"), ServiceType::LoadBalancer, 30080, kThree);
        s.loadBalancerIPs << QStringLiteral("198.51.100.1");
    } else if (key == u"lb-ranges") {
        s = makeService(QStringLiteral("web"), ServiceType::LoadBalancer, 30080, kThree);
        s.loadBalancerIPs << QStringLiteral("198.51.100.1");
        s.loadBalancerSourceRanges << QStringLiteral("203.0.113.7/24")
                                   << QStringLiteral(" 192.168.1.0/24 ");
    } else if (key == u"lb-local-hc") {
        s = makeService(QStringLiteral("web"), ServiceType::LoadBalancer, 30080, kTwo);
        s.loadBalancerIPs << QStringLiteral("198.51.100.1");
        s.externalTrafficPolicy = QStringLiteral("Local");
        s.healthCheckNodePort = 32000;
    } else if (key == u"no-endpoints") {
        s = makeService(QStringLiteral("web"), ServiceType::LoadBalancer, 30080, {});
        s.loadBalancerIPs << QStringLiteral("198.51.100.1");
        s.externalIPs << QStringLiteral("192.168.1.100");
    } else if (key == u"affinity") {
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0, kTwo);
        s.sessionAffinity = QStringLiteral("ClientIP");
        s.affinityTimeoutSeconds = 600;
    } else if (key == u"itp-local") {
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0, kTwo);
        s.internalTrafficPolicy = QStringLiteral("Local");
    } else if (key == u"external-ip") {
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0, kThree);
        s.externalIPs << QStringLiteral("192.168.1.100") << QStringLiteral("2001:db8::1");
        s.externalTrafficPolicy = QStringLiteral("Cluster");
    } else if (key == u"headless") {
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0, kThree);
        s.clusterIP = QStringLiteral("None");
    } else if (key == u"externalname") {
        s = makeService(QStringLiteral("web"), ServiceType::ExternalName, 0, {});
        s.clusterIP.clear();
        s.externalName = QStringLiteral("db.example.com");
    } else if (key == u"terminating") {
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0,
                        {{"10.244.0.2", "node-1", false, true, true},
                         {"10.244.1.2", "node-2", false, false, true}});
    } else if (key == u"not-ready") {
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0,
                        {{"10.244.0.2", "node-1", true}, {"10.244.1.2", "node-2", false, false}});
    } else if (key == u"udp-named") {
        s = makeService(QStringLiteral("dns"), ServiceType::ClusterIP, 0, kTwo, 53);
        s.ports[0].name = QStringLiteral("dns");
        s.ports[0].protocol = QStringLiteral("UDP");
        s.ports[0].port = 53;
    } else if (key.startsWith(u"large-")) {
        const int n = key.mid(6).toInt();
        QList<Ep> many;
        static QList<QByteArray> ips; // keeps the char data alive
        ips.clear();
        for (int i = 0; i < n; ++i)
            ips << QByteArray("10.245.") + QByteArray::number(i / 250) + '.' +
                       QByteArray::number(i % 250 + 1);
        for (const QByteArray &ip : ips)
            many.append(Ep{ip.constData(), "node-2"});
        s = makeService(QStringLiteral("web"), ServiceType::ClusterIP, 0, many);
    } else if (key.startsWith(u"settings-")) {
        s = makeService(QStringLiteral("web"), ServiceType::NodePort, 30080, kThree);
        c.settings.localhostNodePorts = key != u"settings-no-localhost";
        c.settings.nfacctCounters = key != u"settings-no-nfacct";
        c.settings.randomFully = key == u"settings-random-fully";
    } else {
        qFatal("unknown scenario %s", qPrintable(key));
    }
    c.services << s;
    c.reindex();
    return c;
}

inline QString expand(QString line, const QString &spn, const QString &proto)
{
    const QString suffix = portProtoHash(spn, proto);
    line.replace(QLatin1String("{SVC}"), QLatin1String("KUBE-SVC-") + suffix);
    line.replace(QLatin1String("{SVL}"), QLatin1String("KUBE-SVL-") + suffix);
    line.replace(QLatin1String("{EXT}"), QLatin1String("KUBE-EXT-") + suffix);
    line.replace(QLatin1String("{FW}"), QLatin1String("KUBE-FW-") + suffix);
    static const QRegularExpression sep(QStringLiteral("\\{SEP:([^}]+)\\}"));
    QRegularExpressionMatch m;
    while ((m = sep.match(line)).hasMatch())
        line.replace(m.capturedStart(), m.capturedLength(),
                     endpointChainName(spn, proto, m.captured(1)));
    return line;
}

inline std::shared_ptr<const NodeProxyRules> rulesFor(const ProxyRules &rules, const QString &node)
{
    return rules.forNode(node);
}


} // namespace hopscope::testing
