#pragma once

// Draws a ClusterScene outside a window: the same items the GUI shows, fitted to a size, on a
// light background. Used by `hopscope render` and by "Export image…".

#include <QImage>
#include <QSize>
#include <QString>

class QPainter;
class QRectF;

namespace hopscope::app {

class ClusterScene;

class SceneRenderer
{
public:
    static constexpr QSize DefaultSize{1600, 1000};

    // The scene's content, scaled to fit target (aspect ratio kept, centred).
    static void render(ClusterScene &scene, QPainter *painter, const QRectF &target);
    static QImage toImage(ClusterScene &scene, const QSize &size = DefaultSize);
    // The format follows the file's extension (.png or .svg). False with *error set on failure.
    static bool write(ClusterScene &scene, const QString &path, const QSize &size, QString *error);
    static bool isSupportedPath(const QString &path);
};

} // namespace hopscope::app
