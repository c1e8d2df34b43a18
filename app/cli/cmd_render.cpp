// hopscope render FILE... -o OUT.png|OUT.svg [--size WxH]
//                         [--from SRC --to DST [--seed N] [--step K] [--frames DIR]]
// The window's drawing, to a file; with a request, at trace step K (default: the last hop) with
// the packet and the path so far drawn, and/or one numbered PNG per hop in DIR.

#include "cli/cli.h"
#include "core/trace/tracer.h"
#include "scene/clusterscene.h"
#include "scene/scenerenderer.h"
#include "scene/traceframes.h"
#include "document/clusterdocument.h"

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
    parser.setApplicationDescription(
        Tr::tr("Draw the cluster to a PNG or SVG file; with --to, a traced request on it at "
               "one step (the packet and the path so far), or every step as numbered PNG "
               "frames."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("The picture to write: a .png or .svg file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("size"), Tr::tr("Its size in pixels (default 1600x1000)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("from"),
                      Tr::tr("Where the request starts, as for hopscope trace (default client)."),
                      QStringLiteral("SRC")});
    parser.addOption({QStringLiteral("to"),
                      Tr::tr("Where the request goes, as for hopscope trace: draw its trace."),
                      QStringLiteral("DST")});
    parser.addOption({QStringLiteral("seed"),
                      Tr::tr("Seed of the random choices (default 1), as for hopscope trace."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("step"),
                      Tr::tr("The hop to draw the packet at, 1 to the number of hops that "
                             "hopscope trace prints (default: the last)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("frames"),
                      Tr::tr("Also write one PNG per hop into DIR: frame-001.png, "
                             "frame-002.png …"),
                      QStringLiteral("DIR")});
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
    const QString framesDir = parser.value(QStringLiteral("frames"));
    if (files.isEmpty() || (output.isEmpty() && framesDir.isEmpty())) {
        err(Tr::tr("Usage: hopscope render FILE... -o OUT.png|OUT.svg [--size WxH] "
                   "[--from SRC --to DST [--seed N] [--step K] [--frames DIR]]\n"));
        return ExitUsage;
    }
    const bool traced = parser.isSet(QStringLiteral("to"));
    for (const char *needsTo : {"from", "seed", "step", "frames"}) {
        if (!traced && parser.isSet(QString::fromLatin1(needsTo))) {
            err(Tr::tr("hopscope render: --%1 needs a request: --to DST\n")
                    .arg(QString::fromLatin1(needsTo)));
            return ExitUsage;
        }
    }
    TraceRequest request;
    request.from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                        : QStringLiteral("client");
    request.to = parser.value(QStringLiteral("to"));
    if (traced && request.to.trimmed().isEmpty()) {
        err(Tr::tr("hopscope render: --to DST is empty\n"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        request.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err(Tr::tr("hopscope render: --seed needs a non-negative number\n"));
            return ExitUsage;
        }
    }
    int step = 0; // 1-based; 0: the last hop
    if (parser.isSet(QStringLiteral("step"))) {
        bool ok = false;
        step = parser.value(QStringLiteral("step")).toInt(&ok);
        if (!ok || step < 1) {
            err(Tr::tr("hopscope render: --step needs a hop number from 1\n"));
            return ExitUsage;
        }
    }
    if (!output.isEmpty() && !SceneRenderer::isSupportedPath(output)) {
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
    // With errors, what lint says (the teaching diagnostics, their notes and hints); else the
    // warnings (the informational notes are lint's business).
    if (hasErrors(document.problems()))
        err(lintText(document.problems()));
    else
        for (const Diagnostic &d : document.problems())
            if (d.severity != Severity::Info)
                err(d.toString() + u'\n');
    if (!loaded) {
        err(Tr::tr("hopscope render: nothing to draw\n"));
        return ExitManifestErrors;
    }
    ClusterScene scene;
    scene.setCluster(document.cluster());
    Trace trace;
    if (traced) {
        TraceSession session(document.cluster());
        trace = session.trace(request);
        if (!trace.problems.isEmpty()) {
            for (const Diagnostic &d : trace.problems) {
                err(QStringLiteral("hopscope render: %1\n").arg(d.message));
                if (!d.hint.isEmpty())
                    err(QStringLiteral("  %1\n").arg(d.hint));
            }
            return ExitUsage;
        }
        if (step > trace.hops.size()) {
            err(Tr::tr("hopscope render: --step %1: the trace has %n hop(s)\n", nullptr,
                       int(trace.hops.size()))
                    .arg(step));
            return ExitUsage;
        }
        if (step == 0)
            step = int(trace.hops.size());
    }
    QString error;
    if (!output.isEmpty()) {
        const TraceOverlay overlay =
            TraceFrames::overlayAt(trace, document.cluster(), scene, step - 1);
        if (!SceneRenderer::write(scene, output, size, &error, traced ? &overlay : nullptr)) {
            err(QStringLiteral("hopscope render: %1\n").arg(error));
            return ExitManifestErrors;
        }
    }
    if (!framesDir.isEmpty() &&
        !TraceFrames::write(scene, trace, document.cluster(), framesDir, size, &error)) {
        err(QStringLiteral("hopscope render: %1\n").arg(error));
        return ExitManifestErrors;
    }
    // The picture is written even when some manifests had errors, or when the request was not
    // delivered (its failure is worth a slide); the exit code still says so.
    if (hasErrors(document.problems()))
        return ExitManifestErrors;
    return traced && !trace.delivered ? ExitNotDelivered : ExitOk;
}

} // namespace hopscope::app
