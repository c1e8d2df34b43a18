#pragma once

// A simulated cloud controller for LoadBalancer Services (reference A1.5, DESIGN.md): an ingress
// given in status.loadBalancer is kept; a status.loadBalancer written but empty stays <pending>
// (that is what the dumped cluster showed); otherwise the next free address of the
// load-balancer pool, in (namespace, name) order. spec.loadBalancerIP (deprecated) asks for a
// particular address, granted when it is free.

#include "core/base/diagnostic.h"
#include "core/base/ipv4.h"
#include "core/controllers/servicework.h"

#include <QList>
#include <QSet>

#include <optional>

namespace hopscope {

class LoadBalancerController
{
public:
    // services: sorted by (namespace, name); refused ones are skipped.
    static void assign(QList<ServiceWork *> &services, const Ipv4Cidr &pool,
                       Diagnostics &diagnostics);

    // The pool the simulated cloud draws from: the next free address, lowest first (the
    // network and broadcast addresses of pools larger than two are never given out).
    class Pool
    {
    public:
        explicit Pool(const Ipv4Cidr &pool);
        void take(quint32 address);
        void take(const QString &address);
        bool isTaken(quint32 address) const { return m_taken.contains(address); }
        std::optional<QString> next();

    private:
        QSet<quint32> m_taken;
        quint32 m_next = 0;
        quint32 m_last = 0;
    };
    // A Service that became a LoadBalancer (a what-if edit): an address from the pool, the
    // others' addresses taken; else <pending> with a warning.
    static void assignOne(ServiceInfo &service, const QList<ServiceInfo> &others,
                          const Ipv4Cidr &pool, Diagnostics &diagnostics);
};

} // namespace hopscope
