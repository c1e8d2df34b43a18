#include "core/model/trace.h"

#include <QCoreApplication>

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

HopKind hopKind(const Hop &hop)
{
    if (hop.failure)
        return HopKind::Failure;
    switch (hop.action) {
    case HopAction::Dnat:
    case HopAction::UnDnat:
        return HopKind::Dnat;
    case HopAction::Snat:
    case HopAction::UnSnat:
        return HopKind::Snat;
    case HopAction::Encapsulate:
    case HopAction::Decapsulate:
        return HopKind::Vxlan;
    case HopAction::Deliver:
        return HopKind::Deliver;
    case HopAction::Reject:
    case HopAction::Drop:
    case HopAction::NoRoute:
    case HopAction::Refused:
        return HopKind::Failure;
    case HopAction::Send:
    case HopAction::DnsQuery:
    case HopAction::DnsAnswer:
    case HopAction::Route:
    case HopAction::Bridge:
    case HopAction::Forward:
        break;
    }
    return hop.reply ? HopKind::Reply : HopKind::SendRoute;
}

QString hopKindLabel(HopKind kind)
{
    const char *name = nullptr;
    switch (kind) {
    case HopKind::SendRoute:
        name = QT_TRANSLATE_NOOP("hopscope::HopKind", "send / route");
        break;
    case HopKind::Dnat:
        name = QT_TRANSLATE_NOOP("hopscope::HopKind", "DNAT / un-DNAT");
        break;
    case HopKind::Snat:
        name = QT_TRANSLATE_NOOP("hopscope::HopKind", "SNAT / un-SNAT");
        break;
    case HopKind::Vxlan:
        name = QT_TRANSLATE_NOOP("hopscope::HopKind", "VXLAN");
        break;
    case HopKind::Deliver:
        name = QT_TRANSLATE_NOOP("hopscope::HopKind", "deliver");
        break;
    case HopKind::Failure:
        name = QT_TRANSLATE_NOOP("hopscope::HopKind", "drop / reject / refused");
        break;
    case HopKind::Reply:
        name = QT_TRANSLATE_NOOP("hopscope::HopKind", "reply");
        break;
    }
    return QCoreApplication::translate("hopscope::HopKind", name);
}

QString Hop::actionLabel() const
{
    return hopActionLabel(action);
}

QString Hop::whereLabel() const
{
    const QString place = entity == u"client"
                              ? QCoreApplication::translate("hopscope::HopPlace", "client",
                                                            "the external client, as a place")
                              : entity;
    return interface.isEmpty() ? place : place + u' ' + interface;
}

QString hopActionLabel(HopAction a)
{
    const char *name = nullptr;
    switch (a) {
    case HopAction::Send:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "send");
        break;
    case HopAction::DnsQuery:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "DNS query");
        break;
    case HopAction::DnsAnswer:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "DNS answer");
        break;
    case HopAction::Route:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "route");
        break;
    case HopAction::Dnat:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "DNAT");
        break;
    case HopAction::Snat:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "SNAT");
        break;
    case HopAction::Encapsulate:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "VXLAN encapsulate");
        break;
    case HopAction::Decapsulate:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "VXLAN decapsulate");
        break;
    case HopAction::Bridge:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "bridge");
        break;
    case HopAction::Forward:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "forward");
        break;
    case HopAction::Deliver:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "deliver");
        break;
    case HopAction::UnDnat:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "un-DNAT");
        break;
    case HopAction::Reject:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "REJECT");
        break;
    case HopAction::Drop:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "DROP");
        break;
    case HopAction::NoRoute:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "no route");
        break;
    case HopAction::Refused:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "refused");
        break;
    case HopAction::UnSnat:
        name = QT_TRANSLATE_NOOP("hopscope::HopAction", "un-SNAT");
        break;
    }
    return name ? QCoreApplication::translate("hopscope::HopAction", name) : QString();
}

} // namespace hopscope
