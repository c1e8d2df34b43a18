#include "trace.h"

namespace hopscope {

QString PacketHeader::toString() const
{
    QString inner = QStringLiteral("%1:%2 → %3:%4 %5")
                        .arg(srcIP)
                        .arg(srcPort)
                        .arg(dstIP)
                        .arg(dstPort)
                        .arg(protocol);
    if (!encapsulated)
        return inner;
    return QStringLiteral("[VXLAN %1 → %2 UDP %3 VNI %4] %5")
        .arg(outerSrcIP, outerDstIP)
        .arg(outerDstPort)
        .arg(vni)
        .arg(inner);
}

QString hopActionName(HopAction a)
{
    switch (a) {
    case HopAction::Send:
        return QStringLiteral("send");
    case HopAction::DnsQuery:
        return QStringLiteral("DNS query");
    case HopAction::DnsAnswer:
        return QStringLiteral("DNS answer");
    case HopAction::Route:
        return QStringLiteral("route");
    case HopAction::Dnat:
        return QStringLiteral("DNAT");
    case HopAction::Snat:
        return QStringLiteral("SNAT");
    case HopAction::Encapsulate:
        return QStringLiteral("VXLAN encapsulate");
    case HopAction::Decapsulate:
        return QStringLiteral("VXLAN decapsulate");
    case HopAction::Bridge:
        return QStringLiteral("bridge");
    case HopAction::Forward:
        return QStringLiteral("forward");
    case HopAction::Deliver:
        return QStringLiteral("deliver");
    case HopAction::UnDnat:
        return QStringLiteral("un-DNAT");
    case HopAction::Reject:
        return QStringLiteral("REJECT");
    case HopAction::Drop:
        return QStringLiteral("DROP");
    case HopAction::NoRoute:
        return QStringLiteral("no route");
    case HopAction::Refused:
        return QStringLiteral("refused");
    case HopAction::UnSnat:
        return QStringLiteral("un-SNAT");
    }
    return QString();
}

QString Hop::actionName() const { return hopActionName(action); }

} // namespace hopscope
