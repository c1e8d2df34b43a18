#pragma once

// The view on the ClusterScene: zoom (wheel, Ctrl+wheel, +/- keys, pinch), pan (drag on the
// drawing, scroll bars), fit to view (F), and an empty state inviting a drop when nothing is open.

#include <QGraphicsView>
#include <QStringList>

namespace hopscope::app {

class ClusterScene;
class TraceOverlay;

class ClusterView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ClusterView(ClusterScene *scene, QWidget *parent = nullptr);

    qreal zoom() const; // 1.0 = 1:1
    // Lines shown under the empty state's title (why the last open failed), empty for none.
    void setEmptyStateDetails(const QStringList &lines);
    QStringList emptyStateDetails() const { return m_emptyDetails; }
    bool isShowingEmptyState() const;

    // The traced packet painted over the scene (not owned; null for none).
    void setOverlay(const TraceOverlay *overlay);
    const TraceOverlay *overlay() const { return m_overlay; }
    // The entity a click at a viewport point picks: "client", "node/…", "pod/…" (the first pod
    // of a collapsed group), "svc/…", "socket/…", "lb/…"; empty over anything else.
    QString entityAt(const QPoint &viewportPos) const;
    bool isFitted() const { return m_autoFit; }
    // The item a drag at a viewport point moves (layoutoffsets.h): a node (also from one of
    // its pods or sockets), a Service, the client or a load balancer; empty over anything else.
    QString movableAt(const QPoint &viewportPos) const;
    // Dragging items (on by default); off, a drag on an item pans as anywhere else.
    void setItemDragEnabled(bool on) { m_itemDragEnabled = on; }
    bool isItemDragEnabled() const { return m_itemDragEnabled; }
    // A fitted view never shows the drawing smaller than `zoom` (presentation mode on a
    // projector: the pods' texts stay readable instead of the far-away summary); when the whole
    // drawing does not fit at that zoom, it shows the part around the focus point (the packet)
    // and follows it. 0 (the default): fitting shows the whole drawing.
    void setReadableZoom(qreal zoom);
    qreal readableZoom() const { return m_readableZoom; }
    // Where a fitted view at its readable zoom looks (scene coordinates); it re-centres when
    // the point leaves the middle of the view.
    void setFocusPoint(const QPointF &scenePos);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToActualSize();
    // Fits the whole drawing; it stays fitted on resize until the user zooms or pans.
    void fitToView();
    // Centres the view on a scene point (the minimap); like a pan, it ends the fitted state.
    void panTo(const QPointF &scenePos);
    // The theme changed: the background and the empty state are painted again.
    void restyle();

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    // A left click (not a drag) on an entity.
    void entityClicked(const QString &id);
    // A drag moved an item (ClusterScene::positionOffset) from one offset to another.
    void itemMoved(const QString &id, const QPointF &from, const QPointF &to);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(qreal factor, const QPointF &viewportAnchor);
    qreal fitScale() const; // the zoom that shows the whole drawing
    void updateOverview();  // a large cluster far away: the scene's overview stands in
    void applyFit();
    void materializeVisible(); // a large cluster: the items of what the view shows

    ClusterScene *m_scene;
    QStringList m_emptyDetails;
    const TraceOverlay *m_overlay = nullptr;
    QPoint m_pressPos;
    bool m_autoFit = true;
    qreal m_readableZoom = 0;
    QPointF m_focus;
    bool m_hasFocus = false;
    bool m_itemDragEnabled = true;
    QString m_dragId;    // the item pressed on, when it can be dragged
    QPointF m_dragStart; // scene position of the press
    QPointF m_dragFrom;  // its offset then
    bool m_dragging = false;
};

} // namespace hopscope::app
