#include "scene/clusterview.h"

#include "scene/clusterscene.h"
#include "scene/items/poditem.h"
#include "scene/items/sceneitem.h"
#include "scene/style.h"
#include "scene/traceoverlay.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace hopscope::app {

namespace {
constexpr qreal MinZoom = 0.02;
constexpr qreal MaxZoom = 8.0;
constexpr qreal Step = 1.2;
constexpr qreal FitMargin = 16;
} // namespace

ClusterView::ClusterView(ClusterScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(style::sceneBackground());
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    // Drops go to the main window, which opens them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    connect(m_scene, &ClusterScene::clusterChanged, this, [this] {
        updateOverview();
        viewport()->update();
    });
    connect(this, &ClusterView::zoomChanged, this, &ClusterView::updateOverview);
}

void ClusterView::updateOverview()
{
    // The same threshold at which items switch to their summaries.
    m_scene->setOverview(m_scene->isLarge() && zoom() < SceneItem::DetailThreshold);
    materializeVisible();
}

void ClusterView::materializeVisible()
{
    // The scene as it is now: while it is destroyed, the view's scroll bars still move (and
    // m_scene is no longer a ClusterScene then).
    auto *scene = qobject_cast<ClusterScene *>(this->scene());
    // By the zoom, not the overview's state: while a transform changes, the scroll bars move
    // before zoomChanged switches the overview on.
    if (scene && scene->isLarge() && zoom() >= SceneItem::DetailThreshold)
        scene->materialize(mapToScene(viewport()->rect()).boundingRect());
}

void ClusterView::paintEvent(QPaintEvent *event)
{
    materializeVisible(); // cheap when the area's items exist
    QGraphicsView::paintEvent(event);
}

void ClusterView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    materializeVisible(); // before the hover under the pointer is looked up
}

qreal ClusterView::zoom() const
{
    return transform().m11();
}

void ClusterView::setEmptyStateDetails(const QStringList &lines)
{
    m_emptyDetails = lines;
    viewport()->update();
}

bool ClusterView::isShowingEmptyState() const
{
    return !m_scene->hasContent();
}

void ClusterView::setOverlay(const TraceOverlay *overlay)
{
    m_overlay = overlay;
    viewport()->update();
}

QString ClusterView::entityAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos)) {
        switch (item->type()) {
        case PodItemType: {
            const auto *pod = static_cast<PodItem *>(item);
            return pod->podIds().isEmpty() ? pod->id() : pod->podIds().first();
        }
        case ClientItemType:
        case NodeItemType:
        case ServiceItemType:
        case NodePortItemType:
        case LoadBalancerItemType: {
            const QString &id = static_cast<SceneItem *>(item)->id();
            return id == pendingAreaId() ? QString() : id;
        }
        default:
            break; // edges, the frame, the legend: look below
        }
    }
    return QString();
}

QString ClusterView::movableAt(const QPoint &viewportPos) const
{
    const SceneLayout &layout = m_scene->sceneLayout();
    for (QGraphicsItem *item : items(viewportPos)) {
        QString id;
        switch (item->type()) {
        case PodItemType:
            if (const PodSlot *slot = layout.slot(static_cast<SceneItem *>(item)->id()))
                id = slot->nodeId;
            break;
        case NodePortItemType:
            if (const SocketPlace *socket = layout.socket(static_cast<SceneItem *>(item)->id()))
                id = socket->nodeId;
            break;
        case ClientItemType:
        case NodeItemType:
        case ServiceItemType:
        case LoadBalancerItemType:
            id = static_cast<SceneItem *>(item)->id();
            break;
        default:
            continue; // edges, the frame, the legend: look below
        }
        return m_scene->isMovable(id) ? id : QString();
    }
    return QString();
}

void ClusterView::zoomBy(qreal factor, const QPointF &viewportAnchor)
{
    const qreal target = std::clamp(zoom() * factor, std::min(MinZoom, fitScale()), MaxZoom);
    factor = target / zoom();
    if (qFuzzyCompare(factor, 1.0))
        return;
    m_autoFit = false;
    // Keep the scene point under the anchor where it is.
    const QPointF before = mapToScene(viewportAnchor.toPoint());
    scale(factor, factor);
    const QPointF after = mapToScene(viewportAnchor.toPoint());
    const QPointF delta = (after - before) * zoom();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::lround(delta.y())));
    Q_EMIT zoomChanged(zoom());
}

void ClusterView::zoomIn()
{
    zoomBy(Step, viewport()->rect().center());
}

void ClusterView::zoomOut()
{
    zoomBy(1 / Step, viewport()->rect().center());
}

void ClusterView::zoomToActualSize()
{
    zoomBy(1 / zoom(), viewport()->rect().center());
}

void ClusterView::fitToView()
{
    m_autoFit = true;
    applyFit();
}

void ClusterView::panTo(const QPointF &scenePos)
{
    m_autoFit = false;
    centerOn(scenePos);
}

void ClusterView::restyle()
{
    setBackgroundBrush(style::sceneBackground());
    viewport()->update();
}

qreal ClusterView::fitScale() const
{
    const QRectF content = m_scene->contentRect();
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * FitMargin, 2 * FitMargin);
    if (room.width() <= 0 || room.height() <= 0 || content.isEmpty())
        return MinZoom;
    // A cluster of thousands of nodes fits below MinZoom: the whole drawing still fits.
    return std::min(MaxZoom,
                    std::min(room.width() / content.width(), room.height() / content.height()));
}

void ClusterView::setReadableZoom(qreal zoom)
{
    m_readableZoom = std::clamp<qreal>(zoom, 0, MaxZoom);
    if (m_readableZoom <= 0)
        setSceneRect(QRectF()); // the scene's own again
    if (m_autoFit)
        applyFit();
}

void ClusterView::setFocusPoint(const QPointF &scenePos)
{
    m_focus = scenePos;
    m_hasFocus = true;
    if (!m_autoFit || !m_scene->hasContent() || fitScale() >= m_readableZoom)
        return;
    // Only when it leaves the middle of the view: the drawing does not sway with each frame.
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    const QRectF middle = shown.adjusted(shown.width() * 0.2, shown.height() * 0.2,
                                         -shown.width() * 0.2, -shown.height() * 0.2);
    if (!middle.contains(scenePos))
        applyFit();
}

void ClusterView::applyFit()
{
    if (!m_scene->hasContent()) {
        resetTransform();
        return;
    }
    const QRectF content = m_scene->contentRect();
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * FitMargin, 2 * FitMargin);
    if (room.width() <= 0 || room.height() <= 0 || content.isEmpty())
        return;
    const qreal fit = fitScale();
    const qreal s = std::max(fit, m_readableZoom);
    setTransform(QTransform::fromScale(s, s));
    QPointF centre = content.center();
    setSceneRect(QRectF()); // the scene's own, but for the packet standing out of it below
    if (s > fit && m_hasFocus) {
        // The focus point, as near the middle as the drawing's edges allow (the packet drawn
        // round the focus may stand out of them).
        const qreal reach = 90 / s;
        const QRectF area =
            content.united(QRectF(m_focus - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)));
        setSceneRect(area.united(scene()->sceneRect())); // so far the view can scroll
        const qreal halfW = viewport()->width() / (2 * s) - FitMargin / s;
        const qreal halfH = viewport()->height() / (2 * s) - FitMargin / s;
        if (area.width() > 2 * halfW)
            centre.setX(std::clamp(m_focus.x(), area.left() + halfW, area.right() - halfW));
        if (area.height() > 2 * halfH)
            centre.setY(std::clamp(m_focus.y(), area.top() + halfH, area.bottom() - halfH));
    }
    centerOn(centre);
    Q_EMIT zoomChanged(zoom());
}

void ClusterView::wheelEvent(QWheelEvent *event)
{
    // The wheel zooms (with or without Ctrl) around the pointer; Shift+wheel scrolls.
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(Step, delta / 120.0), event->position());
    event->accept();
}

void ClusterView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_F:
        fitToView();
        return;
    case Qt::Key_0:
        zoomToActualSize();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void ClusterView::mousePressEvent(QMouseEvent *event)
{
    m_autoFit = false; // the user pans: a resize must not undo it
    m_pressPos = event->position().toPoint();
    m_dragging = false;
    m_dragId.clear();
    if (event->button() == Qt::LeftButton && m_itemDragEnabled &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))) {
        m_dragId = movableAt(m_pressPos);
        if (!m_dragId.isEmpty()) {
            // The item moves, not the view: no hand-drag pan for this press.
            m_dragStart = mapToScene(m_pressPos);
            m_dragFrom = m_scene->positionOffset(m_dragId);
            setDragMode(QGraphicsView::NoDrag);
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void ClusterView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragId.isEmpty() || !(event->buttons() & Qt::LeftButton)) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < 5)
        return;
    if (!m_dragging) {
        viewport()->setCursor(Qt::ClosedHandCursor);
        m_scene->setDragging(true);
    }
    m_dragging = true;
    const QPointF delta = mapToScene(pos) - m_dragStart;
    m_scene->setPositionOffset(m_dragId,
                               m_dragFrom + QPointF(std::round(delta.x()), std::round(delta.y())));
    event->accept();
}

void ClusterView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragId.isEmpty()) {
        const QString id = m_dragId;
        const bool dragged = m_dragging;
        m_dragId.clear();
        m_dragging = false;
        viewport()->unsetCursor();
        setDragMode(QGraphicsView::ScrollHandDrag);
        if (dragged) {
            m_scene->setDragging(false);
            QGraphicsView::mouseReleaseEvent(event);
            const QPointF to = m_scene->positionOffset(id);
            if (to != m_dragFrom)
                Q_EMIT itemMoved(id, m_dragFrom, to);
            return;
        }
    }
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() < 5) {
        const QString id = entityAt(pos);
        if (!id.isEmpty())
            Q_EMIT entityClicked(id);
    }
}

void ClusterView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        applyFit();
    materializeVisible();
}

bool ClusterView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void ClusterView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_scene->hasContent()) {
        if (m_overlay)
            m_overlay->paint(painter, QRectF(viewport()->rect()));
        return;
    }
    // The empty state, in viewport coordinates: a drop zone with what to do and why.
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(viewport()->rect()).adjusted(40, 40, -40, -40);
    // The problems in whole lines, wrapped (a diagnostic cut in the middle loses its point).
    const qreal zoneWidth = std::min<qreal>(760, area.width());
    const QFontMetricsF small(style::font(style::Font::Small));
    const int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere;
    QList<qreal> lineHeights;
    qreal details = 0;
    for (const QString &line : std::as_const(m_emptyDetails)) {
        lineHeights << small.boundingRect(QRectF(0, 0, zoneWidth - 64, 1e6), wrap, line).height();
        details += lineHeights.last() + 4;
    }
    const qreal height = 280 + (m_emptyDetails.isEmpty() ? 0 : 16 + details);
    QRectF zone(0, 0, zoneWidth, std::min(height, area.height()));
    zone.moveCenter(area.center());
    QPen dash(style::frameBorder(), 3, Qt::CustomDashLine);
    dash.setDashPattern({4, 3});
    painter->setPen(dash);
    painter->setBrush(style::clusterFill());
    painter->drawRoundedRect(zone, 24, 24);

    // A tray with an arrow dropping into it.
    const QPointF c(zone.center().x(), zone.top() + 88);
    QPen glyph(style::serviceColor(ServiceType::ClusterIP), 6, Qt::SolidLine, Qt::RoundCap,
               Qt::RoundJoin);
    painter->setPen(glyph);
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(c + QPointF(0, -46), c + QPointF(0, 8));
    painter->drawPolyline(
        QPolygonF({c + QPointF(-20, -12), c + QPointF(0, 8), c + QPointF(20, -12)}));
    painter->drawPolyline(QPolygonF(
        {c + QPointF(-44, 0), c + QPointF(-44, 26), c + QPointF(44, 26), c + QPointF(44, 0)}));

    QFont title = style::font(style::Font::FrameTitle);
    title.setPixelSize(26);
    painter->setFont(title);
    painter->setPen(style::ink());
    const QRectF titleRect(zone.left() + 24, c.y() + 48, zone.width() - 48, 40);
    painter->drawText(titleRect, Qt::AlignCenter, tr("Drop Kubernetes manifests here"));
    painter->setFont(style::font(style::Font::Body));
    painter->setPen(style::mutedInk());
    const QRectF hint(zone.left() + 24, titleRect.bottom() + 4, zone.width() - 48, 48);
    painter->drawText(hint, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                      tr("YAML or JSON files, or a folder of them\n"
                         "or use File ▸ Open Files…, Open Folder… or Open Demo"));
    if (!m_emptyDetails.isEmpty()) {
        painter->setFont(style::font(style::Font::Small));
        painter->setPen(style::failureColor());
        qreal y = hint.bottom() + 8;
        for (int i = 0; i < m_emptyDetails.size(); ++i) {
            if (y + lineHeights[i] > zone.bottom() - 12)
                break; // whole lines only
            painter->drawText(QRectF(zone.left() + 32, y, zone.width() - 64, lineHeights[i]),
                              wrap, m_emptyDetails[i]);
            y += lineHeights[i] + 4;
        }
    }
    painter->restore();
}

} // namespace hopscope::app
