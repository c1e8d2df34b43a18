#include "core/controllers/clusterinputs.h"

#include "core/api/apierrortext.h"
#include "core/model/buildsupport.h"
#include "core/api/servicedefaults.h"

#include <algorithm>
#include <type_traits>

namespace hopscope {

namespace {

QString kindOf(const ObjectMeta &meta, const char *fallback)
{
    return meta.kind.isEmpty() ? QString::fromLatin1(fallback) : meta.kind;
}

template <typename T> QString kindName(const T &object, const char *fallback)
{
    if constexpr (std::is_same_v<T, WorkloadObject>)
        return workloadKindName(object.kind);
    else
        return kindOf(object.meta, fallback);
}

// Keeps the last definition of every key, in the order of those last definitions.
template <typename T, typename Key>
QList<const T *> unique(const QList<T> &objects, Key key, const char *kind, bool namespaced,
                        Diagnostics &diagnostics)
{
    QHash<QString, qsizetype> last;
    QList<bool> keep(objects.size(), false);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const ObjectMeta &meta = objects[i].meta;
        if (meta.name.isEmpty() && meta.generateName.isEmpty()) {
            diagnostics << Diagnostic::make(
                Severity::Error, QStringLiteral("object-invalid"), meta.where,
                apitext::kubectlInvalid(
                    kindName(objects[i], kind), QString(),
                    {apitext::fieldRequired(QStringLiteral("metadata.name"),
                                            QStringLiteral("name or generateName is required"))}),
                BuilderTr::tr("The API server refuses an object without a name, so Hopscope leaves "
                              "it out of the cluster."));
            continue;
        }
        if (meta.name.isEmpty()) { // generateName: always a new object
            keep[i] = true;
            continue;
        }
        const QString k = key(objects[i]);
        const auto found = last.constFind(k);
        if (found != last.cend()) {
            keep[found.value()] = false;
            const ObjectMeta &earlier = objects[found.value()].meta;
            const QString where =
                namespaced
                    ? BuilderTr::tr("%1 \"%2\" in namespace %3")
                          .arg(kindName(objects[i], kind), meta.name, effectiveNamespace(meta))
                    : BuilderTr::tr("%1 \"%2\"").arg(kindName(objects[i], kind), meta.name);
            diagnostics << Diagnostic::make(
                Severity::Warning, QStringLiteral("duplicate-object"), meta.where,
                BuilderTr::tr("%1 is defined again; this definition replaces the one at %2.")
                    .arg(where, earlier.where.toString()),
                BuilderTr::tr("kubectl apply of both would leave only the later one."));
        }
        last.insert(k, i);
        keep[i] = true;
    }
    QList<const T *> out;
    for (qsizetype i = 0; i < objects.size(); ++i)
        if (keep[i])
            out << &objects[i];
    return out;
}

template <typename T> QString namespacedKey(const T &o)
{
    return effectiveNamespace(o.meta) + u'/' + o.meta.name;
}

} // namespace

ClusterInputs ClusterInputs::collect(const ManifestSet &m, Diagnostics &diagnostics)
{
    ClusterInputs in;
    in.nodes = unique(
        m.nodes, [](const NodeObject &o) { return o.meta.name; }, "Node", false, diagnostics);
    // Namespaces may be listed twice without harm.
    Diagnostics ignored;
    in.namespaces = unique(
        m.namespaces, [](const NamespaceObject &o) { return o.meta.name; }, "Namespace", false,
        ignored);
    in.pods = unique(m.pods, namespacedKey<PodObject>, "Pod", true, diagnostics);
    in.workloads = unique(
        m.workloads,
        [](const WorkloadObject &o) -> QString {
            return workloadKindName(o.kind) + u'/' + namespacedKey(o);
        },
        "Deployment", true, diagnostics);
    in.services = unique(m.services, namespacedKey<ServiceObject>, "Service", true, diagnostics);
    in.endpointSlices = unique(m.endpointSlices, namespacedKey<EndpointSliceObject>,
                               "EndpointSlice", true, diagnostics);
    in.endpoints =
        unique(m.endpoints, namespacedKey<EndpointsObject>, "Endpoints", true, diagnostics);
    return in;
}

InputOrder::InputOrder(const QStringList &files)
{
    for (int i = 0; i < files.size(); ++i)
        if (!m_fileIndex.contains(files[i]))
            m_fileIndex.insert(files[i], i);
}

quint64 InputOrder::key(const SourceLocation &where) const
{
    const quint64 file = quint64(m_fileIndex.value(where.file, int(m_fileIndex.size())));
    const quint64 line = quint64(std::clamp(where.line, 0, (1 << 24) - 1));
    const quint64 column = quint64(std::clamp(where.column, 0, (1 << 16) - 1));
    return (file << 40) | (line << 16) | column;
}

} // namespace hopscope
