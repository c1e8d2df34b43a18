#pragma once

// The routing model of the simulated cluster (reference A4): every node's interfaces and routes
// as flannel (vxlan backend) and the CNI bridge plugin set them up, every pod's, and the
// external client's on its LAN. Both as structure (for the tracer) and as the text `ip route`
// prints (for the UI and handouts).
//
//   node (flannel vxlan, kube-subnet-mgr, bridge cni0 with isDefaultGateway):
//     default via 192.168.1.1 dev eth0
//     192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.2
//     10.244.0.0/24 dev cni0 proto kernel scope link src 10.244.0.1
//     10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink        (one per remote node)
//   pod (host-local IPAM with flannel's "routes": [{"dst": <cluster CIDR>}]):
//     default via 10.244.0.1 dev eth0
//     10.244.0.0/16 via 10.244.0.1 dev eth0
//     10.244.0.0/24 dev eth0 proto kernel scope link src 10.244.0.2
//   client:
//     default via 192.168.1.1 dev eth0
//     192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.10
//
// Interfaces of a node: eth0 (node IP), cni0 (.1 of its pod CIDR), flannel.1 (.0/32, the
// VXLAN tunnel endpoint, VNI 1, UDP 8472), lo, and one veth per pod (the host end of the pod's
// eth0, named "veth" + 8 hex digits of a hash of the pod id, as real ones look). The LAN
// router (the .1 of each /24) reaches every node IP and the client but has no route to the pod
// network nor to the Service network: those exist only inside the nodes.
//
// Assumptions, documented: node and client networks are /24s (NodeInfo carries no prefix
// length) whose gateway is their .1 address.
//
// Scale (5,000 nodes, 150,000 pods): a node's network is built on first use, and the flannel
// routes to the other nodes' pod networks are one table shared by every node (each skips its
// own entry) instead of nodes² routes; `ip route` text for a node merges the two when asked.

#include "core/model/cluster.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace hopscope {

struct RouteEntry
{
    quint32 network = 0;
    int prefix = 0;
    quint32 gateway = 0; // 0: directly connected
    QString device;      // "eth0", "cni0", "flannel.1"
    quint32 source = 0;  // "src" (preferred source address), 0: none
    bool onlink = false;
    bool local = false; // a `local` route of the local table: the address is the host's own
    QString text;       // as `ip route` prints it

    bool contains(quint32 address) const;
    bool isDefault() const { return prefix == 0; }
};

struct NetInterface
{
    QString name;        // "eth0", "cni0", "flannel.1", "lo", "veth1a2b3c4d"
    quint32 address = 0; // 0: none (a veth is a bridge port)
    int prefix = 0;
    QString mac;  // flannel.1 (its VTEP MAC), empty otherwise
    QString peer; // a veth: the pod id whose eth0 it is; a pod's eth0: the host veth
    QString text; // "10.244.0.1/24", "" without address
};

enum class HostKind { Client, Node, Pod };

// The flannel routes "<pod CIDR> via <vtep> dev flannel.1 onlink" to every node's pod network,
// one per node, shared by all nodes' main tables (a node skips its own).
struct PodNetworkRoutes
{
    QList<RouteEntry> routes;  // `ip route` order; equal destinations in node order
    QList<int> nodes;          // the node of each route (index into Cluster::nodes)
    QHash<quint64, int> first; // prefix << 32 | network → its first index in routes
    QList<int> prefixes;       // the distinct prefix lengths, longest first

    // The longest route for `destination` with a prefix longer than `longerThan`, skipping the
    // routes of node `exceptNode`. nullptr: none.
    const RouteEntry *lookup(quint32 destination, int longerThan, int exceptNode) const;
};

struct HostNetwork
{
    HostKind kind = HostKind::Node;
    QString id;       // "client", "node/<name>", "pod/<ns>/<name>"
    QString nodeName; // the node (itself, or the pod's node)
    QList<NetInterface> interfaces;
    // The host's own routes of the main table, in `ip route` order. A node's flannel routes to
    // the other nodes' pod networks are not in it but in the Network's shared table: table()
    // and routeText() show the whole main table, lookup() searches it.
    QList<RouteEntry> routes;

    // The route the kernel takes for a destination: a local address first (local table),
    // then the longest prefix of the main table. nullptr: no route.
    const RouteEntry *lookup(quint32 destination) const;
    bool isLocalAddress(quint32 address) const;
    const NetInterface *interface(const QString &name) const;
    // Source address selection: the route's src, else the address of its device.
    quint32 sourceAddress(const RouteEntry &route) const;
    QList<RouteEntry> table() const; // the whole main table, in `ip route` order
    QString routeText() const;       // `ip route` output, one route per line

    // Builds the lookup index; call after changing `routes`.
    void index();

private:
    friend class Network;
    QList<RouteEntry> m_localRoutes;
    QHash<quint64, int> m_byPrefix; // prefix << 32 | network → index in routes
    QList<int> m_prefixes;          // the distinct prefix lengths, longest first
    // A node: the shared flannel routes (owned by its Network), less its own (node index).
    const PodNetworkRoutes *m_podRoutes = nullptr;
    int m_self = -1;
};

// const members are thread-safe: the parts built on first use are guarded by a mutex.
class Network final
{
public:
    explicit Network(const Cluster &cluster);
    ~Network();
    Network(const Network &) = delete;
    Network &operator=(const Network &) = delete;

    const HostNetwork &client() const { return m_client; }
    // An outside host at `address`, shaped as the client is (eth0 on its /24, default route
    // via the .1): the client itself, or another source (`--from ip/ADDR`).
    static HostNetwork outsideHost(quint32 address, const QString &id);
    // On the client's LAN (its /24); otherwise an outside host is behind the LAN's router.
    bool onClientLan(quint32 address) const;
    // A node's network, by name or id, built on first use (the pointer stays valid for the
    // Network's life); nullptr for an unknown node.
    const HostNetwork *node(const QString &nameOrId) const;
    // The pods scheduled on a node (by name), in Cluster::pods order.
    QList<const PodInfo *> podsOnNode(const QString &nodeName) const;
    // A pod's network (computed on demand: pods are many); empty routes for a Pending pod.
    HostNetwork pod(const PodInfo &pod) const;

    // "veth" + 8 hex digits of SHA-256(pod id): stable, looks like the real ones.
    static QString vethName(const QString &podId);
    // The same, from the names computed once for the cluster's pods.
    QString veth(const QString &podId) const;
    // flannel.1's MAC on a node: locally administered, derived from the node name.
    static QString vtepMac(const QString &nodeName);
    // The LAN router for an address: its /24's .1.
    static quint32 gatewayFor(quint32 address);

    // Lookups by address (host byte order).
    const NodeInfo *nodeByAddress(quint32 address) const;        // a node's InternalIP
    const NodeInfo *nodeOwningPodAddress(quint32 address) const; // podCIDR holds it
    const PodInfo *podByAddress(quint32 address) const;          // a pod IP (not hostNetwork)
    quint32 clientAddress() const { return m_clientAddress; }
    quint32 clusterNetwork() const { return m_clusterNetwork; }
    int clusterPrefix() const { return m_clusterPrefix; }
    bool inClusterNetwork(quint32 address) const;
    // The LAN router reaches the client and every node IP (and the cloud's load balancers);
    // never the pod network nor the Service network.
    bool routerReaches(quint32 address) const;

    // The neighbour and FDB entries flannel installs on `node` for a remote node (A4).
    QString neighbourEntry(const NodeInfo &remote) const; // "10.244.1.0 dev flannel.1 lladdr …"
    QString fdbEntry(const NodeInfo &remote) const;       // "… dev flannel.1 dst 192.168.1.3 …"

private:
    // A node's network and flannel entries, built on first use.
    struct NodeSlot
    {
        std::unique_ptr<HostNetwork> host;
        QString neighbour; // neighbourEntry, empty without a pod network
        QString fdb;       // fdbEntry
        // What the node's pods share: their pod network and the routes via cni0.
        bool hasPodNet = false;
        quint32 podNet = 0;
        int podPrefix = 0;
        QList<RouteEntry> podRoutes; // default via cni0, the cluster network via cni0
    };
    const NodeSlot &slot(int node) const; // builds it; call with m_lock held
    QString vethLocked(const QString &podId) const;
    HostNetwork *buildNode(int node, NodeSlot &slot) const;

    const Cluster *m_cluster = nullptr;
    HostNetwork m_client;
    QHash<QString, int> m_nodeIndex; // name and id
    QHash<quint32, int> m_nodeByAddress;
    QHash<quint32, int> m_nodeBySubnet; // pod CIDR network → node (for /24-or-larger lookups)
    QList<int> m_subnetPrefixes;        // the distinct pod CIDR prefix lengths
    PodNetworkRoutes m_podRoutes;
    QHash<quint32, int> m_podByAddress;
    std::vector<QList<int>> m_podsByNode; // node index → pod indexes
    mutable QMutex m_lock;                // guards the members below
    mutable std::vector<NodeSlot> m_slots;
    mutable QHash<QString, QString> m_veths; // pod id → host veth name
    quint32 m_clientAddress = 0;
    quint32 m_clusterNetwork = 0;
    int m_clusterPrefix = 16;
};

// "10.244.1.0/24"
QString cidrText(quint32 network, int prefix);

} // namespace hopscope
