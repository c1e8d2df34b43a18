#pragma once

#include "common/commandline.h"
#include "core/model/cluster.h"
#include "core/model/clustersettings.h"

#include <QCommandLineParser>
#include <QStringList>

namespace hopscope::app {

// One subcommand: its name, a one-line summary for --help, and the function that runs it with
// the arguments that follow the subcommand name (QCoreApplication already exists).
struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
    bool needsGui; // renders with QtGui (offscreen): QApplication instead of QCoreApplication
};
const QList<Subcommand> &subcommands();

// Parses a subcommand's arguments: returns -1 to go on, or the exit code when it is done (usage
// error printed as "hopscope COMMAND: …", or --help printed, its usage line naming
// "hopscope COMMAND").
int parseSubcommand(QCommandLineParser &parser, const QStringList &args, const char *command);

// What a subcommand that reads manifests has after the shared preamble.
struct ManifestArguments
{
    QStringList files; // the positional arguments: files, folders, "-"
    ClusterSettings settings;
};
// The shared preamble of the subcommands that read manifests. The caller has set the parser's
// description, --help, its own options and FILE...; this adds the cluster options, parses `args`
// (usage errors and --help as parseSubcommand), reads the cluster settings and the files, and
// prints `noFiles` when no file is given (nothing checked when `noFiles` is empty). Returns -1
// to go on, else the exit code:
//     ManifestArguments in;
//     if (const int done = parseManifestCommand(parser, args, "iptables", usage, &in); done >= 0)
//         return done;
int parseManifestCommand(QCommandLineParser &parser, const QStringList &args, const char *command,
                         const QString &noFiles, ManifestArguments *in);
// The diagnostics as `hopscope lint` prints them: "file:line:col: severity: message", the
// message's further lines (its notes) indented, then "  hint: …"; repeats past five folded into
// one line with their count (foldRepeated).
QString lintText(const Diagnostics &list);
// The cluster's node names for a message ("node-1, node-2"; "(none)").
QString nodeNames(const Cluster &cluster);
// Loads the manifests and prints their diagnostics to stderr (info too unless quietInfo);
// when they hold errors, it prints what `hopscope lint` says about them instead (the teaching
// diagnostics, not the parser's), and returns false (the caller exits with ExitManifestErrors).
// `checks`, when given, receives lint's checks (a trace names the problem behind a failing hop).
bool loadReporting(const QStringList &files, const ClusterSettings &settings, Cluster *cluster,
                   bool quietInfo = false, Diagnostics *checks = nullptr);

} // namespace hopscope::app
