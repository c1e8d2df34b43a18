#include "servicedefaults.h"

namespace hopscope {

namespace {

constexpr int kDefaultClientIPAffinitySeconds = 10800; // v1.DefaultClientIPServiceAffinitySeconds

} // namespace

QString effectiveNamespace(const ObjectMeta &meta)
{
    return meta.ns.isEmpty() ? QStringLiteral("default") : meta.ns;
}

std::optional<ServiceType> parseServiceType(const QString &type)
{
    if (type.isEmpty() || type == u"ClusterIP")
        return ServiceType::ClusterIP;
    if (type == u"NodePort")
        return ServiceType::NodePort;
    if (type == u"LoadBalancer")
        return ServiceType::LoadBalancer;
    if (type == u"ExternalName")
        return ServiceType::ExternalName;
    return std::nullopt;
}

bool isExternallyAccessible(ServiceType type, const QStringList &externalIPs)
{
    return type == ServiceType::LoadBalancer || type == ServiceType::NodePort ||
           (type == ServiceType::ClusterIP && !externalIPs.isEmpty());
}

QString requestedClusterIP(const ServiceObject &service)
{
    if (!service.clusterIP.isEmpty())
        return service.clusterIP;
    return service.clusterIPs.value(0);
}

ServiceInfo defaultedService(const ServiceObject &s)
{
    ServiceInfo info;
    info.name = s.meta.name;
    info.ns = effectiveNamespace(s.meta);
    info.id = serviceId(info.ns, info.name);
    info.type = parseServiceType(s.type).value_or(ServiceType::ClusterIP);
    info.labels = s.meta.labels;
    info.annotations = s.meta.annotations;
    info.loadBalancerIP = s.loadBalancerIP;
    info.selector = s.selector;
    // An empty selector map does not survive the API server's storage: it is no selector.
    info.hasSelector = !s.selector.isEmpty();
    info.externalIPs = s.externalIPs;
    info.externalName = s.externalName;
    info.loadBalancerSourceRanges = s.loadBalancerSourceRanges;
    info.publishNotReadyAddresses = s.publishNotReadyAddresses;
    info.where = s.meta.where;

    // sessionAffinity
    info.sessionAffinity = s.sessionAffinity.isEmpty() ? QStringLiteral("None") : s.sessionAffinity;
    if (info.sessionAffinity == u"ClientIP")
        info.affinityTimeoutSeconds =
            s.affinityTimeoutSeconds.value_or(kDefaultClientIPAffinitySeconds);
    else
        info.affinityTimeoutSeconds = 0; // None: sessionAffinityConfig = nil

    // ports: protocol TCP, targetPort = port when unset, 0 or ""
    for (const ServicePortSpec &p : s.ports) {
        ServicePortInfo port;
        port.name = p.name;
        port.protocol = p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol;
        port.port = p.port;
        const bool unsetTarget = p.targetPort.isUnset() ||
                                 (p.targetPort.isInt() && p.targetPort.intValue == 0) ||
                                 (p.targetPort.isString() && p.targetPort.strValue.isEmpty());
        port.targetPort = unsetTarget ? IntOrString::fromInt(p.port) : p.targetPort;
        port.nodePort = p.nodePort;
        port.appProtocol = p.appProtocol;
        info.ports << port;
    }

    // externalTrafficPolicy: Cluster for externally accessible Services when not written
    info.externalTrafficPolicy = s.externalTrafficPolicy;
    if (info.externalTrafficPolicy.isEmpty() && isExternallyAccessible(info.type, s.externalIPs))
        info.externalTrafficPolicy = QStringLiteral("Cluster");

    // internalTrafficPolicy: Cluster for ClusterIP, NodePort and LoadBalancer when not written
    info.internalTrafficPolicy = s.internalTrafficPolicy;
    if (info.internalTrafficPolicy.isEmpty() && info.type != ServiceType::ExternalName)
        info.internalTrafficPolicy = QStringLiteral("Cluster");

    // allocateLoadBalancerNodePorts: true for LoadBalancer when not written
    if (info.type == ServiceType::LoadBalancer)
        info.allocateLoadBalancerNodePorts = s.allocateLoadBalancerNodePorts.value_or(true);
    else
        info.allocateLoadBalancerNodePorts = s.allocateLoadBalancerNodePorts.value_or(false);

    info.healthCheckNodePort = s.healthCheckNodePort;

    if (info.type != ServiceType::ExternalName && requestedClusterIP(s) == u"None")
        info.clusterIP = QStringLiteral("None");
    // One endpoint list per port (one for a headless Service without ports).
    info.endpoints.resize(info.ports.isEmpty() && info.isHeadless() ? 1 : info.ports.size());
    return info;
}

} // namespace hopscope
