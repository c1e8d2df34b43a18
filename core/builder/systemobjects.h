#pragma once

// The objects every cluster has that users do not write (DESIGN.md "Default cluster"): the
// `kubernetes` Service in default (443 → the API server's 6443 on the first node, the first
// address of the service CIDR), the kube-dns Service in kube-system (the 10th address; dns
// 53/UDP, dns-tcp 53/TCP, metrics 9153/TCP) and its CoreDNS Deployment of two replicas.

#include "core/model/clustersettings.h"
#include "core/base/ipv4.h"
#include "core/objects/objects.h"

#include <optional>

namespace hopscope {

struct SystemObjects
{
    std::optional<ServiceObject> kubernetesService;
    std::optional<ServiceObject> dnsService;
    std::optional<WorkloadObject> coreDns;

    // Whether to add them: Always, Never, or Auto = unless the input is a cluster dump (it holds
    // Endpoints or EndpointSlices, which would list them).
    static bool wanted(const ManifestSet &manifests, ClusterSettings::SystemObjects mode);
    // The objects the input does not define already (same namespace and name).
    static SystemObjects make(const ManifestSet &manifests, const Ipv4Cidr &serviceCidr);

    // The n-th address of the service CIDR (1: the `kubernetes` Service, 10: kube-dns).
    static QString serviceAddress(const Ipv4Cidr &serviceCidr, int n);
    static constexpr int kApiServerPort = 6443;
};

} // namespace hopscope
