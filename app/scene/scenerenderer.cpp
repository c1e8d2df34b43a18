#include "scene/scenerenderer.h"

#include "scene/clusterscene.h"
#include "scene/style.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

namespace hopscope::app {

namespace {
// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::SceneRenderer)
};
} // namespace

void SceneRenderer::render(ClusterScene &scene, QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->fillRect(target, style::sceneBackground());
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    if (scene.hasContent()) {
        // Centred: QGraphicsScene::render keeps the aspect ratio but aligns top-left.
        const QRectF source = scene.contentRect();
        QSizeF fitted = source.size().scaled(target.size(), Qt::KeepAspectRatio);
        QRectF placed(QPointF(0, 0), fitted);
        placed.moveCenter(target.center());
        // Drawn afresh: an SVG gets vectors, not the view's cached pixmap of the overview.
        QGraphicsItem *overview = scene.overviewItem();
        const auto cache = overview ? overview->cacheMode() : QGraphicsItem::NoCache;
        if (overview)
            overview->setCacheMode(QGraphicsItem::NoCache);
        scene.render(painter, placed, source, Qt::KeepAspectRatio);
        if (overview)
            overview->setCacheMode(cache);
    }
    painter->restore();
}

QImage SceneRenderer::toImage(ClusterScene &scene, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style::sceneBackground());
    QPainter painter(&image);
    render(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool SceneRenderer::isSupportedPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"png" || suffix == u"svg";
}

bool SceneRenderer::write(ClusterScene &scene, const QString &path, const QSize &size,
                          QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg") {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(QStringLiteral("Hopscope"));
        generator.setDescription(Tr::tr("Kubernetes service network drawn by Hopscope"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = Tr::tr("cannot write %1").arg(path);
            return false;
        }
        render(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        if (!QFileInfo::exists(path)) {
            *error = Tr::tr("cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    if (suffix != u"png") {
        *error = Tr::tr("%1: the output must end in .png or .svg").arg(path);
        return false;
    }
    QImageWriter writer(path, "png");
    if (!writer.write(toImage(scene, size))) {
        *error = Tr::tr("cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

} // namespace hopscope::app
