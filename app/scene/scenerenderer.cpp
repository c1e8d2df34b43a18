#include "scene/scenerenderer.h"

#include "core/base/koreanparticles.h"

#include "scene/clusterscene.h"
#include "scene/hopcaption.h"
#include "scene/style.h"
#include "scene/traceoverlay.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace hopscope::app {

namespace {
// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::SceneRenderer)
};
} // namespace

void SceneRenderer::render(ClusterScene &scene, QPainter *painter, const QRectF &target,
                           const TraceOverlay *overlay)
{
    RenderExtras extras;
    extras.overlay = overlay;
    render(scene, painter, target, extras);
}

void SceneRenderer::render(ClusterScene &scene, QPainter *painter, const QRectF &target,
                           const RenderExtras &extras)
{
    painter->save();
    painter->fillRect(target, style::sceneBackground());
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    // The caption first: the drawing gets the room it leaves.
    std::unique_ptr<CaptionLayout> caption;
    QRectF drawing = target;
    if (extras.caption && !extras.caption->isEmpty()) {
        caption = CaptionLayout::fit(*extras.caption, target.size().toSize());
        drawing.setBottom(target.bottom() - caption->height());
    }
    const TraceOverlay *overlay = extras.overlay;
    if (scene.hasContent() && drawing.height() > 1) {
        // Centred: QGraphicsScene::render keeps the aspect ratio but aligns top-left.
        const QRectF source = scene.contentRect();
        QSizeF fitted = source.size().scaled(drawing.size(), Qt::KeepAspectRatio);
        QRectF placed(QPointF(0, 0), fitted);
        placed.moveCenter(drawing.center());
        scene.renderContent(painter, placed, source, Qt::KeepAspectRatio);
        QTransform toTarget;
        if (source.width() > 0 && source.height() > 0) {
            toTarget.translate(placed.left(), placed.top());
            toTarget.scale(placed.width() / source.width(), placed.height() / source.height());
            toTarget.translate(-source.left(), -source.top());
        }
        if (overlay && overlay->hasTrace() && source.width() > 0 && source.height() > 0) {
            // The overlay paints in device pixels from the scene-to-device transform, as in
            // ClusterView::drawForeground.
            painter->save();
            painter->setClipRect(drawing);
            painter->setWorldTransform(toTarget, true);
            overlay->paint(painter, drawing);
            painter->restore();
        }
        if (extras.texts) {
            for (DrawnText t : scene.drawnTexts(toTarget.m11())) {
                t.rect = toTarget.mapRect(t.rect);
                *extras.texts << t;
            }
            if (overlay && overlay->hasTrace())
                *extras.texts << overlay->lastCallouts();
        }
    }
    if (caption) {
        const QPointF at(target.left(), drawing.bottom());
        caption->paint(painter, at);
        if (extras.texts)
            *extras.texts << caption->texts(at);
    }
    painter->restore();
}

QImage SceneRenderer::toImage(ClusterScene &scene, const QSize &size, const TraceOverlay *overlay)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style::sceneBackground());
    QPainter painter(&image);
    render(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)), overlay);
    painter.end();
    return image;
}

bool SceneRenderer::isSupportedPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"png" || suffix == u"svg";
}

bool SceneRenderer::write(ClusterScene &scene, QIODevice *device, Format format, const QSize &size,
                          QString *error, const RenderExtras &extras)
{
    if (format == Format::Svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(device);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(QStringLiteral("Hopscope"));
        generator.setDescription(Tr::tr("Kubernetes service network drawn by Hopscope"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = Tr::tr("cannot write the SVG drawing");
            return false;
        }
        render(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)), extras);
        painter.end();
        return true;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style::sceneBackground());
    QPainter painter(&image);
    render(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)), extras);
    painter.end();
    QImageWriter writer(device, "png");
    if (!writer.write(image)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool SceneRenderer::write(ClusterScene &scene, const QString &path, const QSize &size,
                          QString *error, const TraceOverlay *overlay)
{
    RenderExtras extras;
    extras.overlay = overlay;
    return write(scene, path, size, error, extras);
}

bool SceneRenderer::write(ClusterScene &scene, const QString &path, const QSize &size,
                          QString *error, const RenderExtras &extras)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isSupportedPath(path)) {
        *error = Tr::tr("%1: the output must end in .png or .svg").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = korean::finished(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    QString why;
    if (!write(scene, &file, suffix == u"svg" ? Format::Svg : Format::Png, size, &why, extras) ||
        !file.commit()) {
        file.cancelWriting();
        *error = korean::finished(
            Tr::tr("cannot write %1: %2").arg(path, why.isEmpty() ? file.errorString() : why));
        return false;
    }
    return true;
}

} // namespace hopscope::app
