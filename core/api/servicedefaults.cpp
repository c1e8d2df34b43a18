#include "core/api/servicedefaults.h"

namespace hopscope {

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

void defaultServiceFields(ServiceInfo &info, std::optional<int> affinityTimeout,
                          std::optional<bool> allocateLoadBalancerNodePorts)
{
    // sessionAffinity: ClientIP gets a timeout; None drops sessionAffinityConfig
    if (info.sessionAffinity == u"ClientIP")
        info.affinityTimeoutSeconds = affinityTimeout.value_or(kDefaultClientIPAffinitySeconds);
    else
        info.affinityTimeoutSeconds = 0;

    // externalTrafficPolicy: Cluster for externally accessible Services when not written
    if (info.externalTrafficPolicy.isEmpty() && isExternallyAccessible(info.type, info.externalIPs))
        info.externalTrafficPolicy = QStringLiteral("Cluster");

    // internalTrafficPolicy: Cluster for ClusterIP, NodePort and LoadBalancer when not written
    if (info.internalTrafficPolicy.isEmpty() && info.type != ServiceType::ExternalName)
        info.internalTrafficPolicy = QStringLiteral("Cluster");

    // allocateLoadBalancerNodePorts: true for LoadBalancer when not written
    if (info.type == ServiceType::LoadBalancer)
        info.allocateLoadBalancerNodePorts = allocateLoadBalancerNodePorts.value_or(true);
    else
        info.allocateLoadBalancerNodePorts = allocateLoadBalancerNodePorts.value_or(false);
}

void dropTypeDependentFields(ServiceInfo &info, ServiceType oldType)
{
    const auto needsNodePorts = [](ServiceType t) {
        return t == ServiceType::NodePort || t == ServiceType::LoadBalancer;
    };
    if (needsNodePorts(oldType) && !needsNodePorts(info.type))
        for (ServicePortInfo &p : info.ports)
            p.nodePort = 0;
    if (info.type != ServiceType::LoadBalancer || info.externalTrafficPolicy != u"Local")
        info.healthCheckNodePort = 0;
    if (oldType == ServiceType::LoadBalancer && info.type != ServiceType::LoadBalancer) {
        info.allocateLoadBalancerNodePorts = false;
        info.loadBalancerIPs.clear();
        info.loadBalancerHostnames.clear();
        info.loadBalancerPending = false;
    }
    if (!isExternallyAccessible(info.type, info.externalIPs))
        info.externalTrafficPolicy.clear();
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
    info.loadBalancerClass = s.loadBalancerClass;
    info.selector = s.selector;
    // An empty selector map does not survive the API server's storage: it is no selector.
    info.hasSelector = !s.selector.isEmpty();
    info.externalIPs = s.externalIPs;
    info.externalName = s.externalName;
    info.loadBalancerSourceRanges = s.loadBalancerSourceRanges;
    info.publishNotReadyAddresses = s.publishNotReadyAddresses;
    info.where = s.meta.where;

    info.sessionAffinity = s.sessionAffinity.isEmpty() ? QStringLiteral("None") : s.sessionAffinity;

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

    info.externalTrafficPolicy = s.externalTrafficPolicy;
    info.internalTrafficPolicy = s.internalTrafficPolicy;
    defaultServiceFields(info, s.affinityTimeoutSeconds, s.allocateLoadBalancerNodePorts);

    info.healthCheckNodePort = s.healthCheckNodePort;

    if (info.type != ServiceType::ExternalName && requestedClusterIP(s) == u"None")
        info.clusterIP = QStringLiteral("None");
    // One endpoint list per port (one for a headless Service without ports).
    info.endpoints.resize(info.ports.isEmpty() && info.isHeadless() ? 1 : info.ports.size());
    return info;
}

} // namespace hopscope
