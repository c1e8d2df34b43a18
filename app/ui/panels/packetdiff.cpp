#include "ui/panels/packetdiff.h"

namespace hopscope::app {

namespace {
QString port(int p)
{
    return p > 0 ? QString::number(p) : QStringLiteral("—");
}
QString text(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}
} // namespace

QList<PacketField> PacketDiff::fields(const PacketHeader &b, const PacketHeader &a)
{
    QList<PacketField> out;
    if (b.encapsulated || a.encapsulated) {
        auto outer = [](const PacketHeader &h, const QString &v) {
            return h.encapsulated ? v : QStringLiteral("—");
        };
        out << PacketField{QStringLiteral("outerSrcIP"), tr("VXLAN outer source"),
                           outer(b, b.outerSrcIP), outer(a, a.outerSrcIP)};
        out << PacketField{QStringLiteral("outerDstIP"), tr("VXLAN outer destination"),
                           outer(b, b.outerDstIP), outer(a, a.outerDstIP)};
        out << PacketField{QStringLiteral("outerDstPort"), tr("VXLAN UDP port"),
                           outer(b, port(b.outerDstPort)), outer(a, port(a.outerDstPort))};
        out << PacketField{QStringLiteral("vni"), tr("VNI"), outer(b, QString::number(b.vni)),
                           outer(a, QString::number(a.vni))};
    }
    out << PacketField{QStringLiteral("srcIP"), tr("Source IP"), text(b.srcIP), text(a.srcIP)};
    out << PacketField{QStringLiteral("srcPort"), tr("Source port"), port(b.srcPort),
                       port(a.srcPort)};
    out << PacketField{QStringLiteral("dstIP"), tr("Destination IP"), text(b.dstIP), text(a.dstIP)};
    out << PacketField{QStringLiteral("dstPort"), tr("Destination port"), port(b.dstPort),
                       port(a.dstPort)};
    out << PacketField{QStringLiteral("protocol"), tr("Protocol"), b.protocol, a.protocol};
    auto mark = [](bool m) { return m ? QStringLiteral("0x4000") : QStringLiteral("—"); };
    out << PacketField{QStringLiteral("masqMark"), tr("Masquerade mark"), mark(b.masqMark),
                       mark(a.masqMark)};
    return out;
}

QStringList PacketDiff::changedKeys(const PacketHeader &before, const PacketHeader &after)
{
    QStringList keys;
    for (const PacketField &f : fields(before, after))
        if (f.changed())
            keys << f.key;
    return keys;
}

} // namespace hopscope::app
