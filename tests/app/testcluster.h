#pragma once

// A hand-built Cluster for the app tests: the seed's default cluster (DESIGN.md, "Default
// cluster") with the lesson's Services, as the cluster builder would produce it. It lets the
// scene be tested without depending on the reader and the builder.

#include "core/model/cluster.h"

#include <QString>

namespace hopscope::test {

inline NodeInfo makeNode(int index)
{
    // node-1 … : InternalIP 192.168.1.2 …, podCIDR 10.244.0.0/24 …, cni0 .1, flannel.1 .0
    NodeInfo n;
    n.name = QStringLiteral("node-%1").arg(index + 1);
    n.id = nodeId(n.name);
    n.internalIP = QStringLiteral("192.168.1.%1").arg(index + 2);
    n.podCIDR = QStringLiteral("10.244.%1.0/24").arg(index);
    n.bridgeIP = QStringLiteral("10.244.%1.1").arg(index);
    n.vtepIP = QStringLiteral("10.244.%1.0").arg(index);
    n.labels.insert(QStringLiteral("kubernetes.io/hostname"), n.name);
    return n;
}

// Adds a pod on node `nodeIndex` (-1: Pending) with the next free address of its pod CIDR.
inline PodInfo &addPod(Cluster &c, const QString &name, int nodeIndex, const Labels &labels,
                       int port, const QString &ns = QStringLiteral("default"),
                       const QString &owner = QString())
{
    PodInfo p;
    p.name = name;
    p.ns = ns;
    p.id = podId(ns, name);
    p.labels = labels;
    if (nodeIndex >= 0) {
        const NodeInfo &node = c.nodes[nodeIndex];
        p.nodeName = node.name;
        int used = 0;
        for (const PodInfo &other : c.pods)
            used += other.nodeName == node.name ? 1 : 0;
        p.ip = QStringLiteral("10.244.%1.%2").arg(nodeIndex).arg(used + 2);
    } else {
        p.phase = QStringLiteral("Pending");
        p.ready = false;
    }
    if (port > 0)
        p.ports << PodPort{QStringLiteral("main"), QString(), port, QStringLiteral("TCP")};
    if (!owner.isEmpty()) {
        p.ownerKind = QStringLiteral("Deployment");
        p.ownerName = owner;
    }
    p.system = ns == u"kube-system";
    c.pods << p;
    return c.pods.last();
}

inline ServicePortInfo servicePort(int port, int targetPort, int nodePort = 0,
                                   const QString &protocol = QStringLiteral("TCP"),
                                   const QString &name = QString())
{
    ServicePortInfo p;
    p.name = name;
    p.protocol = protocol;
    p.port = port;
    p.targetPort = IntOrString::fromInt(targetPort);
    p.nodePort = nodePort;
    return p;
}

// Endpoints: the pods whose labels contain the selector, as the endpoint controller finds them.
inline void addService(Cluster &c, ServiceInfo s)
{
    s.id = serviceId(s.ns, s.name);
    s.endpoints.clear();
    for (const ServicePortInfo &port : s.ports) {
        QList<EndpointInfo> list;
        if (s.hasSelector) {
            for (const PodInfo &p : c.pods) {
                bool match = !p.ip.isEmpty();
                for (auto it = s.selector.cbegin(); match && it != s.selector.cend(); ++it)
                    match = p.labels.value(it.key()) == it.value();
                if (match) {
                    EndpointInfo e;
                    e.ip = p.ip;
                    e.port = port.targetPort.intValue;
                    e.nodeName = p.nodeName;
                    e.podId = p.id;
                    list << e;
                }
            }
        }
        s.endpoints << list;
    }
    c.services << s;
}

inline ServiceInfo makeService(const QString &name, ServiceType type, const QString &clusterIP,
                               const QList<ServicePortInfo> &ports, const Labels &selector,
                               const QString &ns = QStringLiteral("default"))
{
    ServiceInfo s;
    s.name = name;
    s.ns = ns;
    s.type = type;
    s.clusterIP = clusterIP;
    s.ports = ports;
    s.selector = selector;
    s.hasSelector = !selector.isEmpty();
    s.system = ns == u"kube-system" || (ns == u"default" && name == u"kubernetes");
    if (type == ServiceType::NodePort || type == ServiceType::LoadBalancer)
        s.externalTrafficPolicy = QStringLiteral("Cluster");
    return s;
}

inline void finish(Cluster &c)
{
    std::sort(c.services.begin(), c.services.end(), [](const ServiceInfo &a, const ServiceInfo &b) {
        return a.ns != b.ns ? a.ns < b.ns : a.name < b.name;
    });
    c.namespaces = {QStringLiteral("default"), QStringLiteral("kube-system")};
    c.reindex();
}

// The seed's default cluster: 3 nodes; the `myapp` front-end Deployment (3 pods, port 80) behind
// the NodePort Service myapp-service 80:30008; a back-end ClusterIP Service with 3 pods; redis and
// db; the LoadBalancer `vote` at 198.51.100.1; `kubernetes` and kube-dns with 2 CoreDNS pods.
inline Cluster makeDemoCluster()
{
    Cluster c;
    c.clientIP = QStringLiteral("192.168.1.10");
    c.dnsIP = QStringLiteral("10.96.0.10");
    for (int i = 0; i < 3; ++i)
        c.nodes << makeNode(i);
    const Labels front{{QStringLiteral("app"), QStringLiteral("myapp")},
                       {QStringLiteral("type"), QStringLiteral("front-end")}};
    const Labels back{{QStringLiteral("app"), QStringLiteral("myapp")},
                      {QStringLiteral("type"), QStringLiteral("back-end")}};
    const QStringList frontNames = {QStringLiteral("myapp-7c9f6d5b8-4xkqz"),
                                    QStringLiteral("myapp-7c9f6d5b8-9bw2m"),
                                    QStringLiteral("myapp-7c9f6d5b8-tq7hn")};
    const QStringList backNames = {QStringLiteral("back-end-5d4c8b7f9-2lmxp"),
                                   QStringLiteral("back-end-5d4c8b7f9-h8vqs"),
                                   QStringLiteral("back-end-5d4c8b7f9-zr6kd")};
    for (int i = 0; i < 3; ++i)
        addPod(c, frontNames[i], i, front, 80, QStringLiteral("default"), QStringLiteral("myapp"));
    for (int i = 0; i < 3; ++i)
        addPod(c, backNames[i], i, back, 80, QStringLiteral("default"), QStringLiteral("back-end"));
    const Labels vote{{QStringLiteral("app"), QStringLiteral("vote")}};
    addPod(c, QStringLiteral("vote-6f7d9c8b5-kp2sd"), 0, vote, 80, QStringLiteral("default"),
           QStringLiteral("vote"));
    addPod(c, QStringLiteral("redis-8d6c5b4f7-wq9xt"), 1,
           {{QStringLiteral("app"), QStringLiteral("redis")}}, 6379, QStringLiteral("default"),
           QStringLiteral("redis"));
    addPod(c, QStringLiteral("vote-6f7d9c8b5-mn4rb"), 1, vote, 80, QStringLiteral("default"),
           QStringLiteral("vote"));
    addPod(c, QStringLiteral("db-5b8f9d6c7-j3ptl"), 2,
           {{QStringLiteral("app"), QStringLiteral("db")}}, 5432, QStringLiteral("default"),
           QStringLiteral("db"));
    const Labels dns{{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")}};
    for (int i = 0; i < 2; ++i) {
        PodInfo &p = addPod(c, QStringLiteral("coredns-5d78c9869d-%1").arg(i ? u"q8kfz" : u"h2x7b"),
                            i, dns, 0, QStringLiteral("kube-system"), QStringLiteral("coredns"));
        p.ports = {
            PodPort{QStringLiteral("coredns"), QStringLiteral("dns"), 53, QStringLiteral("UDP")},
            PodPort{QStringLiteral("coredns"), QStringLiteral("dns-tcp"), 53,
                    QStringLiteral("TCP")},
            PodPort{QStringLiteral("coredns"), QStringLiteral("metrics"), 9153,
                    QStringLiteral("TCP")}};
    }

    addService(c, makeService(QStringLiteral("myapp-service"), ServiceType::NodePort,
                              QStringLiteral("10.106.63.91"), {servicePort(80, 80, 30008)}, front));
    addService(c, makeService(QStringLiteral("back-end"), ServiceType::ClusterIP,
                              QStringLiteral("10.98.12.240"), {servicePort(80, 80)}, back));
    addService(c, makeService(QStringLiteral("redis"), ServiceType::ClusterIP,
                              QStringLiteral("10.100.38.5"), {servicePort(6379, 6379)},
                              {{QStringLiteral("app"), QStringLiteral("redis")}}));
    addService(c, makeService(QStringLiteral("db"), ServiceType::ClusterIP,
                              QStringLiteral("10.97.201.14"), {servicePort(5432, 5432)},
                              {{QStringLiteral("app"), QStringLiteral("db")}}));
    ServiceInfo lb = makeService(QStringLiteral("vote"), ServiceType::LoadBalancer,
                                 QStringLiteral("10.110.7.33"), {servicePort(80, 80, 31349)}, vote);
    lb.loadBalancerIPs = {QStringLiteral("198.51.100.1")};
    lb.allocateLoadBalancerNodePorts = true;
    addService(c, lb);
    ServiceInfo api = makeService(
        QStringLiteral("kubernetes"), ServiceType::ClusterIP, QStringLiteral("10.96.0.1"),
        {servicePort(443, 6443, 0, QStringLiteral("TCP"), QStringLiteral("https"))}, {});
    addService(c, api);
    c.services.last().endpoints = {
        {EndpointInfo{QStringLiteral("192.168.1.2"), 6443, QStringLiteral("node-1"), QString(),
                      QString(), true, true, false}}};
    addService(c,
               makeService(
                   QStringLiteral("kube-dns"), ServiceType::ClusterIP, QStringLiteral("10.96.0.10"),
                   {servicePort(53, 53, 0, QStringLiteral("UDP"), QStringLiteral("dns")),
                    servicePort(53, 53, 0, QStringLiteral("TCP"), QStringLiteral("dns-tcp")),
                    servicePort(9153, 9153, 0, QStringLiteral("TCP"), QStringLiteral("metrics"))},
                   dns, QStringLiteral("kube-system")));
    c.files = {QStringLiteral("demo")};
    finish(c);
    return c;
}

} // namespace hopscope::test
