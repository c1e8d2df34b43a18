#include "scene/traceframes.h"

#include "core/base/koreanparticles.h"

#include "scene/clusterscene.h"
#include "scene/hopcaption.h"
#include "scene/hopplaces.h"
#include "scene/scenerenderer.h"

#include <QCoreApplication>
#include <QDir>

namespace hopscope::app {

namespace {
// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::TraceFrames)
};
} // namespace

TraceOverlay TraceFrames::overlayAt(const Trace &trace, const Cluster &cluster,
                                    const ClusterScene &scene, int hop)
{
    TraceOverlay overlay;
    overlay.setScene(&scene);
    if (!trace.hops.isEmpty()) {
        overlay.setTrace(trace, placeHops(trace, cluster, scene.sceneLayout()));
        overlay.setPosition(hop, 1.0);
    }
    return overlay;
}

QString TraceFrames::frameName(int hop, int hopCount)
{
    const int digits = qMax(3, int(QString::number(hopCount).size()));
    return QStringLiteral("frame-%1.png").arg(hop + 1, digits, 10, QLatin1Char('0'));
}

bool TraceFrames::write(ClusterScene &scene, const Trace &trace, const Cluster &cluster,
                        const QString &dir, const QSize &size, QString *error, int *written,
                        const FrameCaptions &captions)
{
    if (written)
        *written = 0;
    if (trace.hops.isEmpty()) {
        *error = Tr::tr("the trace has no hops");
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = korean::finished(Tr::tr("cannot create the folder %1").arg(dir));
        return false;
    }
    TraceOverlay overlay = overlayAt(trace, cluster, scene, 0);
    const int count = int(trace.hops.size());
    for (int hop = 0; hop < count; ++hop) {
        overlay.setPosition(hop, 1.0);
        const QString path = QDir(dir).filePath(frameName(hop, count));
        const HopCaption caption =
            captions.on
                ? HopCaption::make(trace, hop, captions.note ? captions.note(hop) : QString())
                : HopCaption();
        RenderExtras extras;
        extras.overlay = &overlay;
        extras.caption = &caption;
        if (!SceneRenderer::write(scene, path, size, error, extras))
            return false;
        if (written)
            ++*written;
    }
    return true;
}

} // namespace hopscope::app
