#pragma once

// Draws a ClusterScene outside a window: the same items the GUI shows, fitted to a size, on a
// light background. Used by `hopscope render` and by File ▸ Export. With a TraceOverlay, the
// packet of a trace at the overlay's position is drawn too (its path so far, the lit area, the
// packet and its addresses), as the window paints it over the scene. With a caption
// (hopcaption.h), the hop's caption takes the bottom of the picture and the drawing fits in
// what is left: the text is never shrunk for the drawing. Every text drawn can be listed
// (`render --layout-json`).

#include "scene/drawntext.h"

#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;
class QPainter;
class QRectF;

namespace hopscope::app {

class ClusterScene;
class TraceOverlay;
struct HopCaption;

// What goes on the drawing besides the scene (all optional).
struct RenderExtras
{
    const TraceOverlay *overlay = nullptr; // the packet of a trace
    const HopCaption *caption = nullptr;   // a caption under the drawing
    QList<DrawnText> *texts = nullptr;     // filled with every text drawn, in target pixels
};

class SceneRenderer
{
public:
    static constexpr QSize DefaultSize{1600, 1000};

    enum class Format { Png, Svg };

    // The scene's content, scaled to fit target (aspect ratio kept, centred), and the overlay's
    // packet over it (null: none).
    static void render(ClusterScene &scene, QPainter *painter, const QRectF &target,
                       const TraceOverlay *overlay = nullptr);
    static void render(ClusterScene &scene, QPainter *painter, const QRectF &target,
                       const RenderExtras &extras);
    static QImage toImage(ClusterScene &scene, const QSize &size = DefaultSize,
                          const TraceOverlay *overlay = nullptr);
    // The format follows the file's extension (.png or .svg). The file is replaced atomically
    // (QSaveFile): a failed export leaves the old one. False with *error set on failure.
    static bool write(ClusterScene &scene, const QString &path, const QSize &size, QString *error,
                      const TraceOverlay *overlay = nullptr);
    static bool write(ClusterScene &scene, const QString &path, const QSize &size, QString *error,
                      const RenderExtras &extras);
    // The same to an open device.
    static bool write(ClusterScene &scene, QIODevice *device, Format format, const QSize &size,
                      QString *error, const RenderExtras &extras = {});
    static bool isSupportedPath(const QString &path);
};

} // namespace hopscope::app
