#pragma once

// The packet of a trace, painted over the scene in the view's foreground (DESIGN.md: the
// packet is painted from the one clock's (hop, progress), not animated per item): the path so
// far as a thick solid line (the reply in another colour, the VXLAN overlay as a tunnel), the
// area of the current hop lit up, the packet glyph with its current src → dst, a red callout
// with the reason at a failure hop, and per-pod counters after "send N requests".
//
// Painted in device pixels, so the glyph and its texts stay readable at any zoom.

#include "core/model/trace.h"
#include "scene/drawntext.h"
#include "scene/hopplaces.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

class QBrush;
class QPainter;
class QPainterPath;
class QPen;

namespace hopscope::app {

class CalloutPlacer;
class ClusterScene;

class TraceOverlay final
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::TraceOverlay)
public:
    static QColor requestColor();
    static QColor replyColor();
    static QColor highlightColor(); // the lit-up area of the current hop
    static QColor packetColor();
    // The clear margin (device pixels) kept around each text of the drawing where a path line
    // or a leader passes under it: the line stops this far from the text's ink, so the text
    // reads on its own background (a halo) and the line visibly goes under it.
    static qreal textHalo();

    void setTrace(const Trace &trace, const QList<HopPlace> &places);
    // The scene whose texts (ClusterScene::drawnTexts(): node headers, pod-network bands, pods,
    // Service bands, sockets, the client, the cloud, the legend, the Cluster header) the
    // callouts keep clear of, read at every paint (null: none). It must outlive the overlay.
    void setScene(const ClusterScene *scene) { m_scene = scene; }
    void clearTrace();
    bool hasTrace() const { return !m_hops.isEmpty(); }
    // hop -1: nothing; progress 0..1 on the way to `hop`.
    void setPosition(int hop, qreal progress);
    int hop() const { return m_hop; }
    qreal progress() const { return m_progress; }

    // "send N requests": requests delivered per pod slot id (badges on the pods), out of
    // `total` sent.
    void setCounters(const QHash<QString, int> &perSlot, int total, const SceneLayout &layout);
    const QHash<QString, int> &counters() const { return m_counters; }
    // The counters' badges follow their pods after items were dragged.
    void relayoutCounters(const SceneLayout &layout);

    // Where the packet is (scene coordinates), and the area lit up; null when none.
    QPointF packetScenePos() const;
    QRectF highlightedSceneRect() const;
    QString highlightedItemId() const;
    // The label shown on the packet ("10.244.0.2:45232 → 10.96.0.5:80").
    QString packetLabel() const;
    // Where the label was painted last (device pixels; tests check what it covers).
    QRectF lastLabelRect() const { return m_lastLabel; }
    // The callouts painted last (the packet's label, a failure's reason, the tunnel's name), in
    // device pixels, and the scene's texts they kept clear of.
    const QList<DrawnText> &lastCallouts() const { return m_lastCallouts; }
    const QList<QRectF> &lastTexts() const { return m_lastTexts; }
    // Where the packet was painted last (device pixels; off its hop's point when that would
    // cover a text).
    QPointF lastPacketCenter() const { return m_lastPacket; }
    // The lit-up rings painted last (the hop's place, the deciding Service's band; device
    // pixels, null when none). They are not cut by the texts' halos, as the paths are.
    QRectF lastLitArea() const { return m_lastArea; }
    QRectF lastServiceArea() const { return m_lastServiceArea; }
    int lastLeaderCount() const { return m_lastLeaders; } // callouts moved off their anchor
    bool showsFailure() const;

    // `painter` carries the view's scene-to-viewport transform; `viewport` in device pixels.
    void paint(QPainter *painter, const QRectF &viewport) const;

private:
    struct HopPaint
    {
        QString before;
        QString after;
        QString action;
        bool reply = false;
        bool failure = false;
    };
    void paintPath(QPainter *p, const QTransform &t, CalloutPlacer &placer) const;
    void paintHighlight(QPainter *p, const QTransform &t) const;
    QRectF paintEnvelope(QPainter *p, const QPointF &at) const;
    void paintPacket(QPainter *p, const QRectF &env, CalloutPlacer &placer) const;
    void paintFailure(QPainter *p, const QRectF &env, CalloutPlacer &placer) const;
    void paintLeader(QPainter *p, const QRectF &box, const QRectF &anchor,
                     const QColor &color) const;
    // Fills `shape` / strokes it with `pen`, but not over the drawing's texts and their halos.
    void fillUnderTexts(QPainter *p, const QPainterPath &shape, const QBrush &brush) const;
    void strokeUnderTexts(QPainter *p, const QPainterPath &shape, const QPen &pen) const;
    void addCallout(const QString &id, const QString &text, const QRectF &rect) const;
    void paintCounters(QPainter *p, const QTransform &t) const;

    QList<HopPlace> m_places;
    const ClusterScene *m_scene = nullptr;
    QList<HopPaint> m_hops;
    QString m_summary;
    int m_hop = -1;
    qreal m_progress = 1.0;
    QHash<QString, int> m_counters;
    QHash<QString, QRectF> m_counterRects;
    int m_counterTotal = 0;
    mutable QRectF m_lastArea; // the lit area in device pixels, during paint()
    mutable QRectF m_lastClear;
    mutable QRectF m_lastLabel;
    mutable QRectF m_lastServiceArea;
    mutable QList<QRectF> m_lastTexts; // the scene's texts in device pixels, during paint()
    mutable QList<DrawnText> m_lastCallouts;
    mutable int m_lastLeaders = 0;
    mutable QPointF m_lastPacket;
    mutable QList<QRectF> m_halos; // the drawing's texts and their halos, during paint()
};

} // namespace hopscope::app
