#include "iptablesrule.h"

namespace hopscope {

QString ruleTableName(RuleTable table)
{
    return table == RuleTable::Filter ? QStringLiteral("filter") : QStringLiteral("nat");
}

QString ruleProtocolName(RuleProtocol protocol)
{
    switch (protocol) {
    case RuleProtocol::Tcp:
        return QStringLiteral("tcp");
    case RuleProtocol::Udp:
        return QStringLiteral("udp");
    case RuleProtocol::Sctp:
        return QStringLiteral("sctp");
    case RuleProtocol::Any:
        break;
    }
    return QString();
}

RuleProtocol ruleProtocolFromName(const QString &name)
{
    if (name.compare(u"tcp", Qt::CaseInsensitive) == 0)
        return RuleProtocol::Tcp;
    if (name.compare(u"udp", Qt::CaseInsensitive) == 0)
        return RuleProtocol::Udp;
    if (name.compare(u"sctp", Qt::CaseInsensitive) == 0)
        return RuleProtocol::Sctp;
    return RuleProtocol::Any;
}

bool isKnownRuleProtocol(const QString &name)
{
    return ruleProtocolFromName(name) != RuleProtocol::Any;
}

bool parseIPv4(const QString &text, quint32 *address)
{
    quint32 result = 0;
    int parts = 0;
    int value = -1;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            value = (value < 0 ? 0 : value * 10) + (c.unicode() - u'0');
            if (value > 255)
                return false;
        } else if (c == u'.') {
            if (value < 0 || parts == 3)
                return false;
            result = (result << 8) | quint32(value);
            ++parts;
            value = -1;
        } else {
            return false;
        }
    }
    if (value < 0 || parts != 3)
        return false;
    if (address)
        *address = (result << 8) | quint32(value);
    return true;
}

QString ipv4ToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

quint32 ipv4PrefixMask(int prefix)
{
    if (prefix <= 0)
        return 0;
    if (prefix >= 32)
        return 0xffffffffu;
    return ~((quint32(1) << (32 - prefix)) - 1);
}

bool parseIPv4Cidr(const QString &text, quint32 *network, int *prefix)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    quint32 ip = 0;
    int bits = 32;
    if (slash < 0) {
        if (!parseIPv4(trimmed, &ip))
            return false;
    } else {
        if (!parseIPv4(trimmed.left(slash), &ip))
            return false;
        const QString len = trimmed.mid(slash + 1);
        bool ok = false;
        bits = len.toInt(&ok);
        if (!ok || len.isEmpty() || !len.front().isDigit() || bits < 0 || bits > 32)
            return false;
    }
    if (network)
        *network = ip & ipv4PrefixMask(bits);
    if (prefix)
        *prefix = bits;
    return true;
}

AddressMatch AddressMatch::address(quint32 ip, const QString &text, bool negated)
{
    AddressMatch m;
    m.set = true;
    m.negated = negated;
    m.network = ip;
    m.prefix = 32;
    m.text = text;
    return m;
}

AddressMatch AddressMatch::cidr(quint32 network, int prefix, const QString &text, bool negated)
{
    AddressMatch m;
    m.set = true;
    m.negated = negated;
    m.prefix = quint8(prefix);
    m.network = network & ipv4PrefixMask(prefix);
    m.text = text;
    return m;
}

bool RuleTarget::isVerdict() const
{
    switch (kind) {
    case TargetKind::Accept:
    case TargetKind::Drop:
    case TargetKind::Reject:
    case TargetKind::Dnat:
    case TargetKind::Masquerade:
        return true;
    default:
        return false;
    }
}

QString ruleRoleName(RuleRole role)
{
    switch (role) {
    case RuleRole::PostroutingReturn:
        return QStringLiteral("PostroutingReturn");
    case RuleRole::PostroutingClearMark:
        return QStringLiteral("PostroutingClearMark");
    case RuleRole::PostroutingMasquerade:
        return QStringLiteral("PostroutingMasquerade");
    case RuleRole::MarkForMasquerade:
        return QStringLiteral("MarkForMasquerade");
    case RuleRole::NodePortsJump:
        return QStringLiteral("NodePortsJump");
    case RuleRole::LocalnetBlock:
        return QStringLiteral("LocalnetBlock");
    case RuleRole::ForwardDropInvalid:
        return QStringLiteral("ForwardDropInvalid");
    case RuleRole::ForwardAcceptMarked:
        return QStringLiteral("ForwardAcceptMarked");
    case RuleRole::ForwardAcceptEstablished:
        return QStringLiteral("ForwardAcceptEstablished");
    case RuleRole::EntryJump:
        return QStringLiteral("EntryJump");
    case RuleRole::ClusterIPCapture:
        return QStringLiteral("ClusterIPCapture");
    case RuleRole::ExternalIPCapture:
        return QStringLiteral("ExternalIPCapture");
    case RuleRole::LoadBalancerCapture:
        return QStringLiteral("LoadBalancerCapture");
    case RuleRole::NodePortLocalhostCapture:
        return QStringLiteral("NodePortLocalhostCapture");
    case RuleRole::NodePortCapture:
        return QStringLiteral("NodePortCapture");
    case RuleRole::NoEndpointsReject:
        return QStringLiteral("NoEndpointsReject");
    case RuleRole::NoLocalEndpointsDrop:
        return QStringLiteral("NoLocalEndpointsDrop");
    case RuleRole::LoadBalancerSourceDrop:
        return QStringLiteral("LoadBalancerSourceDrop");
    case RuleRole::HealthCheckAccept:
        return QStringLiteral("HealthCheckAccept");
    case RuleRole::ServiceMasquerade:
        return QStringLiteral("ServiceMasquerade");
    case RuleRole::ExternalMasquerade:
        return QStringLiteral("ExternalMasquerade");
    case RuleRole::ExternalPodShortCircuit:
        return QStringLiteral("ExternalPodShortCircuit");
    case RuleRole::ExternalLocalMasquerade:
        return QStringLiteral("ExternalLocalMasquerade");
    case RuleRole::ExternalLocalShortCircuit:
        return QStringLiteral("ExternalLocalShortCircuit");
    case RuleRole::ExternalToPolicy:
        return QStringLiteral("ExternalToPolicy");
    case RuleRole::FirewallAllow:
        return QStringLiteral("FirewallAllow");
    case RuleRole::FirewallAllowNode:
        return QStringLiteral("FirewallAllowNode");
    case RuleRole::FirewallFallthrough:
        return QStringLiteral("FirewallFallthrough");
    case RuleRole::AffinityCheck:
        return QStringLiteral("AffinityCheck");
    case RuleRole::EndpointSelect:
        return QStringLiteral("EndpointSelect");
    case RuleRole::EndpointHairpin:
        return QStringLiteral("EndpointHairpin");
    case RuleRole::EndpointDnat:
        return QStringLiteral("EndpointDnat");
    }
    return QString();
}

RuleMatch IptablesRule::match(const RulePacket &packet, const RuleMatchContext &context) const
{
    if (protocol != RuleProtocol::Any && packet.protocol != protocol)
        return RuleMatch::NoMatch;
    if (!source.test(packet.src) || !destination.test(packet.dst))
        return RuleMatch::NoMatch;
    if (dport != 0 && packet.dstPort != dport)
        return RuleMatch::NoMatch;
    const auto isLocal = [&context](quint32 address) {
        return context.isLocalAddress && context.isLocalAddress(address);
    };
    if (srcType == AddrType::Local && !isLocal(packet.src))
        return RuleMatch::NoMatch;
    if (dstType == AddrType::Local && !isLocal(packet.dst))
        return RuleMatch::NoMatch;
    if (!mark.test(packet.mark) || !conntrack.test(packet.ctstate))
        return RuleMatch::NoMatch;
    if (recent.mode == RecentMode::Check &&
        !(context.recentHit && context.recentHit(recent.name, packet.src, recent.seconds)))
        return RuleMatch::NoMatch;
    return statistic.set ? RuleMatch::MatchIfRandom : RuleMatch::Match;
}

} // namespace hopscope
