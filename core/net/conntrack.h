#pragma once

// Connection tracking as the tracer needs it: every place a request crosses (a node, the cloud
// load balancer) records the connection in its own table the first time it sees it (NEW), with
// the tuple as it arrived and, once the place is done with the packet, the tuple a reply must
// carry. A later packet that matches an entry is ESTABLISHED there: the nat table is not walked
// again, the recorded translation is applied (DNAT/SNAT forwards, un-DNAT/un-SNAT backwards).
// Per request: a trace starts with empty tables.

#include "core/base/ipv4.h"

#include <QList>
#include <QString>

namespace hopscope {

struct ConnTuple
{
    quint32 src = 0;
    quint16 sport = 0;
    quint32 dst = 0;
    quint16 dport = 0;
    RuleProtocol protocol = RuleProtocol::Tcp;
    friend bool operator==(const ConnTuple &, const ConnTuple &) = default;
    ConnTuple inverted() const { return {dst, dport, src, sport, protocol}; }
};

struct ConntrackEntry
{
    QString place;         // "node/<name>" or "lb/<ns>/<svc>"
    ConnTuple original;    // as the first packet arrived
    ConnTuple reply;       // what the answer carries (source = where the request went)
    bool complete = false; // the reply tuple is known (the place is done with the request)

    bool dnat() const { return reply.src != original.dst || reply.sport != original.dport; }
    bool snat() const { return reply.dst != original.src || reply.dport != original.sport; }
    // `conntrack -L` style: "tcp 6 ESTABLISHED src=… dst=… sport=… dport=… src=… … [ASSURED]"
    QString text() const;
};

class ConntrackTable final
{
public:
    enum class Direction { None, Original, Reply };

    ConntrackTable() { m_entries.reserve(8); } // a walk opens a few: one allocation

    // Records a NEW connection at a place; returns its index.
    int open(const QString &place, const ConnTuple &original);
    // The place forwarded (or delivered) the request as `sent`: the reply tuple is its inverse.
    void complete(int entry, const ConnTuple &sent);
    // The entry of `place` that `packet` belongs to, and in which direction; -1 if none.
    int find(const QString &place, const ConnTuple &packet, Direction *direction) const;
    const ConntrackEntry &at(int entry) const { return m_entries[entry]; }
    void clear() { m_entries.clear(); }

private:
    QList<ConntrackEntry> m_entries;
};

} // namespace hopscope
