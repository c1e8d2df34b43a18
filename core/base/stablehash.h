#pragma once

// Stable hashes and the name alphabet of Kubernetes' generated names. Everything here is a pure
// function of its input: no pointers, no per-process seeds, no clock.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace hopscope {

// FNV-1a, as Go's hash/fnv New32a / New64a; the steps for a caller that hashes as it scans.
inline constexpr quint32 kFnv32aOffset = 2166136261u;
constexpr quint32 fnv32aStep(quint32 h, quint8 byte)
{
    return (h ^ byte) * 16777619u;
}
quint32 fnv32a(QByteArrayView data);
quint64 fnv64a(QByteArrayView data);
// Of the UTF-8 bytes of the parts joined by '\0' (so ("ab","c") and ("a","bc") differ).
quint64 stableHash(const QStringList &parts);

// The alphabet of k8s.io/apimachinery/pkg/util/rand: no vowels, no 0/1/3 (no bad words, no
// look-alikes).
inline constexpr char kNameAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";
inline constexpr int kNameAlphabetSize = 27;

// rand.SafeEncodeString: each byte b becomes kNameAlphabet[b % 27].
QString safeEncodeString(const QByteArray &bytes);
// splitmix64: the next number of the sequence `*state` stands at (the same numbers on every
// platform and standard library, which std::shuffle's are not).
constexpr quint64 splitmix64(quint64 *state)
{
    quint64 z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// A `length`-character string over kNameAlphabet derived from seed (stands in for rand.String).
QString stableRandomString(quint64 seed, int length);

} // namespace hopscope
