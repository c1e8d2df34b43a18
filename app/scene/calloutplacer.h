#pragma once

// Where a callout goes (the packet's src → dst label, a failure's reason, the VXLAN tunnel's
// name): never over a text of the drawing. The occupied rectangles are the texts the scene
// draws (ClusterScene::drawnTexts()) and the callouts placed before; candidates are tried in
// order around the anchor, nearest first, and the first that covers nothing is taken (else the
// one that covers the least). A callout moved away from its anchor gets a leader line.
//
// Device pixels throughout: the window's viewport or the exported picture.

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace hopscope::app {

class CalloutPlacer final
{
public:
    explicit CalloutPlacer(const QRectF &room) : m_room(room.adjusted(6, 6, -6, -6)) {}

    // Texts a callout must not cover (hard), or had better not (soft: the lit-up hop, its
    // Service band, a path's glyph).
    void addText(const QRectF &rect) { m_hard << rect; }
    void addSoft(const QRectF &rect) { m_soft << rect; }
    const QList<QRectF> &texts() const { return m_hard; }

    // The candidates around `anchor` (the packet's glyph, a point as an empty rectangle) for a
    // box of `size`: above, below, right, left, then the corners, ring after ring outwards.
    static QList<QRectF> around(const QRectF &anchor, const QSizeF &size, qreal gap = 10,
                                int rings = 7);
    // Last resorts: along the room's edges (its margins are often free), nearest `anchor`
    // first. A callout there gets a leader line.
    QList<QRectF> alongEdges(const QPointF &anchor, const QSizeF &size) const;
    // The first candidate (kept inside the room) that covers no text and nothing soft; else the
    // first that covers no text; else the least covering. The result is occupied from then on.
    QRectF place(const QList<QRectF> &candidates);
    // How much of the texts `rect` covers (square pixels).
    qreal coveredText(const QRectF &rect) const { return covered(rect, m_hard); }

    // A box farther than `gap` from its anchor needs a leader line: from the nearest point of
    // the box's border to the anchor's.
    static bool needsLeader(const QRectF &box, const QRectF &anchor, qreal gap = 14);
    static QPointF nearestOnBorder(const QRectF &rect, const QPointF &to);

    QRectF keepInside(QRectF r) const;

private:
    static qreal covered(const QRectF &r, const QList<QRectF> &list);

    QRectF m_room;
    QList<QRectF> m_hard;
    QList<QRectF> m_soft;
};

} // namespace hopscope::app
