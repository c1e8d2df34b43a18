#include "core/net/network.h"

#include "core/base/ipv4.h"

#include <QCryptographicHash>

#include <algorithm>
#include <numeric>

namespace hopscope {

namespace {

constexpr int kLanPrefix = 24; // node and client networks (assumed, see network.h)

QString ip(quint32 address)
{
    return formatIPv4(address);
}

RouteEntry defaultRoute(quint32 gateway, const QString &device)
{
    RouteEntry r;
    r.gateway = gateway;
    r.device = device;
    r.text = QLatin1String("default via ") + ip(gateway) + QLatin1String(" dev ") + device;
    return r;
}

// "<net>/<len> dev <dev> proto kernel scope link src <src>": a connected network.
RouteEntry kernelRoute(quint32 network, int prefix, const QString &device, quint32 source)
{
    RouteEntry r;
    r.network = network & ipv4PrefixMask(prefix);
    r.prefix = prefix;
    r.device = device;
    r.source = source;
    r.text = cidrText(r.network, prefix) + QLatin1String(" dev ") + device +
             QLatin1String(" proto kernel scope link src ") + ip(source);
    return r;
}

RouteEntry viaRoute(quint32 network, int prefix, quint32 gateway, const QString &device,
                    bool onlink)
{
    RouteEntry r;
    r.network = network & ipv4PrefixMask(prefix);
    r.prefix = prefix;
    r.gateway = gateway;
    r.device = device;
    r.onlink = onlink;
    r.text = cidrText(r.network, prefix) + QLatin1String(" via ") + ip(gateway) +
             QLatin1String(" dev ") + device;
    if (onlink)
        r.text += QLatin1String(" onlink");
    return r;
}

// `local <addr> dev <dev> table local proto kernel scope host src <addr>`
RouteEntry localRoute(quint32 address, const QString &device)
{
    RouteEntry r;
    r.network = address;
    r.prefix = 32;
    r.device = device;
    r.source = address;
    r.local = true;
    const QString a = ip(address);
    r.text = QLatin1String("local ") + a + QLatin1String(" dev ") + device +
             QLatin1String(" table local proto kernel scope host src ") + a;
    return r;
}

NetInterface iface(const QString &name, quint32 address, int prefix)
{
    NetInterface i;
    i.name = name;
    i.address = address;
    i.prefix = prefix;
    if (address)
        i.text = formatIPv4(address) + u'/' + QString::number(prefix);
    return i;
}

// `ip route` order: the default route first, then by destination address and prefix.
bool routeBefore(const RouteEntry &a, const RouteEntry &b)
{
    if (a.isDefault() != b.isDefault())
        return a.isDefault();
    if (a.network != b.network)
        return a.network < b.network;
    return a.prefix < b.prefix;
}

void sortRoutes(QList<RouteEntry> &routes)
{
    std::stable_sort(routes.begin(), routes.end(), routeBefore);
}

quint64 routeKey(int prefix, quint32 network)
{
    return quint64(prefix) << 32 | network;
}

QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

QString cidrText(quint32 network, int prefix)
{
    return formatIPv4(network) + u'/' + QString::number(prefix);
}

bool RouteEntry::contains(quint32 address) const
{
    return (address & ipv4PrefixMask(prefix)) == network;
}

const RouteEntry *PodNetworkRoutes::lookup(quint32 destination, int longerThan,
                                           int exceptNode) const
{
    for (const int prefix : prefixes) {
        if (prefix <= longerThan)
            break;
        const quint64 key = routeKey(prefix, destination & ipv4PrefixMask(prefix));
        const auto it = first.constFind(key);
        if (it == first.cend())
            continue;
        // Equal destinations are adjacent; the first that is not the node's own wins.
        for (int i = it.value(); i < routes.size(); ++i) {
            if (routeKey(routes[i].prefix, routes[i].network) != key)
                break;
            if (nodes[i] != exceptNode)
                return &routes[i];
        }
    }
    return nullptr;
}

const RouteEntry *HostNetwork::lookup(quint32 destination) const
{
    if ((destination >> 24) == 127) { // the loopback network: lo, on every host
        static const RouteEntry loopback = [] {
            RouteEntry r;
            r.network = 0x7f000000u;
            r.prefix = 8;
            r.device = QStringLiteral("lo");
            r.source = 0x7f000001u;
            r.local = true;
            r.text = QStringLiteral("local 127.0.0.0/8 dev lo table local proto kernel scope host "
                                    "src 127.0.0.1");
            return r;
        }();
        return &loopback;
    }
    for (const RouteEntry &r : m_localRoutes)
        if (r.network == destination)
            return &r;
    const RouteEntry *best = nullptr;
    if (m_prefixes.isEmpty()) { // not indexed: scan
        for (const RouteEntry &r : routes)
            if (r.contains(destination) && (!best || r.prefix > best->prefix))
                best = &r;
    } else {
        for (const int prefix : m_prefixes) {
            const auto it =
                m_byPrefix.constFind(routeKey(prefix, destination & ipv4PrefixMask(prefix)));
            if (it != m_byPrefix.cend()) {
                best = &routes[it.value()];
                break;
            }
        }
    }
    // The shared flannel routes come after the own ones in `ip route` order: on an equal
    // destination the own route wins, as the kernel's first.
    if (m_podRoutes)
        if (const RouteEntry *r =
                m_podRoutes->lookup(destination, best ? best->prefix : -1, m_self))
            return r;
    return best;
}

void HostNetwork::index()
{
    m_byPrefix.clear();
    m_prefixes.clear();
    if (routes.size() <= 8)
        return; // a pod's or the client's few routes: a scan is quicker than a hash
    for (int i = 0; i < routes.size(); ++i) {
        const quint64 key = routeKey(routes[i].prefix, routes[i].network);
        if (!m_byPrefix.contains(key)) // the first of equal routes wins, as the kernel's
            m_byPrefix.insert(key, i);
        if (!m_prefixes.contains(routes[i].prefix))
            m_prefixes << routes[i].prefix;
    }
    std::sort(m_prefixes.begin(), m_prefixes.end(), std::greater<int>());
}

bool HostNetwork::isLocalAddress(quint32 address) const
{
    if ((address >> 24) == 127)
        return true;
    for (const RouteEntry &r : m_localRoutes)
        if (r.network == address)
            return true;
    return false;
}

const NetInterface *HostNetwork::interface(const QString &name) const
{
    for (const NetInterface &i : interfaces)
        if (i.name == name)
            return &i;
    return nullptr;
}

quint32 HostNetwork::sourceAddress(const RouteEntry &route) const
{
    if (route.source)
        return route.source;
    const NetInterface *dev = interface(route.device);
    return dev ? dev->address : 0;
}

QList<RouteEntry> HostNetwork::table() const
{
    if (!m_podRoutes)
        return routes;
    // Merge (both are in `ip route` order): a stable sort of the own routes followed by the
    // shared ones, as the kernel lists equal destinations in the order they were added.
    QList<RouteEntry> out;
    out.reserve(routes.size() + m_podRoutes->routes.size());
    const QList<RouteEntry> &shared = m_podRoutes->routes;
    qsizetype own = 0;
    for (qsizetype i = 0; i < shared.size(); ++i) {
        if (m_podRoutes->nodes[i] == m_self)
            continue;
        while (own < routes.size() && !routeBefore(shared[i], routes[own]))
            out << routes[own++];
        out << shared[i];
    }
    while (own < routes.size())
        out << routes[own++];
    return out;
}

QString HostNetwork::routeText() const
{
    QString text;
    for (const RouteEntry &r : table())
        text += r.text + u'\n';
    return text;
}

HostNetwork Network::outsideHost(quint32 address, const QString &id)
{
    HostNetwork host;
    host.kind = HostKind::Client;
    host.id = id;
    host.interfaces << iface(QStringLiteral("lo"), 0x7f000001u, 8)
                    << iface(QStringLiteral("eth0"), address, kLanPrefix);
    if (address) {
        host.routes << defaultRoute(gatewayFor(address), QStringLiteral("eth0"))
                    << kernelRoute(address, kLanPrefix, QStringLiteral("eth0"), address);
        host.m_localRoutes << localRoute(address, QStringLiteral("eth0"));
    }
    host.index();
    return host;
}

bool Network::onClientLan(quint32 address) const
{
    const quint32 mask = ipv4PrefixMask(kLanPrefix);
    return m_clientAddress && (address & mask) == (m_clientAddress & mask);
}

Network::Network(const Cluster &cluster) : m_cluster(&cluster)
{
    parseIPv4Cidr(cluster.settings.clusterCidr, &m_clusterNetwork, &m_clusterPrefix);
    const QString clientText =
        cluster.clientIP.isEmpty() ? cluster.settings.clientIP : cluster.clientIP;
    parseIPv4(clientText, &m_clientAddress);

    m_client = outsideHost(m_clientAddress, QStringLiteral("client"));

    // The pod networks of the nodes: the flannel routes each node holds to the others.
    for (int i = 0; i < cluster.nodes.size(); ++i) {
        const NodeInfo &n = cluster.nodes[i];
        m_nodeIndex.insert(n.name, i);
        m_nodeIndex.insert(n.id, i);
        quint32 nodeIP = 0;
        if (parseIPv4(n.internalIP, &nodeIP) && nodeIP)
            m_nodeByAddress.insert(nodeIP, i);
        if (quint32 external = 0; parseIPv4(n.externalIP, &external) && external)
            if (!m_nodeByAddress.contains(external))
                m_nodeByAddress.insert(external, i);
        quint32 network = 0, vtep = 0;
        int prefix = 0;
        if (!parseIPv4Cidr(n.podCIDR, &network, &prefix))
            continue;
        if (!parseIPv4(n.vtepIP, &vtep))
            vtep = network;
        m_podRoutes.routes << viaRoute(network, prefix, vtep, QStringLiteral("flannel.1"), true);
        m_podRoutes.nodes << i;
        m_nodeBySubnet.insert(network, i);
        if (!m_subnetPrefixes.contains(prefix))
            m_subnetPrefixes << prefix;
    }
    std::sort(m_subnetPrefixes.begin(), m_subnetPrefixes.end(), std::greater<int>());
    // `ip route` order, node order among equal destinations (a stable sort of indexes).
    QList<int> order(m_podRoutes.routes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return routeBefore(m_podRoutes.routes[a], m_podRoutes.routes[b]);
    });
    PodNetworkRoutes sorted;
    sorted.routes.reserve(order.size());
    sorted.nodes.reserve(order.size());
    for (const int i : std::as_const(order)) {
        const RouteEntry &r = m_podRoutes.routes[i];
        const quint64 key = routeKey(r.prefix, r.network);
        if (!sorted.first.contains(key))
            sorted.first.insert(key, int(sorted.routes.size()));
        if (!sorted.prefixes.contains(r.prefix))
            sorted.prefixes << r.prefix;
        sorted.routes << r;
        sorted.nodes << m_podRoutes.nodes[i];
    }
    std::sort(sorted.prefixes.begin(), sorted.prefixes.end(), std::greater<int>());
    m_podRoutes = std::move(sorted);

    // Pods by node and by address: one pass (a scan per node would be nodes × pods).
    m_podsByNode.resize(size_t(cluster.nodes.size()));
    m_slots.resize(size_t(cluster.nodes.size()));
    m_podByAddress.reserve(cluster.pods.size());
    for (int i = 0; i < cluster.pods.size(); ++i) {
        const PodInfo &p = cluster.pods[i];
        if (!p.nodeName.isEmpty())
            if (const auto it = m_nodeIndex.constFind(p.nodeName);
                it != m_nodeIndex.cend() && cluster.nodes[*it].name == p.nodeName)
                m_podsByNode[size_t(*it)] << i;
        quint32 a = 0;
        if (!p.hostNetwork && parseIPv4(p.ip, &a))
            m_podByAddress.insert(a, i);
    }
}

Network::~Network() = default;

// One node's interfaces and own routes (its flannel routes to the others are shared).
HostNetwork *Network::buildNode(int i, NodeSlot &slot) const
{
    const NodeInfo &n = m_cluster->nodes[i];
    auto host = std::make_unique<HostNetwork>();
    host->kind = HostKind::Node;
    host->id = n.id;
    host->nodeName = n.name;
    quint32 nodeIP = 0, bridge = 0, vtep = 0, podNet = 0;
    int podPrefix = 0;
    parseIPv4(n.internalIP, &nodeIP);
    const bool hasPodNet = parseIPv4Cidr(n.podCIDR, &podNet, &podPrefix);
    if (hasPodNet) {
        if (!parseIPv4(n.bridgeIP, &bridge))
            bridge = podNet + 1;
        if (!parseIPv4(n.vtepIP, &vtep))
            vtep = podNet;
    }
    host->interfaces << iface(QStringLiteral("lo"), 0x7f000001u, 8);
    if (nodeIP) {
        host->interfaces << iface(QStringLiteral("eth0"), nodeIP, kLanPrefix);
        host->routes << defaultRoute(gatewayFor(nodeIP), QStringLiteral("eth0"))
                     << kernelRoute(nodeIP, kLanPrefix, QStringLiteral("eth0"), nodeIP);
        host->m_localRoutes << localRoute(nodeIP, QStringLiteral("eth0"));
    }
    // A second node address (status.addresses ExternalIP): also on eth0, its own.
    if (quint32 external = 0; parseIPv4(n.externalIP, &external) && external && external != nodeIP)
        host->m_localRoutes << localRoute(external, QStringLiteral("eth0"));
    if (hasPodNet) {
        host->interfaces << iface(QStringLiteral("cni0"), bridge, podPrefix);
        NetInterface flannel = iface(QStringLiteral("flannel.1"), vtep, 32);
        flannel.mac = vtepMac(n.name);
        slot.neighbour = QStringLiteral("%1 dev flannel.1 lladdr %2 PERMANENT")
                             .arg(formatIPv4(vtep), flannel.mac);
        slot.fdb =
            QStringLiteral("%1 dev flannel.1 dst %2 self permanent").arg(flannel.mac, n.internalIP);
        host->interfaces << flannel;
        host->routes << kernelRoute(podNet, podPrefix, QStringLiteral("cni0"), bridge);
        host->m_localRoutes << localRoute(bridge, QStringLiteral("cni0"))
                            << localRoute(vtep, QStringLiteral("flannel.1"));
        host->m_podRoutes = &m_podRoutes;
        host->m_self = i;
        slot.hasPodNet = true;
        slot.podNet = podNet;
        slot.podPrefix = podPrefix;
        slot.podRoutes << defaultRoute(bridge, QStringLiteral("eth0"));
        if (m_clusterPrefix > 0 && m_clusterPrefix < podPrefix)
            slot.podRoutes << viaRoute(m_clusterNetwork, m_clusterPrefix, bridge,
                                       QStringLiteral("eth0"), false);
    }
    for (const int p : m_podsByNode[size_t(i)]) {
        const PodInfo &pod = m_cluster->pods[p];
        if (pod.hostNetwork || pod.ip.isEmpty())
            continue;
        NetInterface veth;
        veth.name = vethName(pod.id);
        veth.peer = pod.id;
        host->interfaces << veth;
        m_veths.insert(pod.id, veth.name);
    }
    sortRoutes(host->routes);
    host->index();
    slot.host = std::move(host);
    return slot.host.get();
}

const Network::NodeSlot &Network::slot(int node) const
{
    NodeSlot &s = m_slots[size_t(node)];
    if (!s.host)
        buildNode(node, s);
    return s;
}

const HostNetwork *Network::node(const QString &nameOrId) const
{
    const auto it = m_nodeIndex.constFind(nameOrId);
    if (it == m_nodeIndex.cend())
        return nullptr;
    QMutexLocker lock(&m_lock);
    return slot(it.value()).host.get();
}

QList<const PodInfo *> Network::podsOnNode(const QString &nodeName) const
{
    QList<const PodInfo *> out;
    const auto it = m_nodeIndex.constFind(nodeName);
    if (it == m_nodeIndex.cend() || m_cluster->nodes[*it].name != nodeName)
        return out;
    const QList<int> &pods = m_podsByNode[size_t(*it)];
    out.reserve(pods.size());
    for (const int p : pods)
        out << &m_cluster->pods[p];
    return out;
}

HostNetwork Network::pod(const PodInfo &pod) const
{
    HostNetwork host;
    host.kind = HostKind::Pod;
    host.id = pod.id;
    host.nodeName = pod.nodeName;
    const auto node = m_nodeIndex.constFind(pod.nodeName);
    quint32 address = 0;
    if (pod.hostNetwork || node == m_nodeIndex.cend() || !parseIPv4(pod.ip, &address))
        return host;
    // The routes via cni0 are the same for every pod of the node: made once, with the node.
    QMutexLocker lock(&m_lock);
    const NodeSlot &s = slot(node.value());
    if (!s.hasPodNet)
        return host;
    NetInterface eth0 = iface(QStringLiteral("eth0"), address, s.podPrefix);
    eth0.peer = vethLocked(pod.id);
    host.routes = s.podRoutes;
    const quint32 podNet = s.podNet;
    const int prefix = s.podPrefix;
    lock.unlock();
    host.interfaces << iface(QStringLiteral("lo"), 0x7f000001u, 8) << eth0;
    host.routes << kernelRoute(podNet, prefix, QStringLiteral("eth0"), address);
    host.m_localRoutes << localRoute(address, QStringLiteral("eth0"));
    sortRoutes(host.routes);
    host.index();
    return host;
}

QString Network::vethName(const QString &podId)
{
    return QLatin1String("veth") + QString::fromLatin1(digest(podId).left(4).toHex());
}

QString Network::vtepMac(const QString &nodeName)
{
    QByteArray bytes = digest(QLatin1String("flannel.1/") + nodeName).left(6);
    bytes[0] = char((quint8(bytes[0]) & 0xfc) | 0x02); // unicast, locally administered
    return QString::fromLatin1(bytes.toHex(':'));
}

quint32 Network::gatewayFor(quint32 address)
{
    return (address & ipv4PrefixMask(kLanPrefix)) | 1u;
}

const NodeInfo *Network::nodeByAddress(quint32 address) const
{
    const auto it = m_nodeByAddress.constFind(address);
    return it == m_nodeByAddress.cend() ? nullptr : &m_cluster->nodes[it.value()];
}

const NodeInfo *Network::nodeOwningPodAddress(quint32 address) const
{
    for (int prefix : m_subnetPrefixes) {
        const auto it = m_nodeBySubnet.constFind(address & ipv4PrefixMask(prefix));
        if (it != m_nodeBySubnet.cend())
            return &m_cluster->nodes[it.value()];
    }
    return nullptr;
}

const PodInfo *Network::podByAddress(quint32 address) const
{
    const auto it = m_podByAddress.constFind(address);
    return it == m_podByAddress.cend() ? nullptr : &m_cluster->pods[it.value()];
}

bool Network::inClusterNetwork(quint32 address) const
{
    return m_clusterPrefix > 0 && (address & ipv4PrefixMask(m_clusterPrefix)) == m_clusterNetwork;
}

bool Network::routerReaches(quint32 address) const
{
    return address == m_clientAddress || m_nodeByAddress.contains(address);
}

QString Network::neighbourEntry(const NodeInfo &remote) const
{
    const auto it = m_nodeIndex.constFind(remote.name);
    if (it != m_nodeIndex.cend() && m_cluster->nodes[*it].name == remote.name) {
        QMutexLocker lock(&m_lock);
        const NodeSlot &s = slot(it.value());
        if (!s.neighbour.isEmpty())
            return s.neighbour;
    }
    return QStringLiteral("%1 dev flannel.1 lladdr %2 PERMANENT")
        .arg(remote.vtepIP, vtepMac(remote.name));
}

QString Network::fdbEntry(const NodeInfo &remote) const
{
    const auto it = m_nodeIndex.constFind(remote.name);
    if (it != m_nodeIndex.cend() && m_cluster->nodes[*it].name == remote.name) {
        QMutexLocker lock(&m_lock);
        const NodeSlot &s = slot(it.value());
        if (!s.fdb.isEmpty())
            return s.fdb;
    }
    return QStringLiteral("%1 dev flannel.1 dst %2 self permanent")
        .arg(vtepMac(remote.name), remote.internalIP);
}

QString Network::veth(const QString &podId) const
{
    QMutexLocker lock(&m_lock);
    return vethLocked(podId);
}

QString Network::vethLocked(const QString &podId) const
{
    auto it = m_veths.constFind(podId);
    if (it == m_veths.cend())
        it = m_veths.insert(podId, vethName(podId));
    return it.value();
}

} // namespace hopscope
