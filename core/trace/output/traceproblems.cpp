#include "core/trace/output/traceproblems.h"

#include <algorithm>

namespace hopscope {

namespace {

QString asProblemEntity(const QString &entity)
{
    // The cloud load balancer of a Service stands for that Service.
    if (entity.startsWith(u"lb/"))
        return QStringLiteral("svc/") + entity.mid(3);
    return entity;
}

int severityRank(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

} // namespace

QStringList hopProblemEntities(const Trace &trace, int hop)
{
    QStringList out;
    if (hop < 0 || hop >= trace.hops.size())
        return out;
    auto add = [&out](const QString &id) {
        const QString e = asProblemEntity(id);
        if (!e.isEmpty() && !out.contains(e))
            out << e;
    };
    const Hop &h = trace.hops[hop];
    add(h.entity);
    add(h.serviceId);
    if (!h.failure)
        return out;
    for (int i = hop - 1; i >= 0; --i) {
        const Hop &before = trace.hops[i];
        if (before.reply != h.reply)
            continue;
        add(before.serviceId);
        if (before.entity.startsWith(u"lb/"))
            add(before.entity);
    }
    return out;
}

Diagnostics problemsForHop(const Trace &trace, int hop, const Diagnostics &diagnostics)
{
    const QStringList entities = hopProblemEntities(trace, hop);
    Diagnostics out;
    if (entities.isEmpty())
        return out;
    for (const Diagnostic &d : diagnostics)
        if (!d.entity.isEmpty() && entities.contains(d.entity))
            out << d;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return out;
}

void attachHopProblems(Trace &trace, const Diagnostics &diagnostics)
{
    for (int i = 0; i < trace.hops.size(); ++i)
        if (trace.hops[i].failure)
            trace.hops[i].problems = problemsForHop(trace, i, diagnostics);
}

} // namespace hopscope
