#include "core/controllers/bandallocator.h"

namespace hopscope {

BandAllocator::BandAllocator(quint64 size, quint64 offset)
    : m_size(size), m_offset(offset < size ? offset : 0)
{}

bool BandAllocator::allocate(quint64 slot)
{
    if (slot >= m_size || m_used.contains(slot))
        return false;
    m_used.insert(slot);
    return true;
}

std::optional<quint64> BandAllocator::probe(quint64 first, quint64 count, quint64 seed) const
{
    if (count == 0)
        return std::nullopt;
    const quint64 start = seed % count;
    for (quint64 i = 0; i < count; ++i) {
        const quint64 slot = first + (start + i) % count;
        if (!m_used.contains(slot))
            return slot;
    }
    return std::nullopt;
}

std::optional<quint64> BandAllocator::allocateNext(quint64 seed)
{
    if (isFull())
        return std::nullopt;
    std::optional<quint64> slot = probe(m_offset, m_size - m_offset, seed);
    if (!slot)
        slot = probe(0, m_offset, seed);
    if (slot)
        m_used.insert(*slot);
    return slot;
}

void BandAllocator::release(quint64 slot)
{
    m_used.remove(slot);
}

} // namespace hopscope
