#include "scene/calloutplacer.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace hopscope::app {

QList<QRectF> CalloutPlacer::around(const QRectF &anchor, const QSizeF &size, qreal gap, int rings)
{
    QList<QRectF> out;
    const qreal w = size.width();
    const qreal h = size.height();
    const QPointF c = anchor.center();
    for (int ring = 0; ring < rings; ++ring) {
        const qreal dy = gap + ring * (h * 0.75 + gap);
        const qreal dx = gap + ring * (w * 0.4 + gap);
        const qreal above = anchor.top() - dy - h;
        const qreal below = anchor.bottom() + dy;
        const qreal right = anchor.right() + dx;
        const qreal left = anchor.left() - dx - w;
        out << QRectF(c.x() - w / 2, above, w, h) << QRectF(c.x() - w / 2, below, w, h)
            << QRectF(right, c.y() - h / 2, w, h) << QRectF(left, c.y() - h / 2, w, h)
            << QRectF(right, above, w, h) << QRectF(left, above, w, h) << QRectF(right, below, w, h)
            << QRectF(left, below, w, h);
        // Slid along the row above and below, for a crowded row of pods.
        out << QRectF(c.x() - w / 2 + dx + w / 2, above, w, h)
            << QRectF(c.x() - w / 2 - dx - w / 2, above, w, h)
            << QRectF(c.x() - w / 2 + dx + w / 2, below, w, h)
            << QRectF(c.x() - w / 2 - dx - w / 2, below, w, h);
    }
    return out;
}

QList<QRectF> CalloutPlacer::alongEdges(const QPointF &anchor, const QSizeF &size) const
{
    QList<QRectF> out;
    const qreal w = size.width();
    const qreal h = size.height();
    for (int i = 0; i <= 8; ++i) {
        const qreal y = m_room.top() + (m_room.height() - h) * i / 8;
        const qreal x = m_room.left() + (m_room.width() - w) * i / 8;
        out << QRectF(m_room.left(), y, w, h) << QRectF(m_room.right() - w, y, w, h)
            << QRectF(x, m_room.top(), w, h) << QRectF(x, m_room.bottom() - h, w, h);
    }
    std::stable_sort(out.begin(), out.end(), [&](const QRectF &a, const QRectF &b) {
        return QLineF(a.center(), anchor).length() < QLineF(b.center(), anchor).length();
    });
    return out;
}

QRectF CalloutPlacer::keepInside(QRectF r) const
{
    if (r.right() > m_room.right())
        r.moveRight(m_room.right());
    if (r.left() < m_room.left())
        r.moveLeft(m_room.left());
    if (r.bottom() > m_room.bottom())
        r.moveBottom(m_room.bottom());
    if (r.top() < m_room.top())
        r.moveTop(m_room.top());
    return r;
}

qreal CalloutPlacer::covered(const QRectF &r, const QList<QRectF> &list)
{
    qreal sum = 0;
    for (const QRectF &k : list) {
        const QRectF o = r.intersected(k);
        if (o.width() > 0 && o.height() > 0)
            sum += o.width() * o.height();
    }
    return sum;
}

QRectF CalloutPlacer::place(const QList<QRectF> &candidates)
{
    QRectF best;
    qreal bestScore = -1;
    QRectF firstClear; // covers no text, maybe something soft
    for (const QRectF &c : candidates) {
        const QRectF r = keepInside(c);
        const qreal hard = covered(r, m_hard);
        const qreal soft = covered(r, m_soft);
        if (hard <= 0 && soft <= 0) {
            best = r;
            bestScore = 0;
            break;
        }
        if (hard <= 0 && firstClear.isNull())
            firstClear = r;
        const qreal score = hard * 1000 + soft;
        if (bestScore < 0 || score < bestScore) {
            bestScore = score;
            best = r;
        }
    }
    if (bestScore != 0 && !firstClear.isNull())
        best = firstClear;
    if (!best.isNull())
        m_hard << best;
    return best;
}

bool CalloutPlacer::needsLeader(const QRectF &box, const QRectF &anchor, qreal gap)
{
    const QRectF near = anchor.adjusted(-gap, -gap, gap, gap);
    return !box.intersects(near);
}

QPointF CalloutPlacer::nearestOnBorder(const QRectF &rect, const QPointF &to)
{
    return QPointF(std::clamp(to.x(), rect.left(), rect.right()),
                   std::clamp(to.y(), rect.top(), rect.bottom()));
}

} // namespace hopscope::app
