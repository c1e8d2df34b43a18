#pragma once

// The manifest objects the builder works from: one per (kind, namespace, name) — a later
// definition replaces an earlier one, as `kubectl apply` of both files would — and only objects
// with a name (the API server refuses the others).

#include "core/base/diagnostic.h"
#include "core/objects/objects.h"

#include <QHash>
#include <QList>

namespace hopscope {

struct ClusterInputs
{
    QList<const NodeObject *> nodes;
    QList<const NamespaceObject *> namespaces;
    QList<const PodObject *> pods;
    QList<const WorkloadObject *> workloads;
    QList<const ServiceObject *> services;
    QList<const EndpointSliceObject *> endpointSlices;
    QList<const EndpointsObject *> endpoints;

    static ClusterInputs collect(const ManifestSet &manifests, Diagnostics &diagnostics);
};

// Orders objects as they were read: files in ManifestSet::files order, then line and column.
class InputOrder
{
public:
    explicit InputOrder(const QStringList &files);
    // A key that sorts in reading order (objects of unknown files last).
    quint64 key(const SourceLocation &where) const;

private:
    QHash<QString, int> m_fileIndex;
};

} // namespace hopscope
