#pragma once

// API-server defaulting of Services: SetDefaults_Service (reference A1.1), applied to what the
// manifest says, before any allocation.

#include "core/model/cluster.h"
#include "core/objects/objects.h"

#include <optional>

namespace hopscope {

// v1.DefaultClientIPServiceAffinitySeconds: a ClientIP affinity's timeout when none is given.
inline constexpr int kDefaultClientIPAffinitySeconds = 10800;
// validateAffinityTimeout: 0 < timeoutSeconds <= MaxClientIPServiceAffinitySeconds.
inline constexpr int kMaxClientIPAffinitySeconds = 86400;

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

// SetDefaults_Service's type-dependent part, on a Service already defaulted otherwise (the
// builder's defaultedService, and a what-if's update of the type or a policy): the timeout of a
// ClientIP affinity (10800 s unless given; none for None), externalTrafficPolicy Cluster when
// externally accessible and empty, internalTrafficPolicy Cluster when empty (not
// ExternalName), allocateLoadBalancerNodePorts true for a LoadBalancer unless given.
void defaultServiceFields(ServiceInfo &service, std::optional<int> affinityTimeout,
                          std::optional<bool> allocateLoadBalancerNodePorts);

// An update that changes spec.type (pkg/registry/core/service/storage: dropTypeDependentFields):
// nodePorts are wiped when the new type needs none, healthCheckNodePort when it is no longer a
// LoadBalancer with externalTrafficPolicy Local, allocateLoadBalancerNodePorts when it is no
// longer a LoadBalancer, externalTrafficPolicy when it is no longer externally accessible. The
// cloud controller also lets go of the load balancer (status.loadBalancer cleared).
void dropTypeDependentFields(ServiceInfo &service, ServiceType oldType);

// The requested ClusterIP: spec.clusterIP, else spec.clusterIPs[0]; empty when none.
QString requestedClusterIP(const ServiceObject &service);

// The effective namespace of an object: "default" when not written.
QString effectiveNamespace(const ObjectMeta &meta);

} // namespace hopscope
