#pragma once

// API-server defaulting of Services: SetDefaults_Service (reference A1.1), applied to what the
// manifest says, before any allocation.

#include "cluster.h"
#include "objects.h"

#include <optional>

namespace hopscope {

// "" → ClusterIP; the four valid names; nullopt for anything else (the API server refuses it).
std::optional<ServiceType> parseServiceType(const QString &type);

// service.ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with externalIPs.
bool isExternallyAccessible(ServiceType type, const QStringList &externalIPs);

// The Service after SetDefaults_Service: type ClusterIP, protocol TCP, targetPort = port (when
// unset, 0 or ""), sessionAffinity None (ClientIP: timeout 10800 unless given),
// externalTrafficPolicy Cluster when externally accessible, internalTrafficPolicy Cluster for
// ClusterIP/NodePort/LoadBalancer, allocateLoadBalancerNodePorts true for LoadBalancer.
// clusterIP is "None" for a headless request and empty otherwise (allocation fills it); nodePorts
// keep what the manifest asked for; ExternalName keeps no clusterIP. namespace: "default" when
// empty. An unknown type is reported by parseServiceType; here it is treated as ClusterIP.
ServiceInfo defaultedService(const ServiceObject &service);

// The requested ClusterIP: spec.clusterIP, else spec.clusterIPs[0]; empty when none.
QString requestedClusterIP(const ServiceObject &service);

// The effective namespace of an object: "default" when not written.
QString effectiveNamespace(const ObjectMeta &meta);

} // namespace hopscope
