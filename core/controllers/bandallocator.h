#pragma once

// The allocation scheme shared by the API server's ClusterIP and NodePort allocators (KEP-3070,
// KEP-3668): a range of `size` slots split at `offset` into a lower static band, meant for values
// users pick by hand, and an upper dynamic band that automatic allocation prefers. Kubernetes
// starts at a random slot; Hopscope starts at a slot derived from a stable seed, then probes
// linearly (wrapping inside the band), and falls back to the static band only when the dynamic
// band is full. Same seeds in the same order ⇒ same slots.

#include <QSet>
#include <QtGlobal>

#include <optional>

namespace hopscope {

class BandAllocator
{
public:
    BandAllocator() = default;
    BandAllocator(quint64 size, quint64 offset);

    quint64 size() const { return m_size; }
    quint64 offset() const { return m_offset; }
    qsizetype used() const { return m_used.size(); }
    bool isUsed(quint64 slot) const { return m_used.contains(slot); }
    bool isFull() const { return quint64(m_used.size()) >= m_size; }

    // Reserves slot; false if it is out of range or already taken.
    bool allocate(quint64 slot);
    // Picks a free slot from the seed (dynamic band first); nullopt when the range is full.
    std::optional<quint64> allocateNext(quint64 seed);
    void release(quint64 slot);

private:
    std::optional<quint64> probe(quint64 first, quint64 count, quint64 seed) const;

    quint64 m_size = 0;
    quint64 m_offset = 0;
    QSet<quint64> m_used; // membership only: iteration order never matters
};

} // namespace hopscope
