#include "core/model/entityfinder.h"

#include "core/model/cluster.h"

#include <QHash>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstring>

namespace hopscope {

namespace {

enum Rank : quint8 { NodeRank, ServiceRank, WorkloadRank, PodRank };

// "svc/web": the kind a query starts with, as kubectl spells it (singular, plural, short).
QString kindOfPrefix(std::string_view word)
{
    static const QHash<QByteArray, QString> kinds = [] {
        QHash<QByteArray, QString> h;
        auto add = [&h](const QString &kind, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(QByteArray(n), kind);
        };
        add(QStringLiteral("Node"), {"node", "nodes", "no"});
        add(QStringLiteral("Pod"), {"pod", "pods", "po"});
        add(QStringLiteral("Service"), {"svc", "service", "services"});
        add(QStringLiteral("Deployment"), {"deploy", "deployment", "deployments"});
        add(QStringLiteral("ReplicaSet"), {"rs", "replicaset", "replicasets"});
        add(QStringLiteral("StatefulSet"), {"sts", "statefulset", "statefulsets"});
        add(QStringLiteral("DaemonSet"), {"ds", "daemonset", "daemonsets"});
        add(QStringLiteral("ReplicationController"),
            {"rc", "replicationcontroller", "replicationcontrollers"});
        return h;
    }();
    return kinds.value(QByteArray::fromRawData(word.data(), qsizetype(word.size())));
}

// Lower case, as UTF-8 (ASCII byte by byte; anything else through QString).
void appendLower(std::string &out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            out += text.mid(i).toString().toLower().toStdString();
            return;
        }
        out += char(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
}

std::string lowered(QStringView text)
{
    std::string s;
    appendLower(s, text);
    return s;
}

bool lessKey(std::string_view a, std::string_view b) { return a < b; }

} // namespace

void EntityFinder::add(QStringView text, quint32 entity, FindMatch how, QStringView value)
{
    if (text.isEmpty())
        return;
    const size_t start = m_text.size();
    appendLower(m_text, text);
    if (how == FindMatch::Label) { // key=value
        m_text += '=';
        appendLower(m_text, value);
    }
    const size_t length = std::min<size_t>(m_text.size() - start, 0xFFFF);
    m_keys.push_back({quint32(start), entity, quint16(length), m_entities[entity].rank, how});
}

EntityFinder::EntityFinder(const Cluster &c)
{
    const qsizetype count =
        c.nodes.size() + c.services.size() + c.workloads.size() + c.pods.size();
    m_entities.reserve(count);
    m_nameStarts.reserve(size_t(count));
    m_keys.reserve(size_t(c.nodes.size() * 5 + c.services.size() * 3 + c.workloads.size() * 2 +
                          c.pods.size() * 4));
    m_text.reserve(size_t(c.pods.size()) * 64);
    m_names.reserve(size_t(count) * 24);
    auto entity = [this](const QString &id, const QString &show, const QString &kind,
                         const QString &ns, const QString &name, Rank rank) {
        m_entities.append({id, show, kind, ns, name, rank});
        const quint32 e = quint32(m_entities.size() - 1);
        m_names += '\n';
        m_nameStarts.push_back(quint32(m_names.size()));
        appendLower(m_names, name);
        add(name, e, FindMatch::Name);
        return e;
    };
    auto labels = [this](const Labels &labels, quint32 e) {
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            add(it.key(), e, FindMatch::Label, it.value());
    };

    for (const NodeInfo &n : c.nodes) {
        const quint32 e = entity(n.id, n.id, QStringLiteral("Node"), {}, n.name, NodeRank);
        add(n.internalIP, e, FindMatch::Address);
        add(n.externalIP, e, FindMatch::Address);
        add(n.podCIDR, e, FindMatch::Address);
        labels(n.labels, e);
    }
    for (const ServiceInfo &s : c.services) {
        const quint32 e =
            entity(s.id, s.id, QStringLiteral("Service"), s.ns, s.name, ServiceRank);
        if (!s.isHeadless())
            add(s.clusterIP, e, FindMatch::Address);
        for (const QString &ip : s.externalIPs)
            add(ip, e, FindMatch::Address);
        for (const QString &ip : s.loadBalancerIPs)
            add(ip, e, FindMatch::Address);
        labels(s.labels, e);
    }
    // A workload is shown by its first pod (found by the owner's name: no string is built).
    QMultiHash<QString, qsizetype> byName;
    byName.reserve(c.workloads.size());
    for (qsizetype i = 0; i < c.workloads.size(); ++i)
        byName.insert(c.workloads[i].name, i);
    QList<QString> firstPod(c.workloads.size());
    for (const PodInfo &p : c.pods) {
        if (p.ownerKind.isEmpty())
            continue;
        for (auto it = byName.constFind(p.ownerName);
             it != byName.cend() && it.key() == p.ownerName; ++it) {
            const WorkloadInfo &w = c.workloads[*it];
            if (firstPod[*it].isEmpty() && w.kind == p.ownerKind && w.ns == p.ns)
                firstPod[*it] = p.id;
        }
    }
    for (qsizetype i = 0; i < c.workloads.size(); ++i) {
        const WorkloadInfo &w = c.workloads[i];
        const quint32 e = entity(w.id, firstPod[i], w.kind, w.ns, w.name, WorkloadRank);
        labels(w.object.meta.labels, e);
    }
    for (const PodInfo &p : c.pods) {
        const quint32 e = entity(p.id, p.id, QStringLiteral("Pod"), p.ns, p.name, PodRank);
        if (!p.hostNetwork)
            add(p.ip, e, FindMatch::Address);
        labels(p.labels, e);
    }
    m_names += '\n';

    // Sorted in slices on every core, then merged: the same order on any number of cores.
    auto less = [this](const Key &a, const Key &b) {
        const std::string_view ta = keyText(a);
        const std::string_view tb = keyText(b);
        if (ta != tb)
            return lessKey(ta, tb);
        return a.rank != b.rank ? a.rank < b.rank : a.entity < b.entity;
    };
    const size_t slices = m_keys.size() < 50000
                              ? 1
                              : size_t(std::clamp(QThread::idealThreadCount(), 1, 8));
    QList<QPair<size_t, size_t>> ranges;
    for (size_t i = 0; i < slices; ++i)
        ranges.append({m_keys.size() * i / slices, m_keys.size() * (i + 1) / slices});
    QtConcurrent::blockingMap(ranges, [this, &less](const QPair<size_t, size_t> &r) {
        std::sort(m_keys.begin() + qsizetype(r.first), m_keys.begin() + qsizetype(r.second),
                  less);
    });
    for (size_t width = 1; width < slices; width *= 2)
        for (size_t i = 0; i + width < slices; i += 2 * width) {
            const size_t end = std::min(i + 2 * width, slices);
            std::inplace_merge(m_keys.begin() + qsizetype(ranges[qsizetype(i)].first),
                               m_keys.begin() + qsizetype(ranges[qsizetype(i + width)].first),
                               m_keys.begin() + qsizetype(ranges[qsizetype(end - 1)].second),
                               less);
        }
}

void EntityFinder::prefixSearch(std::string_view q,
                                const std::function<bool(const Key &)> &take) const
{
    auto it = std::lower_bound(m_keys.begin(), m_keys.end(), q, [this](const Key &k,
                                                                       std::string_view t) {
        return lessKey(keyText(k), t);
    });
    for (; it != m_keys.end(); ++it) {
        if (!keyText(*it).starts_with(q) || !take(*it))
            break;
    }
}

QList<FoundEntity> EntityFinder::find(const QString &query, int limit) const
{
    QList<FoundEntity> out;
    std::string q = lowered(query.trimmed());
    QString kind;
    if (const size_t slash = q.find('/'); slash != std::string::npos && slash > 0) {
        kind = kindOfPrefix(std::string_view(q).substr(0, slash));
        if (!kind.isEmpty())
            q.erase(0, slash + 1);
    }
    if ((q.empty() && kind.isEmpty()) || limit <= 0 || m_entities.isEmpty())
        return out;
    QSet<quint32> seen;
    // Adds one entity (once, and of the kind asked for); false when the list is full.
    auto take = [&](quint32 e, FindMatch how, const QString &matched) {
        const Entity &entity = m_entities[e];
        if ((kind.isEmpty() || entity.kind == kind) && !seen.contains(e)) {
            seen.insert(e);
            const QString name = entity.ns.isEmpty() ? entity.name
                                                     : entity.ns + u'/' + entity.name;
            out.append({entity.id, entity.show, entity.kind, name,
                        how == FindMatch::Name ? name : matched, how});
        }
        return out.size() < limit;
    };
    auto takeKey = [&](const Key &k) {
        const std::string_view text = keyText(k);
        return take(k.entity, k.how, QString::fromUtf8(text.data(), qsizetype(text.size())));
    };
    if (q.empty()) { // "svc/": every entity of that kind, in the cluster's order
        for (quint32 i = 0; i < quint32(m_entities.size()); ++i)
            if (!take(i, FindMatch::Name, {}))
                break;
        return out;
    }
    // Keys starting with the text: names, addresses, key=value.
    prefixSearch(q, takeKey);
    // namespace/name: names starting with the part after the slash, in that namespace.
    const size_t slash = q.find('/');
    if (out.size() < limit && slash != std::string::npos && q.find('=') == std::string::npos) {
        const QString ns = QString::fromUtf8(q.data(), qsizetype(slash));
        prefixSearch(std::string_view(q).substr(slash + 1), [&](const Key &k) {
            if (k.how != FindMatch::Name ||
                m_entities[k.entity].ns.compare(ns, Qt::CaseInsensitive) != 0)
                return true;
            return takeKey(k);
        });
    }
    // Then names containing the text ("5zf" finds "vote-57f45cdd7c-lx5zf"): one pass over all
    // the names.
    if (out.size() < limit && q.size() >= 2 && q.find_first_of("=/\n") == std::string::npos) {
        const std::string_view names(m_names);
        for (size_t at = names.find(q); at != std::string_view::npos;
             at = names.find(q, at + 1)) {
            // The entity whose name holds this position.
            const auto next = std::upper_bound(m_nameStarts.begin(), m_nameStarts.end(),
                                               quint32(at));
            const quint32 e = quint32(next - m_nameStarts.begin() - 1);
            if (!take(e, FindMatch::Name, {}))
                break;
        }
    }
    return out;
}

} // namespace hopscope
