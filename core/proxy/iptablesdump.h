#pragma once

// iptables-restore / iptables-save text as tables of chains of raw rule lines, and the helpers
// of kube-proxy's unit tests (pkg/proxy/iptables/proxier_test.go, reference
// kube-proxy-TestOverallIPTablesRules.config.md section 2): sortIPTablesRules and
// checkIPTablesRuleJumps. They compare generated rules with kube-proxy's expected output.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hopscope {

struct IptablesDumpChain
{
    QString name;
    QString counters = QStringLiteral("[0:0]");
    QStringList rules;    // raw "-A …" lines, in order
    bool deleted = false; // a "-X NAME" line
};

struct IptablesDumpTable
{
    QString name; // "filter", "nat"
    QList<IptablesDumpChain> chains;
    IptablesDumpChain *chain(const QString &name);
    const IptablesDumpChain *chain(const QString &name) const;
};

struct IptablesDump
{
    QList<IptablesDumpTable> tables;

    // Parses "*table", ":CHAIN POLICY [p:b]", "-A CHAIN …", "-X CHAIN", "COMMIT"; blank lines
    // and "#" comments are skipped. A rule for an undeclared chain, a line outside a table
    // or a table without COMMIT is an error (returns nullopt and sets *error).
    static std::optional<IptablesDump> parse(const QString &text, QString *error = nullptr);

    // As iptablestest IPTablesDump.String(): per table "*name", every chain line, every
    // chain's rules in chain order, the "-X" lines, "COMMIT".
    QString toString() const;

    IptablesDumpChain *chain(const QString &table, const QString &chain);
};

// The value of a rule's `--comment` (unquoted), or an empty string.
QString iptablesRuleComment(const QString &rule);
// The `-j` target of a rule, or an empty string.
QString iptablesRuleJump(const QString &rule);

// sortIPTablesRules: tables by name; chains KUBE-NODEPORTS, KUBE-SERVICES, other KUBE-*
// alphabetically, then the rest alphabetically; the rules of KUBE-NODEPORTS (filter, nat)
// and KUBE-SERVICES (filter, nat; the "must be the last rule" rule kept last) stably sorted by
// the Service name of their comment (up to the first space or ':'). Other rules keep their
// order. Returns the text, or nullopt (and *error) when the input does not parse.
std::optional<QString> sortIptablesRules(const QString &text, QString *error = nullptr);

} // namespace hopscope
