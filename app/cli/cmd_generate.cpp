#include "cli/cli.h"

#include "core/generator/generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace hopscope::app {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

bool intOption(const QCommandLineParser &parser, const QString &name, int *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok) {
        err(Tr::tr("hopscope generate: --%1 wants a whole number, not \"%2\"\n")
                .arg(name, parser.value(name)));
        return false;
    }
    *value = v;
    return true;
}

} // namespace

// hopscope generate --nodes N --pods N --services N [--form workloads|dump]: a synthetic cluster
// on stdout, deterministic for the given arguments.
int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes a synthetic cluster as manifests on standard output: 'workloads' gives Node "
               "objects, Deployments and Services (what a team writes); 'dump' gives what "
               "'kubectl get nodes,pods,services,endpointslices -A -o yaml' prints for the same "
               "cluster. The same arguments always give the same bytes."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("nodes"),
                      Tr::tr("Nodes (1-%1).").arg(GeneratorSpec::kMaxNodes), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("pods"), Tr::tr("Pods (0-%1).").arg(GeneratorSpec::kMaxPods),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("services"),
         Tr::tr("Services (0-%1), each with its Deployment.").arg(GeneratorSpec::kMaxServices),
         QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("form"), Tr::tr("workloads (default) or dump."),
                      QStringLiteral("FORM"), QStringLiteral("workloads")});
    parser.addOption({QStringLiteral("lang"), Tr::tr("Language of messages: ko or en."),
                      QStringLiteral("LANG")});
    if (const int done = parseSubcommand(parser, args, "generate"); done >= 0)
        return done;
    if (!parser.positionalArguments().isEmpty()) {
        err(Tr::tr("hopscope generate: unexpected argument \"%1\"\n")
                .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    GeneratorSpec spec;
    if (!intOption(parser, QStringLiteral("nodes"), &spec.nodes) ||
        !intOption(parser, QStringLiteral("pods"), &spec.pods) ||
        !intOption(parser, QStringLiteral("services"), &spec.services))
        return ExitUsage;
    if (!GeneratorSpec::parseForm(parser.value(QStringLiteral("form")), &spec.form)) {
        err(Tr::tr("hopscope generate: --form is workloads or dump, not \"%1\"\n")
                .arg(parser.value(QStringLiteral("form"))));
        return ExitUsage;
    }
    if (const QString problem = spec.validate(); !problem.isEmpty()) {
        err(QStringLiteral("hopscope generate: %1\n").arg(problem));
        return ExitUsage;
    }

    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        err(Tr::tr("hopscope generate: cannot write to standard output\n"));
        return ExitManifestErrors;
    }
    QString error;
    if (!ClusterGenerator::write(spec, &stdoutFile, &error)) {
        err(QStringLiteral("hopscope generate: %1\n").arg(error));
        return ExitManifestErrors;
    }
    return ExitOk;
}

} // namespace hopscope::app
