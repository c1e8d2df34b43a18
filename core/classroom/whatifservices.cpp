// The Service what-ifs: an update of spec.externalTrafficPolicy, spec.internalTrafficPolicy,
// spec.sessionAffinity or spec.type, as the API server takes it: validation with its exact
// texts (reference A2.2), dropTypeDependentFields and SetDefaults_Service (A1.1), nodePort and
// healthCheckNodePort allocation (A1.3) by the builder's allocator with every other Service's
// ports held, and the simulated cloud's load balancer. The ClusterIP and the endpoints stay.

#include "core/classroom/whatif_p.h"

#include "core/api/apierrortext.h"
#include "core/base/ipv4.h"
#include "core/controllers/loadbalancercontroller.h"
#include "core/controllers/nodeportallocator.h"
#include "core/api/servicedefaults.h"
#include "core/controllers/servicework.h"

namespace hopscope::whatif {

namespace {

const QString kCluster = QStringLiteral("Cluster");
const QString kLocal = QStringLiteral("Local");

QString unsupported(const QString &path, const QString &value, const QStringList &supported)
{
    QStringList quoted;
    for (const QString &s : supported)
        quoted << apitext::goQuote(s);
    return path + QStringLiteral(": Unsupported value: ") + apitext::goQuote(value) +
           QStringLiteral(": supported values: ") + quoted.join(QStringLiteral(", "));
}

class ServiceEdit
{
public:
    ServiceEdit(const Cluster &cluster, const WhatIf &change, Diagnostics &problems)
        : m_cluster(cluster), m_change(change), m_problems(problems)
    {
        for (int i = 0; i < cluster.services.size(); ++i)
            if (cluster.services[i].id == change.target)
                m_index = i;
        if (m_index >= 0)
            m_info = cluster.services[m_index];
    }

    bool found() const { return m_index >= 0; }
    ServiceInfo &info() { return m_info; }

    // The API server's 422, as kubectl prints it.
    Cluster invalid(const QStringList &causes)
    {
        m_problems << whatIfDiagnostic(
            Severity::Error, QStringLiteral("service-invalid"),
            apitext::kubectlInvalid(QStringLiteral("Service"), m_info.name, causes), m_info.id,
            WhatIfTr::tr("The API server refuses this change; the Service stays as it was."));
        return m_cluster;
    }
    Cluster refuse(const QString &message)
    {
        m_problems << whatIfDiagnostic(Severity::Error, QStringLiteral("whatif-refused"), message,
                                       m_change.target);
        return m_cluster;
    }

    Cluster unchanged() const { return m_cluster; }

    // nodePorts and the healthCheckNodePort the (new) spec needs, the Service's own kept.
    // False (with the allocator's error) when the range has none left.
    bool allocatePorts()
    {
        const ClusterSettings &settings = m_cluster.settings;
        const qsizetype reported = m_problems.size();
        NodePortAllocation ports(settings.nodePortMin, settings.nodePortMax, m_problems);
        for (const ServiceInfo &other : m_cluster.services)
            if (other.id != m_info.id)
                ports.reserveHeld(other);
        ServiceWork work{nullptr, m_info, false, std::nullopt, {}};
        ports.allocateRequested(work);
        ports.allocateDynamic(work);
        if (work.refused) {
            for (qsizetype i = reported; i < m_problems.size(); ++i)
                m_problems[i].hint =
                    WhatIfTr::tr("The API server refuses this change; the Service stays as it "
                                 "was.");
            return false;
        }
        m_info = work.info;
        return true;
    }

    void assignLoadBalancer()
    {
        if (m_info.type != ServiceType::LoadBalancer || !m_info.loadBalancerIPs.isEmpty() ||
            !m_info.loadBalancerHostnames.isEmpty())
            return;
        const auto pool = Ipv4Cidr::parse(m_cluster.settings.loadBalancerPool);
        if (!pool) {
            m_info.loadBalancerPending = true;
            return;
        }
        LoadBalancerController::assignOne(m_info, m_cluster.services, *pool, m_problems);
    }

    Cluster commit()
    {
        if (m_info == m_cluster.services[m_index])
            return m_cluster;
        Cluster out = m_cluster;
        out.services[m_index] = m_info;
        out.reindex();
        return out;
    }

private:
    const Cluster &m_cluster;
    const WhatIf &m_change;
    Diagnostics &m_problems;
    int m_index = -1;
    ServiceInfo m_info;
};

Cluster externalTrafficPolicy(ServiceEdit &edit, const QString &value)
{
    ServiceInfo &info = edit.info();
    const QString path = QStringLiteral("spec.externalTrafficPolicy");
    if (value != kCluster && value != kLocal)
        return edit.invalid({unsupported(path, value, {kCluster, kLocal})});
    // validateServiceExternalTrafficPolicy
    if (!isExternallyAccessible(info.type, info.externalIPs))
        return edit.invalid({apitext::fieldInvalid(
            path, apitext::goQuote(value),
            QStringLiteral("may only be set for externally-accessible services"))});
    info.externalTrafficPolicy = value;
    // LoadBalancer + Local gets a healthCheckNodePort; back to Cluster frees it.
    if (!edit.allocatePorts())
        return edit.unchanged();
    return edit.commit();
}

Cluster internalTrafficPolicy(ServiceEdit &edit, const QString &value)
{
    if (value != kCluster && value != kLocal)
        return edit.invalid(
            {unsupported(QStringLiteral("spec.internalTrafficPolicy"), value, {kCluster, kLocal})});
    edit.info().internalTrafficPolicy = value;
    return edit.commit();
}

Cluster sessionAffinity(ServiceEdit &edit, const QString &value, int timeout)
{
    ServiceInfo &info = edit.info();
    const QString none = QStringLiteral("None");
    const QString clientIP = QStringLiteral("ClientIP");
    if (value != none && value != clientIP)
        return edit.invalid(
            {unsupported(QStringLiteral("spec.sessionAffinity"), value, {clientIP, none})});
    if (value == clientIP && (timeout < 0 || timeout > kMaxClientIPAffinitySeconds))
        return edit.invalid({apitext::fieldInvalid(
            QStringLiteral("spec.sessionAffinityConfig.clientIP.timeoutSeconds"),
            QString::number(timeout),
            QStringLiteral("must be greater than 0 and less than %1")
                .arg(kMaxClientIPAffinitySeconds))});
    info.sessionAffinity = value;
    // SetDefaults_Service: ClientIP without a timeout gets 10800 s; None drops the config.
    defaultServiceFields(info, timeout > 0 ? std::optional<int>(timeout) : std::nullopt,
                         info.allocateLoadBalancerNodePorts);
    return edit.commit();
}

Cluster serviceType(ServiceEdit &edit, const QString &value)
{
    ServiceInfo &info = edit.info();
    const std::optional<ServiceType> type =
        value.isEmpty() ? std::nullopt : parseServiceType(value);
    if (!type)
        return edit.invalid(
            {unsupported(QStringLiteral("spec.type"), value,
                         {QStringLiteral("ClusterIP"), QStringLiteral("ExternalName"),
                          QStringLiteral("LoadBalancer"), QStringLiteral("NodePort")})});
    if (*type == info.type)
        return edit.commit();
    if (*type == ServiceType::ExternalName || info.type == ServiceType::ExternalName)
        return edit.refuse(WhatIfTr::tr("Hopscope does not turn Services into or out of "
                                        "ExternalName (a DNS alias with no ClusterIP)."));
    if (info.isHeadless() && *type != ServiceType::ClusterIP)
        return edit.invalid({apitext::fieldInvalid(
            QStringLiteral("spec.clusterIPs[0]"), apitext::goQuote(QStringLiteral("None")),
            QStringLiteral("may not be set to 'None' for %1 services").arg(value))});
    const ServiceType old = info.type;
    info.type = *type;
    dropTypeDependentFields(info, old);
    defaultServiceFields(
        info,
        info.sessionAffinity == u"ClientIP" ? std::optional<int>(info.affinityTimeoutSeconds)
                                            : std::nullopt,
        *type == ServiceType::LoadBalancer ? std::optional<bool>() : std::optional<bool>(false));
    if (!edit.allocatePorts())
        return edit.unchanged();
    edit.assignLoadBalancer();
    return edit.commit();
}

} // namespace

Cluster applyToService(const Cluster &cluster, const WhatIf &change, Diagnostics &problems)
{
    ServiceEdit edit(cluster, change, problems);
    if (!edit.found()) {
        problems << whatIfDiagnostic(Severity::Error, QStringLiteral("whatif-unknown-target"),
                                     WhatIfTr::tr("There is no Service %1.").arg(change.target),
                                     change.target);
        return cluster;
    }
    switch (change.kind) {
    case WhatIf::Kind::SetExternalTrafficPolicy:
        return externalTrafficPolicy(edit, change.value);
    case WhatIf::Kind::SetInternalTrafficPolicy:
        return internalTrafficPolicy(edit, change.value);
    case WhatIf::Kind::SetSessionAffinity:
        return sessionAffinity(edit, change.value, change.count);
    case WhatIf::Kind::SetServiceType:
        return serviceType(edit, change.value);
    default:
        return cluster;
    }
}

} // namespace hopscope::whatif
