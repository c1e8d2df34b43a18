#include "core/proxy/iptablesdump.h"

#include "core/proxy/chainnames.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::IptablesDump)
};

// The first whitespace-separated token after `flag ` in a rule ("-A", "-j").
QString tokenAfter(const QString &rule, QLatin1String flag)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = rule.indexOf(flag, from);
        if (at < 0)
            return QString();
        const qsizetype start = at + flag.size();
        // The flag must be a whole token, followed by a space.
        if ((at == 0 || rule.at(at - 1) == u' ') && start < rule.size() && rule.at(start) == u' ') {
            qsizetype end = rule.indexOf(u' ', start + 1);
            if (end < 0)
                end = rule.size();
            return rule.mid(start + 1, end - start - 1);
        }
        from = at + 1;
    }
}

} // namespace

IptablesDumpChain *IptablesDumpTable::chain(const QString &name)
{
    for (IptablesDumpChain &c : chains)
        if (c.name == name)
            return &c;
    return nullptr;
}

const IptablesDumpChain *IptablesDumpTable::chain(const QString &name) const
{
    for (const IptablesDumpChain &c : chains)
        if (c.name == name)
            return &c;
    return nullptr;
}

IptablesDumpChain *IptablesDump::chain(const QString &table, const QString &chain)
{
    for (IptablesDumpTable &t : tables)
        if (t.name == table)
            return t.chain(chain);
    return nullptr;
}

std::optional<IptablesDump> IptablesDump::parse(const QString &text, QString *error)
{
    IptablesDump dump;
    IptablesDumpTable *table = nullptr;
    int lineNumber = 0;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = Tr::tr("line %1: %2").arg(lineNumber).arg(message);
        return std::nullopt;
    };
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        const QStringView l = line.trimmed();
        if (l.isEmpty() || l.startsWith(u'#'))
            continue;
        if (l.startsWith(u'*')) {
            if (table)
                return fail(Tr::tr("table \"%1\" has no COMMIT").arg(table->name));
            dump.tables.append(IptablesDumpTable{l.mid(1).toString(), {}});
            table = &dump.tables.last();
            continue;
        }
        if (!table)
            return fail(Tr::tr("\"%1\" outside a table").arg(l.toString()));
        if (l == u"COMMIT") {
            table = nullptr;
        } else if (l.startsWith(u':')) {
            const QList<QStringView> parts = l.mid(1).split(u' ', Qt::SkipEmptyParts);
            if (parts.isEmpty())
                return fail(Tr::tr("empty chain line"));
            IptablesDumpChain chain;
            chain.name = parts[0].toString();
            if (parts.size() >= 3)
                chain.counters = parts[2].toString();
            if (table->chain(chain.name))
                return fail(Tr::tr("chain \"%1\" declared twice").arg(chain.name));
            table->chains << chain;
        } else if (l.startsWith(u"-A ")) {
            const QString rule = l.toString();
            const QString name = tokenAfter(rule, QLatin1String("-A"));
            IptablesDumpChain *chain = table->chain(name);
            if (!chain)
                return fail(Tr::tr("rule for undeclared chain \"%1\"").arg(name));
            chain->rules << rule;
        } else if (l.startsWith(u"-X ")) {
            const QString name = l.mid(3).trimmed().toString();
            IptablesDumpChain *chain = table->chain(name);
            if (!chain)
                return fail(Tr::tr("deletion of undeclared chain \"%1\"").arg(name));
            chain->deleted = true;
        } else {
            return fail(Tr::tr("unexpected line \"%1\"").arg(l.toString()));
        }
    }
    if (table)
        return fail(Tr::tr("table \"%1\" has no COMMIT").arg(table->name));
    return dump;
}

QString IptablesDump::toString() const
{
    QString out;
    for (const IptablesDumpTable &t : tables) {
        out += u'*' + t.name + u'\n';
        for (const IptablesDumpChain &c : t.chains)
            out += u':' + c.name + QLatin1String(" - ") + c.counters + u'\n';
        for (const IptablesDumpChain &c : t.chains)
            for (const QString &r : c.rules)
                out += r + u'\n';
        for (const IptablesDumpChain &c : t.chains)
            if (c.deleted)
                out += QLatin1String("-X ") + c.name + u'\n';
        out += QLatin1String("COMMIT\n");
    }
    return out;
}

QString iptablesRuleComment(const QString &rule)
{
    static const QLatin1String flag("--comment ");
    const qsizetype at = rule.indexOf(flag);
    if (at < 0)
        return QString();
    const qsizetype start = at + flag.size();
    if (start < rule.size() && rule.at(start) == u'"') {
        const qsizetype end = rule.indexOf(u'"', start + 1);
        return rule.mid(start + 1, end < 0 ? -1 : end - start - 1);
    }
    const qsizetype end = rule.indexOf(u' ', start);
    return rule.mid(start, end < 0 ? -1 : end - start);
}

QString iptablesRuleJump(const QString &rule)
{
    return tokenAfter(rule, QLatin1String("-j"));
}

std::optional<QString> sortIptablesRules(const QString &text, QString *error)
{
    std::optional<IptablesDump> dump = IptablesDump::parse(text, error);
    if (!dump)
        return std::nullopt;

    std::stable_sort(
        dump->tables.begin(), dump->tables.end(),
        [](const IptablesDumpTable &a, const IptablesDumpTable &b) { return a.name < b.name; });
    const QString nodePorts = QLatin1String(kKubeNodePortsChain);
    const QString services = QLatin1String(kKubeServicesChain);
    const auto rank = [&](const QString &chain) {
        if (chain == nodePorts)
            return 0;
        if (chain == services)
            return 1;
        return chain.startsWith(QLatin1String("KUBE-")) ? 2 : 3;
    };
    for (IptablesDumpTable &t : dump->tables)
        std::stable_sort(t.chains.begin(), t.chains.end(),
                         [&](const IptablesDumpChain &a, const IptablesDumpChain &b) {
                             const int ra = rank(a.name), rb = rank(b.name);
                             return ra != rb ? ra < rb : a.name < b.name;
                         });

    // orderByCommentServiceName: the comment up to the first space or ':'. A rule without a
    // comment compares as not-less (Go returns false), which a stable sort honours.
    const auto serviceName = [](const QString &rule, bool *hasComment) {
        if (!rule.contains(QLatin1String("--comment "))) {
            *hasComment = false;
            return QString();
        }
        *hasComment = true;
        const QString comment = iptablesRuleComment(rule);
        qsizetype cut = comment.size();
        for (qsizetype i = 0; i < comment.size(); ++i)
            if (comment.at(i) == u' ' || comment.at(i) == u':') {
                cut = i;
                break;
            }
        return comment.left(cut);
    };
    const auto byService = [&](const QString &a, const QString &b) {
        bool ca = false, cb = false;
        const QString na = serviceName(a, &ca), nb = serviceName(b, &cb);
        return ca && cb && na < nb;
    };
    const auto isLast = [](const QString &rule) {
        return iptablesRuleComment(rule).contains(QLatin1String("must be the last rule"));
    };
    for (const char *table : {"filter", "nat"}) {
        for (const QString &name : {nodePorts, services}) {
            IptablesDumpChain *chain = dump->chain(QLatin1String(table), name);
            if (!chain)
                continue;
            if (qstrcmp(table, "nat") == 0 && name == services)
                std::stable_sort(chain->rules.begin(), chain->rules.end(),
                                 [&](const QString &a, const QString &b) {
                                     if (isLast(a))
                                         return false;
                                     if (isLast(b))
                                         return true;
                                     return byService(a, b);
                                 });
            else
                std::stable_sort(chain->rules.begin(), chain->rules.end(), byService);
        }
    }
    return dump->toString();
}

} // namespace hopscope
