#include "core/proxy/nftrules.h"

#include <QCryptographicHash>

#include <algorithm>

namespace hopscope {

const NftChain *NftRuleset::chain(const QString &name) const
{
    const auto it = m_chains.constFind(name);
    return it == m_chains.cend() ? nullptr : &chains[it.value()];
}

const NftSet *NftRuleset::set(const QString &name) const
{
    const auto it = m_sets.constFind(name);
    return it == m_sets.cend() ? nullptr : &sets[it.value()];
}

QList<const NftRule *> NftRuleset::chainRules(const QString &chainName) const
{
    QList<const NftRule *> out;
    for (int i : m_rules.value(chainName))
        out << &rules[i];
    return out;
}

const NftElement *NftRuleset::element(const QString &setName, const QString &key) const
{
    const auto s = m_elements.constFind(setName);
    if (s == m_elements.cend())
        return nullptr;
    const auto e = s->constFind(key);
    return e == s->cend() ? nullptr : &elements[e.value()];
}

QList<const NftChain *> NftRuleset::baseChains(const QString &hook) const
{
    QList<const NftChain *> out;
    for (int i : m_baseChains) // indexed: a big table has tens of thousands of chains
        if (chains[i].hook == hook)
            out << &chains[i];
    // Netfilter runs the hooks' chains by priority; equal priorities keep the order added.
    std::stable_sort(out.begin(), out.end(), [](const NftChain *a, const NftChain *b) {
        return a->priority < b->priority;
    });
    return out;
}

void NftRuleset::reindex()
{
    m_chains.clear();
    m_sets.clear();
    m_rules.clear();
    m_elements.clear();
    m_baseChains.clear();
    for (int i = 0; i < chains.size(); ++i) {
        m_chains.insert(chains[i].name, i);
        if (chains[i].isBase())
            m_baseChains << i;
    }
    for (int i = 0; i < sets.size(); ++i)
        m_sets.insert(sets[i].name, i);
    for (int i = 0; i < rules.size(); ++i)
        m_rules[rules[i].chain] << i;
    for (int i = 0; i < elements.size(); ++i)
        m_elements[elements[i].set].insert(elements[i].key, i);
}

QString nftHashAndTruncate(const QString &text)
{
    // chainNameBaseLengthMax = knftables.NameLengthMax (256) - chainNamePrefixLengthMax (16).
    constexpr int kBaseLengthMax = 240;
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString hash;
    quint64 buffer = 0;
    int bits = 0;
    for (int i = 0; i < 5; ++i) { // 8 base32 characters take exactly 5 bytes
        buffer = (buffer << 8) | quint8(digest[i]);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            hash += QLatin1Char(alphabet[(buffer >> bits) & 0x1f]);
        }
    }
    QString name = hash + u'-' + text;
    if (name.toUtf8().size() > kBaseLengthMax)
        name = QString::fromUtf8(name.toUtf8().left(kBaseLengthMax - 3)) + QStringLiteral("...");
    return name;
}

QString nftServicePortBase(const QString &ns, const QString &name, const QString &protocol,
                           const QString &portName)
{
    return nftHashAndTruncate(ns + u'/' + name + u'/' + protocol + u'/' + portName);
}

QString nftEndpointBase(const QString &ns, const QString &name, const QString &protocol,
                        const QString &portName, const QString &ip, int port)
{
    QString address = ip;
    address.replace(u':', u'.');
    return nftHashAndTruncate(ns + u'/' + name + u'/' + protocol + u'/' + portName +
                              QStringLiteral("__") + address + u'/' + QString::number(port));
}

} // namespace hopscope
