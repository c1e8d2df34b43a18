// Cluster-builder figures: how long ClusterBuilder::build takes for workload manifests and for
// cluster dumps of growing size. Prints a table; asserts nothing about time.
//
//   bench_builder [scale]   (scale 1 = up to 1,000 nodes / 50,000 pods)

#include "core/builder/clusterbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace hopscope;

namespace {

ManifestSet workloads(int nodes, int deployments, int replicas)
{
    ManifestSet m;
    for (int n = 0; n < nodes; ++n) {
        NodeObject node;
        node.meta.kind = QStringLiteral("Node");
        node.meta.name = QStringLiteral("node-%1").arg(n + 1);
        node.meta.where = {QStringLiteral("bench.yaml"), n + 1, 1};
        node.internalIP =
            QStringLiteral("10.%1.%2.%3").arg(n / 65536).arg(n / 256 % 256).arg(n % 256 + 1);
        m.nodes << node;
    }
    for (int d = 0; d < deployments; ++d) {
        const QString name = QStringLiteral("app-%1").arg(d);
        WorkloadObject w;
        w.kind = WorkloadKind::Deployment;
        w.meta.kind = QStringLiteral("Deployment");
        w.meta.name = name;
        w.meta.where = {QStringLiteral("bench.yaml"), nodes + 2 * d + 1, 1};
        w.replicas = replicas;
        w.selector.present = true;
        w.selector.matchLabels = {{QStringLiteral("app"), name}};
        w.podTemplate.labels = w.selector.matchLabels;
        Container c;
        c.name = name;
        c.ports << ContainerPort{QStringLiteral("http"), 8080, {}, 0};
        w.podTemplate.spec.containers << c;
        m.workloads << w;
        ServiceObject s;
        s.meta.kind = QStringLiteral("Service");
        s.meta.name = name;
        s.meta.where = {QStringLiteral("bench.yaml"), nodes + 2 * d + 2, 1};
        s.type = d % 10 == 0 ? QStringLiteral("NodePort") : QString();
        ServicePortSpec p;
        p.port = 80;
        p.targetPort = IntOrString::fromString(QStringLiteral("http"));
        s.ports << p;
        s.selector = w.selector.matchLabels;
        m.services << s;
    }
    return m;
}

// The same cluster as a dump: pods placed with addresses, one EndpointSlice per Service.
ManifestSet dump(const Cluster &from)
{
    ManifestSet m;
    for (const NodeInfo &n : from.nodes) {
        NodeObject node;
        node.meta.kind = QStringLiteral("Node");
        node.meta.name = n.name;
        node.internalIP = n.internalIP;
        node.podCIDR = n.podCIDR;
        m.nodes << node;
    }
    for (const PodInfo &p : from.pods) {
        PodObject pod;
        pod.meta.kind = QStringLiteral("Pod");
        pod.meta.name = p.name;
        pod.meta.ns = p.ns;
        pod.meta.labels = p.labels;
        pod.spec.nodeName = p.nodeName;
        pod.podIP = p.ip;
        pod.phase = p.phase;
        pod.ready = p.ready;
        m.pods << pod;
    }
    for (const ServiceInfo &s : from.services) {
        ServiceObject svc;
        svc.meta.kind = QStringLiteral("Service");
        svc.meta.name = s.name;
        svc.meta.ns = s.ns;
        svc.type = s.typeName();
        svc.clusterIP = s.clusterIP;
        for (const ServicePortInfo &sp : s.ports) {
            ServicePortSpec p;
            p.name = sp.name;
            p.port = sp.port;
            p.protocol = sp.protocol;
            p.targetPort = sp.targetPort;
            p.nodePort = sp.nodePort;
            svc.ports << p;
        }
        svc.selector = s.selector;
        m.services << svc;
        EndpointSliceObject slice;
        slice.meta.name = s.name + QStringLiteral("-abcde");
        slice.meta.ns = s.ns;
        slice.serviceName = s.name;
        slice.addressType = QStringLiteral("IPv4");
        for (const ServicePortInfo &sp : s.ports)
            slice.ports << EndpointPortSpec{sp.name, s.endpoints.value(0).value(0).port,
                                            sp.protocol, sp.appProtocol};
        for (const EndpointInfo &e : s.endpoints.value(0)) {
            EndpointSliceEndpoint ep;
            ep.addresses << e.ip;
            ep.ready = e.ready;
            ep.nodeName = e.nodeName;
            slice.endpoints << ep;
        }
        m.endpointSlices << slice;
    }
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int scale = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1;
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("form"), -10)
               .arg(QStringLiteral("nodes"), 7)
               .arg(QStringLiteral("pods"), 8)
               .arg(QStringLiteral("services"), 9)
               .arg(QStringLiteral("ms"), 8)
               .arg(QStringLiteral("µs/pod"), 8);
    const struct
    {
        int nodes, deployments, replicas;
    } sizes[] = {{3, 10, 3}, {50, 500, 10}, {200, 2000, 10}, {1000, 5000, 10}};
    for (const auto &size : sizes) {
        const ManifestSet m =
            workloads(size.nodes * scale, size.deployments * scale, size.replicas);
        QElapsedTimer timer;
        timer.start();
        const Cluster c = ClusterBuilder::build(m, ClusterSettings{});
        const qint64 ms = timer.elapsed();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("workloads"), -10)
                   .arg(c.nodes.size(), 7)
                   .arg(c.pods.size(), 8)
                   .arg(c.services.size(), 9)
                   .arg(ms, 8)
                   .arg(double(ms) * 1000.0 / std::max<qsizetype>(1, c.pods.size()), 8, 'f', 2);
        const ManifestSet d = dump(c);
        timer.restart();
        const Cluster again = ClusterBuilder::build(d, ClusterSettings{});
        const qint64 dms = timer.elapsed();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("dump"), -10)
                   .arg(again.nodes.size(), 7)
                   .arg(again.pods.size(), 8)
                   .arg(again.services.size(), 9)
                   .arg(dms, 8)
                   .arg(double(dms) * 1000.0 / std::max<qsizetype>(1, again.pods.size()), 8, 'f',
                        2);
        out.flush();
    }
    return 0;
}
