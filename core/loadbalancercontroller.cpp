#include "loadbalancercontroller.h"

#include "buildsupport.h"

#include <QSet>

namespace hopscope {

void LoadBalancerController::assign(QList<ServiceWork *> &services, const Ipv4Cidr &pool,
                                    Diagnostics &diagnostics)
{
    QSet<quint32> taken;
    QList<ServiceWork *> waiting;
    for (ServiceWork *s : services) {
        if (s->refused || s->info.type != ServiceType::LoadBalancer || !s->object)
            continue;
        const ServiceObject &o = *s->object;
        if (!o.loadBalancerIngress.isEmpty()) {
            for (const LoadBalancerIngress &in : o.loadBalancerIngress) {
                if (!in.ip.isEmpty()) {
                    s->info.loadBalancerIPs << in.ip;
                    if (const auto ip = parseIPv4(in.ip))
                        taken.insert(*ip);
                }
                if (!in.hostname.isEmpty())
                    s->info.loadBalancerHostnames << in.hostname;
            }
            continue;
        }
        if (o.statusLoadBalancerPresent) {
            s->info.loadBalancerPending = true; // as the dumped cluster showed it
            continue;
        }
        waiting << s;
    }

    // spec.loadBalancerIP first: the address asked for, when nobody has it.
    QList<ServiceWork *> pooled;
    for (ServiceWork *s : std::as_const(waiting)) {
        const QString &requested = s->object->loadBalancerIP;
        if (requested.isEmpty()) {
            pooled << s;
            continue;
        }
        const auto ip = parseIPv4(requested);
        if (ip && !taken.contains(*ip)) {
            taken.insert(*ip);
            s->info.loadBalancerIPs << requested;
            continue;
        }
        s->info.loadBalancerPending = true;
        diagnostics << builderDiagnostic(
            Severity::Warning, QStringLiteral("load-balancer-pending"),
            fieldLocation(s->object->meta, {QStringLiteral("spec.loadBalancerIP")}),
            builderTr("Service \"%1\" asks for load-balancer address %2, which is %3; it stays "
                      "<pending>.")
                .arg(s->info.name, requested,
                     ip ? builderTr("already in use") : builderTr("not an IPv4 address")),
            QString(), s->info.id);
    }

    quint32 next = pool.size() > 2 ? pool.network + 1 : pool.network;
    const quint32 last = pool.size() > 2 ? pool.last() - 1 : pool.last();
    for (ServiceWork *s : std::as_const(pooled)) {
        while (next <= last && taken.contains(next) && next != 0xffffffffu)
            ++next;
        if (next > last || taken.contains(next)) {
            s->info.loadBalancerPending = true;
            diagnostics << builderDiagnostic(
                Severity::Warning, QStringLiteral("load-balancer-pending"), s->info.where,
                builderTr("The load-balancer pool %1 is used up; Service \"%2\" stays "
                          "<pending>.")
                    .arg(pool.toString(), s->info.name),
                QString(), s->info.id);
            continue;
        }
        taken.insert(next);
        s->info.loadBalancerIPs << formatIPv4(next);
    }
}

} // namespace hopscope
