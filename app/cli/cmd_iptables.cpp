#include "cli/cli.h"

#include "core/builder/clusterbuilder.h"
#include "core/proxy/proxyrules.h"

#include <QCoreApplication>

namespace hopscope::app {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

} // namespace

// hopscope iptables FILE... --node NODE: the iptables-restore input kube-proxy (iptables mode)
// writes on that node in one full sync (*filter then *nat, chain lines included).
int runIptables(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints the iptables-restore input that kube-proxy (iptables mode) writes on a node "
               "in one full sync: *filter then *nat, chain lines included."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Manifests: files, directories, or - for stdin."),
                                 QStringLiteral("FILE..."));
    parser.addOption(
        {QStringLiteral("node"), Tr::tr("The node whose rules to print."), QStringLiteral("NODE")});
    ManifestArguments in;
    const QString usage = Tr::tr("hopscope iptables: no manifest given (usage: hopscope iptables "
                                 "FILE... --node NODE)\n");
    if (const int done = parseManifestCommand(parser, args, "iptables", usage, &in); done >= 0)
        return done;

    Cluster cluster;
    if (!loadReporting(in.files, in.settings, &cluster))
        return ExitManifestErrors;

    const QString node = parser.value(QStringLiteral("node"));
    if (node.isEmpty()) {
        err(Tr::tr("hopscope iptables: --node NODE is required; the nodes are: %1\n")
                .arg(nodeNames(cluster)));
        return ExitUsage;
    }
    const ProxyRules rules(cluster);
    const auto nodeRules = rules.forNode(node);
    if (!nodeRules) {
        err(Tr::tr("hopscope iptables: no node \"%1\"; the nodes are: %2\n")
                .arg(node, nodeNames(cluster)));
        return ExitUsage;
    }
    // In nftables mode kube-proxy writes no such rules: they are printed all the same (what the
    // node would hold in iptables mode), with a note that points to `hopscope nftables`.
    if (in.settings.proxyMode == ClusterSettings::ProxyMode::Nftables)
        err(Tr::tr("hopscope iptables: with --proxy-mode nftables the node %1 holds nftables "
                   "rules (hopscope nftables); these are the rules it would hold in iptables "
                   "mode.\n")
                .arg(nodeRules->nodeName()));
    out(nodeRules->restoreText());
    return ExitOk;
}

} // namespace hopscope::app
