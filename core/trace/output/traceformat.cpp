#include "core/trace/output/traceformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hopscope {

// JSON schema "hopscope-trace/1" (keys are written in alphabetical order):
//
// {
//   "schema":      "hopscope-trace/1",
//   "request":     {"from": str, "to": str, "protocol": "TCP"|"UDP"|"SCTP", "seed": int,
//                   "pinnedEndpoint": "ip:port" | null},
//   "delivered":   bool,            // the request reached a listening process and its answer
//                                   // came back to the sender
//   "endpoint":    "ip:port" | null, // where the request was delivered
//   "endpointPod": "pod/ns/name" | null,
//   "replyStart":  int,             // index of the first reply hop; -1: no reply
//   "summary":     str,             // one translated sentence
//   "problems":    [{"severity": "error"|"warning"|"info", "code": str, "message": str,
//                    "hint": str | null}],   // request errors; then "hops" is empty
//   "hops": [{
//     "index":       int,           // 0-based
//     "reply":       bool,
//     "entity":      str,           // "client", "lb/<ns>/<svc>", "node/<name>", "pod/<ns>/<name>"
//     "interface":   str | null,    // "eth0", "cni0", "flannel.1", "veth…", "lo"
//     "node":        str | null,    // the node whose tables and routes decided
//     "action":      str,           // stable: "send", "DNS query", "DNS answer", "route",
//                                   // "DNAT", "SNAT", "VXLAN encapsulate", "VXLAN decapsulate",
//                                   // "bridge", "forward", "deliver", "un-DNAT", "un-SNAT",
//                                   // "REJECT", "DROP", "no route", "refused"
//     "failure":     bool,          // the trace ends here, not delivered
//     "before":      Packet, "after": Packet,
//     "rule":        {"table": "nat"|"filter", "chain": str, "text": "-A …",
//                     "index": int | null} | null,   // the rule that decided
//     "trail":       [{"table", "chain", "text", "index"}],  // the rules the walk matched
//     "route":       str | null,    // route line(s) (`ip route`; VXLAN: neighbour and FDB)
//     "conntrack":   str | null,    // the conntrack entry that un-NATed (`conntrack -L` style)
//     "dns":         str | null,    // resolv.conf (query) or the records (answer), "\n"-separated
//     "service":     "svc/<ns>/<name>" | null,
//     "explanation": str,           // translated, for students
//     "problems":    [{"severity", "code", "file", "line", "column", "message",
//                      "hint": str | null, "entity": str}]
//                                   // only on a failure hop that manifest problems explain
//                                   // (traceproblems.h); the key is absent otherwise
//   }]
// }
// Packet: {"src": "ip", "srcPort": int, "dst": "ip", "dstPort": int, "protocol": str,
//          "masqMark": bool,      // carries kube-proxy's 0x4000 mark
//          "vxlan": {"src": "ip", "dst": "ip", "dstPort": 8472, "vni": 1} | null}

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::TraceFormat)
};

// The first line of a problem at a hop: "warning selector-no-pods  web.yaml:12:3".
QString problemHeading(const Diagnostic &d)
{
    QString at = d.where.file;
    if (d.where.line > 0)
        at += QStringLiteral(":%1:%2").arg(d.where.line).arg(d.where.column);
    return severityName(d.severity) + u' ' + d.code + QLatin1String("  ") + at;
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject packetJson(const PacketHeader &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("src"), p.srcIP);
    o.insert(QStringLiteral("srcPort"), p.srcPort);
    o.insert(QStringLiteral("dst"), p.dstIP);
    o.insert(QStringLiteral("dstPort"), p.dstPort);
    o.insert(QStringLiteral("protocol"), p.protocol);
    o.insert(QStringLiteral("masqMark"), p.masqMark);
    if (p.encapsulated) {
        QJsonObject v;
        v.insert(QStringLiteral("src"), p.outerSrcIP);
        v.insert(QStringLiteral("dst"), p.outerDstIP);
        v.insert(QStringLiteral("dstPort"), p.outerDstPort);
        v.insert(QStringLiteral("vni"), p.vni);
        o.insert(QStringLiteral("vxlan"), v);
    } else {
        o.insert(QStringLiteral("vxlan"), QJsonValue::Null);
    }
    return o;
}

QJsonObject ruleJson(const QString &table, const QString &chain, const QString &text, int index)
{
    QJsonObject o;
    o.insert(QStringLiteral("table"), table);
    o.insert(QStringLiteral("chain"), chain);
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("index"), index >= 0 ? QJsonValue(index) : QJsonValue());
    return o;
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) ||
           (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
           (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
           (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
}

QString padded(const QString &text, int width)
{
    const int w = displayWidth(text);
    return w >= width ? text : text + QString(width - w, u' ');
}

// Wraps at spaces so that no line passes `width` columns (a longer word gets its own line).
QString wrapped(const QString &text, int indent, int width)
{
    const int room = qMax(20, width - indent);
    QString out;
    out.reserve(text.size() + text.size() / 8 + 16);
    int lineWidth = 0;
    for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        const int w = displayWidth(word);
        if (lineWidth > 0 && lineWidth + 1 + w > room) {
            out += u'\n';
            lineWidth = 0;
        }
        if (lineWidth == 0)
            out += QString(indent, u' ');
        else {
            out += u' ';
            ++lineWidth;
        }
        out += word;
        lineWidth += w;
    }
    if (lineWidth > 0)
        out += u'\n';
    return out;
}

QString packetText(const PacketHeader &p)
{
    return p.toString();
}

QString ruleRef(const QString &table, int index)
{
    return index >= 0 ? QStringLiteral("%1 #%2").arg(table).arg(index) : table;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    const QChar *c = text.constData();
    const QChar *end = c + text.size();
    for (; c != end; ++c) {
        if (c->unicode() < 0x1100) {
            ++width;
        } else if (c->isHighSurrogate() && c + 1 != end && (c + 1)->isLowSurrogate()) {
            width += isWide(QChar::surrogateToUcs4(*c, *(c + 1))) ? 2 : 1;
            ++c;
        } else {
            width += isWide(c->unicode()) ? 2 : 1;
        }
    }
    return width;
}

QString formatTraceText(const Trace &trace, int width)
{
    const TraceRequest &r = trace.request;
    QString out = Tr::tr("Trace  %1 → %2  (%3, seed %4)\n")
                      .arg(r.from.isEmpty() ? QStringLiteral("client") : r.from, r.to, r.protocol)
                      .arg(r.seed);
    if (!r.pinnedEndpoint.isEmpty())
        out += Tr::tr("       endpoint chosen by hand: %1\n").arg(r.pinnedEndpoint);
    for (const Diagnostic &d : trace.problems) {
        out += Tr::tr("problem: %1\n").arg(d.message);
        if (!d.hint.isEmpty())
            out += QLatin1String("         ") + d.hint + u'\n';
    }
    if (!trace.hops.isEmpty()) {
        const int numberWidth = int(QString::number(trace.hops.size()).size());
        int whereWidth = displayWidth(Tr::tr("where"));
        int actionWidth = displayWidth(Tr::tr("action"));
        for (const Hop &h : trace.hops) {
            const QString where = h.whereLabel();
            whereWidth = qMax(whereWidth, displayWidth(where));
            actionWidth = qMax(actionWidth, displayWidth(h.actionLabel()) + (h.failure ? 2 : 0));
        }
        const int indent = 1 + numberWidth + 5; // detail lines: under "where"
        int labelWidth = 0;                     // the longest detail label, in the user's language
        for (const char *label : {QT_TRANSLATE_NOOP("hopscope::TraceFormat", "dns"),
                                  QT_TRANSLATE_NOOP("hopscope::TraceFormat", "route"),
                                  QT_TRANSLATE_NOOP("hopscope::TraceFormat", "rules"),
                                  QT_TRANSLATE_NOOP("hopscope::TraceFormat", "rule"),
                                  QT_TRANSLATE_NOOP("hopscope::TraceFormat", "conntrack"),
                                  QT_TRANSLATE_NOOP("hopscope::TraceFormat", "service"),
                                  QT_TRANSLATE_NOOP("hopscope::TraceFormat", "problem")})
            labelWidth = qMax(labelWidth, displayWidth(Tr::tr(label)));
        const int packetColumn = 1 + numberWidth + 5 + whereWidth + 2 + actionWidth + 2;
        const auto detail = [&](const QString &label, const QString &value) {
            const QStringList lines = value.split(u'\n');
            for (int i = 0; i < lines.size(); ++i)
                out += QString(indent, u' ') + padded(i == 0 ? label : QString(), labelWidth) +
                       QLatin1String("  ") + lines[i] + u'\n';
        };
        out += u'\n';
        out += QString(1 + numberWidth - 1, u' ') + QLatin1String("#  R  ") +
               padded(Tr::tr("where"), whereWidth) + QLatin1String("  ") +
               padded(Tr::tr("action"), actionWidth) + QLatin1String("  ") + Tr::tr("packet") +
               u'\n';
        for (const Hop &h : trace.hops) {
            if (h.index == trace.replyStart)
                out += QString(indent, u' ') + Tr::tr("── reply ──") + u'\n';
            const QString where = h.whereLabel();
            const QString action =
                h.failure ? h.actionLabel() + QStringLiteral(" ✗") : h.actionLabel();
            out += u' ' + QString::number(h.index + 1).rightJustified(numberWidth) +
                   (h.reply ? QLatin1String("  R  ") : QLatin1String("     ")) +
                   padded(where, whereWidth) + QLatin1String("  ") + padded(action, actionWidth) +
                   QLatin1String("  ") + packetText(h.before) + u'\n';
            if (!(h.after == h.before))
                out += QString(packetColumn - 2, u' ') + QStringLiteral("⇒ ") +
                       packetText(h.after) + u'\n';
            if (!h.dns.isEmpty())
                detail(Tr::tr("dns"), h.dns);
            if (!h.route.isEmpty())
                detail(Tr::tr("route"), h.route);
            if (!h.trail.isEmpty() && h.action != HopAction::Route) {
                int refWidth = 0;
                for (const HopRule &t : h.trail)
                    refWidth = qMax(refWidth, int(ruleRef(t.table, t.ruleIndex).size()));
                QStringList lines;
                for (const HopRule &t : h.trail)
                    lines << padded(ruleRef(t.table, t.ruleIndex), refWidth) + QLatin1String("  ") +
                                 t.rule;
                detail(Tr::tr("rules"), lines.join(u'\n'));
            } else if (!h.rule.isEmpty()) {
                detail(Tr::tr("rule"),
                       ruleRef(h.table, h.ruleIndex) + QLatin1String("  ") + h.rule);
            }
            if (!h.conntrack.isEmpty())
                detail(Tr::tr("conntrack"), h.conntrack);
            if (!h.serviceId.isEmpty())
                detail(Tr::tr("service"), h.serviceId);
            for (const Diagnostic &d : h.problems) {
                // The message wrapped under the heading, in the detail column.
                QString message = wrapped(d.message, 0, width - indent - labelWidth - 2);
                if (message.endsWith(u'\n'))
                    message.chop(1);
                detail(Tr::tr("problem"), problemHeading(d) + u'\n' + message);
            }
            out += wrapped(h.explanation, indent, width);
        }
    }
    out += u'\n';
    if (!trace.problems.isEmpty())
        out += Tr::tr("Result: not traced (bad request).") + u'\n';
    else if (trace.delivered)
        out += wrapped(Tr::tr("Result: delivered. %1").arg(trace.summary), 0, width);
    else
        out += wrapped(Tr::tr("Result: not delivered. %1").arg(trace.summary), 0, width);
    return out;
}

QJsonObject traceToJson(const Trace &trace)
{
    QJsonObject request;
    request.insert(QStringLiteral("from"), trace.request.from);
    request.insert(QStringLiteral("to"), trace.request.to);
    request.insert(QStringLiteral("protocol"), trace.request.protocol);
    request.insert(QStringLiteral("seed"), qint64(trace.request.seed));
    request.insert(QStringLiteral("pinnedEndpoint"), stringOrNull(trace.request.pinnedEndpoint));

    QJsonArray problems;
    for (const Diagnostic &d : trace.problems) {
        QJsonObject p;
        p.insert(QStringLiteral("severity"), severityName(d.severity));
        p.insert(QStringLiteral("code"), d.code);
        p.insert(QStringLiteral("message"), d.message);
        p.insert(QStringLiteral("hint"), stringOrNull(d.hint));
        problems.append(p);
    }

    QJsonArray hops;
    for (const Hop &h : trace.hops) {
        QJsonObject o;
        o.insert(QStringLiteral("index"), h.index);
        o.insert(QStringLiteral("reply"), h.reply);
        o.insert(QStringLiteral("entity"), h.entity);
        o.insert(QStringLiteral("interface"), stringOrNull(h.interface));
        o.insert(QStringLiteral("node"), stringOrNull(h.node));
        o.insert(QStringLiteral("action"), h.actionName());
        o.insert(QStringLiteral("failure"), h.failure);
        o.insert(QStringLiteral("before"), packetJson(h.before));
        o.insert(QStringLiteral("after"), packetJson(h.after));
        o.insert(QStringLiteral("rule"),
                 h.rule.isEmpty() ? QJsonValue()
                                  : QJsonValue(ruleJson(h.table, h.chain, h.rule, h.ruleIndex)));
        QJsonArray trail;
        for (const HopRule &t : h.trail)
            trail.append(ruleJson(t.table, t.chain, t.rule, t.ruleIndex));
        o.insert(QStringLiteral("trail"), trail);
        o.insert(QStringLiteral("route"), stringOrNull(h.route));
        o.insert(QStringLiteral("conntrack"), stringOrNull(h.conntrack));
        o.insert(QStringLiteral("dns"), stringOrNull(h.dns));
        o.insert(QStringLiteral("service"), stringOrNull(h.serviceId));
        o.insert(QStringLiteral("explanation"), h.explanation);
        if (!h.problems.isEmpty()) {
            QJsonArray list;
            for (const Diagnostic &d : h.problems) {
                QJsonObject p;
                p.insert(QStringLiteral("severity"), severityName(d.severity));
                p.insert(QStringLiteral("code"), d.code);
                p.insert(QStringLiteral("file"), d.where.file);
                p.insert(QStringLiteral("line"), d.where.line);
                p.insert(QStringLiteral("column"), d.where.column);
                p.insert(QStringLiteral("message"), d.message);
                p.insert(QStringLiteral("hint"), stringOrNull(d.hint));
                p.insert(QStringLiteral("entity"), d.entity);
                list.append(p);
            }
            o.insert(QStringLiteral("problems"), list);
        }
        hops.append(o);
    }

    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("hopscope-trace/1"));
    root.insert(QStringLiteral("request"), request);
    root.insert(QStringLiteral("delivered"), trace.delivered);
    root.insert(QStringLiteral("endpoint"), stringOrNull(trace.endpoint));
    root.insert(QStringLiteral("endpointPod"), stringOrNull(trace.endpointPod));
    root.insert(QStringLiteral("replyStart"), trace.replyStart);
    root.insert(QStringLiteral("summary"), trace.summary);
    root.insert(QStringLiteral("problems"), problems);
    root.insert(QStringLiteral("hops"), hops);
    return root;
}

QByteArray formatTraceJson(const Trace &trace)
{
    return QJsonDocument(traceToJson(trace)).toJson(QJsonDocument::Indented);
}

} // namespace hopscope
