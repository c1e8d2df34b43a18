#include "core/controllers/endpointslicecontroller.h"

#include "core/base/stablehash.h"
#include "core/controllers/endpointcontroller.h"

#include <algorithm>

namespace hopscope {

namespace {

const QString kServiceNameLabel = QStringLiteral("kubernetes.io/service-name");
const QString kManagedByLabel = QStringLiteral("endpointslice.kubernetes.io/managed-by");
const QString kControllerName = QStringLiteral("endpointslice-controller.k8s.io");
const QString kHeadlessLabel = QStringLiteral("service.kubernetes.io/headless");

// ShouldPodBeInEndpoints(pod, includeTerminating = true): an IP and not finished.
bool podBelongs(const PodInfo &pod)
{
    if (pod.ip.isEmpty() || pod.nodeName.isEmpty())
        return false;
    return pod.phase != u"Succeeded" && pod.phase != u"Failed";
}

struct Desired
{
    const PodInfo *pod = nullptr;
    QList<EndpointPortSpec> ports;
};

bool samePorts(const QList<EndpointPortSpec> &a, const QList<EndpointPortSpec> &b)
{
    return a == b;
}

EndpointSliceEndpoint endpointFor(const ServiceInfo &svc, const PodInfo &pod)
{
    EndpointSliceEndpoint ep;
    ep.addresses = {pod.ip};
    const bool serving = pod.ready;
    const bool terminating = pod.terminating;
    ep.ready = svc.publishNotReadyAddresses || (serving && !terminating);
    ep.serving = serving;
    ep.terminating = terminating;
    ep.nodeName = pod.nodeName;
    if (!pod.hostname.isEmpty() && pod.subdomain == svc.name && pod.ns == svc.ns)
        ep.hostname = pod.hostname;
    ep.targetKind = QStringLiteral("Pod");
    ep.targetName = pod.name;
    ep.targetNamespace = pod.ns;
    return ep;
}

EndpointSliceObject newSlice(const ServiceInfo &svc, int index,
                             const QList<EndpointPortSpec> &ports)
{
    EndpointSliceObject slice;
    slice.meta.kind = QStringLiteral("EndpointSlice");
    slice.meta.apiVersion = QStringLiteral("discovery.k8s.io/v1");
    slice.meta.name = endpointSliceName(svc.ns, svc.name, index);
    slice.meta.generateName = svc.name + u'-';
    slice.meta.ns = svc.ns;
    slice.meta.ownerKind = QStringLiteral("Service");
    slice.meta.ownerName = svc.name;
    Labels labels = svc.labels;
    labels.remove(kServiceNameLabel);
    labels.remove(kManagedByLabel);
    if (svc.isHeadless())
        labels.insert(kHeadlessLabel, QString());
    labels.insert(kServiceNameLabel, svc.name);
    labels.insert(kManagedByLabel, kControllerName);
    slice.meta.labels = labels;
    slice.serviceName = svc.name;
    slice.addressType = QStringLiteral("IPv4");
    slice.ports = ports;
    return slice;
}

} // namespace

QString endpointSliceName(const QString &ns, const QString &service, int sliceIndex)
{
    // names.SimpleNameGenerator: maxGeneratedNameLength = 63 - 5.
    const QString base = QString(service + u'-').left(58);
    return base + stableRandomString(stableHash({ns, service, QString::number(sliceIndex)}), 5);
}

QList<EndpointSliceObject> makeEndpointSlices(const ServiceInfo &svc,
                                              const QList<const PodInfo *> &selected)
{
    QList<Desired> desired;
    desired.reserve(selected.size());
    for (const PodInfo *pod : selected) {
        if (!podBelongs(*pod))
            continue;
        Desired d{pod, {}};
        for (const ServicePortInfo &sp : svc.ports) {
            const std::optional<int> port = EndpointController::findPort(*pod, sp);
            if (!port)
                continue; // "Failed to find port for service": that port only is left out
            d.ports << EndpointPortSpec{sp.name, *port, sp.protocol, sp.appProtocol};
        }
        desired << d;
    }
    // Groups of one port list, in the order their first pod comes by IP; by IP inside.
    std::stable_sort(desired.begin(), desired.end(), [](const Desired &a, const Desired &b) {
        if (a.pod->ip != b.pod->ip)
            return a.pod->ip < b.pod->ip;
        return a.pod->id < b.pod->id;
    });
    QList<QList<const Desired *>> groups;
    for (const Desired &d : std::as_const(desired)) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return samePorts(g.first()->ports, d.ports); });
        if (it == groups.end())
            groups.append({&d});
        else
            it->append(&d);
    }

    QList<EndpointSliceObject> slices;
    if (groups.isEmpty()) {
        slices << newSlice(svc, 0, {}); // the placeholder
        return slices;
    }
    for (const QList<const Desired *> &group : std::as_const(groups)) {
        for (qsizetype from = 0; from < group.size(); from += kMaxEndpointsPerSlice) {
            EndpointSliceObject slice = newSlice(svc, int(slices.size()), group.first()->ports);
            const qsizetype to = std::min(group.size(), from + kMaxEndpointsPerSlice);
            slice.endpoints.reserve(to - from);
            for (qsizetype i = from; i < to; ++i)
                slice.endpoints << endpointFor(svc, *group[i]->pod);
            slices << std::move(slice);
        }
    }
    return slices;
}

} // namespace hopscope
