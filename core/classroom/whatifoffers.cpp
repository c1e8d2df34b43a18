// The what-if edits offered on an entity, for the scene's context menu.

#include "core/base/koreanparticles.h"
#include "core/classroom/whatif_p.h"

namespace hopscope {

QString owningWorkload(const Cluster &cluster, const QString &podId)
{
    return whatif::workloadOfPod(cluster, podId);
}

namespace {

void offerPod(const Cluster &c, const PodInfo &pod, QList<WhatIfOffer> &out)
{
    out << WhatIfOffer{WhatIf::deletePod(pod.id), QString(),
                       WhatIfTr::tr("Delete pod %1").arg(pod.name), false};
    const QString id = owningWorkload(c, pod.id);
    const WorkloadInfo *w = nullptr;
    for (const WorkloadInfo &candidate : c.workloads)
        if (candidate.id == id)
            w = &candidate;
    if (!w || w->kind == u"DaemonSet")
        return;
    const QString group = QStringLiteral("scale");
    out << WhatIfOffer{WhatIf::scale(w->id, w->replicas + 1), group,
                       WhatIfTr::tr("Add a replica (%1)").arg(w->replicas + 1), false};
    if (w->replicas > 0)
        out << WhatIfOffer{WhatIf::scale(w->id, w->replicas - 1), group,
                           WhatIfTr::tr("Remove a replica (%1)").arg(w->replicas - 1), false};
}

void offerChoices(QList<WhatIfOffer> &out, const QString &group, const QStringList &values,
                  const QString &current, WhatIf (*make)(const QString &, const QString &),
                  const QString &serviceId)
{
    for (const QString &v : values)
        out << WhatIfOffer{make(serviceId, v), group, v, v == current};
}

WhatIf affinity(const QString &serviceId, const QString &value)
{
    return WhatIf::sessionAffinity(serviceId, value);
}

void offerService(const ServiceInfo &s, QList<WhatIfOffer> &out)
{
    if (s.type == ServiceType::ExternalName)
        return;
    const QStringList policies{QStringLiteral("Cluster"), QStringLiteral("Local")};
    offerChoices(out, QStringLiteral("externalTrafficPolicy"), policies, s.externalTrafficPolicy,
                 &WhatIf::externalTrafficPolicy, s.id);
    offerChoices(out, QStringLiteral("internalTrafficPolicy"), policies, s.internalTrafficPolicy,
                 &WhatIf::internalTrafficPolicy, s.id);
    offerChoices(out, QStringLiteral("sessionAffinity"),
                 {QStringLiteral("None"), QStringLiteral("ClientIP")}, s.sessionAffinity, &affinity,
                 s.id);
    offerChoices(
        out, QStringLiteral("type"),
        {QStringLiteral("ClusterIP"), QStringLiteral("NodePort"), QStringLiteral("LoadBalancer")},
        s.typeName(), &WhatIf::serviceType, s.id);
}

} // namespace

QList<WhatIfOffer> whatIfOffers(const Cluster &cluster, const QString &entityId)
{
    QList<WhatIfOffer> out;
    for (const PodInfo &pod : cluster.pods)
        if (pod.id == entityId)
            offerPod(cluster, pod, out);
    for (const NodeInfo &node : cluster.nodes) {
        if (node.id != entityId)
            continue;
        if (node.ready)
            out << WhatIfOffer{WhatIf::nodeDown(node.id), QString(),
                               WhatIfTr::tr("Take node %1 down").arg(node.name), false};
        else
            out << WhatIfOffer{WhatIf::nodeUp(node.id), QString(),
                               WhatIfTr::tr("Bring node %1 up").arg(node.name), false};
    }
    for (const ServiceInfo &s : cluster.services)
        if (s.id == entityId)
            offerService(s, out);
    if (korean::inUse()) {
        for (WhatIfOffer &offer : out)
            korean::finish(offer.label, true);
    }
    return out;
}

} // namespace hopscope
