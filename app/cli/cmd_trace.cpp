#include "cli/cli.h"

#include "core/lint/checks.h"
#include "core/builder/clusterbuilder.h"
#include "core/proxy/proxyrules.h"
#include "core/trace/output/traceexport.h"
#include "core/trace/output/traceformat.h"
#include "core/trace/output/traceproblems.h"
#include "core/trace/tracer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hopscope::app {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

void printProblems(const Trace &t)
{
    for (const Diagnostic &d : t.problems) {
        err(QStringLiteral("hopscope trace: %1\n").arg(d.message));
        if (!d.hint.isEmpty())
            err(QStringLiteral("  %1\n").arg(d.hint));
    }
}

// --count N: N requests (seeds SEED … SEED+N-1) in one session, and where they went.
int runCount(TraceSession &session, const TraceRequest &request, int count, bool json)
{
    Trace last;
    const int delivered = session.send(request, count, &last);
    if (!last.problems.isEmpty()) {
        printProblems(last);
        return ExitUsage;
    }
    QHash<QString, QString> pods; // endpoint → pod id
    const Cluster &cluster = session.cluster();
    for (const PodInfo &p : cluster.pods)
        pods.insert(p.ip, p.id);
    const QHash<QString, int> counts = session.endpointCounts();
    QStringList endpoints = counts.keys();
    std::sort(endpoints.begin(), endpoints.end());
    if (json) {
        QJsonArray list;
        for (const QString &e : endpoints) {
            QJsonObject o;
            o.insert(QStringLiteral("endpoint"), e);
            const QString pod = pods.value(e.section(u':', 0, 0));
            o.insert(QStringLiteral("pod"), pod.isEmpty() ? QJsonValue() : QJsonValue(pod));
            o.insert(QStringLiteral("requests"), counts.value(e));
            list.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("schema"), QStringLiteral("hopscope-trace-count/1"));
        root.insert(QStringLiteral("from"), request.from);
        root.insert(QStringLiteral("to"), request.to);
        root.insert(QStringLiteral("firstSeed"), qint64(request.seed));
        root.insert(QStringLiteral("requests"), count);
        root.insert(QStringLiteral("delivered"), delivered);
        root.insert(QStringLiteral("endpoints"), list);
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        out(Tr::tr("%1 requests %2 → %3 (seeds %4-%5): %6 delivered\n")
                .arg(count)
                .arg(request.from, request.to)
                .arg(request.seed)
                .arg(request.seed + quint64(count) - 1)
                .arg(delivered));
        int width = 0;
        for (const QString &e : endpoints)
            width = qMax(width, int(e.size()));
        for (const QString &e : endpoints) {
            const int n = counts.value(e);
            out(QStringLiteral("  %1  %2  %3%  %4\n")
                    .arg(e.leftJustified(width))
                    .arg(n, 6)
                    .arg(100.0 * n / count, 5, 'f', 1)
                    .arg(pods.value(e.section(u':', 0, 0))));
        }
        if (delivered < count)
            out(Tr::tr("  not delivered: %1 (last: %2)\n")
                    .arg(count - delivered)
                    .arg(last.summary));
    }
    return delivered == count ? ExitOk : ExitNotDelivered;
}

} // namespace

// hopscope trace FILE... --from SRC --to DST [--seed N] [--format text|json|markdown|csv]
//                        [--json] [--protocol tcp|udp]
//                        [--endpoint IP:PORT] [--count N]
int runTrace(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Traces a request and its reply hop by hop through the cluster: routes, VXLAN, and the "
        "kube-proxy rules (DNAT, SNAT, un-DNAT) each node really has."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Manifests: files, directories, or - for stdin."),
                                 QStringLiteral("FILE..."));
    parser.addOption(
        {QStringLiteral("from"),
         Tr::tr("Where the request starts: client (default), ip/ADDR (an outside host at "
                "ADDR), client/NAME (a lesson's client), node/NAME, or a pod: NAME, pod/NAME, "
                "pod/NAMESPACE/NAME (a workload's name picks its first pod)."),
         QStringLiteral("SRC")});
    parser.addOption(
        {QStringLiteral("to"),
         Tr::tr("Where it goes: IP:PORT (node port, ClusterIP, load-balancer IP, pod IP), "
                "a pod IP, or a Service name NAME:PORT, NAME.NAMESPACE:PORT, "
                "NAME.NAMESPACE.svc.cluster.local:PORT (resolved by cluster DNS from a "
                "pod)."),
         QStringLiteral("DST")});
    parser.addOption(
        {QStringLiteral("seed"),
         Tr::tr("Seed of the random choices (endpoint, ports): the same seed gives the "
                "same trace. Default 1."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("protocol"), Tr::tr("tcp (default), udp or sctp."),
                      QStringLiteral("PROTO")});
    parser.addOption({QStringLiteral("endpoint"),
                      Tr::tr("Take this endpoint where the rules choose at random."),
                      QStringLiteral("IP:PORT")});
    parser.addOption({QStringLiteral("count"),
                      Tr::tr("Send N requests (seeds N, N+1, …) and print where they went."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("format"),
         Tr::tr("Output: text (default), json (schema hopscope-trace/1), markdown (a table for "
                "handouts) or csv (RFC 4180: hop, where, action, before, after, rule, "
                "explanation)."),
         QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("json"), Tr::tr("The same as --format json.")});
    ManifestArguments in;
    const QString usage =
        Tr::tr("hopscope trace: no manifest given (usage: hopscope trace FILE... --from SRC --to "
               "DST [--seed N] [--format text|json|markdown|csv])\n");
    if (const int done = parseManifestCommand(parser, args, "trace", usage, &in); done >= 0)
        return done;
    noteIptablesWalk(in.settings, QStringLiteral("trace"));
    TraceRequest request;
    request.from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                        : QStringLiteral("client");
    request.to = parser.value(QStringLiteral("to"));
    if (request.to.trimmed().isEmpty()) {
        err(Tr::tr("hopscope trace: --to DST is required (IP:PORT or a Service NAME:PORT)\n"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        request.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err(Tr::tr("hopscope trace: --seed needs a non-negative number\n"));
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("protocol")))
        request.protocol = parser.value(QStringLiteral("protocol")).toUpper();
    request.pinnedEndpoint = parser.value(QStringLiteral("endpoint"));
    int count = 0;
    if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > 1000000) {
            err(Tr::tr("hopscope trace: --count needs a number from 1 to 1000000\n"));
            return ExitUsage;
        }
    }
    QString format = parser.isSet(QStringLiteral("format"))
                         ? parser.value(QStringLiteral("format")).toLower()
                         : QStringLiteral("text");
    if (parser.isSet(QStringLiteral("json"))) {
        if (parser.isSet(QStringLiteral("format")) && format != u"json") {
            err(Tr::tr("hopscope trace: --json and --format %1 contradict each other\n")
                    .arg(format));
            return ExitUsage;
        }
        format = QStringLiteral("json");
    }
    static const QStringList formats = {QStringLiteral("text"), QStringLiteral("json"),
                                        QStringLiteral("markdown"), QStringLiteral("csv")};
    if (!formats.contains(format)) {
        err(Tr::tr("hopscope trace: --format: \"%1\" is not one of text, json, markdown, csv\n")
                .arg(parser.value(QStringLiteral("format"))));
        return ExitUsage;
    }
    const bool json = format == u"json";
    if (count > 0 && format != u"text" && !json) {
        err(Tr::tr("hopscope trace: --count prints text or json, not %1\n").arg(format));
        return ExitUsage;
    }

    // The checks `hopscope lint` makes, so a failing hop can name the problem that explains it;
    // only the cluster's own diagnostics are printed here (lint prints the rest).
    Diagnostics checks;
    Cluster cluster;
    if (!loadReporting(in.files, in.settings, &cluster, false, &checks))
        return ExitManifestErrors;

    TraceSession session(cluster);
    if (count > 0)
        return runCount(session, request, count, json);
    Trace t = session.trace(request);
    attachHopProblems(t, checks);
    if (!t.problems.isEmpty()) {
        printProblems(t);
        return ExitUsage;
    }
    if (json)
        out(QString::fromUtf8(formatTraceJson(t)));
    else if (format == u"markdown")
        out(formatTraceMarkdown(t));
    else if (format == u"csv")
        out(formatTraceCsv(t));
    else
        out(formatTraceText(t));
    return t.delivered ? ExitOk : ExitNotDelivered;
}

} // namespace hopscope::app
