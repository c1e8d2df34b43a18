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
// error printed as "hopscope COMMAND: …", or --help printed).
int parseSubcommand(QCommandLineParser &parser, const QStringList &args, const char *command);
// The diagnostics as `hopscope lint` prints them: "file:line:col: severity: message", the
// message's further lines (its notes) indented, then "  hint: …"; repeats past five folded into
// one line with their count (foldRepeated).
QString lintText(const Diagnostics &list);
// Loads the manifests and prints their diagnostics to stderr (info too unless quietInfo);
// when they hold errors, it prints what `hopscope lint` says about them instead (the teaching
// diagnostics, not the parser's), and returns false (the caller exits with ExitManifestErrors).
bool loadReporting(const QStringList &files, const ClusterSettings &settings, Cluster *cluster,
                   bool quietInfo = false);

} // namespace hopscope::app
