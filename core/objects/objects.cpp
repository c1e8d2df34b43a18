#include "core/objects/objects.h"

namespace hopscope {

QString IntOrString::toString() const
{
    switch (kind) {
    case Kind::Int:
        return QString::number(intValue);
    case Kind::String:
        return strValue;
    case Kind::Unset:
        break;
    }
    return QString();
}

bool LabelSelector::matches(const Labels &labels) const
{
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || found.value() != it.value())
            return false;
    }
    for (const LabelSelectorRequirement &r : matchExpressions) {
        const bool has = labels.contains(r.key);
        const QString value = labels.value(r.key);
        if (r.op == u"In") {
            if (!has || !r.values.contains(value))
                return false;
        } else if (r.op == u"NotIn") {
            if (has && r.values.contains(value))
                return false;
        } else if (r.op == u"Exists") {
            if (!has)
                return false;
        } else if (r.op == u"DoesNotExist") {
            if (has)
                return false;
        } else {
            return false; // an unknown operator selects nothing
        }
    }
    return true;
}

QString LabelSelector::toString() const
{
    QStringList parts;
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    for (const LabelSelectorRequirement &r : matchExpressions) {
        if (r.op == u"Exists")
            parts << r.key;
        else if (r.op == u"DoesNotExist")
            parts << u'!' + r.key;
        else
            parts << QStringLiteral("%1 %2 (%3)")
                         .arg(r.key, r.op == u"In" ? QStringLiteral("in") : QStringLiteral("notin"),
                              r.values.join(u','));
    }
    return parts.join(u',');
}

int ManifestSet::objectCount() const
{
    return int(nodes.size() + namespaces.size() + pods.size() + workloads.size() +
               services.size() + endpointSlices.size() + endpoints.size());
}

namespace {

// An empty list without room reserved takes the other's buffer instead of a copy of its
// elements: the first file of a load is most of it, and its objects would be held twice while
// they move.
template <typename T> void appendList(QList<T> &to, QList<T> &&from)
{
    if (to.isEmpty() && to.capacity() < from.size())
        to = std::move(from);
    else
        to += std::move(from);
}

} // namespace

void ManifestSet::append(ManifestSet &&o)
{
    files += o.files;
    appendList(nodes, std::move(o.nodes));
    appendList(namespaces, std::move(o.namespaces));
    appendList(pods, std::move(o.pods));
    appendList(workloads, std::move(o.workloads));
    appendList(services, std::move(o.services));
    appendList(endpointSlices, std::move(o.endpointSlices));
    appendList(endpoints, std::move(o.endpoints));
    diagnostics += std::move(o.diagnostics);
}

QString workloadKindName(WorkloadKind k)
{
    switch (k) {
    case WorkloadKind::Deployment:
        return QStringLiteral("Deployment");
    case WorkloadKind::ReplicaSet:
        return QStringLiteral("ReplicaSet");
    case WorkloadKind::StatefulSet:
        return QStringLiteral("StatefulSet");
    case WorkloadKind::DaemonSet:
        return QStringLiteral("DaemonSet");
    case WorkloadKind::ReplicationController:
        return QStringLiteral("ReplicationController");
    }
    return QString();
}

} // namespace hopscope
