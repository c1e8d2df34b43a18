#include "core/trace/output/traceexport.h"

#include <QCoreApplication>

namespace hopscope {

namespace {

// The same context as traceformat.cpp: the column names ("where", "action", "rule") are
// translated once for both.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::TraceFormat)
};

QString ruleCell(const Hop &h)
{
    QStringList parts;
    if (!h.rule.isEmpty()) {
        const QString ref =
            h.ruleIndex >= 0 ? QStringLiteral("%1 #%2").arg(h.table).arg(h.ruleIndex) : h.table;
        parts << (ref.isEmpty() ? h.rule : ref + u' ' + h.rule);
    }
    for (const QString *s : {&h.route, &h.conntrack, &h.dns})
        if (!s->isEmpty())
            parts << *s;
    return parts.join(u'\n');
}

QString titleLine(const Trace &trace)
{
    const TraceRequest &r = trace.request;
    // The text format's own title (one translation for both).
    return Tr::tr("Trace  %1 → %2  (%3, seed %4)\n")
        .arg(r.from.isEmpty() ? QStringLiteral("client") : r.from, r.to, r.protocol)
        .arg(r.seed)
        .trimmed();
}

QString resultLine(const Trace &trace)
{
    if (!trace.problems.isEmpty())
        return Tr::tr("Result: not traced (bad request).");
    return trace.delivered ? Tr::tr("Result: delivered. %1").arg(trace.summary)
                           : Tr::tr("Result: not delivered. %1").arg(trace.summary);
}

enum Column { HopColumn, WhereColumn, ActionColumn, BeforeColumn, AfterColumn, RuleColumn };

} // namespace

QStringList traceTableHeader()
{
    return {Tr::tr("hop"),   Tr::tr("where"), Tr::tr("action"),     Tr::tr("before"),
            Tr::tr("after"), Tr::tr("rule"),  Tr::tr("explanation")};
}

QList<QStringList> traceTableRows(const Trace &trace)
{
    QList<QStringList> rows;
    rows.reserve(trace.hops.size());
    for (const Hop &h : trace.hops) {
        const QString number = QString::number(h.index + 1);
        rows.append({h.reply ? Tr::tr("%1 (reply)").arg(number) : number,
                     h.whereLabel(),
                     h.failure ? h.actionLabel() + QStringLiteral(" ✗") : h.actionLabel(),
                     h.before.toString(), h.after.toString(), ruleCell(h), h.explanation});
    }
    return rows;
}

QString markdownCell(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            Q_FALLTHROUGH();
        case u'\n':
            out += QLatin1String("<br>");
            break;
        default:
            // A pipe ends the cell; the others are Markdown's inline marks and HTML.
            if (QStringView(u"|\\`*_[]<>#~").contains(c))
                out += u'\\';
            out += c;
        }
    }
    return out.trimmed();
}

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    QString doubled = text;
    doubled.replace(u'"', QLatin1String("\"\""));
    return u'"' + doubled + u'"';
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;  // inside a quoted field
    bool pending = false; // a record has started (something after the last record end)
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            pending = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            pending = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            pending = false;
        } else {
            field += c;
            pending = true;
        }
    }
    if (pending) {
        record << field;
        records << record;
    }
    return records;
}

QString formatTraceMarkdown(const Trace &trace)
{
    const QStringList header = traceTableHeader();
    QString out = QStringLiteral("**") + markdownCell(titleLine(trace)) + QStringLiteral("**\n\n");
    for (const Diagnostic &d : trace.problems)
        out +=
            markdownCell(Tr::tr("problem: %1\n").arg(d.message).trimmed()) + QStringLiteral("\n\n");
    const auto line = [](const QStringList &cells) -> QString {
        return QStringLiteral("| ") + cells.join(QLatin1String(" | ")) + QStringLiteral(" |\n");
    };
    if (!trace.hops.isEmpty()) {
        QStringList escaped;
        QStringList rule;
        for (const QString &h : header) {
            escaped << markdownCell(h);
            rule << QStringLiteral("---");
        }
        out += line(escaped);
        out += line(rule);
        for (const QStringList &row : traceTableRows(trace)) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i) {
                QString cell = markdownCell(row[i]);
                // The rewrite is the lesson: the header a rule changed stands out.
                if (i == AfterColumn && row[AfterColumn] != row[BeforeColumn] && !cell.isEmpty())
                    cell = QStringLiteral("**") + cell + QStringLiteral("**");
                cells << cell;
            }
            out += line(cells);
        }
        out += u'\n';
    }
    out += markdownCell(resultLine(trace)) + u'\n';
    return out;
}

QString formatTraceCsv(const Trace &trace)
{
    QString out;
    const auto record = [&out](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields << csvField(c);
        out += fields.join(u',') + QStringLiteral("\r\n");
    };
    record(traceTableHeader());
    for (const QStringList &row : traceTableRows(trace))
        record(row);
    return out;
}

QString fileNameSlug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.';
        if (keep) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    while (out.endsWith(u'.'))
        out.chop(1);
    return out;
}

QString traceFileTag(const Trace &trace, const Cluster &cluster)
{
    for (const Hop &h : trace.hops) {
        // The DNS lookup's Service (kube-dns) is not the one the request is about.
        if (h.serviceId.isEmpty() || h.action == HopAction::DnsQuery ||
            h.action == HopAction::DnsAnswer)
            continue;
        for (const ServiceInfo &s : cluster.services)
            if (s.id == h.serviceId)
                return s.typeName().toLower();
    }
    if (!trace.endpointPod.isEmpty())
        return QStringLiteral("pod");
    for (const Hop &h : trace.hops)
        if (!h.reply && h.action == HopAction::Deliver && h.entity.startsWith(u"node/"))
            return QStringLiteral("node");
    return QStringLiteral("request");
}

} // namespace hopscope
