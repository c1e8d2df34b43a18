#include "network.h"

#include "iptablesrule.h"

#include <QCryptographicHash>

#include <algorithm>

namespace hopscope {

namespace {

constexpr int kLanPrefix = 24; // node and client networks (assumed, see network.h)

QString ip(quint32 address)
{
    return ipv4ToString(address);
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
        i.text = ipv4ToString(address) + u'/' + QString::number(prefix);
    return i;
}

// `ip route` order: the default route first, then by destination address and prefix.
void sortRoutes(QList<RouteEntry> &routes)
{
    std::stable_sort(routes.begin(), routes.end(), [](const RouteEntry &a, const RouteEntry &b) {
        if (a.isDefault() != b.isDefault())
            return a.isDefault();
        if (a.network != b.network)
            return a.network < b.network;
        return a.prefix < b.prefix;
    });
}

QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

QString cidrText(quint32 network, int prefix)
{
    return ipv4ToString(network) + u'/' + QString::number(prefix);
}

bool RouteEntry::contains(quint32 address) const
{
    return (address & ipv4PrefixMask(prefix)) == network;
}

const RouteEntry *HostNetwork::lookup(quint32 destination) const
{
    for (const RouteEntry &r : m_localRoutes)
        if (r.network == destination)
            return &r;
    if (m_prefixes.isEmpty()) { // not indexed: scan
        const RouteEntry *best = nullptr;
        for (const RouteEntry &r : routes)
            if (r.contains(destination) && (!best || r.prefix > best->prefix))
                best = &r;
        return best;
    }
    for (const int prefix : m_prefixes) {
        const quint64 key = quint64(prefix) << 32 | (destination & ipv4PrefixMask(prefix));
        const auto it = m_byPrefix.constFind(key);
        if (it != m_byPrefix.cend())
            return &routes[it.value()];
    }
    return nullptr;
}

void HostNetwork::index()
{
    m_byPrefix.clear();
    m_prefixes.clear();
    if (routes.size() <= 8)
        return; // a pod's or the client's few routes: a scan is quicker than a hash
    for (int i = 0; i < routes.size(); ++i) {
        const quint64 key = quint64(routes[i].prefix) << 32 | routes[i].network;
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

QString HostNetwork::routeText() const
{
    QString text;
    for (const RouteEntry &r : routes)
        text += r.text + u'\n';
    return text;
}

Network::Network(const Cluster &cluster) : m_cluster(&cluster)
{
    parseIPv4Cidr(cluster.settings.clusterCidr, &m_clusterNetwork, &m_clusterPrefix);
    const QString clientText =
        cluster.clientIP.isEmpty() ? cluster.settings.clientIP : cluster.clientIP;
    parseIPv4(clientText, &m_clientAddress);

    m_client.kind = HostKind::Client;
    m_client.id = QStringLiteral("client");
    m_client.interfaces << iface(QStringLiteral("lo"), 0x7f000001u, 8)
                        << iface(QStringLiteral("eth0"), m_clientAddress, kLanPrefix);
    if (m_clientAddress) {
        m_client.routes << defaultRoute(gatewayFor(m_clientAddress), QStringLiteral("eth0"))
                        << kernelRoute(m_clientAddress, kLanPrefix, QStringLiteral("eth0"),
                                       m_clientAddress);
        m_client.m_localRoutes << localRoute(m_clientAddress, QStringLiteral("eth0"));
    }
    m_client.index();

    // The pod networks of the nodes, for the flannel routes each node holds to the others.
    struct PodNet
    {
        int node;
        quint32 network;
        int prefix;
        quint32 vtep;
    };
    QList<PodNet> podNets;
    for (int i = 0; i < cluster.nodes.size(); ++i) {
        const NodeInfo &n = cluster.nodes[i];
        quint32 network = 0, vtep = 0;
        int prefix = 0;
        if (!parseIPv4Cidr(n.podCIDR, &network, &prefix))
            continue;
        if (!parseIPv4(n.vtepIP, &vtep))
            vtep = network;
        podNets << PodNet{i, network, prefix, vtep};
        m_nodeBySubnet.insert(network, i);
        if (!m_subnetPrefixes.contains(prefix))
            m_subnetPrefixes << prefix;
    }
    std::sort(m_subnetPrefixes.begin(), m_subnetPrefixes.end(), std::greater<int>());

    for (int i = 0; i < cluster.nodes.size(); ++i) {
        const NodeInfo &n = cluster.nodes[i];
        HostNetwork host;
        host.kind = HostKind::Node;
        host.id = n.id;
        host.nodeName = n.name;
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
        host.interfaces << iface(QStringLiteral("lo"), 0x7f000001u, 8);
        if (nodeIP) {
            host.interfaces << iface(QStringLiteral("eth0"), nodeIP, kLanPrefix);
            host.routes << defaultRoute(gatewayFor(nodeIP), QStringLiteral("eth0"))
                        << kernelRoute(nodeIP, kLanPrefix, QStringLiteral("eth0"), nodeIP);
            host.m_localRoutes << localRoute(nodeIP, QStringLiteral("eth0"));
            m_nodeByAddress.insert(nodeIP, i);
        }
        if (hasPodNet) {
            host.interfaces << iface(QStringLiteral("cni0"), bridge, podPrefix);
            NetInterface flannel = iface(QStringLiteral("flannel.1"), vtep, 32);
            flannel.mac = vtepMac(n.name);
            m_neighbour.insert(n.name, QStringLiteral("%1 dev flannel.1 lladdr %2 PERMANENT")
                                           .arg(ipv4ToString(vtep), flannel.mac));
            m_fdb.insert(n.name, QStringLiteral("%1 dev flannel.1 dst %2 self permanent")
                                     .arg(flannel.mac, n.internalIP));
            host.interfaces << flannel;
            host.routes << kernelRoute(podNet, podPrefix, QStringLiteral("cni0"), bridge);
            host.m_localRoutes << localRoute(bridge, QStringLiteral("cni0"))
                               << localRoute(vtep, QStringLiteral("flannel.1"));
            for (const PodNet &remote : podNets)
                if (remote.node != i)
                    host.routes << viaRoute(remote.network, remote.prefix, remote.vtep,
                                            QStringLiteral("flannel.1"), true);
        }
        for (const PodInfo *p : cluster.podsOnNode(n.name)) {
            if (p->hostNetwork || p->ip.isEmpty())
                continue;
            NetInterface veth;
            veth.name = vethName(p->id);
            veth.peer = p->id;
            host.interfaces << veth;
            m_veths.insert(p->id, veth.name);
        }
        sortRoutes(host.routes);
        host.index();
        m_nodeIndex.insert(n.name, i);
        m_nodeIndex.insert(n.id, i);
        m_nodes << host;
    }

    for (int i = 0; i < cluster.pods.size(); ++i) {
        const PodInfo &p = cluster.pods[i];
        quint32 a = 0;
        if (!p.hostNetwork && parseIPv4(p.ip, &a))
            m_podByAddress.insert(a, i);
    }
}

const HostNetwork *Network::node(const QString &nameOrId) const
{
    const auto it = m_nodeIndex.constFind(nameOrId);
    return it == m_nodeIndex.cend() ? nullptr : &m_nodes[it.value()];
}

HostNetwork Network::pod(const PodInfo &pod) const
{
    HostNetwork host;
    host.kind = HostKind::Pod;
    host.id = pod.id;
    host.nodeName = pod.nodeName;
    const NodeInfo *n = m_cluster->node(pod.nodeName);
    quint32 address = 0, podNet = 0, bridge = 0;
    int prefix = 0;
    if (pod.hostNetwork || !n || !parseIPv4(pod.ip, &address) ||
        !parseIPv4Cidr(n->podCIDR, &podNet, &prefix))
        return host;
    if (!parseIPv4(n->bridgeIP, &bridge))
        bridge = podNet + 1;
    NetInterface eth0 = iface(QStringLiteral("eth0"), address, prefix);
    eth0.peer = veth(pod.id);
    host.interfaces << iface(QStringLiteral("lo"), 0x7f000001u, 8) << eth0;
    host.routes << defaultRoute(bridge, QStringLiteral("eth0"));
    if (m_clusterPrefix > 0 && m_clusterPrefix < prefix)
        host.routes << viaRoute(m_clusterNetwork, m_clusterPrefix, bridge, QStringLiteral("eth0"),
                                false);
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
    const auto it = m_neighbour.constFind(remote.name);
    if (it != m_neighbour.cend())
        return it.value();
    return QStringLiteral("%1 dev flannel.1 lladdr %2 PERMANENT")
        .arg(remote.vtepIP, vtepMac(remote.name));
}

QString Network::fdbEntry(const NodeInfo &remote) const
{
    const auto it = m_fdb.constFind(remote.name);
    if (it != m_fdb.cend())
        return it.value();
    return QStringLiteral("%1 dev flannel.1 dst %2 self permanent")
        .arg(vtepMac(remote.name), remote.internalIP);
}

QString Network::veth(const QString &podId) const
{
    const auto it = m_veths.constFind(podId);
    return it != m_veths.cend() ? it.value() : vethName(podId);
}

} // namespace hopscope
