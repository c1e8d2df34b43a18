#include "scene/scenetext.h"

#include "core/model/serviceendpoints.h"

#include <QStringList>

namespace hopscope::app {

namespace {

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &key, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html(key), html(value));
}

QString table(const QString &title, const QString &rows)
{
    return QStringLiteral("<p style='white-space:pre'><b>%1</b></p><table>%2</table>")
        .arg(html(title), rows);
}

} // namespace

QString SceneText::podPorts(const PodInfo &pod)
{
    QStringList parts;
    for (const PodPort &p : pod.ports)
        parts << QStringLiteral("%1/%2").arg(p.port).arg(
            p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol);
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

QString SceneText::servicePort(const ServicePortInfo &port)
{
    // The field names are Kubernetes' own and stay untranslated, as in a manifest.
    QString protocol;
    if (!port.protocol.isEmpty() && port.protocol != u"TCP")
        protocol = u'/' + port.protocol;
    QString text;
    if (port.nodePort > 0)
        text += QStringLiteral("nodePort %1 → ").arg(port.nodePort);
    text += QStringLiteral("port %1%2 → targetPort %3")
                .arg(port.port)
                .arg(protocol, port.targetPort.toString());
    return text;
}

QString SceneText::servicePorts(const ServiceInfo &service)
{
    if (service.ports.size() == 1)
        return servicePort(service.ports.first());
    if (service.ports.isEmpty())
        return QString();
    // Several ports: the field names once, then each mapping compactly.
    bool nodePorts = false;
    for (const ServicePortInfo &p : service.ports)
        nodePorts |= p.nodePort > 0;
    QStringList parts;
    for (const ServicePortInfo &p : service.ports) {
        QString part;
        if (nodePorts)
            part += (p.nodePort > 0 ? QString::number(p.nodePort) : QStringLiteral("-")) + u'→';
        part += QString::number(p.port) + u'→' + p.targetPort.toString();
        if (!p.protocol.isEmpty() && p.protocol != u"TCP")
            part += u'/' + p.protocol;
        parts << part;
    }
    return (nodePorts ? QStringLiteral("nodePort→port→targetPort ")
                      : QStringLiteral("port→targetPort ")) +
           parts.join(QStringLiteral(", "));
}

QString SceneText::serviceAddress(const ServiceInfo &service)
{
    if (service.type == ServiceType::ExternalName)
        return tr("CNAME %1").arg(service.externalName);
    if (service.isHeadless())
        return tr("None (headless)");
    return service.clusterIP;
}

QString SceneText::loadBalancerAddress(const ServiceInfo &service)
{
    QString address;
    if (!service.loadBalancerIPs.isEmpty())
        address = service.loadBalancerIPs.first();
    else if (!service.loadBalancerHostnames.isEmpty())
        address = service.loadBalancerHostnames.first();
    if (address.isEmpty() || service.loadBalancerPending)
        return QStringLiteral("<pending>"); // kubectl's own word
    if (service.ports.isEmpty())
        return address;
    return address + u':' + QString::number(service.ports.first().port);
}

QString SceneText::endpointCount(const ServiceInfo &service)
{
    QStringList addresses;
    for (const auto &list : service.endpoints)
        for (const EndpointInfo &e : usableEndpoints(list))
            addresses << e.ip;
    addresses.removeDuplicates();
    if (addresses.isEmpty())
        return tr("no endpoints");
    return tr("%n endpoint(s)", nullptr, int(addresses.size()));
}

QString SceneText::labelList(const hopscope::Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(QStringLiteral(", "));
}

QString SceneText::nodeTooltip(const NodeInfo &node, int podCount)
{
    QString rows = row(tr("eth0 (InternalIP)"), node.internalIP);
    if (!node.externalIP.isEmpty())
        rows += row(tr("ExternalIP"), node.externalIP);
    rows += row(tr("Pod network"), node.podCIDR) + row(QStringLiteral("cni0"), node.bridgeIP) +
            row(QStringLiteral("flannel.1"), node.vtepIP) +
            row(tr("Pods"), QString::number(podCount));
    if (!node.labels.isEmpty())
        rows += row(tr("Labels"), labelList(node.labels));
    if (!node.ready)
        rows += row(tr("Status"), QStringLiteral("NotReady"));
    if (node.unschedulable)
        rows += row(tr("Scheduling"), QStringLiteral("SchedulingDisabled"));
    return table(tr("Node %1").arg(node.name), rows);
}

QString SceneText::podTooltip(const PodInfo &pod)
{
    QString rows = row(tr("Namespace"), pod.ns) +
                   row(tr("IP"), pod.ip.isEmpty() ? tr("none yet (Pending)") : pod.ip) +
                   row(tr("Node"), pod.nodeName.isEmpty() ? tr("none (Pending)") : pod.nodeName);
    if (!pod.ports.isEmpty())
        rows += row(tr("Container ports"), podPorts(pod));
    if (!pod.ownerKind.isEmpty())
        rows += row(tr("Owner"), pod.ownerKind + u'/' + pod.ownerName);
    if (!pod.labels.isEmpty())
        rows += row(tr("Labels"), labelList(pod.labels));
    if (pod.hostNetwork)
        rows += row(tr("Network"), QStringLiteral("hostNetwork"));
    if (pod.system)
        rows += row(tr("Added by"), tr("Hopscope (a system pod of the cluster)"));
    return table(tr("Pod %1").arg(pod.name), rows);
}

QString SceneText::serviceTooltip(const ServiceInfo &service)
{
    QString rows = row(tr("Namespace"), service.ns) + row(tr("Type"), service.typeName()) +
                   row(tr("Address"), serviceAddress(service));
    for (const ServicePortInfo &p : service.ports)
        rows += row(p.name.isEmpty() ? tr("Port") : tr("Port %1").arg(p.name), servicePort(p));
    if (service.type == ServiceType::LoadBalancer)
        rows += row(tr("Load balancer"), loadBalancerAddress(service));
    if (service.hasSelector)
        rows += row(tr("Selector"), labelList(service.selector));
    QStringList endpoints;
    for (const auto &list : service.endpoints)
        for (const EndpointInfo &e : usableEndpoints(list))
            endpoints << QStringLiteral("%1:%2").arg(e.ip).arg(e.port);
    endpoints.removeDuplicates();
    rows += row(tr("Endpoints"), endpoints.isEmpty() ? tr("none") : endpoints.join(u", "));
    return table(tr("Service %1").arg(service.name), rows);
}

} // namespace hopscope::app
