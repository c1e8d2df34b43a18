#include "core/kubectl/kubectlprinter.h"

#include "core/base/tabwriter.h"

#include <QSet>

#include <algorithm>

// `kubectl get` for services, pods, endpoints and nodes. Each column follows the API server's
// table printer of the same name (pkg/printers/internalversion/printers.go, Kubernetes v1.32);
// the client side (cli-runtime's tableprinter and kubectl get) adds the NAMESPACE column, upper-
// cases the headers, joins cells with tabs and lays them out with its tab writer.

namespace hopscope {

namespace {

const QString kNone = QStringLiteral("<none>");

QString orNone(const QString &s)
{
    return s.isEmpty() ? kNone : s;
}

// Objects are listed in the order etcd returns them: by key, "<namespace>/<name>", byte-wise.
QByteArray listKey(const QString &ns, const QString &name)
{
    return ns.isEmpty() ? name.toUtf8() : (ns + u'/' + name).toUtf8();
}

struct Item
{
    QString ns;
    QString name;
    QStringList cells;
};

QStringList serviceCells(const ServiceInfo &svc, bool wide, const KubectlOptions &options)
{
    QStringList cells{svc.name,
                      svc.typeName(),
                      serviceClusterIPCell(svc),
                      serviceExternalIPCell(svc, wide),
                      servicePortsCell(svc),
                      options.age};
    if (wide)
        cells << kubectlFormatLabels(svc.hasSelector ? svc.selector : Labels());
    return cells;
}

// printPod: READY counts ready containers (a simulated pod is all ready or not at all) out of
// containers plus restartable init containers; RESTARTS 0 (nothing ever restarts here).
QStringList podCells(const PodInfo &pod, bool wide, const KubectlOptions &options)
{
    const int total = std::max(0, pod.containerCount);
    // A pod no node took is Pending (its containers have no status yet, so none is ready).
    const QString phase =
        pod.nodeName.isEmpty() || pod.phase.isEmpty() ? QStringLiteral("Pending") : pod.phase;
    const int ready = (pod.ready && phase == u"Running") ? total : 0;
    // A pod being deleted (deletionTimestamp set) whose phase is not terminal: "Terminating".
    const bool terminal = phase == u"Succeeded" || phase == u"Failed";
    const QString status = pod.terminating && !terminal ? QStringLiteral("Terminating") : phase;
    QStringList cells{pod.name, QStringLiteral("%1/%2").arg(ready).arg(total), status,
                      QStringLiteral("0"), options.age};
    if (wide)
        cells << orNone(pod.ip) << orNone(pod.nodeName) << kNone // NOMINATED NODE
              << kNone;                                          // READINESS GATES
    return cells;
}

// findNodeRoles: node-role.kubernetes.io/<role> keys and kubernetes.io/role=<role>, sorted.
QString nodeRoles(const NodeInfo &node)
{
    static const QString prefix = QStringLiteral("node-role.kubernetes.io/");
    QStringList roles;
    for (auto it = node.labels.cbegin(); it != node.labels.cend(); ++it) {
        if (it.key().startsWith(prefix)) {
            const QString role = it.key().mid(prefix.size());
            if (!role.isEmpty())
                roles << role;
        } else if (it.key() == u"kubernetes.io/role" && !it.value().isEmpty()) {
            roles << it.value();
        }
    }
    roles.removeDuplicates();
    std::sort(roles.begin(), roles.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return orNone(roles.join(u','));
}

QStringList nodeCells(const NodeInfo &node, bool wide, const KubectlOptions &options)
{
    QString status = node.ready ? QStringLiteral("Ready") : QStringLiteral("NotReady");
    if (node.unschedulable)
        status += QStringLiteral(",SchedulingDisabled");
    QStringList cells{node.name, status, nodeRoles(node), options.age, options.kubeletVersion};
    if (wide) {
        const QString unknown = QStringLiteral("<unknown>");
        cells << orNone(node.internalIP) << orNone(node.externalIP)
              << (options.osImage.isEmpty() ? unknown : options.osImage)
              << (options.kernelVersion.isEmpty() ? unknown : options.kernelVersion)
              << (options.containerRuntime.isEmpty() ? unknown : options.containerRuntime);
    }
    return cells;
}

QStringList headersFor(KubectlResource resource, bool wide)
{
    switch (resource) {
    case KubectlResource::Services:
        return wide ? QStringList{"NAME",    "TYPE", "CLUSTER-IP", "EXTERNAL-IP",
                                  "PORT(S)", "AGE",  "SELECTOR"}
                    : QStringList{"NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"};
    case KubectlResource::Pods:
        return wide ? QStringList{"NAME", "READY", "STATUS",         "RESTARTS",       "AGE",
                                  "IP",   "NODE",  "NOMINATED NODE", "READINESS GATES"}
                    : QStringList{"NAME", "READY", "STATUS", "RESTARTS", "AGE"};
    case KubectlResource::Endpoints:
        return {"NAME", "ENDPOINTS", "AGE"};
    case KubectlResource::EndpointSlices: // printEndpointSlice has no wide columns
        return {"NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"};
    case KubectlResource::Nodes:
        return wide ? QStringList{"NAME",           "STATUS",           "ROLES",       "AGE",
                                  "VERSION",        "INTERNAL-IP",      "EXTERNAL-IP", "OS-IMAGE",
                                  "KERNEL-VERSION", "CONTAINER-RUNTIME"}
                    : QStringList{"NAME", "STATUS", "ROLES", "AGE", "VERSION"};
    }
    return {};
}

QList<Item> itemsFor(const Cluster &cluster, const KubectlQuery &query,
                     const KubectlOptions &options)
{
    QList<Item> items;
    switch (query.resource) {
    case KubectlResource::Services:
        for (const ServiceInfo &svc : cluster.services)
            items.append({svc.ns, svc.name, serviceCells(svc, query.wide, options)});
        break;
    case KubectlResource::Pods:
        for (const PodInfo &pod : cluster.pods)
            items.append({pod.ns, pod.name, podCells(pod, query.wide, options)});
        break;
    case KubectlResource::Endpoints:
        for (const ServiceInfo &svc : cluster.services)
            if (serviceHasEndpointsObject(svc))
                items.append({svc.ns, svc.name, {svc.name, endpointsCell(svc), options.age}});
        break;
    case KubectlResource::EndpointSlices:
        for (const ServiceInfo &svc : cluster.services)
            for (const EndpointSliceObject &slice : svc.endpointSlices)
                items.append({svc.ns,
                              slice.meta.name,
                              {slice.meta.name, slice.addressType, endpointSlicePortsCell(slice),
                               endpointSliceEndpointsCell(slice), options.age}});
        break;
    case KubectlResource::Nodes:
        for (const NodeInfo &node : cluster.nodes)
            items.append({QString(), node.name, nodeCells(node, query.wide, options)});
        break;
    }
    return items;
}

QString notFound(KubectlResource resource, const QString &name)
{
    return QStringLiteral("Error from server (NotFound): %1 \"%2\" not found\n")
        .arg(kubectlResourceName(resource), name);
}

// cli-runtime's tableprinter prints a string cell up to its first line break, then "...".
QString cellText(const QString &cell)
{
    const qsizetype cut = std::min({cell.indexOf(u'\n') < 0 ? cell.size() : cell.indexOf(u'\n'),
                                    cell.indexOf(u'\r') < 0 ? cell.size() : cell.indexOf(u'\r'),
                                    cell.indexOf(u'\f') < 0 ? cell.size() : cell.indexOf(u'\f')});
    return cut < cell.size() ? cell.left(cut) + QStringLiteral("...") : cell;
}

} // namespace

QString kubectlResourceName(KubectlResource resource)
{
    switch (resource) {
    case KubectlResource::Services:
        return QStringLiteral("services");
    case KubectlResource::Pods:
        return QStringLiteral("pods");
    case KubectlResource::Endpoints:
        return QStringLiteral("endpoints");
    case KubectlResource::EndpointSlices:
        return QStringLiteral("endpointslices.discovery.k8s.io");
    case KubectlResource::Nodes:
        return QStringLiteral("nodes");
    }
    return QString();
}

bool kubectlResourceIsNamespaced(KubectlResource resource)
{
    return resource != KubectlResource::Nodes;
}

QString kubectlTable(const QStringList &headers, const QList<QStringList> &rows)
{
    TabWriter writer = TabWriter::forKubectlGet();
    QStringList upper;
    for (const QString &h : headers)
        upper << h.toUpper();
    writer.write(upper.join(u'\t') + u'\n');
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &c : row)
            cells << kubectlEscapeTerminal(cellText(c));
        writer.write(cells.join(u'\t') + u'\n');
    }
    return writer.flush();
}

QString kubectlEscapeTerminal(const QString &text)
{
    // cli-runtime printers/terminal.go: strings.NewReplacer("\x1b", "^[", "\r", "\\r")
    if (!text.contains(QChar(0x1b)) && !text.contains(u'\r'))
        return text;
    QString escaped = text;
    escaped.replace(QChar(0x1b), QStringLiteral("^["));
    escaped.replace(u'\r', QStringLiteral("\\r"));
    return escaped;
}

QString kubectlFormatLabels(const Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return orNone(parts.join(u','));
}

// printService: spec.clusterIPs[0] ("None" for headless), "<none>" when there is none.
QString serviceClusterIPCell(const ServiceInfo &svc)
{
    return orNone(svc.clusterIP);
}

// getServiceExternalIP and loadBalancerStatusStringer.
QString serviceExternalIPCell(const ServiceInfo &svc, bool wide)
{
    switch (svc.type) {
    case ServiceType::ClusterIP:
    case ServiceType::NodePort:
        return orNone(svc.externalIPs.join(u','));
    case ServiceType::LoadBalancer: {
        // A set of the ingress IPs (or hostnames), sorted and de-duplicated, clipped to
        // loadBalancerWidth = 16 bytes unless wide.
        // An ingress shows its ip, its hostname only when the ip is empty.
        QList<QByteArray> set;
        if (!svc.loadBalancerIngress.isEmpty()) {
            for (const auto &[address, mode] : svc.loadBalancerIngress)
                if (!address.isEmpty())
                    set << address.toUtf8();
        } else {
            for (const QString &s : svc.loadBalancerIPs + svc.loadBalancerHostnames)
                if (!s.isEmpty())
                    set << s.toUtf8();
        }
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        QByteArray joined;
        for (const QByteArray &s : set)
            joined += (joined.isEmpty() ? QByteArray() : QByteArray(",")) + s;
        constexpr int loadBalancerWidth = 16;
        if (!wide && joined.size() > loadBalancerWidth)
            joined = joined.left(loadBalancerWidth - 3) + "...";
        const QString lbIPs = QString::fromUtf8(joined);
        if (!svc.externalIPs.isEmpty()) {
            QStringList results;
            if (!lbIPs.isEmpty())
                results << lbIPs.split(u',');
            results << svc.externalIPs;
            return results.join(u',');
        }
        return lbIPs.isEmpty() ? QStringLiteral("<pending>") : lbIPs;
    }
    case ServiceType::ExternalName:
        return svc.externalName;
    }
    return QStringLiteral("<unknown>");
}

// makePortString: "port/PROTO" or "port:nodePort/PROTO", joined by ","; "<none>" if no ports.
QString servicePortsCell(const ServiceInfo &svc)
{
    QStringList pieces;
    for (const ServicePortInfo &p : svc.ports) {
        const QString protocol = p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol;
        pieces << (p.nodePort > 0
                       ? QStringLiteral("%1:%2/%3").arg(p.port).arg(p.nodePort).arg(protocol)
                       : QStringLiteral("%1/%2").arg(p.port).arg(protocol));
    }
    return orNone(pieces.join(u','));
}

KubectlOutput kubectlGet(const Cluster &cluster, const KubectlQuery &query,
                         const KubectlOptions &options)
{
    KubectlOutput result;
    if (query.resource == KubectlResource::Endpoints)
        result.err += QString::fromLatin1(kEndpointsDeprecationWarning);
    const bool namespaced = kubectlResourceIsNamespaced(query.resource);
    QList<Item> items = itemsFor(cluster, query, options);
    if (namespaced && !query.allNamespaces)
        items.removeIf([&](const Item &i) { return i.ns != query.ns; });

    QList<Item> shown;
    if (query.names.isEmpty()) {
        shown = items;
        std::stable_sort(shown.begin(), shown.end(), [](const Item &a, const Item &b) {
            return listKey(a.ns, a.name) < listKey(b.ns, b.name);
        });
    } else {
        // Named objects come in the order they were asked for.
        for (const QString &name : query.names) {
            const auto it = std::find_if(items.cbegin(), items.cend(),
                                         [&](const Item &i) { return i.name == name; });
            if (it == items.cend()) {
                result.err += notFound(query.resource, name);
                result.exitCode = 1;
            } else {
                shown << *it;
            }
        }
    }

    if (shown.isEmpty()) {
        if (query.names.isEmpty()) {
            // kubectl get: nothing printed and no error.
            result.err +=
                namespaced && !query.allNamespaces
                    ? QStringLiteral("No resources found in %1 namespace.\n").arg(query.ns)
                    : QStringLiteral("No resources found\n");
        }
        return result;
    }

    // -A adds a NAMESPACE column, for namespaced resources only.
    const bool withNamespace = query.allNamespaces && namespaced;
    QStringList headers = headersFor(query.resource, query.wide);
    if (withNamespace)
        headers.prepend(QStringLiteral("NAMESPACE"));
    QList<QStringList> rows;
    for (const Item &item : shown)
        rows << (withNamespace ? QStringList{item.ns} + item.cells : item.cells);
    result.out = kubectlTable(headers, rows);
    return result;
}

KubectlOutput kubectlDescribeServices(const Cluster &cluster, const KubectlQuery &query,
                                      const KubectlOptions &)
{
    KubectlOutput result;
    QList<const ServiceInfo *> services;
    for (const ServiceInfo &svc : cluster.services)
        if (query.allNamespaces || svc.ns == query.ns)
            services << &svc;

    QList<const ServiceInfo *> shown;
    if (query.names.isEmpty()) {
        shown = services;
        std::stable_sort(shown.begin(), shown.end(),
                         [](const ServiceInfo *a, const ServiceInfo *b) {
                             return listKey(a->ns, a->name) < listKey(b->ns, b->name);
                         });
    } else {
        for (const QString &name : query.names) {
            const auto it = std::find_if(services.cbegin(), services.cend(),
                                         [&](const ServiceInfo *s) { return s->name == name; });
            if (it == services.cend()) {
                result.err += notFound(KubectlResource::Services, name);
                result.exitCode = 1;
            } else {
                shown << *it;
            }
        }
    }

    // kubectl describe: the first description as it is, each next one after "\n\n".
    for (const ServiceInfo *svc : shown) {
        if (!result.out.isEmpty())
            result.out += QStringLiteral("\n\n");
        result.out += describeService(*svc, cluster.settings);
    }
    if (shown.isEmpty() && query.names.isEmpty()) {
        result.err += query.allNamespaces
                          ? QStringLiteral("No resources found\n")
                          : QStringLiteral("No resources found in %1 namespace.\n").arg(query.ns);
    }
    return result;
}

KubectlOutput kubectlDescribeEndpointSlices(const Cluster &cluster, const KubectlQuery &query)
{
    KubectlOutput result;
    QList<const EndpointSliceObject *> slices;
    for (const ServiceInfo &svc : cluster.services)
        if (query.allNamespaces || svc.ns == query.ns)
            for (const EndpointSliceObject &slice : svc.endpointSlices)
                slices << &slice;
    QList<const EndpointSliceObject *> shown;
    if (query.names.isEmpty()) {
        shown = slices;
        std::stable_sort(shown.begin(), shown.end(),
                         [](const EndpointSliceObject *a, const EndpointSliceObject *b) {
                             return listKey(a->meta.ns, a->meta.name) <
                                    listKey(b->meta.ns, b->meta.name);
                         });
    } else {
        for (const QString &name : query.names) {
            const auto it =
                std::find_if(slices.cbegin(), slices.cend(),
                             [&](const EndpointSliceObject *s) { return s->meta.name == name; });
            if (it == slices.cend()) {
                result.err += notFound(KubectlResource::EndpointSlices, name);
                result.exitCode = 1;
            } else {
                shown << *it;
            }
        }
    }
    for (const EndpointSliceObject *slice : shown) {
        if (!result.out.isEmpty())
            result.out += QStringLiteral("\n\n");
        result.out += describeEndpointSlice(*slice);
    }
    if (shown.isEmpty() && query.names.isEmpty()) {
        result.err += query.allNamespaces
                          ? QStringLiteral("No resources found\n")
                          : QStringLiteral("No resources found in %1 namespace.\n").arg(query.ns);
    }
    return result;
}

} // namespace hopscope
