#pragma once

// kube-proxy's test helper checkIPTablesRuleJumps (pkg/proxy/iptables/proxier_test.go), for the
// tests of the rules: problems found in an iptables-restore text (empty when consistent): a jump
// to, or a rule in, an undeclared chain; a jump to a declared chain without rules; a declared
// chain nothing jumps to (the top-level KUBE-* chains excepted). Only tests call it.

#include "core/proxy/chainnames.h"
#include "core/proxy/iptablesdump.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace hopscope {

inline QStringList checkIptablesRuleJumps(const QString &text)
{
    QStringList problems;
    QString error;
    const std::optional<IptablesDump> dump = IptablesDump::parse(text, &error);
    if (!dump)
        return {error};
    static const QSet<QString> builtinTargets = {
        QStringLiteral("ACCEPT"), QStringLiteral("REJECT"),    QStringLiteral("DROP"),
        QStringLiteral("MARK"),   QStringLiteral("RETURN"),    QStringLiteral("DNAT"),
        QStringLiteral("SNAT"),   QStringLiteral("MASQUERADE")};
    static const QSet<QString> topLevel = {
        QLatin1String(kKubeServicesChain),      QLatin1String(kKubeExternalServicesChain),
        QLatin1String(kKubeNodePortsChain),     QLatin1String(kKubePostroutingChain),
        QLatin1String(kKubeForwardChain),       QLatin1String(kKubeMarkMasqChain),
        QLatin1String(kKubeProxyFirewallChain), QLatin1String(kKubeletFirewallChain)};
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list.join(QLatin1String(", "));
    };
    for (const IptablesDumpTable &t : dump->tables) {
        QSet<QString> created, filled, jumped;
        for (const IptablesDumpChain &c : t.chains) {
            if (!c.deleted)
                created.insert(c.name);
            if (!c.rules.isEmpty())
                filled.insert(c.name);
            for (const QString &rule : c.rules) {
                const QString target = iptablesRuleJump(rule);
                if (!target.isEmpty() && !builtinTargets.contains(target))
                    jumped.insert(target);
            }
        }
        const QSet<QString> missing = (jumped - created) | (filled - created);
        if (!missing.isEmpty())
            problems << QStringLiteral("some chains in %1 are used but were not created: %2")
                            .arg(t.name, sorted(missing));
        QSet<QString> empty = jumped - filled;
        empty.remove(QLatin1String(kKubeNodePortsChain));
        if (!empty.isEmpty())
            problems << QStringLiteral("some chains in %1 are jumped to but have no rules: %2")
                            .arg(t.name, sorted(empty));
        const QSet<QString> extra = created - jumped - topLevel;
        if (!extra.isEmpty())
            problems << QStringLiteral("some chains in %1 are created but not used: %2")
                            .arg(t.name, sorted(extra));
    }
    return problems;
}

} // namespace hopscope
