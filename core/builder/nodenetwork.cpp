#include "core/builder/nodenetwork.h"

#include "core/model/buildsupport.h"

#include <QMap>

#include <algorithm>

namespace hopscope {

CidrSet::CidrSet(const Ipv4Cidr &clusterCidr, int maskSize)
    : m_cluster(clusterCidr), m_maskSize(std::clamp(maskSize, clusterCidr.prefix, 32))
{
    m_count = quint64(1) << (m_maskSize - m_cluster.prefix);
}

void CidrSet::occupy(const Ipv4Cidr &cidr)
{
    if (!m_cluster.overlaps(cidr))
        return;
    const quint64 subnetSize = quint64(1) << (32 - m_maskSize);
    // The part of cidr inside the cluster CIDR, in subnet indices.
    const quint32 first = std::max(cidr.network, m_cluster.network);
    const quint32 last = std::min(cidr.last(), m_cluster.last());
    const quint64 from = (first - m_cluster.network) / subnetSize;
    const quint64 to = (last - m_cluster.network) / subnetSize;
    for (quint64 i = from; i <= to; ++i)
        m_used.insert(i);
}

std::optional<Ipv4Cidr> CidrSet::allocateNext()
{
    const quint64 subnetSize = quint64(1) << (32 - m_maskSize);
    for (quint64 n = 0; n < m_count; ++n) {
        const quint64 i = (m_next + n) % m_count;
        if (m_used.contains(i))
            continue;
        m_used.insert(i);
        m_next = (i + 1) % m_count;
        return Ipv4Cidr{m_cluster.network + quint32(i * subnetSize), m_maskSize};
    }
    return std::nullopt;
}

Labels NodeNetwork::wellKnownLabels(const QString &nodeName)
{
    return Labels{{QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64")},
                  {QStringLiteral("kubernetes.io/hostname"), nodeName},
                  {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")}};
}

void NodeNetwork::setPodNetwork(NodeInfo &node, const Ipv4Cidr &podCidr)
{
    node.podCIDR = podCidr.toString();
    node.vtepIP = formatIPv4(podCidr.network);
    node.bridgeIP = podCidr.size() > 1 ? formatIPv4(podCidr.network + 1) : node.vtepIP;
}

namespace {

// Hands out node addresses from settings.firstNodeIP upward, skipping those in use.
class NodeIPs
{
public:
    explicit NodeIPs(quint32 first) : m_next(first) {}
    void occupy(quint32 address) { m_used.insert(address); }
    quint32 next()
    {
        while (m_used.contains(m_next))
            ++m_next;
        m_used.insert(m_next);
        return m_next++;
    }

private:
    quint32 m_next;
    QSet<quint32> m_used;
};

struct NodeDraft
{
    NodeInfo info;
    std::optional<Ipv4Cidr> podCidr;
    bool needsIP = false;
};

void finish(QList<NodeDraft> &drafts, const ClusterSettings &settings, Diagnostics &diagnostics)
{
    const Ipv4Cidr cluster = *Ipv4Cidr::parse(settings.clusterCidr);
    CidrSet cidrs(cluster, settings.nodeCidrMaskSize);
    NodeIPs ips(*parseIPv4(settings.firstNodeIP));
    for (const NodeDraft &d : std::as_const(drafts)) {
        if (d.podCidr)
            cidrs.occupy(*d.podCidr);
        if (const auto ip = parseIPv4(d.info.internalIP))
            ips.occupy(*ip);
    }
    for (NodeDraft &d : drafts) {
        if (d.needsIP) {
            d.info.internalIP = formatIPv4(ips.next());
            if (d.info.fromManifest)
                diagnostics << Diagnostic::make(
                    Severity::Info, QStringLiteral("node-address"), d.info.where,
                    BuilderTr::tr(
                        "Node \"%1\" has no InternalIP in status.addresses; Hopscope gives "
                        "it %2.")
                        .arg(d.info.name, d.info.internalIP),
                    QString(), d.info.id);
        }
        if (!d.podCidr) {
            d.podCidr = cidrs.allocateNext();
            if (!d.podCidr) {
                diagnostics << Diagnostic::make(
                    Severity::Warning, QStringLiteral("node-cidr-exhausted"), d.info.where,
                    BuilderTr::tr("No free /%1 pod network is left in --cluster-cidr %2 for node "
                                  "\"%3\"; pods on it get no IP.")
                        .arg(settings.nodeCidrMaskSize)
                        .arg(settings.clusterCidr, d.info.name),
                    QString(), d.info.id);
                continue;
            }
        }
        NodeNetwork::setPodNetwork(d.info, *d.podCidr);
    }
}

QList<NodeInfo> infos(const QList<NodeDraft> &drafts)
{
    QList<NodeInfo> out;
    out.reserve(drafts.size());
    for (const NodeDraft &d : drafts)
        out << d.info;
    return out;
}

NodeDraft draftFromObject(const NodeObject &node, const ClusterSettings &settings,
                          Diagnostics &diagnostics)
{
    NodeDraft d;
    NodeInfo &n = d.info;
    n.name = node.meta.name;
    n.id = nodeId(n.name);
    n.labels = NodeNetwork::wellKnownLabels(n.name);
    for (auto it = node.meta.labels.cbegin(); it != node.meta.labels.cend(); ++it)
        n.labels.insert(it.key(), it.value());
    n.taints = node.taints;
    n.unschedulable = node.unschedulable;
    n.ready = node.ready.value_or(true);
    n.fromManifest = true;
    n.where = node.meta.where;
    n.externalIP = node.externalIP;
    if (parseIPv4(node.internalIP))
        n.internalIP = node.internalIP;
    else
        d.needsIP = true;

    QString cidrText = node.podCIDR;
    if (cidrText.isEmpty()) {
        for (const QString &c : node.podCIDRs) {
            if (Ipv4Cidr::parse(c)) {
                cidrText = c;
                break;
            }
        }
    }
    if (!cidrText.isEmpty()) {
        d.podCidr = Ipv4Cidr::parse(cidrText);
        if (!d.podCidr)
            diagnostics << Diagnostic::make(
                Severity::Warning, QStringLiteral("node-cidr-invalid"),
                fieldLocation(node.meta, {QStringLiteral("spec.podCIDR")}),
                BuilderTr::tr(
                    "Node \"%1\": spec.podCIDR \"%2\" is not an IPv4 CIDR; Hopscope gives "
                    "the node the next free pod network of --cluster-cidr %3.")
                    .arg(n.name, cidrText, settings.clusterCidr),
                QString(), n.id);
    }
    return d;
}

} // namespace

QList<NodeInfo> NodeNetwork::build(const QList<const NodeObject *> &nodeObjects,
                                   const QList<const PodObject *> &pods,
                                   const ClusterSettings &settings, Diagnostics &diagnostics)
{
    QList<NodeDraft> drafts;
    if (!nodeObjects.isEmpty()) {
        for (const NodeObject *node : nodeObjects)
            drafts << draftFromObject(*node, settings, diagnostics);
        finish(drafts, settings, diagnostics);
        return infos(drafts);
    }

    // A dump without Node objects: the nodes its running pods name.
    const Ipv4Cidr cluster = *Ipv4Cidr::parse(settings.clusterCidr);
    QMap<QString, NodeDraft> named; // sorted by name
    for (const PodObject *pod : pods) {
        if (pod->spec.nodeName.isEmpty() || pod->podIP.isEmpty())
            continue;
        NodeDraft &d = named[pod->spec.nodeName];
        if (d.info.name.isEmpty()) {
            d.info.name = pod->spec.nodeName;
            d.info.id = nodeId(d.info.name);
            d.info.labels = wellKnownLabels(d.info.name);
            d.needsIP = true;
        }
        if (d.needsIP && parseIPv4(pod->hostIP)) {
            d.info.internalIP = pod->hostIP;
            d.needsIP = false;
        }
        const auto podIP = parseIPv4(pod->podIP);
        if (!d.podCidr && !pod->spec.hostNetwork && podIP && cluster.contains(*podIP))
            d.podCidr = Ipv4Cidr::containing(*podIP, settings.nodeCidrMaskSize);
    }
    if (!named.isEmpty()) {
        // Two nodes must not claim one pod network; the later one gets a free one.
        QList<Ipv4Cidr> claimed;
        for (auto it = named.begin(); it != named.end(); ++it) {
            if (it->podCidr && claimed.contains(*it->podCidr))
                it->podCidr.reset();
            else if (it->podCidr)
                claimed << *it->podCidr;
            drafts << it.value();
        }
        finish(drafts, settings, diagnostics);
        return infos(drafts);
    }

    for (int i = 0; i < settings.nodeCount; ++i) {
        NodeDraft d;
        d.info.name = QStringLiteral("node-%1").arg(i + 1);
        d.info.id = nodeId(d.info.name);
        d.info.labels = wellKnownLabels(d.info.name);
        d.needsIP = true;
        drafts << d;
    }
    finish(drafts, settings, diagnostics);
    return infos(drafts);
}

} // namespace hopscope
