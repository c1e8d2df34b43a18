#pragma once

// Find: a node, pod, Service or workload of a Cluster by its name, a label (key=value) or an
// address. The index is built once per snapshot (sorted keys), and a query is a prefix search
// in it (a binary search, then the first matches): fast enough to run on every keystroke at
// 150,000 pods. When the prefixes give fewer results than asked, names containing the text
// follow.
//
//   web            names starting with "web" (nodes, Services, workloads, pods), then names
//                  containing it
//   default/web    namespace/name
//   app=web        label key=value (a prefix of it: "app=" lists every entity with that key)
//   10.244.1       addresses: pod IPs, node IPs (internal, external), pod CIDRs, ClusterIPs,
//                  external IPs, load-balancer addresses
//   svc/web        a kind first narrows it: node/, pod/, svc/ (service/), deploy/ …
//
// Case does not matter.

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope {

struct Cluster;

enum class FindMatch { Name, Label, Address };

struct FoundEntity
{
    QString id;      // the entity: "node/n1", "pod/default/web-0", "svc/default/web",
                     // "Deployment/default/web"
    QString show;    // what the drawing shows for it: the id, or for a workload its first pod;
                     // empty when nothing is drawn (a workload without pods)
    QString kind;    // "Node", "Pod", "Service", "Deployment", "StatefulSet", …
    QString name;    // "web-0", "default/web" for namespaced entities
    QString matched; // what matched: the name, "app=web", "10.244.1.2"
    FindMatch how = FindMatch::Name;
    friend bool operator==(const FoundEntity &, const FoundEntity &) = default;
};

class EntityFinder final
{
public:
    EntityFinder() = default;
    explicit EntityFinder(const Cluster &cluster);

    // At most limit entities (each once), best first: exact matches, then prefixes in
    // alphabetical order (nodes, Services, workloads, pods for the same key), then names
    // containing the text. Empty for an empty query.
    QList<FoundEntity> find(const QString &query, int limit = 20) const;

    qsizetype keyCount() const { return qsizetype(m_keys.size()); }
    qsizetype entityCount() const { return m_entities.size(); }
    bool isEmpty() const { return m_entities.isEmpty(); }

private:
    struct Entity
    {
        QString id;
        QString show;
        QString kind;
        QString ns;
        QString name;
        quint8 rank = 0; // nodes, Services, workloads, pods
    };
    // A key is a lower-case UTF-8 slice of m_text: 16 bytes each, no allocation, compared
    // with memcmp (Kubernetes names, labels and addresses are ASCII).
    struct Key
    {
        quint32 offset = 0;
        quint32 entity = 0;
        quint16 length = 0;
        quint8 rank = 0;
        FindMatch how = FindMatch::Name;
    };
    void add(QStringView text, quint32 entity, FindMatch how, QStringView value = {});
    std::string_view keyText(const Key &k) const { return {m_text.data() + k.offset, k.length}; }
    void prefixSearch(std::string_view q, const std::function<bool(const Key &)> &take) const;

    QList<Entity> m_entities;
    std::vector<Key> m_keys;   // sorted by text, then rank, then entity
    std::string m_text;        // the keys' bytes
    std::string m_names;       // every entity's lower-case name, '\n' before each: "contains"
    std::vector<quint32> m_nameStarts; // where each entity's name starts in m_names
};

} // namespace hopscope
