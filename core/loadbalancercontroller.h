#pragma once

// A simulated cloud controller for LoadBalancer Services (reference A1.5, DESIGN.md): an ingress
// given in status.loadBalancer is kept; a status.loadBalancer written but empty stays <pending>
// (that is what the dumped cluster showed); otherwise the next free address of the
// load-balancer pool, in (namespace, name) order. spec.loadBalancerIP (deprecated) asks for a
// particular address, granted when it is free.

#include "diagnostic.h"
#include "ipv4cidr.h"
#include "servicework.h"

#include <QList>

namespace hopscope {

class LoadBalancerController
{
public:
    // services: sorted by (namespace, name); refused ones are skipped.
    static void assign(QList<ServiceWork *> &services, const Ipv4Cidr &pool,
                       Diagnostics &diagnostics);
};

} // namespace hopscope
