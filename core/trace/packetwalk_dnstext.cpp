// PacketWalk's text pass for the DNS hops the tracer records before a connection to a Service
// name: who asks whom, and what CoreDNS answers (or why nobody does).

#include "core/trace/packetwalk.h"

#include "core/base/ipv4.h"
#include "core/net/dns.h"

#include <QCoreApplication>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Tracer)
};

} // namespace

QString PacketWalk::dnsText(const HopFacts &f, const Hop &hop) const
{
    switch (f.why) {
    case HopWhy::DnsOutside: {
        const QString who =
            f.host == HostKind::Client
                ? (hop.entity == u"client" ? Tr::tr("The client")
                                           : Tr::tr("The outside host %1").arg(formatIPv4(f.address)))
                : (f.pod ? Tr::tr("Pod %1 (hostNetwork)").arg(f.pod->name) : f.node->name);
        return Tr::tr("%1 does not use the cluster DNS: its /etc/resolv.conf points to the "
                      "DNS server of its own network (%2 here), which knows nothing of "
                      "*.svc.%3 names. A Service name resolves only inside pods.")
                   .arg(who, ip(f.packet.dst), m_ctx.cluster().settings.clusterDomain) +
               u' ' +
               (f.host == HostKind::Client
                    ? Tr::tr("From outside, use a node IP with the node port, or the "
                             "load-balancer IP.")
                    : Tr::tr("Use the ClusterIP instead: the node's own rules catch it."));
    }
    case HopWhy::DnsNoCluster:
        return Tr::tr("This cluster has no kube-dns Service: nobody answers the name.");
    case HopWhy::DnsQuery:
        return Tr::tr("Pod %1 must turn \"%2\" into an address first. Its /etc/resolv.conf names "
                      "kube-dns (%3) as the nameserver, with the search path of namespace %4, "
                      "so it asks for %5.")
            .arg(f.pod->name, f.name, m_ctx.dns().dnsIP(), f.pod->ns,
                 f.dns->tried.join(Tr::tr(", then ", "joins the names a resolver tries")));
    default:
        break;
    }
    const DnsResult &result = *f.dns;
    const QString svcName = result.service ? result.service->name : QString();
    switch (result.kind) {
    case DnsResult::Kind::NotFound:
        return Tr::tr("CoreDNS knows none of these names (NXDOMAIN): there is no Service "
                      "\"%1\" where the search path looks. A Service in another namespace "
                      "needs NAME.NAMESPACE.")
            .arg(f.name);
    case DnsResult::Kind::NoAddresses:
        return Tr::tr("%1 is a headless Service (clusterIP: None), and none of its pods is "
                      "ready: CoreDNS has no address to give.")
            .arg(result.fqdn);
    case DnsResult::Kind::Alias:
        return Tr::tr("%1 is an ExternalName Service: CoreDNS answers with a CNAME to %2, "
                      "a name outside the cluster. The pod's resolver asks the upstream DNS "
                      "for it next, and the connection leaves the cluster: no kube-proxy "
                      "rule is involved, and Hopscope follows it no further.")
            .arg(result.fqdn, result.cname);
    case DnsResult::Kind::ClusterIP:
        return Tr::tr("CoreDNS answers: %1 is %2, the ClusterIP of Service %3. The pod "
                      "connects to that virtual address; the rules of its node do the "
                      "rest.")
            .arg(result.fqdn, result.addresses.value(0), svcName);
    case DnsResult::Kind::PodHostname:
        return Tr::tr("CoreDNS answers: %1 is the pod address %2 (a hostname record of "
                      "headless Service %3).")
            .arg(result.fqdn, result.addresses.value(0), svcName);
    case DnsResult::Kind::Headless:
        return Tr::tr("%1 is a headless Service (clusterIP: None): CoreDNS answers with the "
                      "addresses of its ready pods (%2), and the client takes %3. No "
                      "ClusterIP, no kube-proxy rule: the connection goes straight to the "
                      "pod.")
            .arg(result.fqdn, result.addresses.join(QLatin1String(", ")), f.name);
    }
    return QString();
}

} // namespace hopscope
