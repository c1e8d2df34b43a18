#pragma once

#include "core/base/diagnostic.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hopscope {

// A Service's choice of where its cloud load balancer sends: "vip" or "node-port" (see
// ClusterSettings::loadBalancerTarget).
inline constexpr char kLoadBalancerTargetAnnotation[] = "hopscope.io/load-balancer-target";

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
    bool localhostNodePorts = true; // --iptables-localhost-nodeports
    bool nfacctCounters = true;
    bool randomFully = false;
    bool masqueradeAll = false; // --masquerade-all
    // --nodeport-addresses: CIDRs whose node addresses open node ports; empty: every local one.
    QStringList nodePortAddresses;
    // --detect-local-mode: how kube-proxy tells pod traffic ("local") from the rest.
    enum class DetectLocalMode { ClusterCIDR, NodeCIDR, None };
    DetectLocalMode detectLocalMode = DetectLocalMode::ClusterCIDR;
    // --proxy-mode: which rules kube-proxy writes on the nodes (iptables, the default, as in
    // Kubernetes today; or nftables, GA since v1.33).
    enum class ProxyMode { Iptables, Nftables };
    ProxyMode proxyMode = ProxyMode::Iptables;

    // The cloud's load balancers (Hopscope's own settings, not a Kubernetes flag):
    // Vip: the LB delivers to a node with the destination still the LB IP (MetalLB, GCP, Azure)
    // and the node's rules (KUBE-EXT, KUBE-FW, KUBE-PROXY-FIREWALL) do the rest; NodePort: it
    // forwards to NodeIP:NodePort (AWS NLB instance targets). A Service overrides it with the
    // annotation hopscope.io/load-balancer-target: node-port | vip.
    enum class LoadBalancerTarget { Vip, NodePort };
    LoadBalancerTarget loadBalancerTarget = LoadBalancerTarget::Vip;
    // The node the LAN routes an external IP to when no node lists it among its addresses
    // (--external-ip-node; empty: the first node).
    QString externalIPNode;
    // More outside hosts a lesson names ("name" → address), besides the client.
    QList<QPair<QString, QString>> clients;

    friend bool operator==(const ClusterSettings &, const ClusterSettings &) = default;

    QString nodePortRange() const; // "30000-32767"
    // Checks the CIDRs and ranges; the messages name the flag.
    Diagnostics validate() const;
    // Parses "A-B" (kube-apiserver's --service-node-port-range). False on a malformed range.
    bool setNodePortRange(const QString &text);

    // The kube-proxy options and Hopscope's network settings by their flag names
    // (optionNames()): "masquerade-all", "nodeport-addresses", "iptables-localhost-nodeports",
    // "detect-local-mode", "proxy-mode", "load-balancer-target", "external-ip-node". False on a
    // bad value.
    bool setOption(const QString &flag, const QString &value);
    // The options that differ from the defaults, as (flag, value), in optionNames() order.
    QList<QPair<QString, QString>> changedOptions() const;
    static QStringList optionNames();
    QString detectLocalModeName() const; // "ClusterCIDR", "NodeCIDR", "None"
    QString proxyModeName() const;       // "iptables", "nftables"
};

} // namespace hopscope
