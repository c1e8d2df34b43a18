#pragma once

// Which entity items of a large cluster exist only where a view looks. A hundred thousand
// QGraphicsItems cost a frame ~50 ms just to be walked, and ~400 MB, whatever is on screen; so a
// large cluster's nodes, pods, bands and sockets are entries here, bucketed by the square of the
// drawing they touch, and the scene makes the items of a square when a view first shows it.
// Squares shown long ago are given back (their items deleted) once too many are live.
//
// Bookkeeping only: no items, no painting, no Kubernetes (the scene owns the items).

#include <QHash>
#include <QList>
#include <QPoint>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace hopscope::app {

class LazyItems final
{
public:
    struct Entry
    {
        QString id;
        int type = 0;
        QRectF rect; // where it is drawn (scene coordinates)
    };

    explicit LazyItems(qreal tileSize = 3000) : m_tileSize(tileSize) {}

    void clear();
    void add(const QString &id, int type, const QRectF &rect);
    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry *entry(const QString &id) const;
    QStringList ids() const { return m_byId.keys(); }

    // The entries of the squares covering rect that were not live, each once; those squares
    // become live (the newest).
    QList<const Entry *> reveal(const QRectF &rect);
    // When more than maxLive squares are live: the oldest ones outside keep stop being live,
    // and the entries that no live square touches any more are returned (their items can go).
    QList<const Entry *> retire(const QRectF &keep, int maxLive);
    int liveCount() const { return int(m_live.size()); }
    // Forgets which squares are live (every entry can be revealed again).
    void resetLive() { m_live.clear(); }

private:
    QRect tilesOf(const QRectF &rect) const;
    static quint64 key(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }
    bool touchesLive(const QRectF &rect) const;

    qreal m_tileSize;
    QList<Entry> m_entries;
    QHash<QString, int> m_byId;
    QHash<quint64, QList<int>> m_buckets; // square → entries touching it
    QHash<quint64, quint64> m_live;       // live square → when it was revealed
    quint64 m_clock = 0;
};

} // namespace hopscope::app
