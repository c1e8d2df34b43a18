#include "scene/minimap.h"

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/items/sceneitem.h"
#include "scene/style.h"
#include "scene/traceoverlay.h"

#include <QGraphicsItem>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace hopscope::app {

namespace {
constexpr int Width = 240;
constexpr int MaxHeight = 180;
constexpr int Margin = 12; // from the view's corner
constexpr int Inset = 6;   // the thumbnail inside the widget
// A text under the minimap costs this many times the same area of shapes, so that any text
// outweighs the inside of a large box: a covered box edge still reads, a pod name does not.
constexpr qreal TextWeight = 400.0;
} // namespace

MiniMap::MiniMap(ClusterView *view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("minimap"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(120);
    connect(&m_renderTimer, &QTimer::timeout, this, &MiniMap::render);
    auto *scene = qobject_cast<ClusterScene *>(view->scene());
    // Not QGraphicsScene::changed: a connection to it turns off the items' direct updates of
    // the views for the whole scene. The cluster and the theme are what change the thumbnail.
    if (scene) {
        connect(scene, &ClusterScene::clusterChanged, this, &MiniMap::scheduleRender);
        connect(scene, &ClusterScene::clusterChanged, this, &MiniMap::updateVisibility);
    }
    auto repaint = [this] {
        updateVisibility();
        if (isVisible())
            place();
        update();
    };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view, &ClusterView::zoomChanged, this, repaint);
    view->installEventFilter(this);
    // The packet moves with the view's repaints (the one clock drives the overlay).
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
    place();
    scheduleRender();
}

QRectF MiniMap::visibleSceneRect() const
{
    if (!m_view)
        return QRectF();
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

QRectF MiniMap::thumbnailRect() const
{
    return QRectF(rect()).adjusted(Inset, Inset, -Inset, -Inset);
}

QPointF MiniMap::toScene(const QPointF &local) const
{
    const QRectF t = thumbnailRect();
    if (m_sceneRect.isEmpty() || t.isEmpty())
        return QPointF();
    return m_sceneRect.topLeft() +
           QPointF((local.x() - t.left()) * m_sceneRect.width() / t.width(),
                   (local.y() - t.top()) * m_sceneRect.height() / t.height());
}

QPointF MiniMap::fromScene(const QPointF &p) const
{
    const QRectF t = thumbnailRect();
    if (m_sceneRect.isEmpty())
        return t.topLeft();
    return t.topLeft() + QPointF((p.x() - m_sceneRect.left()) * t.width() / m_sceneRect.width(),
                                 (p.y() - m_sceneRect.top()) * t.height() / m_sceneRect.height());
}

void MiniMap::setWanted(bool wanted)
{
    m_wanted = wanted;
    updateVisibility();
}

void MiniMap::updateVisibility()
{
    auto *scene = m_view ? qobject_cast<ClusterScene *>(m_view->scene()) : nullptr;
    bool show = m_wanted && scene && scene->hasContent();
    if (show) {
        // A pixel of slack: fitted views round.
        const QRectF content = scene->contentRect();
        const qreal slack = 1.5 / std::max(m_view->zoom(), 1e-6);
        show = !visibleSceneRect().adjusted(-slack, -slack, slack, slack).contains(content);
    }
    if (show != isVisibleTo(parentWidget()))
        setVisible(show);
}

void MiniMap::scheduleRender()
{
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

void MiniMap::render()
{
    place();
    auto *scene = m_view ? qobject_cast<ClusterScene *>(m_view->scene()) : nullptr;
    m_sceneRect = scene && scene->hasContent() ? scene->contentRect() : QRectF();
    if (m_sceneRect.isEmpty() || !isVisible()) {
        m_thumbnail = QPixmap();
        update();
        return;
    }
    const QSizeF size = thumbnailRect().size();
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap((size * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(style::sceneBackground());
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    scene->renderContent(&painter, QRectF(QPointF(), size), m_sceneRect, Qt::IgnoreAspectRatio);
    painter.end();
    m_thumbnail = pixmap;
    update();
}

void MiniMap::place()
{
    if (!m_view)
        return;
    auto *scene = qobject_cast<ClusterScene *>(m_view->scene());
    const QRectF content = scene && scene->hasContent() ? scene->contentRect() : QRectF();
    // The drawing's aspect ratio, within Width × MaxHeight.
    qreal w = Width;
    qreal h = content.isEmpty() ? Width * 0.6 : Width * content.height() / content.width();
    if (h > MaxHeight) {
        w = w * MaxHeight / h;
        h = MaxHeight;
    }
    const QSize size(int(w) + 2 * Inset, int(h) + 2 * Inset);
    const QRect vp = m_view->viewport()->geometry();
    // The four corners, the one it is in first: it moves to the corner that covers the least
    // of the drawing (the empty margin beside a node, not a Service band), and only when that
    // is clearly better, so that it does not hop about while one scrolls.
    QList<QRect> corners;
    for (int corner = 0; corner < 4; ++corner) {
        const int c = (m_corner + corner) % 4;
        const int x = (c == 0 || c == 2) ? vp.right() - Margin - size.width() : vp.left() + Margin;
        const int y = (c == 0 || c == 1) ? vp.bottom() - Margin - size.height() : vp.top() + Margin;
        corners << QRect(QPoint(x, y), size);
    }
    int best = 0;
    qreal bestCost = coveredContent(corners[0]);
    for (int i = 1; i < corners.size(); ++i) {
        const qreal cost = coveredContent(corners[i]);
        if (cost < bestCost * 0.7 - 1.0) {
            best = i;
            bestCost = cost;
        }
    }
    m_corner = (m_corner + best) % 4;
    const QRect target = corners[best];
    if (geometry() != target) {
        setGeometry(target);
        m_renderTimer.start();
    }
}

qreal MiniMap::coveredContent(const QRect &rect) const
{
    auto *scene = m_view ? qobject_cast<ClusterScene *>(m_view->scene()) : nullptr;
    if (!scene)
        return 0;
    const QRect inViewport = rect.translated(-m_view->viewport()->geometry().topLeft());
    const QRectF area = m_view->mapToScene(inViewport).boundingRect();
    if (!area.intersects(scene->contentRect()))
        return 0;
    qreal covered = 0;
    for (const QGraphicsItem *item : scene->items(area, Qt::IntersectsItemBoundingRect)) {
        if (!item->isVisible())
            continue;
        // The item's own texts (a node's name and IP, a pod's name, the client's label).
        if (const auto *sceneItem = dynamic_cast<const SceneItem *>(item)) {
            for (const DrawnText &text : sceneItem->drawnTexts()) {
                const QRectF shared = item->mapRectToScene(text.rect).intersected(area);
                covered += TextWeight * shared.width() * shared.height();
            }
        }
        const QRectF box = item->sceneBoundingRect();
        if (box.contains(area))
            continue; // a box the corner lies inside (a node's body): only its texts count
        const QRectF shared = box.intersected(area);
        covered += shared.width() * shared.height();
    }
    // In viewport pixels.
    const qreal zoom = std::max(m_view->zoom(), 1e-6);
    return covered * zoom * zoom;
}

void MiniMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(style::frameBorder(), 2));
    p.setBrush(style::sceneBackground());
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    if (m_thumbnail.isNull() || m_sceneRect.isEmpty())
        return;
    const QRectF t = thumbnailRect();
    p.drawPixmap(t.topLeft(), m_thumbnail);
    // The view's part: a frame, the rest dimmed a little.
    const QRectF visible =
        QRectF(fromScene(visibleSceneRect().topLeft()), fromScene(visibleSceneRect().bottomRight()))
            .intersected(t);
    p.save();
    p.setClipRect(t);
    QPainterPath outside;
    outside.addRect(t);
    QPainterPath inside;
    inside.addRect(visible);
    p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 40));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(style::serviceColor(ServiceType::ClusterIP), 2.5));
    p.drawRect(visible.adjusted(1, 1, -1, -1));
    m_paintedFrame = visible;
    m_paintedPacket = QPointF();
    if (!m_packet.isNull()) {
        // Where the packet is: a dot in its colour, ringed so that it shows on any thumbnail.
        const QPointF at = fromScene(m_packet);
        p.setPen(QPen(style::sceneBackground(), 2));
        p.setBrush(style::packetColor());
        p.drawEllipse(at, 5, 5);
        m_paintedPacket = at;
    }
    p.restore();
}

void MiniMap::panTo(const QPointF &local)
{
    if (m_view && !m_sceneRect.isEmpty())
        m_view->panTo(toScene(local));
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        panTo(event->position());
    event->accept();
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        panTo(event->position());
    event->accept();
}

bool MiniMap::eventFilter(QObject *watched, QEvent *event)
{
    // The event's type first: while the view is destroyed its viewport still gets events,
    // and m_view must not be looked at then (it is no longer a ClusterView).
    if (event->type() == QEvent::Resize && watched == m_view) {
        place();
        updateVisibility();
    }
    if (event->type() == QEvent::Paint && watched == m_viewport && m_view) {
        const TraceOverlay *overlay = m_view->overlay();
        const QPointF packet = overlay && overlay->hasTrace() ? overlay->packetScenePos()
                                                              : QPointF();
        // Only when it moved: this repaint may itself come from the minimap's own.
        if (packet != m_packet) {
            m_packet = packet;
            if (isVisible())
                update();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MiniMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    place();
    m_renderTimer.start();
}

} // namespace hopscope::app
