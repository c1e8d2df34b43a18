#include "core/model/clustersettings.h"

#include "core/base/ipv4.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace hopscope {

namespace {

bool isIPv4Cidr(const QString &text)
{
    const auto parsed = QHostAddress::parseSubnet(text);
    return parsed.first.protocol() == QAbstractSocket::IPv4Protocol && text.contains(u'/');
}

Diagnostic settingError(const QString &message)
{
    return Diagnostic::make(Severity::Error, "bad-setting", SourceLocation{}, message);
}

} // namespace

QString ClusterSettings::nodePortRange() const
{
    return QStringLiteral("%1-%2").arg(nodePortMin).arg(nodePortMax);
}

bool ClusterSettings::setNodePortRange(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'-');
    if (parts.size() != 2)
        return false;
    bool okA = false, okB = false;
    const int a = parts[0].toInt(&okA);
    const int b = parts[1].toInt(&okB);
    if (!okA || !okB || a < 1 || b > 65535 || a > b)
        return false;
    nodePortMin = a;
    nodePortMax = b;
    return true;
}

QStringList ClusterSettings::optionNames()
{
    return {QStringLiteral("masquerade-all"),      QStringLiteral("nodeport-addresses"),
            QStringLiteral("iptables-localhost-nodeports"), QStringLiteral("detect-local-mode"),
            QStringLiteral("proxy-mode"),           QStringLiteral("load-balancer-target"),
            QStringLiteral("external-ip-node")};
}

QString ClusterSettings::proxyModeName() const
{
    return proxyMode == ProxyMode::Nftables ? QStringLiteral("nftables")
                                            : QStringLiteral("iptables");
}

QString ClusterSettings::detectLocalModeName() const
{
    switch (detectLocalMode) {
    case DetectLocalMode::NodeCIDR:
        return QStringLiteral("NodeCIDR");
    case DetectLocalMode::None:
        return QStringLiteral("None");
    default:
        return QStringLiteral("ClusterCIDR");
    }
}

namespace {

// Go's strconv.ParseBool, as kube-proxy's boolean flags read their value.
bool parseFlagBool(const QString &text, bool *value)
{
    static const QStringList yes = {"1", "t", "T", "TRUE", "true", "True"};
    static const QStringList no = {"0", "f", "F", "FALSE", "false", "False"};
    const QString t = text.trimmed();
    if (t.isEmpty() || yes.contains(t))
        *value = true; // a bare flag means true
    else if (no.contains(t))
        *value = false;
    else
        return false;
    return true;
}

} // namespace

bool ClusterSettings::setOption(const QString &flag, const QString &value)
{
    if (flag == u"masquerade-all")
        return parseFlagBool(value, &masqueradeAll);
    if (flag == u"iptables-localhost-nodeports")
        return parseFlagBool(value, &localhostNodePorts);
    if (flag == u"nodeport-addresses") {
        QStringList cidrs;
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString cidr = part.trimmed();
            quint32 network = 0;
            int prefix = 0;
            if (cidr == u"primary") { // kube-proxy: the node's primary IP(s)
                cidrs << cidr;
                continue;
            }
            if (!cidr.contains(u'/') || !parseIPv4Cidr(cidr, &network, &prefix))
                return false;
            cidrs << cidr;
        }
        nodePortAddresses = cidrs;
        return true;
    }
    if (flag == u"detect-local-mode") {
        const QString mode = value.trimmed();
        if (mode.compare(u"ClusterCIDR", Qt::CaseInsensitive) == 0 || mode.isEmpty())
            detectLocalMode = DetectLocalMode::ClusterCIDR;
        else if (mode.compare(u"NodeCIDR", Qt::CaseInsensitive) == 0)
            detectLocalMode = DetectLocalMode::NodeCIDR;
        else if (mode.compare(u"None", Qt::CaseInsensitive) == 0)
            detectLocalMode = DetectLocalMode::None;
        else
            return false;
        return true;
    }
    if (flag == u"proxy-mode") {
        // kube-proxy's --proxy-mode; "ipvs" (deprecated) and "kernelspace" are not modelled.
        const QString mode = value.trimmed().toLower();
        if (mode == u"iptables" || mode.isEmpty())
            proxyMode = ProxyMode::Iptables;
        else if (mode == u"nftables")
            proxyMode = ProxyMode::Nftables;
        else
            return false;
        return true;
    }
    if (flag == u"load-balancer-target") {
        const QString target = value.trimmed().toLower();
        if (target == u"vip")
            loadBalancerTarget = LoadBalancerTarget::Vip;
        else if (target == u"node-port" || target == u"nodeport")
            loadBalancerTarget = LoadBalancerTarget::NodePort;
        else
            return false;
        return true;
    }
    if (flag == u"external-ip-node") {
        externalIPNode = value.trimmed();
        return true;
    }
    return false;
}

QList<QPair<QString, QString>> ClusterSettings::changedOptions() const
{
    const ClusterSettings d;
    QList<QPair<QString, QString>> out;
    if (masqueradeAll != d.masqueradeAll)
        out.append({QStringLiteral("masquerade-all"), QStringLiteral("true")});
    if (nodePortAddresses != d.nodePortAddresses)
        out.append({QStringLiteral("nodeport-addresses"), nodePortAddresses.join(u',')});
    if (localhostNodePorts != d.localhostNodePorts)
        out.append({QStringLiteral("iptables-localhost-nodeports"),
                    localhostNodePorts ? QStringLiteral("true") : QStringLiteral("false")});
    if (detectLocalMode != d.detectLocalMode)
        out.append({QStringLiteral("detect-local-mode"), detectLocalModeName()});
    if (proxyMode != d.proxyMode)
        out.append({QStringLiteral("proxy-mode"), proxyModeName()});
    if (loadBalancerTarget != d.loadBalancerTarget)
        out.append({QStringLiteral("load-balancer-target"), QStringLiteral("node-port")});
    if (externalIPNode != d.externalIPNode)
        out.append({QStringLiteral("external-ip-node"), externalIPNode});
    return out;
}

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Settings)
};

} // namespace

Diagnostics ClusterSettings::validate() const
{
    Diagnostics out;
    if (!isIPv4Cidr(clusterCidr))
        out << settingError(
            Tr::tr("--cluster-cidr: \"%1\" is not an IPv4 CIDR such as 10.244.0.0/16")
                .arg(clusterCidr));
    if (!isIPv4Cidr(serviceCidr))
        out << settingError(
            Tr::tr("--service-cluster-ip-range: \"%1\" is not an IPv4 CIDR such as 10.96.0.0/12")
                .arg(serviceCidr));
    if (nodeCount < 1 || nodeCount > 5000)
        out << settingError(Tr::tr("--nodes: %1 is not between 1 and 5000").arg(nodeCount));
    if (nodePortMin < 1 || nodePortMax > 65535 || nodePortMin > nodePortMax)
        out << settingError(
            Tr::tr("--service-node-port-range: %1 is not a range such as 30000-32767")
                .arg(nodePortRange()));
    if (!isIPv4Cidr(loadBalancerPool))
        out << settingError(
            Tr::tr("load-balancer pool \"%1\" is not an IPv4 CIDR").arg(loadBalancerPool));
    const auto cluster = QHostAddress::parseSubnet(clusterCidr);
    if (isIPv4Cidr(clusterCidr) && (cluster.second > nodeCidrMaskSize || nodeCidrMaskSize > 30))
        out << settingError(Tr::tr("--cluster-cidr %1 is too small for /%2 node pod networks")
                                .arg(clusterCidr)
                                .arg(nodeCidrMaskSize));
    return out;
}

} // namespace hopscope
