#include "core/model/clustersettings.h"

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
