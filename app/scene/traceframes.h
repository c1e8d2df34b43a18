#pragma once

// A trace as a numbered sequence of pictures, one per hop (frame-001.png …): the scene with
// the packet at rest at that hop and the path so far. For `hopscope render --frames` and
// File ▸ Export ▸ Trace as frames; a slide show or a GIF maker takes them in order. Each frame
// is a slide: the hop's caption (hopcaption.h) under the drawing, unless turned off.

#include "core/model/cluster.h"
#include "core/model/trace.h"
#include "scene/traceoverlay.h"

#include <QSize>
#include <QString>

#include <functional>

namespace hopscope::app {

class ClusterScene;

struct FrameCaptions
{
    bool on = true;
    std::function<QString(int hop)> note; // the teacher's note for a hop (none when empty)
};

class TraceFrames final
{
public:
    // The overlay of `trace` on `scene` (drawn from `cluster`), at rest at hop `hop` (0-based).
    static TraceOverlay overlayAt(const Trace &trace, const Cluster &cluster,
                                  const ClusterScene &scene, int hop);
    // "frame-001.png": 1-based, zero-padded to three digits (more when there are more hops).
    static QString frameName(int hop, int hopCount);
    // Writes every frame into `dir` (created if missing); files are replaced atomically.
    // False with *error on the first failure; *written counts the frames written.
    static bool write(ClusterScene &scene, const Trace &trace, const Cluster &cluster,
                      const QString &dir, const QSize &size, QString *error, int *written = nullptr,
                      const FrameCaptions &captions = {});
};

} // namespace hopscope::app
