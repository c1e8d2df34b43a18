#include "cli/cli.h"

#include "core/builder/clusterbuilder.h"
#include "core/builder/loader.h"
#include "core/lint/checks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hopscope::app {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

} // namespace

int parseSubcommand(QCommandLineParser &parser, const QStringList &args, const char *command)
{
    if (!parser.parse(args)) {
        err(QStringLiteral("hopscope %1: %2\n").arg(QLatin1String(command), parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // "Usage: /path/to/hopscope [options]" → "Usage: hopscope render [options]".
        QString help = parser.helpText();
        static const QRegularExpression program(QStringLiteral("^(\\S+: )\\S+"));
        help.replace(program, QStringLiteral("\\1hopscope ") + QLatin1String(command));
        out(help);
        return ExitOk;
    }
    return -1;
}

int parseManifestCommand(QCommandLineParser &parser, const QStringList &args, const char *command,
                         const QString &noFiles, ManifestArguments *in)
{
    addClusterOptions(parser);
    if (const int done = parseSubcommand(parser, args, command); done >= 0)
        return done;
    if (!clusterSettingsFromParser(parser, &in->settings))
        return ExitUsage;
    in->files = parser.positionalArguments();
    if (in->files.isEmpty() && !noFiles.isEmpty()) {
        err(noFiles);
        return ExitUsage;
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
                   bool quietInfo, Diagnostics *checks)
{
    Diagnostics lintChecks;
    *cluster = loadCheckedCluster(files, settings, &lintChecks, readOptions());
    if (hasErrors(cluster->diagnostics)) {
        err(lintText(lintChecks));
        return false;
    }
    if (checks)
        *checks = std::move(lintChecks);
    for (const Diagnostic &d : cluster->diagnostics)
        if (!quietInfo || d.severity != Severity::Info)
            err(d.toString() + u'\n');
    return !hasErrors(cluster->diagnostics);
}

QString nodeNames(const Cluster &cluster)
{
    QStringList names;
    for (const NodeInfo &n : cluster.nodes)
        names << n.name;
    return names.isEmpty() ? Tr::tr("(none)") : names.join(QLatin1String(", "));
}

} // namespace hopscope::app
