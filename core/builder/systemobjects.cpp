#include "core/builder/systemobjects.h"

#include "core/api/servicedefaults.h"

namespace hopscope {

namespace {

ContainerPort containerPort(const char *name, int port, const char *protocol)
{
    return ContainerPort{QString::fromLatin1(name), port, QString::fromLatin1(protocol), 0};
}

ServicePortSpec servicePort(const char *name, int port, const char *protocol)
{
    ServicePortSpec p;
    p.name = QString::fromLatin1(name);
    p.port = port;
    p.protocol = QString::fromLatin1(protocol);
    p.targetPort = IntOrString::fromInt(port);
    return p;
}

bool hasService(const ManifestSet &m, const QString &ns, const QString &name)
{
    for (const ServiceObject &s : m.services)
        if (s.meta.name == name && effectiveNamespace(s.meta) == ns)
            return true;
    return false;
}

bool hasDeployment(const ManifestSet &m, const QString &ns, const QString &name)
{
    for (const WorkloadObject &w : m.workloads)
        if (w.kind == WorkloadKind::Deployment && w.meta.name == name &&
            effectiveNamespace(w.meta) == ns)
            return true;
    return false;
}

} // namespace

bool SystemObjects::wanted(const ManifestSet &manifests, ClusterSettings::SystemObjects mode)
{
    switch (mode) {
    case ClusterSettings::SystemObjects::Always:
        return true;
    case ClusterSettings::SystemObjects::Never:
        return false;
    case ClusterSettings::SystemObjects::Auto:
        break;
    }
    return manifests.endpoints.isEmpty() && manifests.endpointSlices.isEmpty();
}

QString SystemObjects::serviceAddress(const Ipv4Cidr &cidr, int n)
{
    if (quint64(n) + 1 >= cidr.size())
        return QString();
    return formatIPv4(cidr.network + quint32(n));
}

SystemObjects SystemObjects::make(const ManifestSet &manifests, const Ipv4Cidr &serviceCidr)
{
    SystemObjects out;
    const QString kubeSystem = QStringLiteral("kube-system");
    const Labels dnsLabels{{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")}};

    if (!hasService(manifests, QStringLiteral("default"), QStringLiteral("kubernetes"))) {
        ServiceObject s;
        s.meta.kind = QStringLiteral("Service");
        s.meta.apiVersion = QStringLiteral("v1");
        s.meta.name = QStringLiteral("kubernetes");
        s.meta.ns = QStringLiteral("default");
        s.meta.labels = {{QStringLiteral("component"), QStringLiteral("apiserver")},
                         {QStringLiteral("provider"), QStringLiteral("kubernetes")}};
        s.type = QStringLiteral("ClusterIP");
        s.clusterIP = serviceAddress(serviceCidr, 1);
        ServicePortSpec https = servicePort("https", 443, "TCP");
        https.targetPort = IntOrString::fromInt(kApiServerPort);
        s.ports << https;
        s.portsPresent = true;
        out.kubernetesService = s;
    }

    if (!hasService(manifests, kubeSystem, QStringLiteral("kube-dns"))) {
        ServiceObject s;
        s.meta.kind = QStringLiteral("Service");
        s.meta.apiVersion = QStringLiteral("v1");
        s.meta.name = QStringLiteral("kube-dns");
        s.meta.ns = kubeSystem;
        s.meta.labels = {{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")},
                         {QStringLiteral("kubernetes.io/cluster-service"), QStringLiteral("true")},
                         {QStringLiteral("kubernetes.io/name"), QStringLiteral("CoreDNS")}};
        s.type = QStringLiteral("ClusterIP");
        s.clusterIP = serviceAddress(serviceCidr, 10);
        s.ports << servicePort("dns", 53, "UDP") << servicePort("dns-tcp", 53, "TCP")
                << servicePort("metrics", 9153, "TCP");
        s.portsPresent = true;
        s.selector = dnsLabels;
        s.selectorPresent = true;
        out.dnsService = s;
    }

    if (!hasDeployment(manifests, kubeSystem, QStringLiteral("coredns"))) {
        WorkloadObject w;
        w.kind = WorkloadKind::Deployment;
        w.meta.kind = QStringLiteral("Deployment");
        w.meta.apiVersion = QStringLiteral("apps/v1");
        w.meta.name = QStringLiteral("coredns");
        w.meta.ns = kubeSystem;
        w.meta.labels = dnsLabels;
        w.replicas = 2;
        w.replicasSet = true;
        w.selector.present = true;
        w.selector.matchLabels = dnsLabels;
        w.podTemplate.labels = dnsLabels;
        Container c;
        c.name = QStringLiteral("coredns");
        c.image = QStringLiteral("registry.k8s.io/coredns/coredns:v1.11.1");
        c.ports << containerPort("dns", 53, "UDP") << containerPort("dns-tcp", 53, "TCP")
                << containerPort("metrics", 9153, "TCP");
        w.podTemplate.spec.containers << c;
        w.podTemplate.spec.tolerations
            << Toleration{QStringLiteral("CriticalAddonsOnly"), QStringLiteral("Exists"), {}, {}}
            << Toleration{QStringLiteral("node-role.kubernetes.io/control-plane"),
                          {},
                          {},
                          QStringLiteral("NoSchedule")};
        out.coreDns = w;
    }
    return out;
}

} // namespace hopscope
