#include "core/trace/tracer.h"

#include "core/base/koreanparticles.h"
#include "core/net/dns.h"
#include "core/net/network.h"
#include "core/trace/packetwalk.h"
#include "core/trace/tracecontext.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Tracer)
};

constexpr int kEphemeralFirst = 32768; // net.ipv4.ip_local_port_range 32768 60999
constexpr int kEphemeralCount = 60999 - 32768 + 1;
constexpr int kDnsPort = 53;

Diagnostic problem(const QString &code, const QString &message, const QString &hint = {})
{
    return Diagnostic::make(Severity::Error, code, SourceLocation{}, message, hint);
}

// Where the request starts.
struct Source
{
    enum class Kind { Client, Pod, Node } kind = Kind::Client;
    const PodInfo *pod = nullptr;
    NodeContext *node = nullptr;
    QString entity;
    quint32 address = 0; // Kind::Client: the outside host's address
};

// An outside host: "ip/ADDR", or "client/NAME" of the lesson's clients (settings.clients).
bool resolveOutsideSource(TraceContext &ctx, const QString &from, Source *source,
                          Diagnostics *problems)
{
    QString address = from.mid(3);
    if (from.startsWith(QLatin1String("client/"))) {
        const QString name = from.mid(7);
        address.clear();
        QStringList names;
        for (const auto &[clientName, clientAddress] : ctx.cluster().settings.clients) {
            names << clientName;
            if (clientName == name)
                address = clientAddress;
        }
        if (address.isEmpty()) {
            problems->append(problem(
                QStringLiteral("trace-unknown-source"),
                Tr::tr("No client \"%1\"; the lesson names: %2.")
                    .arg(name, names.isEmpty() ? Tr::tr("none") : names.join(QLatin1String(", ")))));
            return false;
        }
    }
    quint32 a = 0;
    if (!parseIPv4(address.trimmed(), &a) || a == 0) {
        problems->append(problem(QStringLiteral("trace-unknown-source"),
                                 Tr::tr("\"%1\" is not an IPv4 address.").arg(address),
                                 Tr::tr("An outside host is ip/ADDR, such as ip/203.0.113.7.")));
        return false;
    }
    const Network &net = ctx.network();
    if (const NodeInfo *n = net.nodeByAddress(a)) {
        problems->append(problem(QStringLiteral("trace-unknown-source"),
                                 Tr::tr("%1 is an address of node %2.").arg(formatIPv4(a), n->name),
                                 Tr::tr("Send from the node itself: node/%1.").arg(n->name)));
        return false;
    }
    if (net.inClusterNetwork(a) || ctx.inServiceNetwork(a) || ctx.loadBalancerService(a) >= 0 ||
        (a >> 24) == 127) {
        problems->append(problem(
            QStringLiteral("trace-unknown-source"),
            Tr::tr("%1 is not an address an outside host can have here: it belongs to the "
                   "cluster (pods, Services or load balancers) or to loopback.")
                .arg(formatIPv4(a))));
        return false;
    }
    source->kind = Source::Kind::Client;
    source->address = a;
    source->entity = a == net.clientAddress() ? QStringLiteral("client") : from;
    return true;
}

// Where it goes, as written.
struct Destination
{
    QString host;
    int port = 0; // 0: not given
    quint32 address = 0;
    bool isName = false;
};

QStringList podList(const QList<const PodInfo *> &pods)
{
    QStringList ids;
    for (const PodInfo *p : pods)
        ids << p->id;
    return ids;
}

bool resolveSource(TraceContext &ctx, const QString &text, Source *source, Diagnostics *problems)
{
    const Cluster &cluster = ctx.cluster();
    const QString from = text.trimmed();
    if (from.isEmpty() || from == u"client") {
        source->kind = Source::Kind::Client;
        source->entity = QStringLiteral("client");
        source->address = ctx.network().clientAddress();
        return true;
    }
    if (from.startsWith(QLatin1String("ip/")) || from.startsWith(QLatin1String("client/")))
        return resolveOutsideSource(ctx, from, source, problems);
    if (from.startsWith(QLatin1String("node/"))) {
        source->node = ctx.node(from.mid(5));
        if (!source->node) {
            QStringList names;
            for (const NodeInfo &n : cluster.nodes)
                names << n.name;
            problems->append(problem(QStringLiteral("trace-unknown-source"),
                                     Tr::tr("No node \"%1\"; the nodes are: %2.")
                                         .arg(from.mid(5), names.join(QLatin1String(", ")))));
            return false;
        }
        source->kind = Source::Kind::Node;
        source->entity = source->node->place;
        return true;
    }
    QString name = from.startsWith(QLatin1String("pod/")) ? from.mid(4) : from;
    QString ns;
    if (name.contains(u'/')) {
        ns = name.section(u'/', 0, 0);
        name = name.section(u'/', 1);
    }
    QList<const PodInfo *> exact, owned;
    if (const PodInfo *p = ns.isEmpty() ? nullptr : cluster.pod(podId(ns, name))) {
        exact << p;
    } else {
        for (const PodInfo *p : ctx.podsNamed(name))
            if (ns.isEmpty() || p->ns == ns)
                exact << p;
        if (exact.isEmpty())
            for (const PodInfo *p : ctx.podsOwnedBy(name))
                if (ns.isEmpty() || p->ns == ns)
                    owned << p;
    }
    const PodInfo *pod = nullptr;
    if (exact.size() == 1) {
        pod = exact.first();
    } else if (exact.size() > 1) {
        for (const PodInfo *p : exact)
            if (p->ns == u"default")
                pod = p;
        if (!pod) {
            problems->append(problem(QStringLiteral("trace-ambiguous-source"),
                                     Tr::tr("Several pods are called \"%1\": %2.")
                                         .arg(name, podList(exact).join(QLatin1String(", "))),
                                     Tr::tr("Name one as pod/NAMESPACE/NAME.")));
            return false;
        }
    } else if (!owned.isEmpty()) {
        std::sort(owned.begin(), owned.end(), [](const PodInfo *a, const PodInfo *b) {
            return a->ns != b->ns ? a->ns < b->ns : a->name < b->name;
        });
        pod = owned.first(); // a workload's name: its first pod
    } else if (ns.isEmpty() && !from.startsWith(QLatin1String("pod/"))) {
        if (NodeContext *node = ctx.node(name)) {
            source->kind = Source::Kind::Node;
            source->node = node;
            source->entity = node->place;
            return true;
        }
    }
    if (!pod) {
        problems->append(problem(QStringLiteral("trace-unknown-source"),
                                 Tr::tr("No pod \"%1\" in the cluster.").arg(from),
                                 Tr::tr("A source is client, node/NAME, or a pod: NAME, pod/NAME "
                                        "or pod/NAMESPACE/NAME.")));
        return false;
    }
    if (pod->nodeName.isEmpty() || (pod->ip.isEmpty() && !pod->hostNetwork)) {
        problems->append(
            problem(QStringLiteral("trace-pending-source"),
                    Tr::tr("Pod %1 is Pending (no node took it): it has no address and "
                           "cannot send.")
                        .arg(pod->id)));
        return false;
    }
    source->pod = pod;
    source->entity = pod->id;
    if (pod->hostNetwork) {
        source->kind = Source::Kind::Node;
        source->node = ctx.node(pod->nodeName);
        return source->node != nullptr;
    }
    source->kind = Source::Kind::Pod;
    return true;
}

bool parseDestination(const QString &text, Destination *dst, Diagnostics *problems)
{
    QString to = text.trimmed();
    for (const char *scheme : {"http://", "https://", "tcp://", "udp://"})
        if (to.startsWith(QLatin1String(scheme)))
            to = to.mid(int(qstrlen(scheme)));
    to = to.section(u'/', 0, 0);
    QString host = to;
    const qsizetype colon = to.lastIndexOf(u':');
    if (colon >= 0) {
        host = to.left(colon);
        bool ok = false;
        dst->port = to.mid(colon + 1).toInt(&ok);
        if (!ok || dst->port < 1 || dst->port > 65535) {
            problems->append(
                problem(QStringLiteral("trace-bad-destination"),
                        Tr::tr("\"%1\" is not a port (1-65535).").arg(to.mid(colon + 1))));
            return false;
        }
    }
    if (host.isEmpty()) {
        problems->append(problem(QStringLiteral("trace-bad-destination"),
                                 Tr::tr("No destination given."),
                                 Tr::tr("A destination is IP:PORT, a pod IP, or a Service name "
                                        "NAME:PORT.")));
        return false;
    }
    dst->host = host;
    dst->isName = ClusterDns::isName(host);
    if (!dst->isName)
        parseIPv4(host, &dst->address);
    return true;
}

// The DNS lookup of a Service name, as two hops (query, answer) before the connection.
// Returns false when the trace ends there.
bool resolveName(TraceContext &ctx, PacketWalk &walk, Trace &trace, const Source &source,
                 Destination *dst, quint16 dnsPort, std::mt19937_64 &random, const QString &pinned,
                 QString *summary)
{
    const ClusterDns &dns = ctx.dns();
    quint32 dnsAddress = 0;
    parseIPv4(dns.dnsIP(), &dnsAddress);
    const QString dnsServiceId = dns.dnsService() ? dns.dnsService()->id : QString();
    WalkPacket query;
    query.protocol = RuleProtocol::Udp;
    query.sport = dnsPort;
    query.dst = dnsAddress;
    query.dport = kDnsPort;

    if (source.kind != Source::Kind::Pod) {
        query.src = source.kind == Source::Kind::Client ? source.address : source.node->address;
        // Its resolver: the DNS server of its own network (here, assumed at the LAN's router).
        query.dst = Network::gatewayFor(query.src);
        Hop &h = walk.addHop(HopAction::DnsQuery, source.entity, QStringLiteral("eth0"),
                             source.node ? source.node->info->name : QString(), query, query);
        if (HopFacts *f = walk.note(h, HopWhy::DnsOutside)) {
            f->host = source.kind == Source::Kind::Client ? HostKind::Client : HostKind::Node;
            f->packet = query;
            f->address = source.address;
            f->pod = source.pod;
            f->node = source.node ? source.node->info : nullptr;
        }
        walk.fail(h, Tr::tr("Unresolved: \"%1\" is a Service name, and only pods use the cluster "
                            "DNS that knows it.")
                         .arg(dst->host));
        return false;
    }
    const PodInfo &pod = *source.pod;
    parseIPv4(pod.ip, &query.src);
    if (!dnsAddress) {
        Hop &h = walk.addHop(HopAction::DnsQuery, pod.id, QStringLiteral("eth0"), pod.nodeName,
                             query, query);
        walk.note(h, HopWhy::DnsNoCluster);
        walk.fail(h, Tr::tr("Unresolved: no cluster DNS."));
        return false;
    }
    const auto result = std::make_shared<const DnsResult>(dns.resolve(dst->host, pod.ns));
    Hop &q = walk.addHop(HopAction::DnsQuery, pod.id, QStringLiteral("eth0"), pod.nodeName, query,
                         query);
    q.serviceId = dnsServiceId;
    q.dns = dns.resolvConf(pod.ns);
    if (HopFacts *f = walk.note(q, HopWhy::DnsQuery)) {
        f->pod = &pod;
        f->name = dst->host;
        f->dns = result;
    }
    const WalkPacket answer = query.reversed();
    Hop &a = walk.addHop(HopAction::DnsAnswer, pod.id, QStringLiteral("eth0"), pod.nodeName, answer,
                         answer);
    a.serviceId = result->service ? result->service->id : QString();
    a.dns = result->records.isEmpty() ? QStringLiteral("NXDOMAIN") : result->records.join(u'\n');
    HopFacts *facts = walk.note(a, HopWhy::DnsAnswer);
    if (facts) {
        facts->name = dst->host;
        facts->dns = result;
    }
    const QString svcName = result->service ? result->service->name : QString();
    switch (result->kind) {
    case DnsResult::Kind::NotFound:
        a.dns = QStringLiteral("NXDOMAIN");
        walk.fail(a, Tr::tr("Unresolved: no Service answers to \"%1\" from namespace %2.")
                         .arg(dst->host, pod.ns));
        return false;
    case DnsResult::Kind::NoAddresses:
        walk.fail(a, Tr::tr("Unresolved: headless Service %1 has no ready pod.").arg(svcName));
        return false;
    case DnsResult::Kind::Alias:
        *summary = Tr::tr("Resolved to %1, outside the cluster (ExternalName): the trace ends at "
                          "the DNS answer.")
                       .arg(result->cname);
        return false;
    case DnsResult::Kind::ClusterIP:
    case DnsResult::Kind::PodHostname:
        break;
    case DnsResult::Kind::Headless: {
        QString chosen;
        for (const QString &address : result->addresses)
            if (pinned.startsWith(address + u':'))
                chosen = address;
        if (chosen.isEmpty())
            chosen = result->addresses[int(random() % quint64(result->addresses.size()))];
        if (facts)
            facts->name = chosen; // the address the client takes
        dst->host = chosen;
        break;
    }
    }
    if (result->kind != DnsResult::Kind::Headless)
        dst->host = result->addresses.value(0);
    parseIPv4(dst->host, &dst->address);
    if (dst->port == 0 && result->service && !result->service->ports.isEmpty())
        dst->port = result->service->ports.first().port;
    Q_UNUSED(trace);
    return true;
}

} // namespace

Trace trace(const Cluster &cluster, const ProxyRules &rules, const TraceRequest &request)
{
    TraceSession session(cluster, rules);
    return session.trace(request);
}

TraceSession::TraceSession(const Cluster &cluster, const ProxyRules &rules)
    : d(std::make_unique<TraceContext>(cluster, &rules))
{}

TraceSession::TraceSession(const Cluster &cluster)
    : d(std::make_unique<TraceContext>(cluster, nullptr))
{}

TraceSession::~TraceSession() = default;

// Korean texts are finished once, here, after every placeholder is filled and every sentence
// composed: a particle fallback ("%1은(는)") takes the form its word needs. Sends without
// explanations cost one translate() call.
Trace TraceSession::trace(const TraceRequest &request)
{
    Trace t = walk(request);
    if (!korean::inUse())
        return t;
    korean::finish(t.summary, true);
    for (Hop &hop : t.hops)
        korean::finish(hop.explanation, true);
    for (Diagnostic &p : t.problems) {
        korean::finish(p.message, true);
        korean::finish(p.hint, true);
    }
    return t;
}

Trace TraceSession::walk(const TraceRequest &request)
{
    Trace t;
    t.request = request;
    const QString protocolText = request.protocol.trimmed().isEmpty()
                                     ? QStringLiteral("TCP")
                                     : request.protocol.trimmed().toUpper();
    t.request.protocol = protocolText;
    if (!isKnownRuleProtocol(protocolText))
        t.problems << problem(
            QStringLiteral("trace-bad-protocol"),
            Tr::tr("Unknown protocol \"%1\": use TCP, UDP or SCTP.").arg(request.protocol));
    Source source;
    Destination dst;
    const bool sourceOk = resolveSource(*d, request.from, &source, &t.problems);
    const bool dstOk = parseDestination(request.to, &dst, &t.problems);
    if (!sourceOk || !dstOk || !t.problems.isEmpty())
        return t;

    std::mt19937_64 random(request.seed);
    const quint16 sport = quint16(kEphemeralFirst + int(random() % kEphemeralCount));
    const quint16 dnsPort = quint16(kEphemeralFirst + int(random() % kEphemeralCount));
    PacketWalk walk(*d, t, random, request.pinnedEndpoint.trimmed(), request.explain);
    QString summary;
    bool go = true;
    if (dst.isName)
        go = resolveName(*d, walk, t, source, &dst, dnsPort, random,
                         request.pinnedEndpoint.trimmed(), &summary);
    if (go && dst.port == 0) {
        // A pod IP alone: the pod's first declared port.
        const PodInfo *pod = d->network().podByAddress(dst.address);
        if (pod && !pod->ports.isEmpty()) {
            dst.port = pod->ports.first().port;
        } else {
            t.problems << problem(
                QStringLiteral("trace-bad-destination"),
                Tr::tr("\"%1\" needs a port (IP:PORT).").arg(request.to.trimmed()),
                pod ? Tr::tr("Pod %1 declares no container port.").arg(pod->name) : QString());
            t.hops.clear();
            return t;
        }
    }
    if (go) {
        WalkPacket packet;
        packet.dst = dst.address;
        packet.dport = quint16(dst.port);
        packet.sport = sport;
        packet.protocol = ruleProtocolFromName(protocolText);
        switch (source.kind) {
        case Source::Kind::Client:
            walk.fromClient(packet, source.address, source.entity);
            break;
        case Source::Kind::Pod:
            walk.fromPod(*source.pod, packet);
            break;
        case Source::Kind::Node:
            walk.fromNode(*source.node, packet, source.entity);
            break;
        }
    }
    walk.explain(); // the text pass: nothing for a bulk run
    if (t.delivered)
        t.summary =
            Tr::tr("Delivered to %1 (%2); the answer came back to %3.")
                .arg(t.endpointPod.isEmpty() ? t.hops[t.replyStart - 1].entity : t.endpointPod,
                     t.endpoint,
                     source.kind != Source::Kind::Client ? source.entity
                     : source.entity.startsWith(u"ip/")
                         ? Tr::tr("the outside host %1", "where the answer comes back")
                               .arg(formatIPv4(source.address))
                         : Tr::tr("client", "the external client, where the answer comes back"));
    else if (!summary.isEmpty())
        t.summary = summary;
    else
        t.summary = walk.failureSummary();

    d->now += 1;
    d->requests += 1;
    if (t.delivered) {
        d->delivered += 1;
        d->endpointCounts[t.endpoint] += 1;
    }
    return t;
}

int TraceSession::send(const TraceRequest &request, int count, Trace *last)
{
    int delivered = 0;
    TraceRequest r = request;
    for (int i = 0; i < count; ++i) {
        r.seed = request.seed + quint64(i);
        r.explain = request.explain && i == count - 1; // nobody reads the others' texts
        Trace t = trace(r);
        delivered += t.delivered ? 1 : 0;
        if (last && i == count - 1)
            *last = std::move(t);
    }
    return delivered;
}

QHash<QString, int> TraceSession::endpointCounts() const
{
    return d->endpointCounts;
}

int TraceSession::requestCount() const
{
    return d->requests;
}

int TraceSession::deliveredCount() const
{
    return d->delivered;
}

qint64 TraceSession::clock() const
{
    return d->now;
}

void TraceSession::advanceClock(int seconds)
{
    d->now += qMax(0, seconds);
}

void TraceSession::reset()
{
    d->recent = RecentLists();
    d->endpointCounts.clear();
    d->requests = 0;
    d->delivered = 0;
    d->now = 0;
}

const Cluster &TraceSession::cluster() const
{
    return d->cluster();
}

const Network &TraceSession::network() const
{
    return d->network();
}

const ClusterDns &TraceSession::dns() const
{
    return d->dns();
}

} // namespace hopscope
