// Benchmark of the tracer: a cluster of 10,000 Services (3 endpoints each, over 20,000 pods on
// 100 nodes; every 10th Service a NodePort) built by code. Prints the one-time costs (rules,
// tracer set-up, every node's rules) and the time per trace — a request and its reply, every
// hop with its explanation — as the median over batches: ClusterIP from a pod, NodePort from
// the client. Asserts nothing about time.

#include "benchservice.h"
#include "core/proxy/proxyrules.h"
#include "core/trace/output/traceformat.h"
#include "core/trace/tracer.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

#ifdef __linux__
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace hopscope;

namespace {

constexpr int kNodes = 100;
constexpr int kPodsPerNode = 200;
constexpr int kServices = 10000;
constexpr int kEndpoints = 3;

QString ip(quint32 a)
{
    return formatIPv4(a);
}

Cluster buildCluster()
{
    Cluster c;
    c.clientIP = QStringLiteral("192.168.1.10");
    c.dnsIP = QStringLiteral("10.96.0.10");
    for (int n = 0; n < kNodes; ++n) {
        NodeInfo node;
        node.name = QStringLiteral("node-%1").arg(n + 1);
        node.id = nodeId(node.name);
        node.internalIP = ip(0xc0a80000u + 256u * quint32(2 + n / 200) + quint32(20 + n % 200));
        node.podCIDR = QStringLiteral("10.244.%1.0/24").arg(n);
        node.bridgeIP = QStringLiteral("10.244.%1.1").arg(n);
        node.vtepIP = QStringLiteral("10.244.%1.0").arg(n);
        c.nodes << node;
    }
    c.pods.reserve(kNodes * kPodsPerNode);
    for (int i = 0; i < kNodes * kPodsPerNode; ++i) {
        const int node = i % kNodes;
        PodInfo p;
        p.ns = QStringLiteral("ns%1").arg(i % 50);
        p.name = QStringLiteral("pod-%1").arg(i);
        p.id = podId(p.ns, p.name);
        p.nodeName = c.nodes[node].name;
        p.ip = ip(0x0af40000u + 256u * quint32(node) + quint32(2 + i / kNodes));
        p.ports << PodPort{QStringLiteral("app"), QStringLiteral("http"), 8080,
                           QStringLiteral("TCP")};
        c.pods << p;
    }
    for (int s = 0; s < kServices; ++s) {
        ServicePortInfo port;
        ServiceInfo svc = benchService(s, &port);
        if (s % 10 == 0) {
            svc.type = ServiceType::NodePort;
            svc.externalTrafficPolicy = QStringLiteral("Cluster");
            port.nodePort = 30000 + s / 10;
        }
        svc.ports << port;
        QList<EndpointInfo> eps;
        for (int e = 0; e < kEndpoints; ++e) {
            const PodInfo &pod = c.pods[(s * 7 + e * 4999) % c.pods.size()];
            EndpointInfo ep;
            ep.ip = pod.ip;
            ep.port = 8080;
            ep.nodeName = pod.nodeName;
            ep.podId = pod.id;
            eps << ep;
        }
        svc.endpoints << eps;
        c.services << svc;
    }
    std::sort(c.services.begin(), c.services.end(), [](const ServiceInfo &a, const ServiceInfo &b) {
        return a.ns != b.ns ? a.ns < b.ns : a.name < b.name;
    });
    c.reindex();
    return c;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// CPU time of this thread (ns): unlike the wall clock, not inflated when other processes share
// the cores.
qint64 cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Instructions retired by this thread (user space), from the CPU's counter: the one figure a
// loaded machine does not distort. -1 where the kernel refuses perf events.
class InstructionCounter
{
public:
    InstructionCounter()
    {
#ifdef __linux__
        perf_event_attr attr{};
        attr.type = PERF_TYPE_HARDWARE;
        attr.size = sizeof(attr);
        attr.config = PERF_COUNT_HW_INSTRUCTIONS;
        attr.exclude_kernel = 1;
        attr.exclude_hv = 1;
        m_fd = int(syscall(__NR_perf_event_open, &attr, 0, -1, -1, 0));
#endif
    }
    ~InstructionCounter()
    {
#ifdef __linux__
        if (m_fd >= 0)
            close(m_fd);
#endif
    }
    qint64 read() const
    {
#ifdef __linux__
        long long value = 0;
        if (m_fd >= 0 && ::read(m_fd, &value, sizeof(value)) == sizeof(value))
            return value;
#endif
        return -1;
    }

private:
    int m_fd = -1;
};

InstructionCounter &instructions()
{
    static InstructionCounter counter;
    return counter;
}

QString insText(double instructions)
{
    return instructions < 0 ? QStringLiteral("instruction counter unavailable")
                            : QStringLiteral("%1 instructions per trace").arg(qint64(instructions));
}

struct Figures
{
    double instructions = -1;            // median instructions per trace
    double median = 0, p10 = 0, p90 = 0; // wall clock, us per trace
    double cpuMedian = 0;                // thread CPU time, us per trace
    int hops = 0;
    int delivered = 0;
};

// Median (and spread) of the per-trace time over batches of `perBatch` requests.
template <typename Make>
Q_NEVER_INLINE Figures measure(TraceSession &session, Make make, int batches, int perBatch)
{
    std::vector<double> perTrace, cpu, ins;
    Figures f;
    quint64 seed = 1;
    for (int b = 0; b < batches; ++b) {
        std::vector<TraceRequest> requests;
        for (int i = 0; i < perBatch; ++i)
            requests.push_back(make(seed++));
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = cpuNow();
        const qint64 ins0 = instructions().read();
        for (const TraceRequest &r : requests) {
            const Trace trace = session.trace(r);
            f.hops += int(trace.hops.size());
            f.delivered += trace.delivered ? 1 : 0;
        }
        ins.push_back(double(instructions().read() - ins0) / perBatch);
        cpu.push_back(double(cpuNow() - cpu0) / perBatch / 1000.0);
        perTrace.push_back(double(t.nsecsElapsed()) / perBatch / 1000.0);
    }
    std::sort(perTrace.begin(), perTrace.end());
    std::sort(cpu.begin(), cpu.end());
    f.cpuMedian = cpu[cpu.size() / 2];
    std::sort(ins.begin(), ins.end());
    if (instructions().read() >= 0)
        f.instructions = ins[ins.size() / 2];
    f.median = perTrace[perTrace.size() / 2];
    f.p10 = perTrace[perTrace.size() / 10];
    f.p90 = perTrace[perTrace.size() * 9 / 10];
    f.hops /= batches * perBatch;
    return f;
}

} // namespace

int main()
{
    QTextStream out(stdout);
    QElapsedTimer t;

    t.start();
    const Cluster cluster = buildCluster();
    out << "cluster: " << kServices << " Services x " << kEndpoints << " endpoints, "
        << cluster.pods.size() << " pods on " << kNodes << " nodes, built in "
        << ms(t.nsecsElapsed()) << " ms\n";

    t.restart();
    const ProxyRules rules(cluster);
    out << "one-time: ProxyRules plan " << ms(t.nsecsElapsed()) << " ms\n";

    t.restart();
    TraceSession session(cluster, rules);
    out << "one-time: tracer set-up (routes of every node, DNS names, load balancers) "
        << ms(t.nsecsElapsed()) << " ms\n";

    // The first trace touching a node generates that node's rules (cached by ProxyRules).
    t.restart();
    TraceRequest first;
    first.from = cluster.pods.first().id;
    first.to = cluster.services.first().clusterIP + QStringLiteral(":80");
    const Trace firstTrace = session.trace(first);
    out << "one-time: first trace (generates the rules of the nodes it crosses) "
        << ms(t.nsecsElapsed()) << " ms, " << firstTrace.hops.size() << " hops\n";
    t.restart();
    for (const NodeInfo &n : cluster.nodes)
        rules.forNode(n.name);
    out << "one-time: the rules of all " << kNodes << " nodes " << ms(t.nsecsElapsed())
        << " ms; nat rules per node "
        << rules.forNode(QStringLiteral("node-1"))->ruleCount(RuleTable::Nat) << "\n";
    // Warm the per-node tracer state (flannel rules, fixed-chain cache) on every node.
    for (int n = 0; n < kNodes; ++n) {
        TraceRequest r;
        r.from = QStringLiteral("node/") + cluster.nodes[n].name;
        r.to = cluster.services[n].clusterIP + QStringLiteral(":80");
        session.trace(r);
    }

    // HOPSCOPE_BENCH_ONLY=clusterip|nodeport|bulk|name runs one measurement (for a profiler:
    // valgrind --tool=callgrind --toggle-collect='*measure*' gives instructions per trace).
    const QByteArray only = qgetenv("HOPSCOPE_BENCH_ONLY");
    const auto wanted = [&only](const char *name) { return only.isEmpty() || only == name; };
    const int batches = only.isEmpty() ? 51 : 5;
    constexpr int kPerBatch = 200;
    const int podCount = int(cluster.pods.size());
    const auto podToClusterIP = [&](quint64 seed) {
        TraceRequest r;
        r.from = cluster.pods[int((seed * 7919) % quint64(podCount))].id;
        r.to = cluster.services[int((seed * 104729) % kServices)].clusterIP + QStringLiteral(":80");
        r.seed = seed;
        return r;
    };
    const auto report = [&](const char *what, const Figures &f) {
        out << what << ": CPU median " << f.cpuMedian << " us; wall median " << f.median
            << " us (p10 " << f.p10 << ", p90 " << f.p90 << "); " << f.hops << " hops on average; "
            << f.delivered << "/" << batches * kPerBatch << " delivered; "
            << insText(f.instructions) << "\n";
    };

    if (wanted("clusterip"))
        report("trace ClusterIP from a pod (request + reply)",
               measure(session, podToClusterIP, batches, kPerBatch));
    if (wanted("nodeport"))
        report("trace NodePort from the client (request + reply)",
               measure(
                   session,
                   [&](quint64 seed) {
                       TraceRequest r;
                       r.from = QStringLiteral("client");
                       const NodeInfo &node = cluster.nodes[int((seed * 31) % kNodes)];
                       r.to = node.internalIP + u':' +
                              QString::number(30000 + int((seed * 613) % 1000));
                       r.seed = seed;
                       return r;
                   },
                   batches, kPerBatch));
    if (wanted("bulk"))
        report("trace ClusterIP from a pod without explanations, trails, conntrack texts "
               "(TraceSession::send's bulk requests)",
               measure(
                   session,
                   [&](quint64 seed) {
                       TraceRequest r = podToClusterIP(seed);
                       r.explain = false;
                       return r;
                   },
                   batches, kPerBatch));
    if (wanted("name"))
        report("trace Service name from a pod (DNS + request + reply)",
               measure(
                   session,
                   [&](quint64 seed) {
                       TraceRequest r;
                       const ServiceInfo &svc = cluster.services[int((seed * 104729) % kServices)];
                       r.from = cluster.pods[int((seed * 7919) % quint64(podCount))].id;
                       r.to = svc.name + u'.' + svc.ns + QStringLiteral(":80");
                       r.seed = seed;
                       return r;
                   },
                   batches, kPerBatch));
    if (!only.isEmpty())
        return 0;

    // Formatting (what the CLI adds on top).
    std::vector<double> text;
    for (int b = 0; b < 21; ++b) {
        const qint64 cpu0 = cpuNow();
        for (int i = 0; i < 100; ++i)
            formatTraceText(firstTrace);
        text.push_back(double(cpuNow() - cpu0) / 100 / 1000.0);
    }
    std::sort(text.begin(), text.end());
    out << "formatTraceText of one trace (" << firstTrace.hops.size() << " hops): CPU median "
        << text[text.size() / 2] << " us\n";
    out << "goal: <= 20 us per trace\n";
    return 0;
}
