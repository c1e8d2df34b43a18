// hopscope render FILE... -o OUT.png|OUT.svg [--size WxH] [--layout-json FILE]
//                         [--from SRC --to DST [--seed N] [--step K] [--caption]
//                          [--frames DIR [--no-caption]]]
// The window's drawing, to a file; with a request, at trace step K (default: the last hop) with
// the packet and the path so far drawn (and the hop's caption with --caption), and/or one
// numbered PNG per hop in DIR, each with its caption. --layout-json lists every text of OUT.

#include "cli/cli.h"
#include "core/trace/tracer.h"
#include "scene/clusterscene.h"
#include "scene/hopcaption.h"
#include "scene/scenerenderer.h"
#include "scene/traceframes.h"
#include "document/clusterdocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace hopscope::app {

namespace {
// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

// {"size":[W,H],"texts":[{"kind":K,"id":ID,"text":T,"rect":[x,y,w,h],"elided":bool}]}
bool writeLayoutJson(const QString &path, const QSize &size, const QList<DrawnText> &texts,
                     QString *error)
{
    auto round = [](qreal v) { return std::round(v * 10) / 10; };
    QJsonArray list;
    for (const DrawnText &t : texts) {
        list.append(QJsonObject{
            {QStringLiteral("kind"), DrawnText::kindName(t.kind)},
            {QStringLiteral("id"), t.id},
            {QStringLiteral("text"), t.text},
            {QStringLiteral("rect"), QJsonArray{round(t.rect.x()), round(t.rect.y()),
                                                round(t.rect.width()), round(t.rect.height())}},
            {QStringLiteral("elided"), t.elided}});
    }
    const QJsonObject root{{QStringLiteral("size"), QJsonArray{size.width(), size.height()}},
                           {QStringLiteral("texts"), list}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}


// What the command line asks to draw.
struct RenderJob
{
    QStringList files;
    QString output;
    QString framesDir;
    bool traced = false; // --to was given
    TraceRequest request;
    int step = 0; // 1-based; 0: the last hop
    QSize size = SceneRenderer::DefaultSize;
    ClusterSettings settings;
    QString layoutJson; // --layout-json FILE
    bool caption = false; // --caption
    bool frameCaptions = true; // not --no-caption
};

void addRenderOptions(QCommandLineParser &parser)
{
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
    parser.addOption({QStringLiteral("caption"),
                      Tr::tr("Add the hop's caption under the drawing (hop N of M, where, the "
                             "action, the packet before and after, the explanation, the "
                             "teacher's note).")});
    parser.addOption({QStringLiteral("no-caption"),
                      Tr::tr("Frames without captions (--frames has them by default).")});
    parser.addOption({QStringLiteral("layout-json"),
                      Tr::tr("Write where every text of OUT is, in pixels, to FILE as JSON."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 Tr::tr("Manifest files or folders, - for standard input."),
                                 QStringLiteral("FILE..."));
}

// Reads and checks the options: -1 when the job is complete, else the exit code.
int readRenderOptions(const QCommandLineParser &parser, RenderJob *job)
{
    job->output = parser.value(QStringLiteral("output"));
    job->framesDir = parser.value(QStringLiteral("frames"));
    if (job->files.isEmpty() || (job->output.isEmpty() && job->framesDir.isEmpty())) {
        err(Tr::tr("Usage: hopscope render FILE... -o OUT.png|OUT.svg [--size WxH] "
                   "[--layout-json FILE] [--from SRC --to DST [--seed N] [--step K] "
                   "[--caption] [--frames DIR [--no-caption]]]\n"));
        return ExitUsage;
    }
    job->traced = parser.isSet(QStringLiteral("to"));
    job->layoutJson = parser.value(QStringLiteral("layout-json"));
    job->caption = parser.isSet(QStringLiteral("caption"));
    job->frameCaptions = !parser.isSet(QStringLiteral("no-caption"));
    if (!job->layoutJson.isEmpty() && job->output.isEmpty()) {
        err(Tr::tr("hopscope render: --layout-json needs a picture: -o OUT.png|OUT.svg\n"));
        return ExitUsage;
    }
    for (const char *needsTo : {"from", "seed", "step", "frames", "caption", "no-caption"}) {
        if (!job->traced && parser.isSet(QString::fromLatin1(needsTo))) {
            err(Tr::tr("hopscope render: --%1 needs a request: --to DST\n")
                    .arg(QString::fromLatin1(needsTo)));
            return ExitUsage;
        }
    }
    TraceRequest &request = job->request;
    request.from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                        : QStringLiteral("client");
    request.to = parser.value(QStringLiteral("to"));
    if (job->traced && request.to.trimmed().isEmpty()) {
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
    if (parser.isSet(QStringLiteral("step"))) {
        bool ok = false;
        job->step = parser.value(QStringLiteral("step")).toInt(&ok);
        if (!ok || job->step < 1) {
            err(Tr::tr("hopscope render: --step needs a hop number from 1\n"));
            return ExitUsage;
        }
    }
    if (!job->output.isEmpty() && !SceneRenderer::isSupportedPath(job->output)) {
        err(Tr::tr("hopscope render: %1: the output must end in .png or .svg\n")
                .arg(job->output));
        return ExitUsage;
    }
    QSize &size = job->size;
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
    if (parser.isSet(QStringLiteral("to")))
        noteIptablesWalk(job->settings, QStringLiteral("render"));
    return -1;
}

// Loads the manifests, traces the request and writes the picture and the frames.
int render(const RenderJob &job)
{
    const QStringList &files = job.files;
    const QString &output = job.output;
    const QString &framesDir = job.framesDir;
    const bool traced = job.traced;
    const TraceRequest &request = job.request;
    const QSize size = job.size;
    const ClusterSettings &settings = job.settings;
    int step = job.step;
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
    scene.setCluster(document.snapshot());
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
    auto note = [&](int hop) { return HopCaption::lessonNote(document.lesson(), request, hop); };
    if (!output.isEmpty()) {
        const TraceOverlay overlay =
            TraceFrames::overlayAt(trace, document.cluster(), scene, step - 1);
        const HopCaption caption =
            job.caption ? HopCaption::make(trace, step - 1, note(step - 1)) : HopCaption();
        QList<DrawnText> texts;
        RenderExtras extras;
        extras.overlay = traced ? &overlay : nullptr;
        extras.caption = &caption;
        extras.texts = job.layoutJson.isEmpty() ? nullptr : &texts;
        if (!SceneRenderer::write(scene, output, size, &error, extras)) {
            err(QStringLiteral("hopscope render: %1\n").arg(error));
            return ExitManifestErrors;
        }
        if (!job.layoutJson.isEmpty() && !writeLayoutJson(job.layoutJson, size, texts, &error)) {
            err(QStringLiteral("hopscope render: %1\n").arg(error));
            return ExitManifestErrors;
        }
    }
    FrameCaptions captions;
    captions.on = job.frameCaptions;
    captions.note = note;
    if (!framesDir.isEmpty() && !TraceFrames::write(scene, trace, document.cluster(), framesDir,
                                                    size, &error, nullptr, captions)) {
        err(QStringLiteral("hopscope render: %1\n").arg(error));
        return ExitManifestErrors;
    }
    // The picture is written even when some manifests had errors, or when the request was not
    // delivered (its failure is worth a slide); the exit code still says so.
    if (hasErrors(document.problems()))
        return ExitManifestErrors;
    return traced && !trace.delivered ? ExitNotDelivered : ExitOk;
}

} // namespace

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    addRenderOptions(parser);
    ManifestArguments in;
    // No file is checked with the output (readRenderOptions): one usage line for both.
    if (const int done = parseManifestCommand(parser, args, "render", QString(), &in); done >= 0)
        return done;
    RenderJob job;
    job.files = std::move(in.files);
    job.settings = std::move(in.settings);
    if (const int code = readRenderOptions(parser, &job); code >= 0)
        return code;
    return render(job);
}

} // namespace hopscope::app
