#pragma once

// Evaluates a node's kube-proxy nftables table (nftrules.h) for one packet, with nftables
// semantics: the base chains of a hook run in priority order (accept ends one base chain,
// drop/reject end the packet's walk, dnat/masquerade end a nat chain); in a chain the rules run
// in order; `jump` comes back when the target chain ends without a verdict, `goto` does not;
// `vmap @MAP` looks its key up in a verdict map (`ip daddr . meta l4proto . th dport`, or
// `meta l4proto . th dport`) and runs the element's verdict; `numgen random mod N vmap` draws
// the endpoint from the caller's seeded generator (or takes a pinned endpoint); `fib … type
// local` asks whether an address is the node's own; `update @affinity-…` and
// `ip saddr @affinity-…` read and write the session's affinity sets. Lookups are hashed, so a
// walk costs the same with 10 or 10,000 Services.
//
// The result has the shape of ruleevaluator.h's TableVerdict (kind, deciding rule, trail,
// DNAT target, pinned, markedBy, chosenBy) plus the map element that decided, so the packet
// walk can use either mode.

#include "core/proxy/iptablesrule.h"
#include "core/proxy/nftrules.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <random>

namespace hopscope {

struct NftPacket
{
    quint32 src = 0;
    quint16 srcPort = 0;
    quint32 dst = 0;
    quint16 dstPort = 0;
    RuleProtocol protocol = RuleProtocol::Tcp;
    quint32 mark = 0;
    quint8 ctstate = CtNew;
};

// The affinity sets' contents (`flags dynamic,timeout`): set name → client → time of update.
struct NftAffinitySets
{
    QHash<QString, QHash<quint32, qint64>> sets;
    bool hit(const QString &set, quint32 source, int timeoutSeconds, qint64 now) const;
    void update(const QString &set, quint32 source, qint64 now);
};

// What a walk needs besides the packet; owned by the caller, shared by the walks of a trace.
struct NftEnvironment
{
    std::mt19937_64 *random = nullptr; // draws for `numgen random mod N`
    QString pinnedEndpoint;            // "ip:port": wins the random endpoint choice
    NftAffinitySets *affinity = nullptr;
    qint64 now = 0; // seconds, the session's clock
    // `fib saddr/daddr type local`: is the address one of this node's own?
    std::function<bool(quint32 address)> isLocalAddress;
};

// One matched rule of a walk, with the map element that decided it (vmap) or the index the
// numgen drew.
struct NftStep
{
    const NftRule *rule = nullptr;
    const NftElement *element = nullptr;
    int numgenIndex = -1;
};

struct NftTableVerdict
{
    enum class Kind { None, Accept, Drop, Reject, Dnat, Masquerade };
    Kind kind = Kind::None;              // None: no verdict (the chain policy, accept)
    const NftRule *rule = nullptr;       // the rule that decided
    const NftElement *element = nullptr; // the verdict-map element that decided, if any
    QList<NftStep> trail;                // every rule that matched, in order
    quint32 dnatAddress = 0;
    quint16 dnatPort = 0;
    bool pinned = false; // the endpoint choice was forced by NftEnvironment::pinnedEndpoint
    const NftRule *markedBy = nullptr; // the rule that jumped to mark-for-masquerade, if any
    const NftRule *chosenBy = nullptr; // the numgen rule (or affinity rule) that chose
};

class NftEvaluator final
{
public:
    NftEvaluator(const NftRuleset &ruleset, NftEnvironment &environment);

    // Runs the base chains of `hook` ("prerouting", "input", "forward", "output",
    // "postrouting") of one type ("filter", "nat"; empty: both), in priority order. The
    // packet's mark changes with `mark set`; a DNAT rewrites its destination for the chains
    // after it; masquerade is reported, not applied.
    NftTableVerdict walkHook(const QString &hook, const QString &type, NftPacket &packet);
    // One chain (a base chain, or any other for a test).
    NftTableVerdict walkChain(const QString &chain, NftPacket &packet);

private:
    enum class Flow { Continue, Return, Terminal };
    Flow runChain(const QString &chain, NftPacket &packet, NftTableVerdict &verdict, int depth);
    Flow runVerdict(const NftVerdict &v, const NftRule &rule, NftPacket &packet,
                    NftTableVerdict &verdict, int depth);
    bool matches(const NftRule &rule, const NftPacket &packet) const;
    int drawEndpoint(const NftRule &rule, NftTableVerdict &verdict);

    const NftRuleset &m_ruleset;
    NftEnvironment &m_env;
};

// A new connection through one node, as kube-proxy's own nftables tests follow it
// (helpers_test.go tracePacket): prerouting (or output, for the node's own process), then
// input (the destination is the node's) or forward, then postrouting.
struct NftConnection
{
    enum class Outcome { Dnat, NoService, Dropped, Rejected };
    Outcome outcome = Outcome::NoService;
    QString endpoint; // "ip:port" after DNAT
    bool masqueraded = false;
    NftTableVerdict first;  // prerouting / output
    NftTableVerdict filter; // input / forward (and output's filter chains)
    NftTableVerdict post;   // postrouting
};

NftConnection nftNewConnection(const NftRuleset &ruleset, NftEnvironment &environment,
                               NftPacket packet, bool locallyGenerated);

} // namespace hopscope
