#pragma once

// Cluster DNS as a pod sees it (CoreDNS's kubernetes plugin behind the kube-dns Service):
//   <svc>.<ns>.svc.<domain>             A the ClusterIP; headless: A per ready endpoint;
//                                       ExternalName: CNAME <externalName>
//   <hostname>.<svc>.<ns>.svc.<domain>  A of that endpoint (StatefulSet pods of a headless
//                                       Service)
// and the pod's resolver (dnsPolicy ClusterFirst): resolv.conf with
//   search <ns>.svc.<domain> svc.<domain> <domain>
//   nameserver <kube-dns ClusterIP>
//   options ndots:5
// so a name with fewer than 5 dots is tried with each search domain first, then as given.
// Nodes, hostNetwork pods and the client do not use cluster DNS.

#include "core/model/cluster.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hopscope {

struct DnsResult
{
    enum class Kind {
        ClusterIP,   // A record: the Service's ClusterIP
        Headless,    // A records: the ready endpoints' pod IPs (no kube-proxy rules)
        Alias,       // CNAME: an ExternalName Service (outside the cluster)
        PodHostname, // A record of one endpoint of a headless Service (<host>.<svc>…)
        NoAddresses, // the name exists (headless) but has no ready endpoint
        NotFound,    // NXDOMAIN for every name tried
    };
    Kind kind = Kind::NotFound;
    QString query;     // as asked
    QString fqdn;      // the name that answered, without the final dot
    QStringList tried; // the names the resolver asked, in order
    const ServiceInfo *service = nullptr;
    QStringList addresses; // A records, sorted (Headless: several)
    QString cname;         // Alias
    QStringList records;   // "web.default.svc.cluster.local. 30 IN A 10.96.0.20"
};

class ClusterDns final
{
public:
    explicit ClusterDns(const Cluster &cluster); // the Cluster must outlive it

    QStringList searchPath(const QString &ns) const;
    QString resolvConf(const QString &ns) const; // the three lines, joined by "\n"
    DnsResult resolve(const QString &name, const QString &ns) const;
    QString dnsIP() const { return m_dnsIP; }
    const ServiceInfo *dnsService() const { return m_dnsService; }

    // True when `host` is a name rather than an IPv4 address.
    static bool isName(const QString &host);

private:
    bool lookup(const QString &fqdn, DnsResult *result) const;

    const Cluster *m_cluster;
    QString m_domain;
    QString m_dnsIP;
    const ServiceInfo *m_dnsService = nullptr;
    QHash<QString, int> m_services;                  // "<svc>.<ns>.svc.<domain>" → service index
    QHash<QString, QPair<int, QString>> m_hostnames; // "<host>.<svc>…" → (service, ip)
};

} // namespace hopscope
