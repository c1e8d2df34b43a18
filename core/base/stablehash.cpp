#include "core/base/stablehash.h"

#include <QStringList>

namespace hopscope {

quint32 fnv32a(QByteArrayView data)
{
    quint32 h = kFnv32aOffset;
    for (const char c : data)
        h = fnv32aStep(h, quint8(c));
    return h;
}

quint64 fnv64a(QByteArrayView data)
{
    quint64 h = 14695981039346656037ull;
    for (const char c : data) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

quint64 stableHash(const QStringList &parts)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            bytes.append('\0');
        bytes.append(parts[i].toUtf8());
    }
    return fnv64a(bytes);
}

QString safeEncodeString(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes)
        out.append(QLatin1Char(kNameAlphabet[quint8(c) % kNameAlphabetSize]));
    return out;
}

QString stableRandomString(quint64 seed, int length)
{
    // splitmix64: every character draws on all the bits of the seed.
    QString out;
    out.reserve(length);
    quint64 state = seed;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(kNameAlphabet[splitmix64(&state) % kNameAlphabetSize]));
    return out;
}

} // namespace hopscope
