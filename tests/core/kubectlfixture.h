#pragma once

// The clusters the kubectl printer tests describe, built in code (no reader, no builder): what
// the golden files in tests/data/kubectl/ were written for (see its README).

#include "core/model/cluster.h"

namespace hopscope::kubectlfixture {

inline ServicePortInfo port(const QString &name, int number, const QString &protocol,
                            IntOrString target, int nodePort = 0)
{
    ServicePortInfo p;
    p.name = name;
    p.port = number;
    p.protocol = protocol;
    p.targetPort = target;
    p.nodePort = nodePort;
    return p;
}

inline EndpointInfo endpoint(const QString &ip, int portNumber, bool ready = true,
                             const QString &pod = QString())
{
    EndpointInfo e;
    e.ip = ip;
    e.port = portNumber;
    e.ready = ready;
    e.podId = pod;
    return e;
}

inline ServiceInfo service(const QString &ns, const QString &name, ServiceType type,
                           const QString &clusterIP)
{
    ServiceInfo s;
    s.id = serviceId(ns, name);
    s.ns = ns;
    s.name = name;
    s.type = type;
    s.clusterIP = clusterIP;
    if (type != ServiceType::ExternalName)
        s.internalTrafficPolicy = QStringLiteral("Cluster");
    if (type == ServiceType::NodePort || type == ServiceType::LoadBalancer)
        s.externalTrafficPolicy = QStringLiteral("Cluster");
    return s;
}

inline void select(ServiceInfo &s, const QString &key, const QString &value)
{
    s.hasSelector = true;
    s.selector.insert(key, value);
}

inline PodInfo pod(const QString &ns, const QString &name, const QString &node, const QString &ip,
                   bool ready = true)
{
    PodInfo p;
    p.id = podId(ns, name);
    p.ns = ns;
    p.name = name;
    p.nodeName = node;
    p.ip = ip;
    p.ready = ready;
    if (node.isEmpty())
        p.phase = QStringLiteral("Pending");
    return p;
}

inline NodeInfo node(const QString &name, const QString &ip)
{
    NodeInfo n;
    n.id = nodeId(name);
    n.name = name;
    n.internalIP = ip;
    return n;
}

// The cluster every golden file describes (tests/data/kubectl/README.md).
inline Cluster classroomCluster()
{
    Cluster c;
    c.nodes << node(QStringLiteral("node-1"), QStringLiteral("192.168.1.2"))
            << node(QStringLiteral("node-2"), QStringLiteral("192.168.1.3"))
            << node(QStringLiteral("node-3"), QStringLiteral("192.168.1.4"));
    c.nodes[0].labels.insert(QStringLiteral("node-role.kubernetes.io/control-plane"), QString());
    c.nodes[0].labels.insert(QStringLiteral("kubernetes.io/hostname"), QStringLiteral("node-1"));
    c.nodes[1].externalIP = QStringLiteral("203.0.113.5");
    c.nodes[2].ready = false;
    c.nodes[2].unschedulable = true;

    const QString d = QStringLiteral("default");
    const QString ks = QStringLiteral("kube-system");
    // Scheduled order, Pending last: not the order kubectl lists them in.
    c.pods << pod(d, "web-7d4b9c-2xkqp", "node-1", "10.244.0.5")
           << pod(d, "web-7d4b9c-8mfz4", "node-2", "10.244.1.2")
           << pod(d, "web-7d4b9c-qv9tn", "node-2", "10.244.1.3", false)
           << pod(d, "web-7d4b9c-r5jwl", "node-1", "10.244.0.4")
           << pod(d, "web-7d4b9c-tz6hd", "node-2", "10.244.1.4")
           << pod(d, "web-7d4b9c-x8ck2", "node-1", "10.244.0.6")
           << pod(d, "db-0", "node-2", "10.244.1.5") << pod(d, "frontend-1", "node-2", "10.244.1.6")
           << pod(d, "frontend-0", "node-1", "10.244.0.8")
           << pod(d, "slow-0", "node-1", "10.244.0.7", false)
           << pod(ks, "coredns-76f75df574-wz9rm", "node-1", "10.244.0.3")
           << pod(ks, "coredns-76f75df574-h7k2p", "node-1", "10.244.0.2")
           << pod(d, "big-5f6d7c-abcde", QString(), QString(), false);
    c.pods[6].containerCount = 2; // db-0: the database and a sidecar

    ServiceInfo kubernetes = service(d, "kubernetes", ServiceType::ClusterIP, "10.96.0.1");
    kubernetes.labels.insert("component", "apiserver");
    kubernetes.labels.insert("provider", "kubernetes");
    kubernetes.ports << port("https", 443, "TCP", IntOrString::fromInt(6443));
    kubernetes.endpoints << QList<EndpointInfo>{endpoint("192.168.1.2", 6443)};
    kubernetes.system = true;

    ServiceInfo web = service(d, "web", ServiceType::NodePort, "10.96.120.15");
    web.labels.insert("app", "web");
    select(web, "app", "web");
    web.ports << port(QString(), 80, "TCP", IntOrString::fromInt(8080), 30008);
    web.endpoints << QList<EndpointInfo>{
        endpoint("10.244.0.5", 8080, true, "pod/default/web-7d4b9c-2xkqp"),
        endpoint("10.244.1.2", 8080, true, "pod/default/web-7d4b9c-8mfz4"),
        endpoint("10.244.1.3", 8080, false, "pod/default/web-7d4b9c-qv9tn"),
        endpoint("10.244.0.4", 8080, true, "pod/default/web-7d4b9c-r5jwl"),
        endpoint("10.244.1.4", 8080, true, "pod/default/web-7d4b9c-tz6hd"),
        endpoint("10.244.0.6", 8080, true, "pod/default/web-7d4b9c-x8ck2")};

    ServiceInfo frontend = service(d, "frontend", ServiceType::LoadBalancer, "10.96.45.200");
    frontend.labels.insert("app", "frontend");
    frontend.annotations.insert("service.beta.kubernetes.io/aws-load-balancer-type", "nlb");
    frontend.annotations.insert("kubectl.kubernetes.io/last-applied-configuration",
                                "{\"apiVersion\":\"v1\",\"kind\":\"Service\"}\n");
    select(frontend, "app", "frontend");
    frontend.ports << port("http", 80, "TCP", IntOrString::fromString("http"), 31380);
    frontend.endpoints << QList<EndpointInfo>{endpoint("10.244.1.6", 8080),
                                              endpoint("10.244.0.8", 8080)};
    frontend.endpoints[0].swapItemsAt(0, 1); // slice order: frontend-0 first
    frontend.loadBalancerIPs << "198.51.100.1";
    frontend.loadBalancerIP = "198.51.100.1";
    frontend.externalTrafficPolicy = "Local";
    frontend.healthCheckNodePort = 30609;
    frontend.loadBalancerSourceRanges << "203.0.113.0/24";
    frontend.allocateLoadBalancerNodePorts = true;

    ServiceInfo pendingLb = service(d, "pending-lb", ServiceType::LoadBalancer, "10.96.7.7");
    select(pendingLb, "app", "none");
    pendingLb.ports << port(QString(), 443, "TCP", IntOrString::fromInt(8443), 30443);
    pendingLb.endpoints << QList<EndpointInfo>();
    pendingLb.loadBalancerPending = true;

    ServiceInfo multiLb = service(d, "multi-lb", ServiceType::LoadBalancer, "10.96.8.8");
    select(multiLb, "app", "gone");
    multiLb.ports << port(QString(), 80, "TCP", IntOrString::fromInt(80), 30080);
    multiLb.endpoints << QList<EndpointInfo>();
    multiLb.loadBalancerIPs << "203.0.113.10"
                            << "198.51.100.20";

    ServiceInfo db = service(d, "db", ServiceType::ClusterIP, "None");
    select(db, "app", "db");
    db.ports << port("postgres", 5432, "TCP", IntOrString::fromInt(5432));
    db.endpoints << QList<EndpointInfo>{endpoint("10.244.1.5", 5432, true, "pod/default/db-0")};

    ServiceInfo external = service(d, "external", ServiceType::ExternalName, QString());
    external.externalName = "db.example.com";

    // Headless without ports: one list of addresses, port 0 (cluster.h).
    ServiceInfo peers = service(d, "peers", ServiceType::ClusterIP, "None");
    select(peers, "app", "peer");
    peers.endpoints << QList<EndpointInfo>{endpoint("10.244.1.5", 0),
                                           endpoint("10.244.0.7", 0, false)};

    ServiceInfo extIp = service(d, "ext-ip", ServiceType::ClusterIP, "10.96.9.9");
    extIp.externalIPs << "192.168.1.100";
    extIp.externalTrafficPolicy = "Cluster"; // A1.1: ClusterIP + externalIPs is external
    extIp.ports << port(QString(), 8080, "TCP", IntOrString::fromInt(8080));
    extIp.endpoints << QList<EndpointInfo>();

    ServiceInfo empty = service(d, "empty", ServiceType::ClusterIP, "10.96.33.33");
    select(empty, "app", "nothing");
    empty.ports << port(QString(), 80, "TCP", IntOrString::fromInt(80));
    empty.endpoints << QList<EndpointInfo>();

    ServiceInfo dns = service(ks, "kube-dns", ServiceType::ClusterIP, "10.96.0.10");
    dns.labels.insert("k8s-app", "kube-dns");
    dns.labels.insert("kubernetes.io/cluster-service", "true");
    dns.labels.insert("kubernetes.io/name", "CoreDNS");
    dns.annotations.insert("prometheus.io/port", "9153");
    dns.annotations.insert("prometheus.io/scrape", "true");
    select(dns, "k8s-app", "kube-dns");
    dns.ports << port("dns", 53, "UDP", IntOrString::fromInt(53))
              << port("dns-tcp", 53, "TCP", IntOrString::fromInt(53))
              << port("metrics", 9153, "TCP", IntOrString::fromInt(9153));
    for (int p : {53, 53, 9153})
        dns.endpoints << QList<EndpointInfo>{
            endpoint("10.244.0.3", p, true, "pod/kube-system/coredns-76f75df574-wz9rm"),
            endpoint("10.244.0.2", p, true, "pod/kube-system/coredns-76f75df574-h7k2p")};
    dns.endpoints[0].swapItemsAt(0, 1);
    dns.endpoints[1].swapItemsAt(0, 1);
    dns.endpoints[2].swapItemsAt(0, 1);
    dns.system = true;

    // Deliberately not in kubectl's order.
    c.services << web << kubernetes << frontend << pendingLb << multiLb << db << external << peers
               << extIp << empty << dns;
    c.namespaces << d << ks;
    c.reindex();
    return c;
}

// The A5 example service (kubernetes/website, describe after `kubectl expose`).
inline ServiceInfo myNginx()
{
    ServiceInfo s = service("default", "my-nginx", ServiceType::NodePort, "10.0.162.149");
    s.labels.insert("run", "my-nginx");
    select(s, "run", "my-nginx");
    s.ports << port("http", 8080, "TCP", IntOrString::fromInt(80), 31704);
    s.endpoints << QList<EndpointInfo>{endpoint("10.244.2.5", 80)};
    return s;
}

} // namespace hopscope::kubectlfixture
