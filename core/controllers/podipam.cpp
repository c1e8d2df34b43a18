#include "core/controllers/podipam.h"

namespace hopscope {

PodIpam::PodIpam(const QList<NodeInfo> &nodes)
{
    for (const NodeInfo &node : nodes) {
        Range r;
        if (const auto cidr = Ipv4Cidr::parse(node.podCIDR); cidr && cidr->size() >= 4) {
            r.cidr = *cidr;
            r.first = cidr->network + 1;
            r.last = cidr->last() - 1;
            r.gateway = r.first; // isDefaultGateway: the bridge takes .1
            r.cursor = r.first;
            r.valid = true;
            // Resume after the last reserved address, as host-local does.
            const auto last = parseIPv4(node.lastReservedIP);
            if (last && *last >= r.first && *last <= r.last)
                r.cursor = *last + 1 > r.last ? r.first : *last + 1;
        }
        r.lastReserved = node.lastReservedIP;
        m_ranges << r;
        m_byName.insert(node.name, int(m_ranges.size() - 1));
    }
    for (const NodeInfo &node : nodes)
        m_rangeOf << m_byName.value(node.name);
}

PodIpam::Range *PodIpam::range(const QString &nodeName)
{
    const auto it = m_byName.constFind(nodeName);
    return it == m_byName.cend() ? nullptr : &m_ranges[it.value()];
}

const PodIpam::Range *PodIpam::range(const QString &nodeName) const
{
    const auto it = m_byName.constFind(nodeName);
    return it == m_byName.cend() ? nullptr : &m_ranges[it.value()];
}

bool PodIpam::reserve(const QString &nodeName, const QString &ip)
{
    Range *r = range(nodeName);
    const auto address = parseIPv4(ip);
    if (!r || !address)
        return false;
    r->used.insert(*address);
    return true;
}

std::optional<QString> PodIpam::allocate(const QString &nodeName)
{
    Range *r = range(nodeName);
    return r ? allocateIn(*r) : std::nullopt;
}

std::optional<QString> PodIpam::allocate(int node)
{
    if (node < 0 || node >= m_rangeOf.size())
        return std::nullopt;
    return allocateIn(m_ranges[m_rangeOf[node]]);
}

std::optional<QString> PodIpam::allocateIn(Range &r)
{
    if (!r.valid)
        return std::nullopt;
    const quint32 count = r.last - r.first + 1;
    for (quint32 n = 0; n < count; ++n) {
        const quint32 candidate = r.first + (r.cursor - r.first + n) % count;
        if (candidate == r.gateway || r.used.contains(candidate))
            continue;
        r.used.insert(candidate);
        r.cursor = candidate + 1 > r.last ? r.first : candidate + 1;
        r.lastReserved = formatIPv4(candidate);
        return r.lastReserved;
    }
    return std::nullopt;
}

QString PodIpam::rangeText(const QString &nodeName) const
{
    const Range *r = range(nodeName);
    if (!r || !r->valid)
        return QString();
    return formatIPv4(r->first) + u'-' + formatIPv4(r->last);
}

QString PodIpam::lastReserved(const QString &nodeName) const
{
    const Range *r = range(nodeName);
    return r ? r->lastReserved : QString();
}

} // namespace hopscope
