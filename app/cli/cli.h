#pragma once

#include "core/model/cluster.h"
#include "core/model/clustersettings.h"

#include <QCommandLineParser>
#include <QStringList>

namespace hopscope::app {

// Exit codes of the command-line contract (DESIGN.md).
enum ExitCode { ExitOk = 0, ExitManifestErrors = 1, ExitUsage = 2, ExitNotDelivered = 3 };

// Entry point of the one binary: a subcommand runs without a display, anything else opens the GUI.
int runMain(int argc, char **argv);

// Shared by the subcommands: the cluster flags named after the real ones, and --lang.
void addClusterOptions(QCommandLineParser &parser);
// Reads the cluster flags into settings; on a bad value prints the error and returns false.
bool clusterSettingsFromParser(const QCommandLineParser &parser, ClusterSettings *settings);

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
// Loads the manifests and prints their diagnostics to stderr (info too unless quietInfo);
// returns false when they hold errors (the caller exits with ExitManifestErrors).
bool loadReporting(const QStringList &files, const ClusterSettings &settings, Cluster *cluster,
                   bool quietInfo = false);

// Prints to stdout/stderr in UTF-8 without buffering surprises.
void out(const QString &text);
void err(const QString &text);

} // namespace hopscope::app
