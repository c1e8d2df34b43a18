// hopscope lint FILE... [--json]: every problem Hopscope finds in the manifests, one per line as
// gcc prints them ("file:line:col: severity: message", then "  hint: …" when there is a hint),
// or as JSON. Exit 1 when there are errors, 0 otherwise, 2 on usage errors.

#include "cli/cli.h"

#include "core/lint/checks.h"
#include "core/builder/clusterbuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hopscope::app {

namespace {

QString jsonText(const Diagnostics &list, int errors, int warnings)
{
    QJsonArray items;
    for (const Diagnostic &d : list) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), d.where.file);
        o.insert(QStringLiteral("line"), d.where.line);
        o.insert(QStringLiteral("column"), d.where.column);
        o.insert(QStringLiteral("severity"), severityName(d.severity));
        o.insert(QStringLiteral("code"), d.code);
        o.insert(QStringLiteral("message"), d.message);
        o.insert(QStringLiteral("hint"), d.hint);
        o.insert(QStringLiteral("entity"), d.entity);
        items.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("diagnostics"), items);
    root.insert(QStringLiteral("errors"), errors);
    root.insert(QStringLiteral("warnings"), warnings);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace

int runLint(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "hopscope::Cli",
        "Checks Kubernetes manifests and explains each problem at its line: YAML mistakes "
        "(tabs, a missing space after ':'), what the API server would refuse, and what the "
        "Services would do on the network."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("hopscope::Cli",
                                    "Manifest files or folders to check ('-' for standard "
                                    "input)."),
        QStringLiteral("FILE..."));
    parser.addOption(
        {QStringLiteral("json"),
         QCoreApplication::translate("hopscope::Cli", "Print the diagnostics as JSON.")});
    ManifestArguments in;
    const QString usage = QCoreApplication::translate(
        "hopscope::Cli",
        "hopscope lint: no manifest given\nUsage: hopscope lint FILE... [--json]\n");
    if (const int done = parseManifestCommand(parser, args, "lint", usage, &in); done >= 0)
        return done;

    CheckResult result = checkPaths(in.files, in.settings, readOptions());
    // What the Services will do with the pods: the cluster the GUI would show.
    addClusterChecks(result, ClusterBuilder::build(result.manifests, in.settings));
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : result.diagnostics) {
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out(jsonText(result.diagnostics, errors, warnings));
    } else {
        out(lintText(result.diagnostics));
        auto count = [](const char *text, int n) {
            return QCoreApplication::translate("hopscope::Cli", text, nullptr, n);
        };
        err(QCoreApplication::translate("hopscope::Cli", "hopscope lint: %1, %2, %3 checked\n")
                .arg(count(QT_TRANSLATE_N_NOOP("hopscope::Cli", "%n error(s)"), errors),
                     count(QT_TRANSLATE_N_NOOP("hopscope::Cli", "%n warning(s)"), warnings),
                     count(QT_TRANSLATE_N_NOOP("hopscope::Cli", "%n file(s)"),
                           int(result.manifests.files.size()))));
    }
    return errors > 0 ? ExitManifestErrors : ExitOk;
}

} // namespace hopscope::app
