#include "core/proxy/nfttext.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace hopscope {

namespace {

QString hex(quint32 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString addressText(const QList<AddressMatch> &addresses)
{
    return addresses.isEmpty() ? QString() : addresses.first().text;
}

// knftables.Concat joins its words with single spaces: "{ a , b }".
QString anonymousSet(const QList<AddressMatch> &addresses)
{
    QStringList parts;
    for (const AddressMatch &a : addresses)
        parts << a.text;
    return QStringLiteral("{ ") + parts.join(QStringLiteral(" , ")) + QStringLiteral(" }");
}

QString matchText(const NftMatch &m)
{
    const QString neq = m.negated ? QStringLiteral("!= ") : QString();
    using K = NftMatch::Kind;
    switch (m.kind) {
    case K::Daddr:
        return QStringLiteral("ip daddr ") + neq + addressText(m.addresses);
    case K::Saddr:
        return QStringLiteral("ip saddr ") + neq + addressText(m.addresses);
    case K::DaddrRanges:
        return QStringLiteral("ip daddr ") + neq + anonymousSet(m.addresses);
    case K::SaddrRanges:
        return QStringLiteral("ip saddr ") + neq + anonymousSet(m.addresses);
    case K::DaddrInSet:
        return QStringLiteral("ip daddr ") + neq + u'@' + m.set;
    case K::SaddrInSet:
        return QStringLiteral("ip saddr ") + neq + u'@' + m.set;
    case K::CtStateNew:
        return QStringLiteral("ct state new");
    case K::FibSaddrLocal:
        return QStringLiteral("fib saddr type local");
    case K::FibDaddrLocal:
        return QStringLiteral("fib daddr type local");
    case K::MarkClear:
        return QStringLiteral("mark and ") + hex(m.mark) + QStringLiteral(" == 0");
    case K::L4Proto:
        return QStringLiteral("meta l4proto ") + ruleProtocolName(m.protocol);
    }
    return QString();
}

QString keyExpression(NftKey key)
{
    return key == NftKey::ProtoPort ? QStringLiteral("meta l4proto . th dport")
                                    : QStringLiteral("ip daddr . meta l4proto . th dport");
}

} // namespace

QString nftVerdictText(const NftVerdict &verdict)
{
    using K = NftVerdict::Kind;
    switch (verdict.kind) {
    case K::None:
        return QString();
    case K::Jump:
        return QStringLiteral("jump ") + verdict.chain;
    case K::Goto:
        return QStringLiteral("goto ") + verdict.chain;
    case K::Return:
        return QStringLiteral("return");
    case K::Accept:
        return QStringLiteral("accept");
    case K::Drop:
        return QStringLiteral("drop");
    case K::Reject:
        return QStringLiteral("reject");
    }
    return QString();
}

QString nftRuleBody(const NftRule &rule)
{
    QStringList words;
    for (const NftMatch &m : rule.matches)
        words << matchText(m);
    using S = NftRule::Statement;
    switch (rule.statement) {
    case S::Verdict:
        words << nftVerdictText(rule.verdict);
        break;
    case S::Vmap:
        words << keyExpression(rule.key) + QStringLiteral(" vmap @") + rule.set;
        break;
    case S::NumgenVmap: {
        QStringList entries;
        for (int i = 0; i < rule.endpointChains.size(); ++i)
            entries << QString::number(i) + QStringLiteral(" : goto ") + rule.endpointChains[i];
        words << QStringLiteral("numgen random mod ") +
                     QString::number(rule.endpointChains.size()) + QStringLiteral(" vmap { ") +
                     entries.join(QStringLiteral(" , ")) + QStringLiteral(" }");
        break;
    }
    case S::MarkOr:
        words << QStringLiteral("mark set mark or ") + hex(rule.mark);
        break;
    case S::MarkXor:
        words << QStringLiteral("mark set mark xor ") + hex(rule.mark);
        break;
    case S::Masquerade:
        words << QStringLiteral("masquerade fully-random");
        break;
    case S::Dnat:
        words << QStringLiteral("dnat to ") + rule.dnatText;
        break;
    case S::UpdateSet:
        words << QStringLiteral("update @") + rule.set + QStringLiteral(" { ip saddr }");
        break;
    }
    if (!rule.comment.isEmpty())
        words << QStringLiteral("comment ") + quoted(rule.comment);
    return words.join(u' ');
}

namespace {

QString prefix(const NftRuleset &r, const char *verb)
{
    return QStringLiteral("add ") + QLatin1String(verb) + u' ' + r.family + u' ' + r.table + u' ';
}

} // namespace

QString nftTableLine(const NftRuleset &r)
{
    QString line = QStringLiteral("add table ") + r.family + u' ' + r.table;
    if (!r.comment.isEmpty())
        line += QStringLiteral(" { comment ") + quoted(r.comment) + QStringLiteral(" ; }");
    return line;
}

QString nftChainLine(const NftRuleset &r, const NftChain &c)
{
    QString line = prefix(r, "chain") + c.name;
    QStringList attributes;
    if (c.isBase())
        attributes << QStringLiteral("type ") + c.type + QStringLiteral(" hook ") + c.hook +
                          QStringLiteral(" priority ") + QString::number(c.priority);
    if (!c.comment.isEmpty())
        attributes << QStringLiteral("comment ") + quoted(c.comment);
    if (!attributes.isEmpty())
        line +=
            QStringLiteral(" { ") + attributes.join(QStringLiteral(" ; ")) + QStringLiteral(" ; }");
    return line;
}

QString nftSetLine(const NftRuleset &r, const NftSet &s)
{
    QStringList attributes{QStringLiteral("type ") + s.type};
    if (!s.flags.isEmpty())
        attributes << QStringLiteral("flags ") + s.flags.join(u',');
    if (s.timeoutSeconds > 0)
        attributes << QStringLiteral("timeout ") + QString::number(s.timeoutSeconds) + u's';
    if (!s.comment.isEmpty())
        attributes << QStringLiteral("comment ") + quoted(s.comment);
    return prefix(r, s.map ? "map" : "set") + s.name + QStringLiteral(" { ") +
           attributes.join(QStringLiteral(" ; ")) + QStringLiteral(" ; }");
}

QString nftRuleLine(const NftRuleset &r, const NftRule &rule)
{
    return prefix(r, "rule") + rule.chain + u' ' + nftRuleBody(rule);
}

QString nftElementLine(const NftRuleset &r, const NftElement &e)
{
    QString line = prefix(r, "element") + e.set + QStringLiteral(" { ") + e.key;
    if (!e.comment.isEmpty())
        line += QStringLiteral(" comment ") + quoted(e.comment);
    if (e.value.kind != NftVerdict::Kind::None)
        line += QStringLiteral(" : ") + nftVerdictText(e.value);
    return line + QStringLiteral(" }");
}

QString nftablesDump(const NftRuleset &r)
{
    QString out = nftTableLine(r) + u'\n';
    QList<const NftChain *> chains;
    for (const NftChain &c : r.chains)
        chains << &c;
    std::sort(chains.begin(), chains.end(),
              [](const NftChain *a, const NftChain *b) { return a->name < b->name; });
    QList<const NftSet *> sets;
    for (const NftSet &s : r.sets)
        sets << &s;
    std::sort(sets.begin(), sets.end(),
              [](const NftSet *a, const NftSet *b) { return a->name < b->name; });
    for (const NftChain *c : std::as_const(chains))
        out += nftChainLine(r, *c) + u'\n';
    for (const NftSet *s : std::as_const(sets))
        out += nftSetLine(r, *s) + u'\n';
    for (const NftChain *c : std::as_const(chains))
        for (const NftRule *rule : r.chainRules(c->name))
            out += nftRuleLine(r, *rule) + u'\n';
    for (const NftElement &e : r.elements)
        out += nftElementLine(r, e) + u'\n';
    return out;
}

QString sortNftablesTransaction(const QString &text)
{
    // objectOrder (higher = earlier); any other word: 0.
    const auto rank = [](const QString &type) {
        static const QHash<QString, int> order{
            {QStringLiteral("table"), 10}, {QStringLiteral("chain"), 9},
            {QStringLiteral("rule"), 8},   {QStringLiteral("set"), 7},
            {QStringLiteral("map"), 6},    {QStringLiteral("element"), 5}};
        return order.value(type, 0);
    };
    struct Line
    {
        QString text;
        QString type;
        int rank = 0;
        QString name;
        bool fiveWords = false;
    };
    QList<Line> lines;
    for (const QString &line : text.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // strings.Split(line, " "): empty words count, as in Go.
        const QStringList words = line.split(u' ');
        Line l;
        l.text = line;
        l.fiveWords = words.size() >= 5;
        if (l.fiveWords) {
            l.type = words[1];
            l.rank = rank(l.type);
            l.name = words[4];
        }
        lines << l;
    }
    // The comparison exactly as upstream writes it (its `>=` included).
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (!a.fiveWords || !b.fiveWords)
            return false;
        if (a.type != b.type)
            return a.rank >= b.rank;
        if (a.name != b.name)
            return a.name < b.name;
        if (a.type == u"rule") // the order of rules within a chain matters
            return false;
        return a.text < b.text;
    });
    QStringList out;
    for (const Line &l : std::as_const(lines))
        out << l.text;
    return out.join(u'\n');
}

} // namespace hopscope
