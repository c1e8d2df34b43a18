#include "cli/cli.h"

#include "core/builder/clusterbuilder.h"
#include "core/proxy/nftgenerator.h"
#include "core/proxy/nfttext.h"

#include <QCoreApplication>

namespace hopscope::app {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

} // namespace

// hopscope nftables FILE... --node NODE: the `ip kube-proxy` table kube-proxy (nftables mode)
// writes on that node in one full sync, as the `add table/chain/set/map/rule/element` lines
// of kube-proxy's own unit tests. The command names the mode: the rules are printed even when
// --proxy-mode iptables was given, with a note on stderr (the kinder answer than an error:
// the student sees what the node would hold).
int runNftables(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints the nftables ruleset that kube-proxy (nftables mode) writes on a node in "
               "one full sync, as the add table/chain/set/map/rule/element lines of its unit "
               "tests."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Manifests: files, directories, or - for stdin."),
                                 QStringLiteral("FILE..."));
    parser.addOption(
        {QStringLiteral("node"), Tr::tr("The node whose rules to print."), QStringLiteral("NODE")});
    ManifestArguments in;
    const QString usage = Tr::tr("hopscope nftables: no manifest given (usage: hopscope nftables "
                                 "FILE... --node NODE)\n");
    if (const int done = parseManifestCommand(parser, args, "nftables", usage, &in); done >= 0)
        return done;
    ClusterSettings &settings = in.settings;
    const bool otherMode = parser.isSet(QStringLiteral("proxy-mode")) &&
                           settings.proxyMode != ClusterSettings::ProxyMode::Nftables;
    settings.proxyMode = ClusterSettings::ProxyMode::Nftables;

    Cluster cluster;
    if (!loadReporting(in.files, settings, &cluster))
        return ExitManifestErrors;

    const QString node = parser.value(QStringLiteral("node"));
    if (node.isEmpty()) {
        err(Tr::tr("hopscope nftables: --node NODE is required; the nodes are: %1\n")
                .arg(nodeNames(cluster)));
        return ExitUsage;
    }
    const NftProxyRules rules(cluster);
    const auto ruleset = rules.forNode(node);
    if (!ruleset) {
        err(Tr::tr("hopscope nftables: no node \"%1\"; the nodes are: %2\n")
                .arg(node, nodeNames(cluster)));
        return ExitUsage;
    }
    if (otherMode)
        err(Tr::tr("hopscope nftables: with --proxy-mode iptables the node %1 holds iptables "
                   "rules (hopscope iptables); these are the rules it would hold in nftables "
                   "mode.\n")
                .arg(ruleset->nodeName));
    out(nftablesDump(*ruleset));
    return ExitOk;
}

} // namespace hopscope::app
