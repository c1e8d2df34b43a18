#pragma once

// A small overview of the whole drawing in the bottom-right corner of the cluster view: a
// thumbnail of the scene with a frame around the part the view shows; a click or a drag in it
// moves the view there. It floats over the view (a child of it, not of its viewport, so that it
// does not scroll with the drawing) and is re-rendered when the scene changes. It shows only
// while the view does not show the whole drawing (fitted, it would only cover a corner of it).
// While a request is traced, a dot marks where its packet is, also when the view looks
// elsewhere.

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace hopscope::app {

class ClusterView;

class MiniMap final : public QWidget
{
    Q_OBJECT
public:
    explicit MiniMap(ClusterView *view);

    // The view's visible part and the drawn frame, in scene coordinates.
    QRectF visibleSceneRect() const;
    // Where a point of the minimap lies in the scene, and back.
    QPointF toScene(const QPointF &local) const;
    QPointF fromScene(const QPointF &scenePos) const;
    // The thumbnail's area inside the widget.
    QRectF thumbnailRect() const;
    // The frame as last painted (widget coordinates; null before a paint with content).
    QRectF paintedFrame() const { return m_paintedFrame; }
    // The packet's dot as last painted (its centre, widget coordinates; null: none).
    QPointF paintedPacket() const { return m_paintedPacket; }

    // The scene or the theme changed: the thumbnail is drawn again (soon, once).
    void scheduleRender();
    // View ▸ Minimap: shown when wanted and the drawing does not fit the view.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    // How much of the drawing's items a minimap at `rect` (view coordinates) would cover, in
    // viewport pixels²: it takes the corner where this is least.
    qreal coveredContent(const QRect &rect) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void place();
    void panTo(const QPointF &local);
    void updateVisibility();

    QPointer<ClusterView> m_view;
    QPointer<QWidget> m_viewport;
    QPixmap m_thumbnail;
    QRectF m_sceneRect; // what the thumbnail shows
    QRectF m_paintedFrame;
    QPointF m_paintedPacket;
    QPointF m_packet; // scene position of the packet the view painted last (null: none)
    QTimer m_renderTimer;
    bool m_wanted = true;
    int m_corner = 0; // 0 bottom-right, 1 bottom-left, 2 top-right, 3 top-left
};

} // namespace hopscope::app
