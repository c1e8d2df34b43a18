#include "core/controllers/loadbalancercontroller.h"

#include "core/model/buildsupport.h"

#include <QSet>

namespace hopscope {

namespace {

Diagnostic poolUsedUp(const Ipv4Cidr &pool, const ServiceInfo &service)
{
    return Diagnostic::make(Severity::Warning, QStringLiteral("load-balancer-pending"),
                            service.where,
                            BuilderTr::tr("The load-balancer pool %1 is used up; Service \"%2\" "
                                          "stays <pending>.")
                                .arg(pool.toString(), service.name),
                            QString(), service.id);
}

} // namespace

LoadBalancerController::Pool::Pool(const Ipv4Cidr &pool)
    : m_next(pool.size() > 2 ? pool.network + 1 : pool.network),
      m_last(pool.size() > 2 ? pool.last() - 1 : pool.last())
{}

void LoadBalancerController::Pool::take(quint32 address)
{
    m_taken.insert(address);
}

void LoadBalancerController::Pool::take(const QString &address)
{
    if (const auto ip = parseIPv4(address))
        m_taken.insert(*ip);
}

std::optional<QString> LoadBalancerController::Pool::next()
{
    while (m_next <= m_last && m_taken.contains(m_next) && m_next != 0xffffffffu)
        ++m_next;
    if (m_next > m_last || m_taken.contains(m_next))
        return std::nullopt;
    m_taken.insert(m_next);
    return formatIPv4(m_next);
}

void LoadBalancerController::assignOne(ServiceInfo &service, const QList<ServiceInfo> &others,
                                       const Ipv4Cidr &pool, Diagnostics &diagnostics)
{
    Pool addresses(pool);
    for (const ServiceInfo &other : others)
        if (other.id != service.id)
            for (const QString &ip : other.loadBalancerIPs)
                addresses.take(ip);
    service.loadBalancerIPs.clear();
    service.loadBalancerHostnames.clear();
    service.loadBalancerProxyIPs.clear();
    service.loadBalancerIngress.clear();
    service.loadBalancerPending = false;
    if (!service.loadBalancerClass.isEmpty()) { // no controller serves the class
        service.loadBalancerPending = true;
        return;
    }
    // spec.loadBalancerIP: the address asked for, when nobody has it.
    if (const auto wanted = parseIPv4(service.loadBalancerIP);
        wanted && !addresses.isTaken(*wanted)) {
        service.loadBalancerIPs << service.loadBalancerIP;
        return;
    }
    if (const std::optional<QString> ip = addresses.next()) {
        service.loadBalancerIPs << *ip;
        return;
    }
    service.loadBalancerPending = true;
    diagnostics << poolUsedUp(pool, service);
}

void LoadBalancerController::assign(QList<ServiceWork *> &services, const Ipv4Cidr &pool,
                                    Diagnostics &diagnostics)
{
    Pool taken(pool);
    QList<ServiceWork *> waiting;
    for (ServiceWork *s : services) {
        if (s->refused || s->info.type != ServiceType::LoadBalancer || !s->object)
            continue;
        const ServiceObject &o = *s->object;
        if (!o.loadBalancerIngress.isEmpty()) {
            for (const LoadBalancerIngress &in : o.loadBalancerIngress) {
                if (!in.ip.isEmpty()) {
                    s->info.loadBalancerIPs << in.ip;
                    taken.take(in.ip);
                    if (in.ipMode == u"Proxy")
                        s->info.loadBalancerProxyIPs << in.ip;
                }
                if (!in.hostname.isEmpty())
                    s->info.loadBalancerHostnames << in.hostname;
                // kubectl prints the ip, else the hostname; an ip's ipMode defaults to VIP.
                const QString mode = in.ipMode.isEmpty() ? QStringLiteral("VIP") : in.ipMode;
                s->info.loadBalancerIngress.append(
                    {in.ip.isEmpty() ? in.hostname : in.ip, in.ip.isEmpty() ? QString() : mode});
            }
            continue;
        }
        if (o.statusLoadBalancerPresent) {
            s->info.loadBalancerPending = true; // as the dumped cluster showed it
            continue;
        }
        if (!o.loadBalancerClass.isEmpty()) {
            // A class names its own controller; none runs in the simulated cloud, so nobody
            // gives it an address (a real cluster shows <pending> too).
            s->info.loadBalancerPending = true;
            diagnostics << Diagnostic::make(
                Severity::Info, QStringLiteral("load-balancer-pending"),
                fieldLocation(o.meta, {QStringLiteral("spec.loadBalancerClass")}),
                BuilderTr::tr("Service \"%1\" has loadBalancerClass \"%2\", which no controller "
                              "of this cluster serves: it stays <pending>.")
                    .arg(s->info.name, o.loadBalancerClass),
                QString(), s->info.id);
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
        if (ip && !taken.isTaken(*ip)) {
            taken.take(*ip);
            s->info.loadBalancerIPs << requested;
            continue;
        }
        s->info.loadBalancerPending = true;
        diagnostics << Diagnostic::make(
            Severity::Warning, QStringLiteral("load-balancer-pending"),
            fieldLocation(s->object->meta, {QStringLiteral("spec.loadBalancerIP")}),
            BuilderTr::tr("Service \"%1\" asks for load-balancer address %2, which is %3; it stays "
                          "<pending>.")
                .arg(s->info.name, requested,
                     ip ? BuilderTr::tr("already in use") : BuilderTr::tr("not an IPv4 address")),
            QString(), s->info.id);
    }

    for (ServiceWork *s : std::as_const(pooled)) {
        if (const std::optional<QString> ip = taken.next()) {
            s->info.loadBalancerIPs << *ip;
            continue;
        }
        s->info.loadBalancerPending = true;
        diagnostics << poolUsedUp(pool, s->info);
    }
}

} // namespace hopscope
