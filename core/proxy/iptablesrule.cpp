#include "core/proxy/iptablesrule.h"

namespace hopscope {

QString ruleTableName(RuleTable table)
{
    return table == RuleTable::Filter ? QStringLiteral("filter") : QStringLiteral("nat");
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
    case RuleRole::FlannelMasqReturn:
        return QStringLiteral("FlannelMasqReturn");
    case RuleRole::FlannelMasquerade:
        return QStringLiteral("FlannelMasquerade");
    case RuleRole::FlannelForwardAccept:
        return QStringLiteral("FlannelForwardAccept");
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
