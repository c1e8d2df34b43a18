#pragma once

// Pod IP addresses per node, as the host-local IPAM plugin under flannel hands them out
// (reference A4): from the node's podCIDR, gateway .1 (cni0) skipped, so the first pod gets .2,
// then .3, … in the order pods are started; addresses already used by pods of a dump are skipped.
// Round robin: each allocation starts after the node's last reserved address
// (NodeInfo::lastReservedIP), so an address freed by a deleted pod is not handed out again until
// the range has been run through.

#include "core/model/cluster.h"
#include "core/base/ipv4.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace hopscope {

class PodIpam
{
public:
    explicit PodIpam(const QList<NodeInfo> &nodes);

    // An address in use on the node (a dump's pod). False if the node is unknown.
    bool reserve(const QString &nodeName, const QString &ip);
    // The next free address on the node; nullopt when its range is full (or it has no podCIDR).
    std::optional<QString> allocate(const QString &nodeName);
    // The same by the node's index in the list given to the constructor.
    std::optional<QString> allocate(int node);
    // host-local's RangeSet text for the node: "10.244.0.1-10.244.0.254".
    QString rangeText(const QString &nodeName) const;
    // The last address allocate() gave out on the node (last_reserved_ip), or the node's
    // lastReservedIP when nothing was allocated since.
    QString lastReserved(const QString &nodeName) const;

private:
    struct Range
    {
        Ipv4Cidr cidr;
        quint32 gateway = 0;
        quint32 first = 0; // RangeStart: network + 1
        quint32 last = 0;  // RangeEnd: broadcast - 1
        quint32 cursor = 0;
        QString lastReserved;
        QSet<quint32> used;
        bool valid = false;
    };
    std::optional<QString> allocateIn(Range &range);
    Range *range(const QString &nodeName);
    const Range *range(const QString &nodeName) const;

    QList<Range> m_ranges;        // in the nodes' order
    QHash<QString, int> m_byName; // node name → index (the last node of a name)
    QList<int> m_rangeOf;         // node index → the range its name looks up
};

} // namespace hopscope
