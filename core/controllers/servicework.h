#pragma once

// A Service on its way through the builder: the manifest object, its defaulted ServiceInfo and
// whether the API server would have refused it (then it is left out of the Cluster).

#include "core/model/cluster.h"
#include "core/objects/objects.h"

#include <optional>

namespace hopscope {

struct ServiceWork
{
    const ServiceObject *object = nullptr;
    ServiceInfo info;
    bool refused = false;
    // ClusterIP reserved for this Service (to release it when a later step refuses the Service).
    std::optional<quint32> allocatedIP;
    QList<int> allocatedNodePorts;
};

} // namespace hopscope
