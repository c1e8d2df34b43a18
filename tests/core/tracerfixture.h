#pragma once

// The cluster the tracer tests walk, built by code as the cluster builder would build it from
// manifests: the default cluster of DESIGN.md (node-1..3 at 192.168.1.2-4, pod CIDRs
// 10.244.0-2.0/24, cni0 .1, flannel.1 .0, client 192.168.1.10, Services in 10.96.0.0/12,
// kube-dns at 10.96.0.10) with the seed lesson's myapp tiers and one Service per scenario:
//
//   svc/default/myapp-service  NodePort 10.96.0.20:80 → 80, nodePort 30008 → front-end ×2
//   svc/default/back-end       ClusterIP 10.96.0.21:80 → 80 → back-end ×3 (one per node)
//   svc/default/web-local      NodePort 10.96.0.22:80 → 8080, 30080, Local → web-1 (node-2)
//   svc/default/web-lb         LoadBalancer 198.51.100.1:80, 30081, Local, hc 32000 → web-1
//   svc/default/front-lb       LoadBalancer 198.51.100.2:80, 30082, Cluster → front-end ×2
//   svc/default/empty          ClusterIP 10.96.0.25:80, selector app=nothing: no endpoints
//   svc/default/wrong-port     ClusterIP 10.96.0.26:80 → targetPort 9090 → wrong-port-1
//                              (whose container declares 8080)
//   svc/default/sticky         ClusterIP 10.96.0.27:80, sessionAffinity ClientIP → back-end ×3
//   svc/default/db             headless (clusterIP None) :5432 → db-0 (StatefulSet, hostname)
//   svc/default/external       ExternalName db.example.com
//   svc/shop/cart              ClusterIP 10.96.0.28:8080 → cart-1 (namespace shop)
//   svc/default/kubernetes     ClusterIP 10.96.0.1:443 → 192.168.1.2:6443 (the API server)
//   svc/kube-system/kube-dns   ClusterIP 10.96.0.10:53/UDP,53/TCP → coredns ×2

#include "core/model/cluster.h"

namespace hopscope::testing {

inline NodeInfo tracerNode(int i)
{
    NodeInfo n;
    n.name = QStringLiteral("node-%1").arg(i + 1);
    n.id = nodeId(n.name);
    n.internalIP = QStringLiteral("192.168.1.%1").arg(i + 2);
    n.podCIDR = QStringLiteral("10.244.%1.0/24").arg(i);
    n.bridgeIP = QStringLiteral("10.244.%1.1").arg(i);
    n.vtepIP = QStringLiteral("10.244.%1.0").arg(i);
    return n;
}

inline PodInfo tracerPod(const QString &ns, const QString &name, const QString &node,
                         const QString &ip, const Labels &labels, QList<PodPort> ports,
                         const QString &owner = QString())
{
    PodInfo p;
    p.ns = ns;
    p.name = name;
    p.id = podId(ns, name);
    p.nodeName = node;
    p.ip = ip;
    p.labels = labels;
    p.ports = ports;
    p.ownerKind = owner.isEmpty() ? QString() : QStringLiteral("Deployment");
    p.ownerName = owner;
    return p;
}

inline PodPort tracerPort(int port, const QString &container, const QString &proto = "TCP",
                          const QString &name = QString())
{
    return PodPort{container, name, port, proto};
}

struct TracerPort
{
    QString name;
    int port;
    int targetPort;
    int nodePort = 0;
    QString protocol = QStringLiteral("TCP");
};

// A Service whose endpoints are the given pods (resolved target port = targetPort).
inline ServiceInfo tracerService(const Cluster &c, const QString &ns, const QString &name,
                                 ServiceType type, const QString &clusterIP,
                                 const QList<TracerPort> &ports, const QStringList &pods,
                                 const Labels &selector)
{
    ServiceInfo s;
    s.ns = ns;
    s.name = name;
    s.id = serviceId(ns, name);
    s.type = type;
    s.clusterIP = clusterIP;
    s.internalTrafficPolicy = QStringLiteral("Cluster");
    if (type == ServiceType::NodePort || type == ServiceType::LoadBalancer)
        s.externalTrafficPolicy = QStringLiteral("Cluster");
    s.selector = selector;
    s.hasSelector = !selector.isEmpty();
    for (const TracerPort &tp : ports) {
        ServicePortInfo p;
        p.name = tp.name;
        p.protocol = tp.protocol;
        p.port = tp.port;
        p.targetPort = IntOrString::fromInt(tp.targetPort);
        p.nodePort = tp.nodePort;
        s.ports << p;
        QList<EndpointInfo> list;
        for (const QString &podName : pods) {
            for (const PodInfo &pod : c.pods) {
                if (pod.id != podName)
                    continue;
                EndpointInfo e;
                e.ip = pod.ip;
                e.port = tp.targetPort;
                e.nodeName = pod.nodeName;
                e.podId = pod.id;
                e.hostname = pod.hostname;
                list << e;
            }
        }
        s.endpoints << list;
    }
    if (ports.isEmpty())
        s.endpoints << QList<EndpointInfo>();
    return s;
}

inline Cluster tracerCluster()
{
    Cluster c;
    for (int i = 0; i < 3; ++i)
        c.nodes << tracerNode(i);
    c.clientIP = QStringLiteral("192.168.1.10");
    c.dnsIP = QStringLiteral("10.96.0.10");
    const QString d = QStringLiteral("default");
    const Labels front{{"app", "myapp"}, {"type", "front-end"}};
    const Labels back{{"app", "myapp"}, {"type", "back-end"}};
    const Labels web{{"app", "web"}};
    const Labels dns{{"k8s-app", "kube-dns"}};

    c.pods << tracerPod("kube-system", "coredns-5d78c9869d-4xk2p", "node-1", "10.244.0.2", dns,
                        {tracerPort(53, "coredns", "UDP", "dns"),
                         tracerPort(53, "coredns", "TCP", "dns-tcp"),
                         tracerPort(9153, "coredns", "TCP", "metrics")},
                        "coredns");
    c.pods.last().system = true;
    c.pods << tracerPod("kube-system", "coredns-5d78c9869d-9qv7s", "node-2", "10.244.1.2", dns,
                        {tracerPort(53, "coredns", "UDP", "dns"),
                         tracerPort(53, "coredns", "TCP", "dns-tcp"),
                         tracerPort(9153, "coredns", "TCP", "metrics")},
                        "coredns");
    c.pods.last().system = true;
    c.pods << tracerPod(d, "front-end-1", "node-1", "10.244.0.3", front, {tracerPort(80, "nginx")},
                        "front-end");
    c.pods << tracerPod(d, "front-end-2", "node-2", "10.244.1.3", front, {tracerPort(80, "nginx")},
                        "front-end");
    c.pods << tracerPod(d, "back-end-1", "node-1", "10.244.0.4", back, {tracerPort(80, "api")},
                        "back-end");
    c.pods << tracerPod(d, "back-end-2", "node-2", "10.244.1.4", back, {tracerPort(80, "api")},
                        "back-end");
    c.pods << tracerPod(d, "back-end-3", "node-3", "10.244.2.2", back, {tracerPort(80, "api")},
                        "back-end");
    c.pods << tracerPod(d, "web-1", "node-2", "10.244.1.5", web, {tracerPort(8080, "web")}, "web");
    c.pods << tracerPod(d, "wrong-port-1", "node-3", "10.244.2.3", {{"app", "wrong-port"}},
                        {tracerPort(8080, "app")}, "wrong-port");
    c.pods << tracerPod(d, "db-0", "node-3", "10.244.2.4", {{"app", "db"}},
                        {tracerPort(5432, "postgres")});
    c.pods.last().ownerKind = QStringLiteral("StatefulSet");
    c.pods.last().ownerName = QStringLiteral("db");
    c.pods.last().hostname = QStringLiteral("db-0");
    c.pods.last().subdomain = QStringLiteral("db");
    c.pods << tracerPod("shop", "cart-1", "node-3", "10.244.2.5", {{"app", "cart"}},
                        {tracerPort(8080, "cart")}, "cart");
    c.reindex();

    const auto add = [&c](ServiceInfo s) { c.services << s; };
    add(tracerService(
        c, d, "back-end", ServiceType::ClusterIP, "10.96.0.21", {{"", 80, 80}},
        {"pod/default/back-end-1", "pod/default/back-end-2", "pod/default/back-end-3"}, back));
    add(tracerService(c, d, "db", ServiceType::ClusterIP, "None", {{"", 5432, 5432}},
                      {"pod/default/db-0"}, {{"app", "db"}}));
    add(tracerService(c, d, "empty", ServiceType::ClusterIP, "10.96.0.25", {{"", 80, 80}}, {},
                      {{"app", "nothing"}}));
    ServiceInfo external =
        tracerService(c, d, "external", ServiceType::ExternalName, "", {}, {}, {});
    external.externalName = QStringLiteral("db.example.com");
    external.internalTrafficPolicy.clear();
    add(external);
    ServiceInfo frontLb = tracerService(
        c, d, "front-lb", ServiceType::LoadBalancer, "10.96.0.24", {{"", 80, 80, 30082}},
        {"pod/default/front-end-1", "pod/default/front-end-2"}, front);
    frontLb.loadBalancerIPs << QStringLiteral("198.51.100.2");
    add(frontLb);
    ServiceInfo kubernetes = tracerService(c, d, "kubernetes", ServiceType::ClusterIP, "10.96.0.1",
                                           {{"https", 443, 6443}}, {}, {});
    kubernetes.endpoints[0] << EndpointInfo{
        QStringLiteral("192.168.1.2"), 6443, QString(), QString(), QString(), true, true, false};
    kubernetes.system = true;
    add(kubernetes);
    add(tracerService(c, d, "myapp-service", ServiceType::NodePort, "10.96.0.20",
                      {{"", 80, 80, 30008}}, {"pod/default/front-end-1", "pod/default/front-end-2"},
                      front));
    ServiceInfo sticky = tracerService(
        c, d, "sticky", ServiceType::ClusterIP, "10.96.0.27", {{"", 80, 80}},
        {"pod/default/back-end-1", "pod/default/back-end-2", "pod/default/back-end-3"}, back);
    sticky.sessionAffinity = QStringLiteral("ClientIP");
    sticky.affinityTimeoutSeconds = 10800;
    add(sticky);
    ServiceInfo webLb = tracerService(c, d, "web-lb", ServiceType::LoadBalancer, "10.96.0.23",
                                      {{"", 80, 8080, 30081}}, {"pod/default/web-1"}, web);
    webLb.loadBalancerIPs << QStringLiteral("198.51.100.1");
    webLb.externalTrafficPolicy = QStringLiteral("Local");
    webLb.healthCheckNodePort = 32000;
    add(webLb);
    ServiceInfo webLocal = tracerService(c, d, "web-local", ServiceType::NodePort, "10.96.0.22",
                                         {{"", 80, 8080, 30080}}, {"pod/default/web-1"}, web);
    webLocal.externalTrafficPolicy = QStringLiteral("Local");
    add(webLocal);
    add(tracerService(c, d, "wrong-port", ServiceType::ClusterIP, "10.96.0.26", {{"", 80, 9090}},
                      {"pod/default/wrong-port-1"}, {{"app", "wrong-port"}}));
    ServiceInfo kubeDns = tracerService(
        c, "kube-system", "kube-dns", ServiceType::ClusterIP, "10.96.0.10",
        {{"dns", 53, 53, 0, "UDP"}, {"dns-tcp", 53, 53, 0, "TCP"}, {"metrics", 9153, 9153}},
        {"pod/kube-system/coredns-5d78c9869d-4xk2p", "pod/kube-system/coredns-5d78c9869d-9qv7s"},
        dns);
    kubeDns.system = true;
    add(kubeDns);
    add(tracerService(c, "shop", "cart", ServiceType::ClusterIP, "10.96.0.28", {{"", 8080, 8080}},
                      {"pod/shop/cart-1"}, {{"app", "cart"}}));
    std::sort(c.services.begin(), c.services.end(), [](const ServiceInfo &a, const ServiceInfo &b) {
        return a.ns != b.ns ? a.ns < b.ns : a.name < b.name;
    });
    c.namespaces = {QStringLiteral("default"), QStringLiteral("kube-system"),
                    QStringLiteral("shop")};
    c.reindex();
    return c;
}

} // namespace hopscope::testing
