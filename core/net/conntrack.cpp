#include "core/net/conntrack.h"

namespace hopscope {

namespace {

QString tupleText(const ConnTuple &t)
{
    return QLatin1String("src=") + formatIPv4(t.src) + QLatin1String(" dst=") +
           formatIPv4(t.dst) + QLatin1String(" sport=") + QString::number(t.sport) +
           QLatin1String(" dport=") + QString::number(t.dport);
}

} // namespace

QString ConntrackEntry::text() const
{
    QString head;
    switch (original.protocol) {
    case RuleProtocol::Udp:
        head = QStringLiteral("udp 17");
        break;
    case RuleProtocol::Sctp:
        head = QStringLiteral("sctp 132 ESTABLISHED");
        break;
    default:
        head = QStringLiteral("tcp 6 ESTABLISHED");
        break;
    }
    return head + u' ' + tupleText(original) + u' ' + tupleText(reply) +
           QLatin1String(" [ASSURED]");
}

int ConntrackTable::open(const QString &place, const ConnTuple &original)
{
    ConntrackEntry e;
    e.place = place;
    e.original = original;
    e.reply = original.inverted();
    m_entries << e;
    return int(m_entries.size()) - 1;
}

void ConntrackTable::complete(int entry, const ConnTuple &sent)
{
    if (entry < 0 || entry >= m_entries.size())
        return;
    m_entries[entry].reply = sent.inverted();
    m_entries[entry].complete = true;
}

int ConntrackTable::find(const QString &place, const ConnTuple &packet, Direction *direction) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const ConntrackEntry &e = m_entries[i];
        // The tuples first: cheaper to compare than the place's name.
        const bool original = e.original == packet;
        if (!original && !(e.complete && e.reply == packet))
            continue;
        if (e.place != place)
            continue;
        *direction = original ? Direction::Original : Direction::Reply;
        return i;
    }
    *direction = Direction::None;
    return -1;
}

} // namespace hopscope
