#pragma once

// kube-proxy's names for the per-Service chains and its probability strings (reference A3.2,
// A3.3): pkg/proxy/iptables/proxier.go portProtoHash, servicePortEndpointChainName,
// computeProbability, and ServicePortName.String().

#include <QString>

namespace hopscope {

inline constexpr char kKubeServicesChain[] = "KUBE-SERVICES";
inline constexpr char kKubeExternalServicesChain[] = "KUBE-EXTERNAL-SERVICES";
inline constexpr char kKubeNodePortsChain[] = "KUBE-NODEPORTS";
inline constexpr char kKubePostroutingChain[] = "KUBE-POSTROUTING";
inline constexpr char kKubeMarkMasqChain[] = "KUBE-MARK-MASQ";
inline constexpr char kKubeForwardChain[] = "KUBE-FORWARD";
inline constexpr char kKubeProxyFirewallChain[] = "KUBE-PROXY-FIREWALL";
inline constexpr char kKubeletFirewallChain[] = "KUBE-FIREWALL";

inline constexpr char kServiceChainPrefix[] = "KUBE-SVC-";  // Cluster traffic policy
inline constexpr char kLocalChainPrefix[] = "KUBE-SVL-";    // Local traffic policy
inline constexpr char kExternalChainPrefix[] = "KUBE-EXT-"; // external destinations
inline constexpr char kFirewallChainPrefix[] = "KUBE-FW-";  // loadBalancerSourceRanges
inline constexpr char kEndpointChainPrefix[] = "KUBE-SEP-"; // one per endpoint

// ServicePortName.String(): "ns/name" plus ":port" when the port has a name.
QString servicePortNameString(const QString &ns, const QString &name, const QString &portName);

// base32(sha256(servicePortName + protocol))[:16]; protocol in lower case ("tcp").
QString portProtoHash(const QString &servicePortName, const QString &protocol);

// prefix + portProtoHash: KUBE-SVC-/KUBE-SVL-/KUBE-EXT-/KUBE-FW- share the same suffix.
QString servicePortChainName(const char *prefix, const QString &servicePortName,
                             const QString &protocol);

// "KUBE-SEP-" + base32(sha256(servicePortName + protocol + endpoint))[:16].
QString endpointChainName(const QString &servicePortName, const QString &protocol,
                          const QString &endpoint);

// Endpoint.String(): "ip:port", "[ipv6]:port".
QString endpointString(const QString &ip, int port);

// fmt.Sprintf("%0.10f", 1.0/float64(n)): "0.5000000000" for n = 2.
QString computeProbability(int n);

// True for the names of the per-Service chains (KUBE-SVC-, KUBE-SVL-, KUBE-EXT-, KUBE-FW-,
// KUBE-SEP-), as proxier.go isServiceChainName.
bool isServiceChainName(const QString &chain);

} // namespace hopscope
