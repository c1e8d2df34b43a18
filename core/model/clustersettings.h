#pragma once

#include "core/base/diagnostic.h"

#include <QString>
#include <QStringList>

namespace hopscope {

// The knobs of the simulated cluster, named after the real flags. All have the defaults of
// DESIGN.md ("Default cluster"), which are the seed article's addresses.
struct ClusterSettings
{
    int nodeCount = 3;                                     // --nodes (only without Node objects)
    QString clusterCidr = QStringLiteral("10.244.0.0/16"); // --cluster-cidr
    int nodeCidrMaskSize = 24;                             // kube-controller-manager default
    QString serviceCidr = QStringLiteral("10.96.0.0/12");  // --service-cluster-ip-range
    int nodePortMin = 30000;                               // --service-node-port-range A-B
    int nodePortMax = 32767;
    QString firstNodeIP = QStringLiteral("192.168.1.2"); // default nodes: .2, .3, .4 …
    QString clientIP = QStringLiteral("192.168.1.10");   // the external client
    QString loadBalancerPool = QStringLiteral("198.51.100.0/24");
    QString clusterDomain = QStringLiteral("cluster.local");
    // Pods the workload controllers create in all: a guard against hostile input
    // (replicas: 2000000000); a cluster dump's Pod objects are not counted.
    int maxWorkloadPods = 200000;
    // System objects (the `kubernetes` Service, kube-dns and its CoreDNS pods): Auto adds them
    // unless the input is a cluster dump (it holds Endpoints or EndpointSlices, which list them).
    enum class SystemObjects { Auto, Always, Never };
    SystemObjects systemObjects = SystemObjects::Auto;

    // kube-proxy (iptables mode), as the upstream unit test configures it
    QString masqueradeMark = QStringLiteral("0x4000");
    bool localhostNodePorts = true;
    bool nfacctCounters = true;
    bool randomFully = false;

    friend bool operator==(const ClusterSettings &, const ClusterSettings &) = default;

    QString nodePortRange() const; // "30000-32767"
    // Checks the CIDRs and ranges; the messages name the flag.
    Diagnostics validate() const;
    // Parses "A-B" (kube-apiserver's --service-node-port-range). False on a malformed range.
    bool setNodePortRange(const QString &text);
};

} // namespace hopscope
