#pragma once

// Internal to NftProxyRules: adds kube-proxy's nftables objects to one node's ruleset, the
// fixed part (setupNFTables) and each Service port's part (syncProxyRules' loop body).

#include "core/proxy/nftgenerator.h"

namespace hopscope {

class NftBuilder final
{
public:
    NftBuilder(NftRuleset &ruleset, const NftConfig &config, const NodeInfo &node);

    void addFixed();
    void addServicePort(int planIndex, const ServicePortPlan &plan, const NftPlanNames &names);

    void element(const QString &set, const QString &key, int plan, NftVerdict value = NftVerdict(),
                 const QString &comment = QString());

private:
    void chain(const QString &name, int plan = -1, const QString &endpoint = QString());
    void baseChain(const char *name, const char *type, const char *hook, int priority);
    NftRule &rule(const QString &chain, int plan = -1);
    void writeServiceToEndpoints(const ServicePortPlan &plan, const NftPlanNames &names,
                                 const QString &chain, const QList<int> &endpoints, int planIndex);

    NftRuleset &m_r;
    const NftConfig &m_config;
    const NodeInfo &m_node;
    quint32 m_nodeAddress = 0;
    AddressMatch m_localCidr; // the local-traffic detector's CIDR (unset: none)
};

} // namespace hopscope
