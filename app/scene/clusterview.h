#pragma once

// The view on the ClusterScene: zoom (wheel, Ctrl+wheel, +/- keys, pinch), pan (drag on the
// drawing, scroll bars), fit to view (F), and an empty state inviting a drop when nothing is open.

#include <QGraphicsView>
#include <QStringList>

namespace hopscope::app {

class ClusterScene;

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

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToActualSize();
    // Fits the whole drawing; it stays fitted on resize until the user zooms or pans.
    void fitToView();

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(qreal factor, const QPointF &viewportAnchor);
    void applyFit();

    ClusterScene *m_scene;
    QStringList m_emptyDetails;
    bool m_autoFit = true;
};

} // namespace hopscope::app
