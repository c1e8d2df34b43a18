#include "common/commandline.h"

#include <QCoreApplication>

#include <cstdio>

namespace hopscope::app {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

} // namespace

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void addClusterOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("nodes"),
         Tr::tr("Nodes of the default cluster (when the manifests hold no Node objects)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("cluster-cidr"),
                      Tr::tr("Pod network (default 10.244.0.0/16)."), QStringLiteral("CIDR")});
    parser.addOption({QStringLiteral("service-cluster-ip-range"),
                      Tr::tr("Service ClusterIP range (default 10.96.0.0/12)."),
                      QStringLiteral("CIDR")});
    parser.addOption({QStringLiteral("service-node-port-range"),
                      Tr::tr("NodePort range (default 30000-32767)."), QStringLiteral("A-B")});
    // kube-proxy's own flags, as it names them, and where Hopscope's cloud sends traffic.
    parser.addOption({QStringLiteral("masquerade-all"),
                      Tr::tr("kube-proxy: SNAT all traffic sent to Service IPs (true or false)."),
                      QStringLiteral("BOOL")});
    parser.addOption({QStringLiteral("nodeport-addresses"),
                      Tr::tr("kube-proxy: node addresses (CIDRs, comma-separated) on which node "
                             "ports open (default: every local address)."),
                      QStringLiteral("CIDRS")});
    parser.addOption({QStringLiteral("iptables-localhost-nodeports"),
                      Tr::tr("kube-proxy: node ports answer on 127.0.0.1 too (default true)."),
                      QStringLiteral("BOOL")});
    parser.addOption({QStringLiteral("detect-local-mode"),
                      Tr::tr("kube-proxy: how pod traffic is told apart: ClusterCIDR (default), "
                             "NodeCIDR or None."),
                      QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("load-balancer-target"),
                      Tr::tr("Where cloud load balancers send: vip (default: to a node, still "
                             "addressed to the LB IP) or node-port (NodeIP:NodePort)."),
                      QStringLiteral("TARGET")});
    parser.addOption({QStringLiteral("external-ip-node"),
                      Tr::tr("The node the LAN routes external IPs to (default: the first node)."),
                      QStringLiteral("NODE")});
    parser.addOption({QStringLiteral("lang"), Tr::tr("Language of the output: ko or en."),
                      QStringLiteral("LANG")});
}

bool clusterSettingsFromParser(const QCommandLineParser &parser, ClusterSettings *settings)
{
    if (parser.isSet(QStringLiteral("nodes"))) {
        bool ok = false;
        settings->nodeCount = parser.value(QStringLiteral("nodes")).toInt(&ok);
        if (!ok) {
            err(Tr::tr("hopscope: --nodes needs a number\n"));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("cluster-cidr")))
        settings->clusterCidr = parser.value(QStringLiteral("cluster-cidr"));
    if (parser.isSet(QStringLiteral("service-cluster-ip-range")))
        settings->serviceCidr = parser.value(QStringLiteral("service-cluster-ip-range"));
    if (parser.isSet(QStringLiteral("service-node-port-range")) &&
        !settings->setNodePortRange(parser.value(QStringLiteral("service-node-port-range")))) {
        err(Tr::tr(
                "hopscope: --service-node-port-range: \"%1\" is not a range such as 30000-32767\n")
                .arg(parser.value(QStringLiteral("service-node-port-range"))));
        return false;
    }
    for (const QString &flag : ClusterSettings::optionNames()) {
        if (!parser.isSet(flag))
            continue;
        if (!settings->setOption(flag, parser.value(flag))) {
            err(Tr::tr("hopscope: --%1: \"%2\" is not a valid value\n")
                    .arg(flag, parser.value(flag)));
            return false;
        }
    }
    const Diagnostics problems = settings->validate();
    for (const Diagnostic &d : problems)
        err(QStringLiteral("hopscope: %1\n").arg(d.message));
    return problems.isEmpty();
}

} // namespace hopscope::app
