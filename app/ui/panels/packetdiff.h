#pragma once

// The packet before and after a hop, field by field, for the hop-details pane: which fields a
// DNAT, SNAT, un-DNAT or VXLAN encapsulation changed.

#include "core/model/trace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hopscope::app {

struct PacketField
{
    QString key;  // stable: "srcIP", "srcPort", "dstIP", "dstPort", "protocol", "outerSrcIP",
                  // "outerDstIP", "outerDstPort", "vni", "masqMark"
    QString name; // translated, for the pane
    QString before;
    QString after;
    bool changed() const { return before != after; }
};

class PacketDiff
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::PacketDiff)
public:
    // Every field, in reading order; the VXLAN outer header only when either side has one.
    static QList<PacketField> fields(const PacketHeader &before, const PacketHeader &after);
    static QStringList changedKeys(const PacketHeader &before, const PacketHeader &after);
};

} // namespace hopscope::app
