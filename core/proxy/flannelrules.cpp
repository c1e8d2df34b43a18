#include "core/proxy/flannelrules.h"

#include "core/proxy/rulebuilder.h"

namespace hopscope {

FlannelRules::FlannelRules(const QString &clusterCidr, const QString &podCidr)
{
    quint32 clusterNet = 0, podNet = 0;
    int clusterLen = 0, podLen = 0;
    if (!parseIPv4Cidr(clusterCidr, &clusterNet, &clusterLen) ||
        !parseIPv4Cidr(podCidr, &podNet, &podLen))
        return;
    const QString clusterText = formatIPv4(clusterNet) + u'/' + QString::number(clusterLen);
    const QString podText = formatIPv4(podNet) + u'/' + QString::number(podLen);
    const AddressMatch cluster = AddressMatch::cidr(clusterNet, clusterLen, clusterText);
    const AddressMatch notCluster = AddressMatch::cidr(clusterNet, clusterLen, clusterText, true);
    const AddressMatch pod = AddressMatch::cidr(podNet, podLen, podText);
    const AddressMatch notMulticast =
        AddressMatch::cidr(0xe0000000u, 4, QStringLiteral("224.0.0.0/4"), true);
    const QString masq = QStringLiteral("flanneld masq");
    const QString forward = QStringLiteral("flanneld forward");
    const QString postrtg = QLatin1String(kFlannelPostroutingChain);
    const QString fwd = QLatin1String(kFlannelForwardChain);

    m_rules.reserve(10);
    m_rules << RuleBuilder(RuleTable::Nat, QStringLiteral("POSTROUTING"), RuleRole::EntryJump)
                   .comment(masq)
                   .jump(postrtg);
    m_rules << RuleBuilder(RuleTable::Nat, postrtg, RuleRole::FlannelMasqReturn)
                   .mark(QStringLiteral("0x4000/0x4000"), 0x4000, 0x4000, false)
                   .comment(masq)
                   .returnTarget();
    m_rules << RuleBuilder(RuleTable::Nat, postrtg, RuleRole::FlannelMasqReturn)
                   .source(pod)
                   .destination(cluster)
                   .comment(masq)
                   .returnTarget();
    m_rules << RuleBuilder(RuleTable::Nat, postrtg, RuleRole::FlannelMasqReturn)
                   .source(cluster)
                   .destination(pod)
                   .comment(masq)
                   .returnTarget();
    m_rules << RuleBuilder(RuleTable::Nat, postrtg, RuleRole::FlannelMasqReturn)
                   .source(notCluster)
                   .destination(pod)
                   .comment(masq)
                   .returnTarget();
    m_rules << RuleBuilder(RuleTable::Nat, postrtg, RuleRole::FlannelMasquerade)
                   .source(cluster)
                   .destination(notMulticast)
                   .comment(masq)
                   .masquerade(true);
    m_rules << RuleBuilder(RuleTable::Nat, postrtg, RuleRole::FlannelMasquerade)
                   .source(notCluster)
                   .destination(cluster)
                   .comment(masq)
                   .masquerade(true);
    m_rules << RuleBuilder(RuleTable::Filter, QStringLiteral("FORWARD"), RuleRole::EntryJump)
                   .comment(forward)
                   .jump(fwd);
    m_rules << RuleBuilder(RuleTable::Filter, fwd, RuleRole::FlannelForwardAccept)
                   .source(cluster)
                   .comment(forward)
                   .accept();
    m_rules << RuleBuilder(RuleTable::Filter, fwd, RuleRole::FlannelForwardAccept)
                   .destination(cluster)
                   .comment(forward)
                   .accept();
}

QList<const IptablesRule *> FlannelRules::chainRules(RuleTable table, const QString &chain) const
{
    QList<const IptablesRule *> out;
    for (const IptablesRule &r : m_rules)
        if (r.table == table && r.chain == chain)
            out << &r;
    return out;
}

QList<const IptablesRule *> FlannelRules::entryRules(RuleTable table,
                                                     const QString &builtinChain) const
{
    return chainRules(table, builtinChain);
}

bool FlannelRules::ownsChain(const QString &chain) const
{
    return chain == QLatin1String(kFlannelPostroutingChain) ||
           chain == QLatin1String(kFlannelForwardChain);
}

} // namespace hopscope
