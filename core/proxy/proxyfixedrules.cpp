// The rules every node has whatever its Services: KUBE-POSTROUTING, KUBE-MARK-MASQ,
// KUBE-FIREWALL, KUBE-FORWARD, the last KUBE-SERVICES rule and the jumps from the built-in
// chains (proxier.go syncProxyRules, reference A3).

#include "core/proxy/proxyrules_p.h"

#include "core/proxy/chainnames.h"
#include "core/proxy/rulebuilder.h"

#include <algorithm>

namespace hopscope {

namespace {

const QString kNfacctInvalidDropped = QStringLiteral("ct_state_invalid_dropped_pkts");

} // namespace

void ProxyRules::Shared::buildFixedRules()
{
    const QString services = QLatin1String(kKubeServicesChain);
    const QString nodePorts = QLatin1String(kKubeNodePortsChain);
    const QString postrouting = QLatin1String(kKubePostroutingChain);
    const QString markMasq = QLatin1String(kKubeMarkMasqChain);
    const QString forward = QLatin1String(kKubeForwardChain);
    const QString firewall = QLatin1String(kKubeletFirewallChain);

    filterChains = {services, QLatin1String(kKubeExternalServicesChain), forward, nodePorts,
                    QLatin1String(kKubeProxyFirewallChain)};
    natChains = {services, nodePorts, postrouting, markMasq};

    const quint32 mark = config.masqueradeMark;
    const QString markText = config.masqueradeMarkText;
    const QString maskText = markText + u'/' + markText;

    natHead << RuleBuilder(RuleTable::Nat, postrouting, RuleRole::PostroutingReturn)
                   .mark(maskText, mark, mark, true)
                   .returnTarget();
    natHead << RuleBuilder(RuleTable::Nat, postrouting, RuleRole::PostroutingClearMark)
                   .markXor(markText, mark);
    natHead << RuleBuilder(RuleTable::Nat, postrouting, RuleRole::PostroutingMasquerade)
                   .comment(QStringLiteral("kubernetes service traffic requiring SNAT"))
                   .masquerade(config.randomFully);
    natHead << RuleBuilder(RuleTable::Nat, markMasq, RuleRole::MarkForMasquerade)
                   .markOr(markText, mark);

    if (config.localhostNodePorts) {
        // Mitigates the route_localnet hole (issue 90259); IPv4 only, as Hopscope is.
        filterChains << firewall;
        const AddressMatch localnet =
            AddressMatch::cidr(0x7f000000u, 8, QStringLiteral("127.0.0.0/8"));
        AddressMatch notLocalnet = localnet;
        notLocalnet.negated = true;
        filterHead << RuleBuilder(RuleTable::Filter, firewall, RuleRole::LocalnetBlock)
                          .comment(QStringLiteral("block incoming localnet connections"))
                          .destination(localnet)
                          .source(notLocalnet)
                          .conntrack(CtRelated | CtEstablished | CtDnat,
                                     QStringLiteral("RELATED,ESTABLISHED,DNAT"), true)
                          .drop();
    }

    // The final KUBE-SERVICES rule (nodePortAddresses unset: match every local address; set:
    // one rule per matching node address, nodePortsTail(), made per node).
    if (config.nodePortAddresses.isEmpty() && !config.nodePortPrimary) {
        RuleBuilder last(RuleTable::Nat, services, RuleRole::NodePortsJump);
        last.comment(QStringLiteral(
                         "kubernetes service nodeports; NOTE: this must be the last rule in this "
                         "chain"))
            .dstTypeLocal();
        if (!config.localhostNodePorts)
            last.destination(
                AddressMatch::cidr(0x7f000000u, 8, QStringLiteral("127.0.0.0/8"), true));
        natTail << last.jump(nodePorts);
    }

    // The jumps from the built-in chains (iptablesJumpChains, each EnsureRule(Prepend)ed, so
    // the last of a chain's comes first; kubelet's KUBE-FIREWALL jumps predate them: last).
    const auto entry = [&](RuleTable table, const char *from, const QString &to,
                           const char *comment, bool onlyNew) {
        RuleBuilder b(table, QLatin1String(from), RuleRole::EntryJump);
        if (onlyNew)
            b.conntrack(CtNew, QStringLiteral("NEW"), false);
        if (comment)
            b.comment(QLatin1String(comment));
        entryJumps << b.jump(to);
    };
    const QString proxyFirewall = QLatin1String(kKubeProxyFirewallChain);
    const QString externalServices = QLatin1String(kKubeExternalServicesChain);
    const char *lbFirewall = "kubernetes load balancer firewall";
    const char *portals = "kubernetes service portals";
    const char *externalPortals = "kubernetes externally-visible service portals";
    entry(RuleTable::Filter, "INPUT", proxyFirewall, lbFirewall, true);
    entry(RuleTable::Filter, "INPUT", nodePorts, "kubernetes health check service ports", false);
    entry(RuleTable::Filter, "INPUT", externalServices, externalPortals, true);
    if (config.localhostNodePorts)
        entry(RuleTable::Filter, "INPUT", firewall, nullptr, false);
    entry(RuleTable::Filter, "FORWARD", proxyFirewall, lbFirewall, true);
    entry(RuleTable::Filter, "FORWARD", forward, "kubernetes forwarding rules", false);
    entry(RuleTable::Filter, "FORWARD", services, portals, true);
    entry(RuleTable::Filter, "FORWARD", externalServices, externalPortals, true);
    entry(RuleTable::Filter, "OUTPUT", proxyFirewall, lbFirewall, true);
    entry(RuleTable::Filter, "OUTPUT", services, portals, true);
    if (config.localhostNodePorts)
        entry(RuleTable::Filter, "OUTPUT", firewall, nullptr, false);
    entry(RuleTable::Nat, "PREROUTING", services, portals, false);
    entry(RuleTable::Nat, "OUTPUT", services, portals, false);
    entry(RuleTable::Nat, "POSTROUTING", postrouting, "kubernetes postrouting rules", false);

    // KUBE-FORWARD (conntrackTCPLiberal unset: INVALID packets are dropped).
    RuleBuilder invalid(RuleTable::Filter, forward, RuleRole::ForwardDropInvalid);
    invalid.conntrack(CtInvalid, QStringLiteral("INVALID"), false);
    if (config.nfacctCounters)
        invalid.nfacct(kNfacctInvalidDropped);
    filterTail << invalid.drop();
    filterTail << RuleBuilder(RuleTable::Filter, forward, RuleRole::ForwardAcceptMarked)
                      .comment(QStringLiteral("kubernetes forwarding rules"))
                      .mark(maskText, mark, mark, false)
                      .accept();
    filterTail << RuleBuilder(RuleTable::Filter, forward, RuleRole::ForwardAcceptEstablished)
                      .comment(QStringLiteral("kubernetes forwarding conntrack rule"))
                      .conntrack(CtRelated | CtEstablished, QStringLiteral("RELATED,ESTABLISHED"),
                                 false)
                      .accept();
}

QList<IptablesRule> ProxyRules::Shared::nodePortsTail(const NodeInfo &node) const
{
    // The node's interface addresses: lo, eth0 (InternalIP, and a second ExternalIP), cni0,
    // flannel.1.
    QList<quint32> addresses{0x7f000001u};
    for (const QString &text : {node.internalIP, node.externalIP, node.bridgeIP, node.vtepIP})
        if (quint32 a = 0; parseIPv4(text, &a) && a && !addresses.contains(a))
            addresses << a;
    quint32 primary = 0;
    parseIPv4(node.internalIP, &primary);
    QList<quint32> matched;
    for (quint32 a : std::as_const(addresses)) {
        bool in = config.nodePortPrimary && a == primary;
        for (const AddressMatch &cidr : config.nodePortAddresses)
            in = in || cidr.contains(a);
        // A loopback address only with localhost node ports (IPv4).
        if (in && (a >> 24 != 127 || config.localhostNodePorts))
            matched << a;
    }
    std::sort(matched.begin(), matched.end());
    QList<IptablesRule> out;
    for (quint32 a : std::as_const(matched))
        out << RuleBuilder(RuleTable::Nat, QLatin1String(kKubeServicesChain),
                           RuleRole::NodePortsJump)
                   .comment(QStringLiteral("kubernetes service nodeports; NOTE: this must be the "
                                           "last rule in this chain"))
                   .destination(AddressMatch::address(a, formatIPv4(a)))
                   .jump(QLatin1String(kKubeNodePortsChain));
    return out;
}

} // namespace hopscope
