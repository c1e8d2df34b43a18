#pragma once

// Shared by the rule and tracer benchmarks: Service number s of a generated 10,000-Service
// cluster, ClusterIP 10.96.0.100 + s, one TCP port 80 → 8080 named http; the caller makes some
// of them NodePorts or LoadBalancers.

#include "core/model/cluster.h"
#include "core/proxy/iptablesrule.h" // ipv4ToString

inline hopscope::ServiceInfo benchService(int s, hopscope::ServicePortInfo *port)
{
    using namespace hopscope;
    ServiceInfo svc;
    svc.ns = QStringLiteral("ns%1").arg(s % 50);
    svc.name = QStringLiteral("svc-%1").arg(s);
    svc.id = serviceId(svc.ns, svc.name);
    svc.clusterIP = formatIPv4(0x0a600000u + 100 + quint32(s)); // 10.96.0.100…
    svc.internalTrafficPolicy = QStringLiteral("Cluster");
    *port = ServicePortInfo{};
    port->name = QStringLiteral("http");
    port->protocol = QStringLiteral("TCP");
    port->port = 80;
    port->targetPort = IntOrString::fromInt(8080);
    return svc;
}
