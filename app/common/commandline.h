#pragma once

// What the command line and the GUI share: the exit codes of the command-line contract
// (DESIGN.md), the cluster flags (named after kube-proxy's and kube-apiserver's), and printing
// to stdout/stderr. cli/ and ui/ both include this; neither includes the other.

#include "core/model/clustersettings.h"

#include <QCommandLineParser>
#include <QString>

namespace hopscope {
struct ReadOptions; // core/objects/manifestreader.h
}

namespace hopscope::app {

// Exit codes of the command-line contract (DESIGN.md).
enum ExitCode { ExitOk = 0, ExitManifestErrors = 1, ExitUsage = 2, ExitNotDelivered = 3 };

// The cluster flags named after the real ones, and --lang.
void addClusterOptions(QCommandLineParser &parser);
// Reads the cluster flags into settings, and the reading limits (--max-file-size, --max-objects)
// into readOptions(); on a bad value prints the error and returns false.
bool clusterSettingsFromParser(const QCommandLineParser &parser, ClusterSettings *settings);
// Until the packet walk evaluates nftables rules, `trace` and `render` in nftables mode say on
// stderr that their walk is the iptables one (command: "trace", "render").
void noteIptablesWalk(const ClusterSettings &settings, const QString &command);
// The limits every read of this process uses (the command line's, else the defaults).
ReadOptions readOptions();

// Prints to stdout/stderr in UTF-8 without buffering surprises.
void out(const QString &text);
void err(const QString &text);

} // namespace hopscope::app
