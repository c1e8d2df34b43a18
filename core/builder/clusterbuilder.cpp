#include "core/builder/clusterbuilder.h"

#include "core/model/buildsupport.h"
#include "core/controllers/clusterinputs.h"
#include "core/controllers/endpointcontroller.h"
#include "core/controllers/ipallocator.h"
#include "core/controllers/loadbalancercontroller.h"
#include "core/builder/nodenetwork.h"
#include "core/controllers/nodeportallocator.h"
#include "core/controllers/podfactory.h"
#include "core/controllers/podplacement.h"
#include "core/controllers/scheduler.h"
#include "core/api/servicedefaults.h"
#include "core/api/servicevalidation.h"
#include "core/controllers/servicework.h"
#include "core/model/settingsfallback.h"
#include "core/builder/systemobjects.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace hopscope {

namespace {

// Below this many Services the work is too small to hand to other threads.
constexpr qsizetype kParallelServices = 64;

bool lessByNamespaceName(const ServiceWork *a, const ServiceWork *b)
{
    if (a->info.ns != b->info.ns)
        return a->info.ns < b->info.ns;
    return a->info.name < b->info.name;
}

// ValidateService (servicevalidation.h), run once a create holds its requested address and
// ports: in the API server allocation (BeginCreate) precedes validation, so an allocation error
// is then the only one reported. A refused Service is left out and frees what it held. (An
// unknown type is one of these refusals: spec.type: Unsupported value.)
// The validation itself depends on the object and the settings only: validationOf() runs it for
// every Service beforehand (in parallel), refuseInvalid() applies its result in create order.
Diagnostics validationOf(const ServiceWork &s, const ClusterSettings &settings)
{
    if (!s.object || s.info.system)
        return Diagnostics();
    return validateService(*s.object, settings);
}

bool refuseInvalid(ServiceWork &s, const Diagnostics &causes, Diagnostics &diagnostics)
{
    if (s.refused || !s.object || s.info.system)
        return false;
    if (causes.isEmpty())
        return false;
    s.refused = true;
    diagnostics += causes;
    return true;
}

// Hopscope's cluster is single-stack IPv4: say so when a Service asks for more.
void noteIPFamilies(const ServiceWork &s, Diagnostics &diagnostics)
{
    const ServiceObject &o = *s.object;
    const bool wantsV6 = o.ipFamilies.contains(QStringLiteral("IPv6"));
    if (!wantsV6 && o.ipFamilyPolicy != u"RequireDualStack")
        return;
    diagnostics << Diagnostic::make(
        Severity::Warning, QStringLiteral("service-ip-family"),
        fieldLocation(o.meta,
                      {QStringLiteral("spec.ipFamilyPolicy"), QStringLiteral("spec.ipFamilies")}),
        BuilderTr::tr(
            "Service \"%1\" asks for IPv6 (ipFamilies / ipFamilyPolicy); Hopscope simulates "
            "a single-stack IPv4 cluster and gives it an IPv4 ClusterIP only.")
            .arg(s.info.name),
        QString(), s.info.id);
}

struct ServiceStage
{
    const ClusterSettings &settings;
    const ClusterInputs &inputs;
    const QList<NodeInfo> &nodes;
    const QList<PodInfo> &pods;
    Diagnostics &diagnostics;

    QList<ServiceInfo> run(const QList<const ServiceObject *> &systemServices)
    {
        const Ipv4Cidr serviceCidr = *Ipv4Cidr::parse(settings.serviceCidr);
        // System Services first: their addresses are reserved before anything else.
        QList<ServiceWork> works;
        QSet<const ServiceObject *> system;
        for (const ServiceObject *s : systemServices) {
            works << ServiceWork{s, defaultedService(*s), false, std::nullopt, {}};
            works.last().info.system = true;
            system.insert(s);
        }
        for (const ServiceObject *s : inputs.services)
            works << ServiceWork{s, defaultedService(*s), false, std::nullopt, {}};

        for (ServiceWork &w : works)
            noteIPFamilies(w, diagnostics);

        QList<ServiceWork *> sorted;
        for (ServiceWork &w : works)
            sorted << &w;
        std::stable_sort(sorted.begin(), sorted.end(), lessByNamespaceName);

        const auto validate = [this](const ServiceWork &w) { return validationOf(w, settings); };
        const QList<Diagnostics> validation =
            works.size() >= kParallelServices
                ? QtConcurrent::blockingMapped<QList<Diagnostics>>(works, validate)
                : [&] {
                      QList<Diagnostics> out;
                      for (const ServiceWork &w : std::as_const(works))
                          out << validate(w);
                      return out;
                  }();

        // Requested addresses and ports (input order), then dynamic ones (namespace, name).
        ClusterIPAllocation ips(serviceCidr, diagnostics);
        NodePortAllocation ports(settings.nodePortMin, settings.nodePortMax, diagnostics);
        for (qsizetype i = 0; i < works.size(); ++i) {
            ServiceWork &w = works[i];
            // One create at a time: a refusal undoes the Service's allocations.
            ips.allocateRequested(w);
            ports.allocateRequested(w);
            refuseInvalid(w, validation[i], diagnostics);
            if (w.refused) {
                ips.release(w);
                ports.release(w);
            }
        }
        for (ServiceWork *w : std::as_const(sorted))
            ips.allocateDynamic(*w);
        for (ServiceWork *w : std::as_const(sorted)) {
            ports.allocateDynamic(*w);
            if (w->refused)
                ips.release(*w);
        }

        LoadBalancerController::assign(sorted, *Ipv4Cidr::parse(settings.loadBalancerPool),
                                       diagnostics);
        assignEndpoints(works, system);

        QList<ServiceInfo> out;
        for (const ServiceWork *w : std::as_const(sorted))
            if (!w->refused)
                out << w->info;
        return out;
    }

    void assignEndpoints(QList<ServiceWork> &works, const QSet<const ServiceObject *> &system)
    {
        QHash<QString, QList<const EndpointSliceObject *>> slices;
        for (const EndpointSliceObject *s : inputs.endpointSlices) {
            const QString service =
                !s->serviceName.isEmpty()
                    ? s->serviceName
                    : s->meta.labels.value(QStringLiteral("kubernetes.io/service-name"));
            if (!service.isEmpty())
                slices[effectiveNamespace(s->meta) + u'/' + service] << s;
        }
        QHash<QString, const EndpointsObject *> endpoints;
        for (const EndpointsObject *e : inputs.endpoints)
            endpoints.insert(effectiveNamespace(e->meta) + u'/' + e->meta.name, e);

        const EndpointController controller(pods);
        // Each Service's endpoints depend on the pods only: computed in parallel, each into
        // its own Service, so the result is the same on any number of cores.
        const auto assign = [&](ServiceWork &w) {
            if (w.refused)
                return;
            ServiceInfo &info = w.info;
            info.endpoints =
                QList<QList<EndpointInfo>>(EndpointController::endpointListCount(info));
            if (info.type == ServiceType::ExternalName)
                return;
            const QString key = info.ns + u'/' + info.name;
            if (const auto it = slices.constFind(key); it != slices.cend()) {
                controller.fromEndpointSlices(info, it.value());
            } else if (const auto e = endpoints.constFind(key); e != endpoints.cend()) {
                controller.fromEndpoints(info, *e.value());
            } else if (system.contains(w.object) && info.name == u"kubernetes") {
                apiServerEndpoints(info);
            } else {
                controller.computeFromSelector(info);
            }
        };
        if (works.size() >= kParallelServices)
            QtConcurrent::blockingMap(works, assign);
        else
            std::for_each(works.begin(), works.end(), assign);
    }

    // The API server listens on the first node (the control plane) at 6443.
    void apiServerEndpoints(ServiceInfo &info) const
    {
        if (nodes.isEmpty() || info.ports.isEmpty())
            return;
        EndpointInfo e;
        e.ip = nodes.first().internalIP;
        e.port = SystemObjects::kApiServerPort;
        info.endpoints[0] << e;
        // The API server keeps its own slice, named as the Service, without the
        // managed-by label (pkg/controlplane/reconcilers/endpointsadapter.go).
        EndpointSliceObject slice;
        slice.meta.kind = QStringLiteral("EndpointSlice");
        slice.meta.apiVersion = QStringLiteral("discovery.k8s.io/v1");
        slice.meta.name = info.name;
        slice.meta.ns = info.ns;
        slice.meta.labels.insert(QStringLiteral("kubernetes.io/service-name"), info.name);
        slice.serviceName = info.name;
        slice.addressType = QStringLiteral("IPv4");
        EndpointSliceEndpoint ep;
        ep.addresses = {e.ip};
        ep.ready = true;
        slice.endpoints << ep;
        slice.ports << EndpointPortSpec{info.ports[0].name, e.port, QStringLiteral("TCP"), {}};
        info.endpointSlices << slice;
    }
};

QStringList namespacesOf(const ClusterInputs &in, const QList<PodInfo> &pods,
                         const QList<ServiceInfo> &services)
{
    QSet<QString> set{QStringLiteral("default")};
    for (const NamespaceObject *n : in.namespaces)
        set.insert(n->meta.name);
    for (const PodObject *p : in.pods)
        set.insert(effectiveNamespace(p->meta));
    for (const WorkloadObject *w : in.workloads)
        set.insert(effectiveNamespace(w->meta));
    for (const ServiceObject *s : in.services)
        set.insert(effectiveNamespace(s->meta));
    for (const EndpointSliceObject *s : in.endpointSlices)
        set.insert(effectiveNamespace(s->meta));
    for (const EndpointsObject *e : in.endpoints)
        set.insert(effectiveNamespace(e->meta));
    for (const PodInfo &p : pods)
        set.insert(p.ns);
    for (const ServiceInfo &s : services)
        set.insert(s.ns);
    QStringList out(set.cbegin(), set.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

Cluster ClusterBuilder::build(const ManifestSet &manifests, const ClusterSettings &given)
{
    Diagnostics diagnostics;
    Cluster cluster;
    cluster.settings = usableSettings(given, diagnostics);
    const ClusterSettings &settings = cluster.settings;
    const Ipv4Cidr serviceCidr = *Ipv4Cidr::parse(settings.serviceCidr);

    const ClusterInputs inputs = ClusterInputs::collect(manifests, diagnostics);

    SystemObjects system;
    if (SystemObjects::wanted(manifests, settings.systemObjects))
        system = SystemObjects::make(manifests, serviceCidr);
    QList<const ServiceObject *> systemServices;
    if (system.kubernetesService)
        systemServices << &*system.kubernetesService;
    if (system.dnsService)
        systemServices << &*system.dnsService;
    QList<const WorkloadObject *> systemWorkloads;
    if (system.coreDns)
        systemWorkloads << &*system.coreDns;

    cluster.nodes = NodeNetwork::build(inputs.nodes, inputs.pods, settings, diagnostics);

    Scheduler scheduler(cluster.nodes);
    QList<PodFactory::Source> sources;
    QList<PodWork> pods = PodFactory::make(inputs, manifests.files, systemWorkloads, cluster.nodes,
                                           scheduler, sources, diagnostics, &cluster.workloads,
                                           settings.maxWorkloadPods);
    cluster.pods = PodPlacement::place(pods, cluster.nodes, scheduler, sources, diagnostics);

    ServiceStage stage{settings, inputs, cluster.nodes, cluster.pods, diagnostics};
    cluster.services = stage.run(systemServices);

    cluster.namespaces = namespacesOf(inputs, cluster.pods, cluster.services);
    cluster.clientIP = settings.clientIP;
    cluster.dnsIP = SystemObjects::serviceAddress(serviceCidr, 10);
    for (const ServiceInfo &s : std::as_const(cluster.services)) {
        if (s.ns == u"kube-system" && s.name == u"kube-dns" && !s.clusterIP.isEmpty() &&
            !s.isHeadless())
            cluster.dnsIP = s.clusterIP;
    }
    cluster.files = manifests.files;
    cluster.diagnostics = manifests.diagnostics + diagnostics;
    finishKoreanTexts(cluster.diagnostics);
    cluster.reindex();
    return cluster;
}

} // namespace hopscope
