// hopscope render FILE... -o OUT.png|OUT.svg [--size WxH]: the window's drawing, to a file.

#include "cli/cli.h"
#include "scene/clusterscene.h"
#include "scene/scenerenderer.h"
#include "ui/clusterdocument.h"

#include <QCommandLineParser>
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

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Draw the cluster to a PNG or SVG file."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("The picture to write: a .png or .svg file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("size"), Tr::tr("Its size in pixels (default 1600x1000)."),
                      QStringLiteral("WxH")});
    addClusterOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 Tr::tr("Manifest files or folders, - for standard input."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(args)) {
        err(QStringLiteral("hopscope render: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        static const QRegularExpression program(QStringLiteral("^(\\S+: )\\S+"));
        help.replace(program, QStringLiteral("\\1hopscope render"));
        out(help);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    const QString output = parser.value(QStringLiteral("output"));
    if (files.isEmpty() || output.isEmpty()) {
        err(Tr::tr("Usage: hopscope render FILE... -o OUT.png|OUT.svg [--size WxH]\n"));
        return ExitUsage;
    }
    if (!SceneRenderer::isSupportedPath(output)) {
        err(Tr::tr("hopscope render: %1: the output must end in .png or .svg\n").arg(output));
        return ExitUsage;
    }
    QSize size = SceneRenderer::DefaultSize;
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const auto match = re.match(parser.value(QStringLiteral("size")));
        size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt())
                                : QSize();
        if (size.width() < 16 || size.height() < 16 || size.width() > 20000 ||
            size.height() > 20000) {
            err(Tr::tr("hopscope render: --size: \"%1\" is not a size such as 1600x1000\n")
                    .arg(parser.value(QStringLiteral("size"))));
            return ExitUsage;
        }
    }
    ClusterSettings settings;
    if (!clusterSettingsFromParser(parser, &settings))
        return ExitUsage;

    ClusterDocument document;
    document.setSettings(settings);
    const bool loaded = document.open(files);
    // Errors and warnings; the informational notes are lint's business.
    for (const Diagnostic &d : document.problems())
        if (d.severity != Severity::Info)
            err(d.toString() + u'\n');
    if (!loaded) {
        err(Tr::tr("hopscope render: nothing to draw\n"));
        return ExitManifestErrors;
    }
    ClusterScene scene;
    scene.setCluster(document.cluster());
    QString error;
    if (!SceneRenderer::write(scene, output, size, &error)) {
        err(QStringLiteral("hopscope render: %1\n").arg(error));
        return ExitManifestErrors;
    }
    // The picture is written even when some manifests had errors; the exit code still says so.
    return hasErrors(document.problems()) ? ExitManifestErrors : ExitOk;
}

} // namespace hopscope::app
