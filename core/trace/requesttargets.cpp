#include "core/trace/requesttargets.h"

#include <QCoreApplication>

namespace hopscope {

namespace {

// lupdate files TargetsTr::tr() texts under the context they are looked up in at run time.
class TargetsTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::RequestTargets)
};

QString hostPort(const QString &host, int port)
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

void serviceTargets(const Cluster &c, const ServiceInfo &s, const QString &from,
                    QList<RequestTarget> *out)
{
    const bool fromPod = from.startsWith(u"pod/") ||
                         (!from.startsWith(u"node/") && from != u"client" && !from.isEmpty());
    const bool fromClient = from == u"client";
    const QString domain = c.settings.clusterDomain.isEmpty() ? QStringLiteral("cluster.local")
                                                              : c.settings.clusterDomain;
    QList<RequestTarget> dns, vip, node, lb, ext;
    for (const ServicePortInfo &p : s.ports) {
        const QString proto = p.protocol == u"TCP" || p.protocol.isEmpty()
                                  ? QString()
                                  : QStringLiteral("/") + p.protocol;
        dns << RequestTarget{
            RequestTarget::Kind::DnsName,
            hostPort(QStringLiteral("%1.%2.svc.%3").arg(s.name, s.ns, domain), p.port), s.id,
            QString(),
            TargetsTr::tr("%1 · DNS name, port %2%3").arg(s.name).arg(p.port).arg(proto)};
        if (s.ns == u"default" || fromPod)
            dns << RequestTarget{
                RequestTarget::Kind::ShortName, hostPort(s.name, p.port), s.id, QString(),
                TargetsTr::tr("%1 · short name, port %2%3").arg(s.name).arg(p.port).arg(proto)};
        if (!s.clusterIP.isEmpty() && !s.isHeadless())
            vip << RequestTarget{RequestTarget::Kind::ClusterIP, hostPort(s.clusterIP, p.port),
                                 s.id, QString(),
                                 TargetsTr::tr("%1 · ClusterIP %2%3")
                                     .arg(s.name, hostPort(s.clusterIP, p.port), proto)};
        if (p.nodePort > 0)
            for (const NodeInfo &n : c.nodes)
                node << RequestTarget{
                    RequestTarget::Kind::NodePort, hostPort(n.internalIP, p.nodePort), s.id, n.id,
                    TargetsTr::tr("%1 · %2 node port %3%4")
                        .arg(s.name, n.name, hostPort(n.internalIP, p.nodePort), proto)};
        if (s.type == ServiceType::LoadBalancer)
            for (const QString &ip : s.loadBalancerIPs)
                lb << RequestTarget{RequestTarget::Kind::LoadBalancer, hostPort(ip, p.port), s.id,
                                    QString(),
                                    TargetsTr::tr("%1 · load balancer %2%3")
                                        .arg(s.name, hostPort(ip, p.port), proto)};
        for (const QString &ip : s.externalIPs)
            ext << RequestTarget{
                RequestTarget::Kind::ExternalIP, hostPort(ip, p.port), s.id, QString(),
                TargetsTr::tr("%1 · external IP %2%3").arg(s.name, hostPort(ip, p.port), proto)};
    }
    if (fromClient)
        *out << node << lb << ext << vip;
    else if (fromPod)
        *out << dns << vip << node << lb << ext;
    else
        *out << vip << node << lb << ext;
}

} // namespace

bool isRequestSource(const Cluster &cluster, const QString &id)
{
    if (id == u"client")
        return true;
    if (id.startsWith(u"node/"))
        return cluster.node(id) != nullptr;
    if (id.startsWith(u"pod/")) {
        const PodInfo *p = cluster.pod(id);
        return p && !p->ip.isEmpty();
    }
    return false;
}

QList<RequestTarget> requestTargets(const Cluster &cluster, const QString &entity,
                                    const QString &from)
{
    QList<RequestTarget> out;
    if (const ServiceInfo *s = cluster.service(entity)) {
        serviceTargets(cluster, *s, from, &out);
    } else if (const PodInfo *p = cluster.pod(entity)) {
        if (p->ip.isEmpty())
            return out;
        for (const PodPort &port : p->ports)
            out << RequestTarget{RequestTarget::Kind::PodIP, hostPort(p->ip, port.port), QString(),
                                 QString(),
                                 TargetsTr::tr("pod %1 · %2/%3")
                                     .arg(p->name, hostPort(p->ip, port.port), port.protocol)};
        if (out.isEmpty())
            out << RequestTarget{RequestTarget::Kind::PodIP, p->ip, QString(), QString(),
                                 TargetsTr::tr("pod %1 · %2").arg(p->name, p->ip)};
    } else if (const NodeInfo *n = cluster.node(entity)) {
        for (const ServiceInfo &s : cluster.services)
            for (const ServicePortInfo &p : s.ports)
                if (p.nodePort > 0)
                    out << RequestTarget{
                        RequestTarget::Kind::NodePort, hostPort(n->internalIP, p.nodePort), s.id,
                        n->id,
                        TargetsTr::tr("%1 · %2 node port %3")
                            .arg(s.name, n->name, hostPort(n->internalIP, p.nodePort))};
    }
    return out;
}

} // namespace hopscope
