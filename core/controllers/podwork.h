#pragma once

// A pod on its way through the builder: what the scheduler and IPAM need besides the PodInfo.

#include "core/model/cluster.h"
#include "core/objects/objects.h"

namespace hopscope {

struct PodWork
{
    PodInfo info;
    Labels nodeSelector;
    QList<Toleration> tolerations;
    QString fixedNode;     // spec.nodeName, or the node a DaemonSet pod is made for
    bool fromDump = false; // status given (a cluster dump): node, IP and phase are kept as is
    int source = -1;       // index of the manifest object (workload or pod) it comes from
    SourceLocation constraintWhere; // where its nodeSelector / tolerations are written
};

// Container ports of a pod spec, flattened: containers, then restartPolicy: Always init
// containers (the order FindPort searches them); protocol defaulted to TCP.
QList<PodPort> flattenPorts(const PodSpec &spec);
// Containers plus restartable init containers (the total of kubectl's READY column).
int containerCount(const PodSpec &spec);

} // namespace hopscope

// Strings, implicitly shared containers and plain values: a QList of them grows with realloc.
Q_DECLARE_TYPEINFO(hopscope::PodWork, Q_RELOCATABLE_TYPE);
