#pragma once

// The nodes of the cluster and their pod networks (reference A4, DESIGN.md "Default cluster").
//
// * Node objects in the manifests (a `kubectl get nodes -o yaml` dump) replace the defaults:
//   their name, labels, taints, InternalIP and spec.podCIDR are kept; a node without podCIDR gets
//   the next free /nodeCidrMaskSize of --cluster-cidr in node order, as kube-controller-manager's
//   range allocator (CidrSet.AllocateNext) would.
// * Without Node objects, pods of a dump that name their node (spec.nodeName with status.podIP)
//   tell which nodes exist: those nodes are made up, sorted by name.
// * Otherwise settings.nodeCount nodes node-1…node-N with InternalIPs from settings.firstNodeIP
//   upward and pod CIDRs 10.244.0.0/24, 10.244.1.0/24, …
// cni0 (bridgeIP) is the pod network's first address, flannel.1 (vtepIP) its network address.

#include "core/model/cluster.h"
#include "core/model/clustersettings.h"
#include "core/base/ipv4.h"
#include "core/objects/objects.h"

#include <QList>
#include <QSet>

namespace hopscope {

class NodeNetwork
{
public:
    static QList<NodeInfo> build(const QList<const NodeObject *> &nodeObjects,
                                 const QList<const PodObject *> &pods,
                                 const ClusterSettings &settings, Diagnostics &diagnostics);

    // The labels kubelet puts on every node it registers.
    static Labels wellKnownLabels(const QString &nodeName);
    // Sets podCIDR, bridgeIP (network + 1) and vtepIP (network).
    static void setPodNetwork(NodeInfo &node, const Ipv4Cidr &podCidr);
};

// kube-controller-manager's CidrSet: the /maskSize subnets of a cluster CIDR, handed out from the
// first one upward, skipping those already in use.
class CidrSet
{
public:
    CidrSet(const Ipv4Cidr &clusterCidr, int maskSize);
    // Marks a subnet (given by a node's spec.podCIDR) as used.
    void occupy(const Ipv4Cidr &cidr);
    std::optional<Ipv4Cidr> allocateNext();

private:
    Ipv4Cidr m_cluster;
    int m_maskSize;
    quint64 m_count = 0;  // subnets in the cluster CIDR
    quint64 m_next = 0;   // nextCandidate
    QSet<quint64> m_used; // subnet indices
};

} // namespace hopscope
