#pragma once

// Stable hashes and the name alphabet of Kubernetes' generated names. Everything here is a pure
// function of its input: no pointers, no per-process seeds, no clock.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace hopscope {

// FNV-1a, as Go's hash/fnv New32a / New64a.
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
// A `length`-character string over kNameAlphabet derived from seed (stands in for rand.String).
QString stableRandomString(quint64 seed, int length);

} // namespace hopscope
