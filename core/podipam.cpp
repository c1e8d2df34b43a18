#include "podipam.h"

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
        m_ranges.insert(node.name, r);
    }
}

bool PodIpam::reserve(const QString &nodeName, const QString &ip)
{
    const auto it = m_ranges.find(nodeName);
    const auto address = parseIPv4(ip);
    if (it == m_ranges.end() || !address)
        return false;
    it->used.insert(*address);
    return true;
}

std::optional<QString> PodIpam::allocate(const QString &nodeName)
{
    const auto it = m_ranges.find(nodeName);
    if (it == m_ranges.end() || !it->valid)
        return std::nullopt;
    Range &r = *it;
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
    const auto it = m_ranges.constFind(nodeName);
    if (it == m_ranges.cend() || !it->valid)
        return QString();
    return formatIPv4(it->first) + u'-' + formatIPv4(it->last);
}

QString PodIpam::lastReserved(const QString &nodeName) const
{
    const auto it = m_ranges.constFind(nodeName);
    return it == m_ranges.cend() ? QString() : it->lastReserved;
}

} // namespace hopscope
