#include "core/proxy/chainnames.h"

#include <QCryptographicHash>
#include <QHash>

#include <cstdio>

namespace hopscope {

namespace {

// The first 16 characters of the standard base32 encoding (RFC 4648, A–Z 2–7) of a digest:
// 16 characters take exactly the first 10 bytes, so padding never shows.
QString base32Prefix16(const QByteArray &digest)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    out.reserve(16);
    quint64 buffer = 0;
    int bits = 0;
    for (int i = 0; i < 10 && i < digest.size(); ++i) {
        buffer = (buffer << 8) | quint8(digest[i]);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(alphabet[(buffer >> bits) & 0x1f]);
        }
    }
    return out;
}

QString hashSuffix(const QString &input)
{
    return base32Prefix16(QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha256));
}

} // namespace

QString servicePortNameString(const QString &ns, const QString &name, const QString &portName)
{
    QString s = ns + u'/' + name;
    if (!portName.isEmpty())
        s += u':' + portName;
    return s;
}

QString portProtoHash(const QString &servicePortName, const QString &protocol)
{
    return hashSuffix(servicePortName + protocol);
}

QString servicePortChainName(const char *prefix, const QString &servicePortName,
                             const QString &protocol)
{
    return QLatin1String(prefix) + portProtoHash(servicePortName, protocol);
}

QString endpointChainName(const QString &servicePortName, const QString &protocol,
                          const QString &endpoint)
{
    return QLatin1String(kEndpointChainPrefix) + hashSuffix(servicePortName + protocol + endpoint);
}

QString endpointString(const QString &ip, int port)
{
    if (ip.contains(u':'))
        return u'[' + ip + QStringLiteral("]:") + QString::number(port);
    return ip + u':' + QString::number(port);
}

QString computeProbability(int n)
{
    // The same few texts over and over (1/2 … 1/replicas in every Service): kept per thread, so
    // every rule with the same probability shares one string.
    thread_local QHash<int, QString> texts;
    if (const auto it = texts.constFind(n); it != texts.cend())
        return it.value();
    // glibc's printf, like Go's fmt, rounds the exact binary value half-to-even.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%0.10f", 1.0 / double(n));
    const QString text = QString::fromLatin1(buffer);
    if (texts.size() < 4096) // a bound: a Service with a million endpoints does not keep them all
        texts.insert(n, text);
    return text;
}

bool isServiceChainName(const QString &chain)
{
    for (const char *prefix : {kServiceChainPrefix, kLocalChainPrefix, kExternalChainPrefix,
                               kFirewallChainPrefix, kEndpointChainPrefix})
        if (chain.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

} // namespace hopscope
