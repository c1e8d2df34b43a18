#pragma once

// ProxyRules' node-independent part, shared by proxyrules.cpp and proxyfixedrules.cpp.

#include "core/proxy/proxyrules.h"

#include <QHash>
#include <QList>

namespace hopscope {

struct ProxyRules::Shared
{
    Cluster cluster;
    ProxierConfig config;
    QList<ServicePortPlan> plans;
    QHash<QString, int> chainOwner; // per-Service chain name → plan index
    // (address or 0, port, protocol) → plans writing rules with that destination into the
    // long chains, ascending: clusterIP, externalIPs and LB IPs with the port; 0 with the
    // nodePort and the healthCheckNodePort.
    QHash<quint64, QList<int>> portIndex;
    QHash<QString, QList<int>> plansByService; // service id → plan indexes
    int totalEndpoints = 0;

    QStringList filterChains; // the top-level chains, in emission order
    QStringList natChains;
    QList<IptablesRule> filterHead, filterTail, natHead, natTail;
    QList<IptablesRule> entryJumps; // built-in chain → KUBE-* (not in the restore input)

    void buildFixedRules();
    // --nodeport-addresses: the node's addresses in those CIDRs, one `-d ADDR -j KUBE-NODEPORTS`
    // rule each (GetNodeIPs; sorted here, a Go map's order upstream).
    QList<IptablesRule> nodePortsTail(const NodeInfo &node) const;
};

} // namespace hopscope
