#include "cli/cli.h"

#include "core/builder/clusterbuilder.h"
#include "core/builder/loader.h"

namespace hopscope::app {

int parseSubcommand(QCommandLineParser &parser, const QStringList &args, const char *command)
{
    if (!parser.parse(args)) {
        err(QStringLiteral("hopscope %1: %2\n").arg(QLatin1String(command), parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    return -1;
}

bool loadReporting(const QStringList &files, const ClusterSettings &settings, Cluster *cluster,
                   bool quietInfo)
{
    *cluster = loadCluster(files, settings, readOptions());
    for (const Diagnostic &d : cluster->diagnostics)
        if (!quietInfo || d.severity != Severity::Info)
            err(d.toString() + u'\n');
    return !hasErrors(cluster->diagnostics);
}

} // namespace hopscope::app
