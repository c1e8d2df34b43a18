#pragma once

// Builds one IptablesRule and its `-A …` text together, argument by argument, in the order
// the caller gives them — the order kube-proxy writes them in proxier.go — so the structure
// and the text cannot disagree. Internal to the rules generator.

#include "core/proxy/iptablesrule.h"

namespace hopscope {

class RuleBuilder
{
public:
    RuleBuilder(RuleTable table, const QString &chain, RuleRole role);

    RuleBuilder &service(const QString &serviceId, const QString &portName,
                         const QString &servicePortName);
    RuleBuilder &endpoint(const QString &endpoint);

    // `-m comment --comment X`, quoted when X holds a space (kube-proxy quotes those).
    RuleBuilder &comment(const QString &text);
    RuleBuilder &protocol(RuleProtocol protocol);        // -m tcp -p tcp
    RuleBuilder &source(const AddressMatch &match);      // [!] -s X
    RuleBuilder &destination(const AddressMatch &match); // [!] -d X
    RuleBuilder &dport(int port);                        // --dport N
    RuleBuilder &srcTypeLocal();                         // -m addrtype --src-type LOCAL
    RuleBuilder &dstTypeLocal();                         // -m addrtype --dst-type LOCAL
    RuleBuilder &nfacct(const QString &counter);         // -m nfacct --nfacct-name X
    RuleBuilder &mark(const QString &maskText, quint32 value, quint32 mask, bool negated);
    RuleBuilder &conntrack(quint8 states, const QString &statesText, bool negated);
    RuleBuilder &statistic(int n);                              // probability 1/n
    RuleBuilder &recentCheck(const QString &name, int seconds); // --rcheck --seconds S --reap
    RuleBuilder &recentSet(const QString &name);                // --set

    IptablesRule jump(const QString &chain);
    IptablesRule accept();
    IptablesRule drop();
    IptablesRule reject();
    IptablesRule returnTarget();
    IptablesRule dnat(quint32 ip, int port, const QString &text);
    IptablesRule markOr(const QString &valueText, quint32 value);
    IptablesRule markXor(const QString &valueText, quint32 value);
    IptablesRule masquerade(bool randomFully);
    IptablesRule noTarget();

private:
    IptablesRule finish();
    IptablesRule m_rule;
};

} // namespace hopscope
