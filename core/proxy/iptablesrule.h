#pragma once

// One iptables rule as kube-proxy (iptables mode) writes it, as a structured value that the
// tracer can evaluate, together with its exact `-A …` text (reference A3).
//
// How a rule is evaluated (what the tracer does with it):
//   * match(packet, context) tests every match of the rule except the random one:
//     NoMatch, Match, or MatchIfRandom (all deterministic matches hold and the rule carries
//     `-m statistic --mode random --probability p`: the caller draws with probability p).
//   * target says what happens on a match:
//       Jump        enter chain `target.chain`; when that chain ends without a verdict, continue
//                   with the next rule of the calling chain (iptables semantics);
//       Return      leave the current chain (back to the caller);
//       Accept/Drop/Reject   the verdict of the table (filter);
//       Dnat        rewrite the destination to target.dnatIP:target.dnatPort (nat; ends the table);
//       Masquerade  source NAT to the outgoing interface's address (nat; ends the table);
//       Mark        `-j MARK --or-mark/--xor-mark v`: change the packet mark, continue;
//       None        no `-j`: the rule only counts (KUBE-FW's last rule), continue.
//   * `-m recent --set` (RecentMode::Set) always matches; the caller records the source
//     address in the list `recent.name`. `--rcheck` (RecentMode::Check) asks the context.
//   * `-m nfacct` and `-m comment` never change whether a rule matches.
//
// Addresses are IPv4 (kube-proxy's IPv4 proxier; other families are filtered out as it does).

#include "core/base/ipv4.h"

#include <QString>
#include <QtGlobal>

#include <functional>

namespace hopscope {

enum class RuleTable : quint8 { Filter, Nat };
QString ruleTableName(RuleTable table); // "filter", "nat"


// `-s X`, `! -s X`, `-d X`, `! -d X` (X an address or a CIDR).
struct AddressMatch
{
    // (Members ordered for size: a node of a big cluster holds ~600,000 rules.)
    bool set = false;
    bool negated = false;
    quint8 prefix = 32;
    quint32 network = 0; // masked
    QString text; // as written in the rule: "10.0.0.0/8", "172.30.0.41"

    static AddressMatch address(quint32 ip, const QString &text, bool negated = false);
    static AddressMatch cidr(quint32 network, int prefix, const QString &text,
                             bool negated = false);
    bool contains(quint32 ip) const { return (ip & ipv4PrefixMask(prefix)) == network; }
    // True when a packet with this address passes the match (an unset match always passes).
    bool test(quint32 ip) const { return !set || contains(ip) != negated; }
    bool isSingleAddress() const { return set && !negated && prefix == 32; }
};

enum class AddrType : quint8 { Any, Local }; // `-m addrtype --src-type/--dst-type LOCAL`

// `-m mark [!] --mark value/mask`
struct MarkMatch
{
    bool set = false;
    bool negated = false;
    quint32 value = 0;
    quint32 mask = 0xffffffffu;
    bool test(quint32 mark) const { return !set || ((mark & mask) == value) != negated; }
};

// Connection-tracking states, as flags (a packet has one of New/Established/Related/Invalid,
// plus Dnat when its connection was destination-NATed).
enum ConntrackState : quint8 {
    CtNew = 1,
    CtEstablished = 2,
    CtRelated = 4,
    CtInvalid = 8,
    CtDnat = 16,
};

// `-m conntrack [!] --ctstate A,B`
struct ConntrackMatch
{
    quint8 states = 0; // 0: no conntrack match
    bool negated = false;
    bool test(quint8 packetStates) const
    {
        return states == 0 || ((packetStates & states) != 0) != negated;
    }
};

// `-m statistic --mode random --probability p`
struct StatisticMatch
{
    bool set = false;
    double probability = 1.0;
    QString text; // "0.3333333333", exactly as written
};

enum class RecentMode : quint8 { None, Check, Set };

// `-m recent --name N --rcheck --seconds S --reap` (Check) or `-m recent --name N --set` (Set)
struct RecentMatch
{
    RecentMode mode = RecentMode::None;
    bool reap = false;
    int seconds = 0;
    QString name;
};

enum class TargetKind : quint8 { None, Jump, Accept, Drop, Reject, Return, Dnat, Mark, Masquerade };

enum class MarkOp : quint8 { Or, Xor };

struct RuleTarget
{
    TargetKind kind = TargetKind::None;
    MarkOp markOp = MarkOp::Or; // Mark
    bool randomFully = false;   // Masquerade
    quint16 dnatPort = 0;       // Dnat
    quint32 dnatIP = 0;
    quint32 markValue = 0; // Mark
    QString chain;         // Jump
    QString dnatText;      // Dnat: "10.180.0.3:80"
    // Accept, Drop, Reject, Dnat and Masquerade end the table's traversal.
    bool isVerdict() const;
};

// What a rule is for: lets the tracer and the UI explain a hop without parsing comments.
enum class RuleRole : quint8 {
    // Fixed rules
    PostroutingReturn,        // KUBE-POSTROUTING: unmarked packets RETURN
    PostroutingClearMark,     // KUBE-POSTROUTING: MARK --xor-mark (clear the masquerade bit)
    PostroutingMasquerade,    // KUBE-POSTROUTING: MASQUERADE
    MarkForMasquerade,        // KUBE-MARK-MASQ: MARK --or-mark
    NodePortsJump,            // KUBE-SERVICES, last rule: --dst-type LOCAL → KUBE-NODEPORTS
    LocalnetBlock,            // KUBE-FIREWALL: block incoming localnet connections
    ForwardDropInvalid,       // KUBE-FORWARD: ctstate INVALID → DROP
    ForwardAcceptMarked,      // KUBE-FORWARD: marked → ACCEPT
    ForwardAcceptEstablished, // KUBE-FORWARD: RELATED,ESTABLISHED → ACCEPT
    EntryJump, // a built-in chain (PREROUTING, INPUT, …) → a KUBE-* chain; not in the restore
               // input (kube-proxy installs these with EnsureRule)
    // Capture of a Service address (nat KUBE-SERVICES / KUBE-NODEPORTS)
    ClusterIPCapture,         // "<spn> cluster IP" → KUBE-SVC/SVL
    ExternalIPCapture,        // "<spn> external IP" → KUBE-EXT
    LoadBalancerCapture,      // "<spn> loadbalancer IP" → KUBE-EXT or KUBE-FW
    NodePortLocalhostCapture, // KUBE-NODEPORTS -d 127.0.0.0/8 (nfacct) → KUBE-EXT
    NodePortCapture,          // KUBE-NODEPORTS → KUBE-EXT
    // Filter rules of a Service
    NoEndpointsReject,      // "<spn> has no endpoints" → REJECT
    NoLocalEndpointsDrop,   // "<spn> has no local endpoints" → DROP
    LoadBalancerSourceDrop, // KUBE-PROXY-FIREWALL "traffic not accepted by KUBE-FW-…" → DROP
    HealthCheckAccept,      // KUBE-NODEPORTS (filter) "<spn> health check node port" → ACCEPT
    // Per-Service chains (nat)
    ServiceMasquerade,         // KUBE-SVC/SVL first rule: off-cluster source → KUBE-MARK-MASQ
    ExternalMasquerade,        // KUBE-EXT (Cluster policy) → KUBE-MARK-MASQ
    ExternalPodShortCircuit,   // KUBE-EXT (Local policy): pod traffic → KUBE-SVC
    ExternalLocalMasquerade,   // KUBE-EXT (Local policy): --src-type LOCAL → KUBE-MARK-MASQ
    ExternalLocalShortCircuit, // KUBE-EXT (Local policy): --src-type LOCAL → KUBE-SVC
    ExternalToPolicy,          // KUBE-EXT → KUBE-SVC (Cluster) or KUBE-SVL (Local)
    FirewallAllow,             // KUBE-FW -s <loadBalancerSourceRange> → KUBE-EXT
    FirewallAllowNode,         // KUBE-FW -s <lb IP> → KUBE-EXT (allowFromNode)
    FirewallFallthrough,       // KUBE-FW last rule, no target
    AffinityCheck,             // KUBE-SVC -m recent --rcheck → KUBE-SEP
    EndpointSelect,            // KUBE-SVC/SVL → KUBE-SEP (statistic random, or the last one)
    EndpointHairpin,           // KUBE-SEP -s <endpoint> → KUBE-MARK-MASQ
    EndpointDnat,              // KUBE-SEP DNAT --to-destination
    // flannel's own rules (flanneld --ip-masq; not kube-proxy's: flannelrules.h)
    FlannelMasqReturn,    // FLANNEL-POSTRTG: traffic flannel does not masquerade → RETURN
    FlannelMasquerade,    // FLANNEL-POSTRTG: pod traffic leaving the pod network → MASQUERADE
    FlannelForwardAccept, // FLANNEL-FWD: to or from the pod network → ACCEPT
};
QString ruleRoleName(RuleRole role); // "ClusterIPCapture", … (stable, not translated)

// A packet as the rules see it.
struct RulePacket
{
    quint32 src = 0;
    quint16 srcPort = 0;
    quint32 dst = 0;
    quint16 dstPort = 0;
    RuleProtocol protocol = RuleProtocol::Tcp;
    quint32 mark = 0;
    quint8 ctstate = CtNew;
};

// What match() needs to know beyond the packet. Unset functions answer false.
struct RuleMatchContext
{
    // `-m addrtype --src-type/--dst-type LOCAL`: is the address one of this node's own?
    std::function<bool(quint32 address)> isLocalAddress;
    // `-m recent --rcheck --seconds S`: was `src` recorded in list `name` within S seconds?
    std::function<bool(const QString &name, quint32 src, int seconds)> recentHit;
};

enum class RuleMatch : quint8 { NoMatch, Match, MatchIfRandom };

struct IptablesRule
{
    RuleTable table = RuleTable::Nat;
    RuleRole role = RuleRole::ClusterIPCapture;
    QString chain;

    // Matches, in the order iptables tests them (all must hold).
    QString comment;                           // `-m comment --comment` value, unquoted
    RuleProtocol protocol = RuleProtocol::Any; // `-m tcp -p tcp`
    AddressMatch source;                       // `-s` / `! -s`
    AddressMatch destination;                  // `-d` / `! -d`
    quint16 dport = 0;                         // `--dport`; 0: any
    AddrType srcType = AddrType::Any;
    AddrType dstType = AddrType::Any;
    MarkMatch mark;
    ConntrackMatch conntrack;
    StatisticMatch statistic;
    RecentMatch recent;
    QString nfacct; // `-m nfacct --nfacct-name` (counting only)

    RuleTarget target;

    // Where it comes from (empty for the fixed rules): the Service id ("svc/ns/name"), the
    // Service port's name, the service-port name string ("ns/name:port") and, for the
    // endpoint rules, the endpoint ("ip:port").
    QString serviceId;
    QString portName;
    QString servicePortName;
    QString endpoint;

    QString text; // exactly as in the iptables-restore input: "-A CHAIN …"

    RuleMatch match(const RulePacket &packet, const RuleMatchContext &context = {}) const;
};

} // namespace hopscope

// Strings and plain values only: a QList of rules grows and shrinks with realloc.
Q_DECLARE_TYPEINFO(hopscope::IptablesRule, Q_RELOCATABLE_TYPE);
