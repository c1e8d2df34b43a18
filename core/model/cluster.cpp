#include "core/model/cluster.h"

namespace hopscope {

QString serviceTypeName(ServiceType t)
{
    switch (t) {
    case ServiceType::ClusterIP:
        return QStringLiteral("ClusterIP");
    case ServiceType::NodePort:
        return QStringLiteral("NodePort");
    case ServiceType::LoadBalancer:
        return QStringLiteral("LoadBalancer");
    case ServiceType::ExternalName:
        return QStringLiteral("ExternalName");
    }
    return QString();
}

QString nodeId(const QString &name) { return QStringLiteral("node/") + name; }
QString podId(const QString &ns, const QString &name)
{
    return QStringLiteral("pod/") + ns + u'/' + name;
}
QString serviceId(const QString &ns, const QString &name)
{
    return QStringLiteral("svc/") + ns + u'/' + name;
}

QString workloadId(const QString &kind, const QString &ns, const QString &name)
{
    return kind + u'/' + ns + u'/' + name;
}

QString ServiceInfo::typeName() const { return serviceTypeName(type); }

int ServiceInfo::totalEndpoints() const
{
    int n = 0;
    for (const auto &list : endpoints)
        n += int(list.size());
    return n;
}

void Cluster::reindex()
{
    m_nodeByKey.clear();
    m_nodeByIP.clear();
    m_podById.clear();
    m_podByIP.clear();
    m_serviceById.clear();
    for (int i = 0; i < nodes.size(); ++i) {
        m_nodeByKey.insert(nodes[i].id, i);
        m_nodeByKey.insert(nodes[i].name, i);
        if (!nodes[i].internalIP.isEmpty())
            m_nodeByIP.insert(nodes[i].internalIP, i);
    }
    m_podById.reserve(pods.size());
    m_podByIP.reserve(pods.size());
    for (int i = 0; i < pods.size(); ++i) {
        m_podById.insert(pods[i].id, i);
        if (!pods[i].ip.isEmpty() && !pods[i].hostNetwork)
            m_podByIP.insert(pods[i].ip, i);
    }
    for (int i = 0; i < services.size(); ++i)
        m_serviceById.insert(services[i].id, i);
}

const NodeInfo *Cluster::node(const QString &idOrName) const
{
    const auto it = m_nodeByKey.constFind(idOrName);
    return it == m_nodeByKey.cend() ? nullptr : &nodes[it.value()];
}

const NodeInfo *Cluster::nodeByIP(const QString &ip) const
{
    const auto it = m_nodeByIP.constFind(ip);
    return it == m_nodeByIP.cend() ? nullptr : &nodes[it.value()];
}

const PodInfo *Cluster::pod(const QString &id) const
{
    const auto it = m_podById.constFind(id);
    return it == m_podById.cend() ? nullptr : &pods[it.value()];
}

const PodInfo *Cluster::podByIP(const QString &ip) const
{
    const auto it = m_podByIP.constFind(ip);
    return it == m_podByIP.cend() ? nullptr : &pods[it.value()];
}

const ServiceInfo *Cluster::service(const QString &id) const
{
    const auto it = m_serviceById.constFind(id);
    return it == m_serviceById.cend() ? nullptr : &services[it.value()];
}

const ServiceInfo *Cluster::serviceByName(const QString &ns, const QString &name) const
{
    return service(serviceId(ns, name));
}

QList<const PodInfo *> Cluster::podsOnNode(const QString &nodeName) const
{
    QList<const PodInfo *> out;
    for (const PodInfo &p : pods)
        if (p.nodeName == nodeName)
            out << &p;
    return out;
}

const WorkloadInfo *Cluster::workload(const QString &id) const
{
    for (const WorkloadInfo &w : workloads)
        if (w.id == id)
            return &w;
    return nullptr;
}

bool operator==(const Cluster &a, const Cluster &b)
{
    return a.settings == b.settings && a.nodes == b.nodes && a.pods == b.pods &&
           a.services == b.services && a.namespaces == b.namespaces && a.clientIP == b.clientIP &&
           a.dnsIP == b.dnsIP && a.diagnostics == b.diagnostics && a.files == b.files &&
           a.workloads == b.workloads && a.generation == b.generation;
}

} // namespace hopscope
