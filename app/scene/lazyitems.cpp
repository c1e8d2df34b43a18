#include "scene/lazyitems.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace hopscope::app {

void LazyItems::clear()
{
    m_entries.clear();
    m_byId.clear();
    m_buckets.clear();
    m_live.clear();
}

QRect LazyItems::tilesOf(const QRectF &rect) const
{
    const int left = int(std::floor(rect.left() / m_tileSize));
    const int top = int(std::floor(rect.top() / m_tileSize));
    const int right = int(std::floor(rect.right() / m_tileSize));
    const int bottom = int(std::floor(rect.bottom() / m_tileSize));
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

void LazyItems::add(const QString &id, int type, const QRectF &rect)
{
    if (m_byId.contains(id))
        return;
    const int index = int(m_entries.size());
    m_entries.append({id, type, rect});
    m_byId.insert(id, index);
    const QRect tiles = tilesOf(rect);
    for (int x = tiles.left(); x <= tiles.right(); ++x)
        for (int y = tiles.top(); y <= tiles.bottom(); ++y)
            m_buckets[key(x, y)].append(index);
}

const LazyItems::Entry *LazyItems::entry(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entries[it.value()];
}

QList<const LazyItems::Entry *> LazyItems::reveal(const QRectF &rect)
{
    QList<const Entry *> out;
    if (m_entries.isEmpty() || !rect.isValid())
        return out;
    const QRect tiles = tilesOf(rect);
    QSet<int> seen;
    for (int x = tiles.left(); x <= tiles.right(); ++x) {
        for (int y = tiles.top(); y <= tiles.bottom(); ++y) {
            const quint64 k = key(x, y);
            auto live = m_live.find(k);
            if (live != m_live.end()) {
                live.value() = ++m_clock; // seen again: the newest
                continue;
            }
            m_live.insert(k, ++m_clock);
            for (const int i : m_buckets.value(k))
                if (!seen.contains(i)) {
                    seen.insert(i);
                    out << &m_entries[i];
                }
        }
    }
    return out;
}

bool LazyItems::touchesLive(const QRectF &rect) const
{
    const QRect tiles = tilesOf(rect);
    for (int x = tiles.left(); x <= tiles.right(); ++x)
        for (int y = tiles.top(); y <= tiles.bottom(); ++y)
            if (m_live.contains(key(x, y)))
                return true;
    return false;
}

QList<const LazyItems::Entry *> LazyItems::retire(const QRectF &keep, int maxLive)
{
    QList<const Entry *> out;
    if (m_live.size() <= maxLive)
        return out;
    // The live squares outside keep, oldest first; retire down to half the allowance, so that
    // scrolling does not retire a square at every step.
    const QRect kept = keep.isValid() ? tilesOf(keep) : QRect();
    QList<QPair<quint64, quint64>> old; // (revealed at, square)
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        const QPoint tile(int(qint32(quint32(it.key() >> 32))), int(qint32(quint32(it.key()))));
        if (!kept.contains(tile))
            old.append({it.value(), it.key()});
    }
    std::sort(old.begin(), old.end());
    const qsizetype target = std::max<qsizetype>(maxLive / 2, m_live.size() - old.size());
    QList<quint64> retired;
    for (const auto &[when, square] : std::as_const(old)) {
        if (m_live.size() <= target)
            break;
        m_live.remove(square);
        retired << square;
    }
    QSet<int> seen;
    for (const quint64 square : std::as_const(retired))
        for (const int i : m_buckets.value(square))
            if (!seen.contains(i)) {
                seen.insert(i);
                if (!touchesLive(m_entries[i].rect))
                    out << &m_entries[i];
            }
    return out;
}

} // namespace hopscope::app
