#include "cli/cli.h"

#include <QtGlobal>

namespace hopscope::app {

// Each lives in its own file (cli/cmd_<name>.cpp).
int runKubectl(const QStringList &args);
int runRender(const QStringList &args);
int runTrace(const QStringList &args);
int runIptables(const QStringList &args);
int runNftables(const QStringList &args);
int runLint(const QStringList &args);
int runGenerate(const QStringList &args);

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list = {
        {"kubectl", QT_TRANSLATE_NOOP("hopscope::Cli", "print what kubectl get/describe would show"),
         runKubectl, false},
        {"render", QT_TRANSLATE_NOOP("hopscope::Cli", "draw the cluster to a PNG or SVG file"),
         runRender, true},
        {"trace", QT_TRANSLATE_NOOP("hopscope::Cli", "follow a request hop by hop, and its reply"),
         runTrace, false},
        {"iptables", QT_TRANSLATE_NOOP("hopscope::Cli", "the rules kube-proxy writes on a node"),
         runIptables, false},
        {"nftables",
         QT_TRANSLATE_NOOP("hopscope::Cli", "the rules kube-proxy writes on a node in nftables mode"),
         runNftables, false},
        {"lint", QT_TRANSLATE_NOOP("hopscope::Cli", "check manifests and explain the problems"),
         runLint, false},
        {"generate", QT_TRANSLATE_NOOP("hopscope::Cli", "write a large test cluster as manifests"),
         runGenerate, false},
    };
    return list;
}

} // namespace hopscope::app
