#include "core/proxy/rulebuilder.h"

#include "core/proxy/chainnames.h"

namespace hopscope {

RuleBuilder::RuleBuilder(RuleTable table, const QString &chain, RuleRole role)
{
    m_rule.table = table;
    m_rule.chain = chain;
    m_rule.role = role;
    m_rule.text.reserve(160);
    m_rule.text += QLatin1String("-A ") + chain;
}

RuleBuilder &RuleBuilder::service(const QString &serviceId, const QString &portName,
                                  const QString &servicePortName)
{
    m_rule.serviceId = serviceId;
    m_rule.portName = portName;
    m_rule.servicePortName = servicePortName;
    return *this;
}

RuleBuilder &RuleBuilder::endpoint(const QString &endpoint)
{
    m_rule.endpoint = endpoint;
    return *this;
}

RuleBuilder &RuleBuilder::comment(const QString &text)
{
    m_rule.comment = text;
    m_rule.text += QLatin1String(" -m comment --comment ");
    if (text.contains(u' '))
        m_rule.text += u'"' + text + u'"';
    else
        m_rule.text += text;
    return *this;
}

RuleBuilder &RuleBuilder::protocol(RuleProtocol protocol)
{
    m_rule.protocol = protocol;
    const QString name = ruleProtocolName(protocol);
    m_rule.text += QLatin1String(" -m ") + name + QLatin1String(" -p ") + name;
    return *this;
}

RuleBuilder &RuleBuilder::source(const AddressMatch &match)
{
    m_rule.source = match;
    m_rule.text += match.negated ? QLatin1String(" ! -s ") : QLatin1String(" -s ");
    m_rule.text += match.text;
    return *this;
}

RuleBuilder &RuleBuilder::destination(const AddressMatch &match)
{
    m_rule.destination = match;
    m_rule.text += match.negated ? QLatin1String(" ! -d ") : QLatin1String(" -d ");
    m_rule.text += match.text;
    return *this;
}

RuleBuilder &RuleBuilder::dport(int port)
{
    m_rule.dport = quint16(port);
    m_rule.text += QLatin1String(" --dport ") + QString::number(port);
    return *this;
}

RuleBuilder &RuleBuilder::srcTypeLocal()
{
    m_rule.srcType = AddrType::Local;
    m_rule.text += QLatin1String(" -m addrtype --src-type LOCAL");
    return *this;
}

RuleBuilder &RuleBuilder::dstTypeLocal()
{
    m_rule.dstType = AddrType::Local;
    m_rule.text += QLatin1String(" -m addrtype --dst-type LOCAL");
    return *this;
}

RuleBuilder &RuleBuilder::nfacct(const QString &counter)
{
    m_rule.nfacct = counter;
    m_rule.text += QLatin1String(" -m nfacct --nfacct-name ") + counter;
    return *this;
}

RuleBuilder &RuleBuilder::mark(const QString &maskText, quint32 value, quint32 mask, bool negated)
{
    m_rule.mark.set = true;
    m_rule.mark.value = value;
    m_rule.mark.mask = mask;
    m_rule.mark.negated = negated;
    m_rule.text +=
        negated ? QLatin1String(" -m mark ! --mark ") : QLatin1String(" -m mark --mark ");
    m_rule.text += maskText;
    return *this;
}

RuleBuilder &RuleBuilder::conntrack(quint8 states, const QString &statesText, bool negated)
{
    m_rule.conntrack.states = states;
    m_rule.conntrack.negated = negated;
    m_rule.text += negated ? QLatin1String(" -m conntrack ! --ctstate ")
                           : QLatin1String(" -m conntrack --ctstate ");
    m_rule.text += statesText;
    return *this;
}

RuleBuilder &RuleBuilder::statistic(int n)
{
    m_rule.statistic.set = true;
    m_rule.statistic.probability = 1.0 / double(n);
    m_rule.statistic.text = computeProbability(n);
    m_rule.text +=
        QLatin1String(" -m statistic --mode random --probability ") + m_rule.statistic.text;
    return *this;
}

RuleBuilder &RuleBuilder::recentCheck(const QString &name, int seconds)
{
    m_rule.recent.mode = RecentMode::Check;
    m_rule.recent.name = name;
    m_rule.recent.seconds = seconds;
    m_rule.recent.reap = true;
    m_rule.text += QLatin1String(" -m recent --name ") + name +
                   QLatin1String(" --rcheck --seconds ") + QString::number(seconds) +
                   QLatin1String(" --reap");
    return *this;
}

RuleBuilder &RuleBuilder::recentSet(const QString &name)
{
    m_rule.recent.mode = RecentMode::Set;
    m_rule.recent.name = name;
    m_rule.text += QLatin1String(" -m recent --name ") + name + QLatin1String(" --set");
    return *this;
}

IptablesRule RuleBuilder::finish()
{
    m_rule.text.squeeze();
    return std::move(m_rule);
}

IptablesRule RuleBuilder::jump(const QString &chain)
{
    m_rule.target.kind = TargetKind::Jump;
    m_rule.target.chain = chain;
    m_rule.text += QLatin1String(" -j ") + chain;
    return finish();
}

IptablesRule RuleBuilder::accept()
{
    m_rule.target.kind = TargetKind::Accept;
    m_rule.text += QLatin1String(" -j ACCEPT");
    return finish();
}

IptablesRule RuleBuilder::drop()
{
    m_rule.target.kind = TargetKind::Drop;
    m_rule.text += QLatin1String(" -j DROP");
    return finish();
}

IptablesRule RuleBuilder::reject()
{
    m_rule.target.kind = TargetKind::Reject;
    m_rule.text += QLatin1String(" -j REJECT");
    return finish();
}

IptablesRule RuleBuilder::returnTarget()
{
    m_rule.target.kind = TargetKind::Return;
    m_rule.text += QLatin1String(" -j RETURN");
    return finish();
}

IptablesRule RuleBuilder::dnat(quint32 ip, int port, const QString &text)
{
    m_rule.target.kind = TargetKind::Dnat;
    m_rule.target.dnatIP = ip;
    m_rule.target.dnatPort = quint16(port);
    m_rule.target.dnatText = text;
    m_rule.text += QLatin1String(" -j DNAT --to-destination ") + text;
    return finish();
}

IptablesRule RuleBuilder::markOr(const QString &valueText, quint32 value)
{
    m_rule.target.kind = TargetKind::Mark;
    m_rule.target.markOp = MarkOp::Or;
    m_rule.target.markValue = value;
    m_rule.text += QLatin1String(" -j MARK --or-mark ") + valueText;
    return finish();
}

IptablesRule RuleBuilder::markXor(const QString &valueText, quint32 value)
{
    m_rule.target.kind = TargetKind::Mark;
    m_rule.target.markOp = MarkOp::Xor;
    m_rule.target.markValue = value;
    m_rule.text += QLatin1String(" -j MARK --xor-mark ") + valueText;
    return finish();
}

IptablesRule RuleBuilder::masquerade(bool randomFully)
{
    m_rule.target.kind = TargetKind::Masquerade;
    m_rule.target.randomFully = randomFully;
    m_rule.text += QLatin1String(" -j MASQUERADE");
    if (randomFully)
        m_rule.text += QLatin1String(" --random-fully");
    return finish();
}

IptablesRule RuleBuilder::noTarget()
{
    m_rule.target.kind = TargetKind::None;
    return finish();
}

} // namespace hopscope
