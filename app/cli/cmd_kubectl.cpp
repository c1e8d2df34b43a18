#include "cli/cli.h"

#include "core/builder/clusterbuilder.h"
#include "core/kubectl/kubectlcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// hopscope kubectl FILE... [cluster options] -- get|describe ...
// Hopscope's options and files come before "--", the kubectl command after it. The kubectl part
// is parsed and answered in core (kubectlcommand.h); this file only routes text and exit codes.

namespace hopscope::app {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

} // namespace

int runKubectl(const QStringList &args)
{
    const qsizetype separator = args.indexOf(QStringLiteral("--"));
    const QStringList ours = separator < 0 ? args : args.mid(0, separator);
    const QStringList kubectlArgs = separator < 0 ? QStringList() : args.mid(separator + 1);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints what kubectl would show for the cluster the manifests describe.\n"
               "  hopscope kubectl FILE... -- get svc|services [-o wide] | get pods [-o wide]\n"
               "                            | get endpoints | get nodes [-o wide]\n"
               "                            | describe svc NAME\n"
               "kubectl flags: -n NS, --namespace NS, -A, --all-namespaces, -o wide.\n"
               "Exit codes: 0 ok, 1 manifest errors or an object not found (as kubectl),"
               " 2 usage errors."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Manifest files or directories, or - for stdin."),
                                 QStringLiteral("FILE..."));
    parser.addPositionalArgument(QStringLiteral("--"), Tr::tr("Then the kubectl command."),
                                 QStringLiteral("-- get|describe ..."));
    ManifestArguments in;
    const QString usage = Tr::tr("hopscope kubectl: give the manifests first, e.g. "
                                 "hopscope kubectl app.yaml -- get svc\n");
    if (const int done = parseManifestCommand(parser, ours, "kubectl", usage, &in); done >= 0)
        return done;
    if (separator < 0) {
        err(Tr::tr("hopscope kubectl: put the kubectl command after --, e.g. "
                   "hopscope kubectl app.yaml -- get svc\n"));
        return ExitUsage;
    }

    // The kubectl words are checked before anything is read: a typo costs nothing.
    const KubectlParseResult parsed = parseKubectlArguments(kubectlArgs);
    if (!parsed.ok) {
        err(parsed.error);
        return ExitUsage;
    }

    Cluster cluster;
    if (!loadReporting(in.files, in.settings, &cluster, true))
        return ExitManifestErrors;

    const KubectlOutput output = runKubectlCommand(cluster, parsed.command);
    // kubectl prints the API server's warnings as the response arrives, before the output (its
    // warning handler), and its errors after it: on a terminal they read in that order.
    qsizetype warnings = 0;
    while (QStringView(output.err).mid(warnings).startsWith(u"Warning: ")) {
        const qsizetype end = output.err.indexOf(u'\n', warnings);
        warnings = end < 0 ? output.err.size() : end + 1;
    }
    err(output.err.left(warnings));
    out(output.out);
    err(output.err.mid(warnings));
    // kubectl exits 1 when an object is not found; so does this.
    return output.exitCode == 0 ? ExitOk : ExitManifestErrors;
}

} // namespace hopscope::app
