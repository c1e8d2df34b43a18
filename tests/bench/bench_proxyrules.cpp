// Benchmark of the kube-proxy rules generator and its index: a cluster of 10,000 Services
// with 3 endpoints each on 100 nodes (every 10th Service a NodePort, every 50th a LoadBalancer
// with externalTrafficPolicy Local, so that some rule blocks differ per node). Prints figures;
// asserts nothing about time. Then the same cluster in kube-proxy's nftables mode (nftgenerator.h),
// beside the iptables figures.

#include "benchservice.h"
#include "core/proxy/nftevaluator.h"
#include "core/proxy/nftgenerator.h"
#include "core/proxy/nfttext.h"
#include "core/proxy/proxyrules.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace hopscope;

namespace {

constexpr int kNodes = 100;
constexpr int kServices = 10000;
constexpr int kEndpoints = 3;

QString ip(quint32 a)
{
    return formatIPv4(a);
}

Cluster buildCluster()
{
    Cluster c;
    for (int n = 0; n < kNodes; ++n) {
        NodeInfo node;
        node.name = QStringLiteral("node-%1").arg(n + 1);
        node.id = nodeId(node.name);
        node.internalIP = ip(0xc0a80102u + quint32(n)); // 192.168.1.2…
        node.podCIDR = QStringLiteral("10.244.%1.0/24").arg(n);
        c.nodes << node;
    }
    for (int s = 0; s < kServices; ++s) {
        ServicePortInfo port;
        ServiceInfo svc = benchService(s, &port);
        if (s % 50 == 0) {
            svc.type = ServiceType::LoadBalancer;
            svc.externalTrafficPolicy = QStringLiteral("Local");
            svc.loadBalancerIPs << ip(0xc6336400u + quint32(s / 50 % 250) + 1);
            svc.healthCheckNodePort = 32000 + s / 50;
            port.nodePort = 30000 + s / 10;
        } else if (s % 10 == 0) {
            svc.type = ServiceType::NodePort;
            svc.externalTrafficPolicy = QStringLiteral("Cluster");
            port.nodePort = 30000 + s / 10;
        }
        svc.ports << port;
        QList<EndpointInfo> eps;
        for (int e = 0; e < kEndpoints; ++e) {
            const int index = s * kEndpoints + e;
            const int node = index % kNodes;
            EndpointInfo ep;
            ep.ip = ip(0x0af40000u + quint32(node) * 256 * 2 + quint32(index / kNodes) % 500 + 2);
            ep.port = 8080;
            ep.nodeName = c.nodes[node].name;
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

} // namespace

int main()
{
    QTextStream out(stdout);
    QElapsedTimer t;

    t.start();
    const Cluster cluster = buildCluster();
    out << "cluster: " << kServices << " Services x " << kEndpoints << " endpoints on " << kNodes
        << " nodes, built in " << ms(t.nsecsElapsed()) << " ms\n";

    t.restart();
    const ProxyRules rules(cluster);
    out << "plan (hashes, endpoint order; once per cluster): " << ms(t.nsecsElapsed()) << " ms, "
        << rules.servicePorts().size() << " service ports, " << rules.totalEndpoints()
        << " endpoints, largeClusterMode " << (rules.largeClusterMode() ? "on" : "off") << "\n";

    t.restart();
    const auto first = rules.forNode(QStringLiteral("node-1"));
    const qint64 firstNs = t.nsecsElapsed();
    out << "first node's rules (generates the shared blocks): " << ms(firstNs) << " ms\n";
    out << "  rules: nat " << first->ruleCount(RuleTable::Nat) << ", filter "
        << first->ruleCount(RuleTable::Filter) << ", nat chains "
        << first->chainNames(RuleTable::Nat).size() << "\n";

    t.restart();
    const auto second = rules.forNode(QStringLiteral("node-2"));
    out << "second node's rules (reuses shared blocks): " << ms(t.nsecsElapsed()) << " ms\n";

    t.restart();
    for (int n = 3; n <= kNodes; ++n)
        rules.forNode(QStringLiteral("node-%1").arg(n));
    const qint64 restNs = t.nsecsElapsed();
    out << "remaining " << kNodes - 2 << " nodes: " << ms(restNs) << " ms ("
        << ms(restNs) / (kNodes - 2) << " ms per node)\n";

    t.restart();
    const QString text = first->restoreText();
    out << "restore text of one node: " << ms(t.nsecsElapsed()) << " ms, " << text.size()
        << " characters\n";

    // Lookups through the index: random Service (VIP, port) and NodePort packets.
    QRandomGenerator rng(42);
    std::vector<quint32> vips;
    std::vector<int> nodePorts;
    for (const ServicePortPlan &p : rules.servicePorts()) {
        vips.push_back(p.clusterAddress);
        if (p.nodePort)
            nodePorts.push_back(p.nodePort);
    }
    constexpr int kBatches = 101;
    constexpr int kPerBatch = 2000;
    std::vector<double> perLookup;
    qsizetype found = 0;
    for (int b = 0; b < kBatches; ++b) {
        std::vector<RulePacket> packets;
        for (int i = 0; i < kPerBatch; ++i)
            packets.push_back(RulePacket{0x0af40002u, 40000, vips[rng.bounded(int(vips.size()))],
                                         80, RuleProtocol::Tcp, 0, CtNew});
        t.restart();
        for (const RulePacket &p : packets)
            found += first->candidateRules(RuleTable::Nat, kKubeServicesChain, p).size();
        perLookup.push_back(double(t.nsecsElapsed()) / kPerBatch);
    }
    std::sort(perLookup.begin(), perLookup.end());
    out << "lookup KUBE-SERVICES by (ip, port, proto): median " << perLookup[kBatches / 2] / 1000.0
        << " us per lookup (" << found / (kBatches * kPerBatch) << " candidate rules each)\n";

    perLookup.clear();
    for (int b = 0; b < kBatches; ++b) {
        std::vector<RulePacket> packets;
        for (int i = 0; i < kPerBatch; ++i)
            packets.push_back(RulePacket{0xc0a8010au, 40000, 0xc0a80102u,
                                         quint16(nodePorts[rng.bounded(int(nodePorts.size()))]),
                                         RuleProtocol::Tcp, 0, CtNew});
        t.restart();
        for (const RulePacket &p : packets)
            found += first->candidateRules(RuleTable::Nat, kKubeNodePortsChain, p).size();
        perLookup.push_back(double(t.nsecsElapsed()) / kPerBatch);
    }
    std::sort(perLookup.begin(), perLookup.end());
    out << "lookup KUBE-NODEPORTS by (port, proto): median " << perLookup[kBatches / 2] / 1000.0
        << " us per lookup\n";

    perLookup.clear();
    const QList<ServicePortPlan> &plans = rules.servicePorts();
    for (int b = 0; b < kBatches; ++b) {
        t.restart();
        for (int i = 0; i < kPerBatch; ++i)
            found +=
                second->chainRules(RuleTable::Nat, plans[rng.bounded(int(plans.size()))].svcChain)
                    .size();
        perLookup.push_back(double(t.nsecsElapsed()) / kPerBatch);
    }
    std::sort(perLookup.begin(), perLookup.end());
    out << "chainRules(KUBE-SVC-…) by name: median " << perLookup[kBatches / 2] / 1000.0
        << " us per lookup\n";
    out << "generation of one node vs all " << kNodes << ": " << ms(firstNs) << " ms / "
        << ms(firstNs) + ms(restNs) << " ms\n";

    // nftables mode: the same cluster, the same plans.
    t.restart();
    const NftProxyRules nft(cluster);
    const qint64 nftPlanNs = t.nsecsElapsed();
    t.restart();
    const auto nftFirst = nft.forNode(QStringLiteral("node-1"));
    const qint64 nftFirstNs = t.nsecsElapsed();
    t.restart();
    const auto nftSecond = nft.forNode(QStringLiteral("node-2"));
    const qint64 nftSecondNs = t.nsecsElapsed();
    t.restart();
    const QString nftText = nftablesDump(*nftFirst);
    const qint64 nftTextNs = t.nsecsElapsed();
    out << "nftables: plan + names " << ms(nftPlanNs) << " ms; one node's ruleset "
        << ms(nftFirstNs) << " ms (" << nftFirst->rules.size() << " rules, "
        << nftFirst->elements.size() << " map/set elements, " << nftFirst->chains.size()
        << " chains); second node " << ms(nftSecondNs) << " ms; dump " << ms(nftTextNs) << " ms, "
        << nftText.size() << " characters\n";
    out << "one node, iptables vs nftables: " << ms(firstNs) << " ms vs " << ms(nftFirstNs)
        << " ms (ratio " << double(nftFirstNs) / double(qMax<qint64>(firstNs, 1)) << ")\n";

    // A new connection to a random ClusterIP through the nftables evaluator (map lookups).
    perLookup.clear();
    std::mt19937_64 random(7);
    NftEnvironment env;
    env.random = &random;
    env.isLocalAddress = [](quint32 a) { return a == 0xc0a80102u; };
    for (int b = 0; b < kBatches; ++b) {
        t.restart();
        for (int i = 0; i < kPerBatch / 10; ++i) {
            NftPacket p;
            p.src = 0x0af40002u;
            p.dst = vips[rng.bounded(int(vips.size()))];
            p.dstPort = 80;
            found += nftNewConnection(*nftSecond, env, p, false).outcome ==
                     NftConnection::Outcome::Dnat;
        }
        perLookup.push_back(double(t.nsecsElapsed()) / (kPerBatch / 10));
    }
    std::sort(perLookup.begin(), perLookup.end());
    out << "nftables walk of a new ClusterIP connection (prerouting, forward, postrouting): "
        << "median " << perLookup[kBatches / 2] / 1000.0 << " us\n";
    return 0;
}
