#include "cli/cli.h"

#include "core/builder/clusterbuilder.h"
#include "core/builder/loader.h"
#include "core/lint/checks.h"

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

namespace {

// Continuation lines of a message are indented, so every line but the first starts with spaces.
QString indented(const QString &text, const QString &indent)
{
    QString out = text;
    out.replace(u'\n', u'\n' + indent);
    return out;
}

} // namespace

QString lintText(const Diagnostics &list)
{
    QString text;
    for (const Diagnostic &d : foldRepeated(list)) {
        text += indented(d.toString(), QStringLiteral("  ")) + u'\n';
        if (!d.hint.isEmpty())
            text += QStringLiteral("  hint: ") + indented(d.hint, QStringLiteral("    ")) + u'\n';
    }
    return text;
}

bool loadReporting(const QStringList &files, const ClusterSettings &settings, Cluster *cluster,
                   bool quietInfo)
{
    Diagnostics checks;
    *cluster = loadCheckedCluster(files, settings, &checks, readOptions());
    if (hasErrors(cluster->diagnostics)) {
        err(lintText(checks));
        return false;
    }
    for (const Diagnostic &d : cluster->diagnostics)
        if (!quietInfo || d.severity != Severity::Info)
            err(d.toString() + u'\n');
    return !hasErrors(cluster->diagnostics);
}

} // namespace hopscope::app
