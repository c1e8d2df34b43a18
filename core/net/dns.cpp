#include "core/net/dns.h"

#include "core/base/ipv4.h"

#include <algorithm>

namespace hopscope {

namespace {

constexpr int kNdots = 5; // kubelet writes "options ndots:5"
constexpr int kTtl = 30;  // kubeadm's Corefile: kubernetes plugin "ttl 30"

bool endpointIsAnswered(const ServiceInfo &s, const EndpointInfo &e)
{
    return e.ready || s.publishNotReadyAddresses;
}

} // namespace

ClusterDns::ClusterDns(const Cluster &cluster) : m_cluster(&cluster)
{
    m_domain = cluster.settings.clusterDomain.isEmpty() ? QStringLiteral("cluster.local")
                                                        : cluster.settings.clusterDomain;
    m_domain = m_domain.toLower();
    m_dnsIP = cluster.dnsIP;
    m_services.reserve(cluster.services.size());
    for (int i = 0; i < cluster.services.size(); ++i) {
        const ServiceInfo &s = cluster.services[i];
        const QString fqdn = (s.name + u'.' + s.ns + QLatin1String(".svc.") + m_domain).toLower();
        m_services.insert(fqdn, i);
        if (s.ns == u"kube-system" && s.name == u"kube-dns") {
            m_dnsService = &s;
            if (m_dnsIP.isEmpty())
                m_dnsIP = s.clusterIP;
        }
        if (!s.isHeadless())
            continue;
        for (const QList<EndpointInfo> &list : s.endpoints)
            for (const EndpointInfo &e : list)
                if (!e.hostname.isEmpty() && endpointIsAnswered(s, e))
                    m_hostnames.insert((e.hostname + u'.' + fqdn).toLower(), {i, e.ip});
    }
}

QStringList ClusterDns::searchPath(const QString &ns) const
{
    return {ns + QLatin1String(".svc.") + m_domain, QLatin1String("svc.") + m_domain, m_domain};
}

QString ClusterDns::resolvConf(const QString &ns) const
{
    return QLatin1String("search ") + searchPath(ns).join(u' ') + QLatin1String("\nnameserver ") +
           m_dnsIP + QLatin1String("\noptions ndots:") + QString::number(kNdots);
}

bool ClusterDns::isName(const QString &host)
{
    return !host.isEmpty() && !parseIPv4(host, nullptr);
}

bool ClusterDns::lookup(const QString &fqdn, DnsResult *result) const
{
    const auto record = [&](const QString &type, const QString &value) {
        result->records << QStringLiteral("%1. %2 IN %3 %4").arg(fqdn).arg(kTtl).arg(type, value);
    };
    if (const auto it = m_services.constFind(fqdn); it != m_services.cend()) {
        const ServiceInfo &s = m_cluster->services[it.value()];
        result->service = &s;
        result->fqdn = fqdn;
        if (s.type == ServiceType::ExternalName) {
            result->kind = DnsResult::Kind::Alias;
            result->cname = s.externalName;
            record(QStringLiteral("CNAME"), s.externalName + u'.');
            return true;
        }
        if (s.isHeadless()) {
            QStringList ips;
            for (const QList<EndpointInfo> &list : s.endpoints)
                for (const EndpointInfo &e : list)
                    if (endpointIsAnswered(s, e) && !e.ip.isEmpty() && !ips.contains(e.ip))
                        ips << e.ip;
            std::sort(ips.begin(), ips.end(), [](const QString &a, const QString &b) {
                quint32 x = 0, y = 0;
                parseIPv4(a, &x);
                parseIPv4(b, &y);
                return x < y;
            });
            result->addresses = ips;
            result->kind = ips.isEmpty() ? DnsResult::Kind::NoAddresses : DnsResult::Kind::Headless;
            for (const QString &ip : ips)
                record(QStringLiteral("A"), ip);
            return true;
        }
        result->kind = DnsResult::Kind::ClusterIP;
        result->addresses = {s.clusterIP};
        record(QStringLiteral("A"), s.clusterIP);
        return true;
    }
    if (const auto it = m_hostnames.constFind(fqdn); it != m_hostnames.cend()) {
        result->service = &m_cluster->services[it.value().first];
        result->fqdn = fqdn;
        result->kind = DnsResult::Kind::PodHostname;
        result->addresses = {it.value().second};
        record(QStringLiteral("A"), it.value().second);
        return true;
    }
    return false;
}

DnsResult ClusterDns::resolve(const QString &name, const QString &ns) const
{
    DnsResult result;
    result.query = name;
    QString host = name.toLower();
    const bool absolute = host.endsWith(u'.');
    if (absolute)
        host.chop(1);
    QStringList candidates;
    const QStringList search = searchPath(ns);
    if (absolute) {
        candidates << host;
    } else if (host.count(u'.') < kNdots) {
        for (const QString &domain : search)
            candidates << host + u'.' + domain;
        candidates << host;
    } else {
        candidates << host;
        for (const QString &domain : search)
            candidates << host + u'.' + domain;
    }
    for (const QString &fqdn : candidates) {
        result.tried << fqdn;
        if (lookup(fqdn, &result))
            return result;
    }
    result.kind = DnsResult::Kind::NotFound;
    return result;
}

} // namespace hopscope
