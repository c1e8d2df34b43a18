#pragma once

// flanneld's own iptables rules on a node (reference A4: `--ip-masq`), as
// flannel-io/flannel pkg/trafficmngr/iptables/iptables.go writes them (masqRules and
// forwardRules, with --random-fully as modern iptables supports it):
//
//   -A POSTROUTING -m comment --comment "flanneld masq" -j FLANNEL-POSTRTG
//   -A FLANNEL-POSTRTG -m mark --mark 0x4000/0x4000 -m comment --comment "flanneld masq" -j RETURN
//   -A FLANNEL-POSTRTG -s <pod CIDR> -d <cluster CIDR> … -j RETURN      pod ↔ pod: no NAT
//   -A FLANNEL-POSTRTG -s <cluster CIDR> -d <pod CIDR> … -j RETURN
//   -A FLANNEL-POSTRTG ! -s <cluster CIDR> -d <pod CIDR> … -j RETURN    keeps client IPs (Local)
//   -A FLANNEL-POSTRTG -s <cluster CIDR> ! -d 224.0.0.0/4 … -j MASQUERADE --random-fully
//   -A FLANNEL-POSTRTG ! -s <cluster CIDR> -d <cluster CIDR> … -j MASQUERADE --random-fully
//   -A FORWARD -m comment --comment "flanneld forward" -j FLANNEL-FWD
//   -A FLANNEL-FWD -s <cluster CIDR> -m comment --comment "flanneld forward" -j ACCEPT
//   -A FLANNEL-FWD -d <cluster CIDR> -m comment --comment "flanneld forward" -j ACCEPT
//
// So pod traffic leaving the pod network (to a node IP, the Internet, a Service VIP no rule
// caught) leaves with the node's address. kube-proxy's jumps come first in the built-in chains
// (it prepends them); flannel's are appended after them.

#include "core/proxy/iptablesrule.h"

#include <QList>
#include <QString>

namespace hopscope {

class FlannelRules final
{
public:
    FlannelRules() = default;
    // clusterCidr: flannel's Network (10.244.0.0/16); podCidr: the node's lease (10.244.1.0/24).
    FlannelRules(const QString &clusterCidr, const QString &podCidr);

    // The jumps from a built-in chain (nat POSTROUTING, filter FORWARD) into flannel's chains.
    QList<const IptablesRule *> entryRules(RuleTable table, const QString &builtinChain) const;
    QList<const IptablesRule *> chainRules(RuleTable table, const QString &chain) const;
    bool ownsChain(const QString &chain) const;
    const QList<IptablesRule> &rules() const { return m_rules; }

private:
    QList<IptablesRule> m_rules; // never resized after construction: pointers stay valid
};

inline constexpr char kFlannelPostroutingChain[] = "FLANNEL-POSTRTG";
inline constexpr char kFlannelForwardChain[] = "FLANNEL-FWD";

} // namespace hopscope
