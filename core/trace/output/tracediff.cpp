#include "core/trace/output/tracediff.h"

#include <QCoreApplication>

#include <algorithm>

namespace hopscope {

namespace {

class TraceDiffTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::TraceDiff)
};

QString podName(const QString &podId)
{
    return podId.section(u'/', 2);
}

QString where(const QString &endpoint, const QString &podId)
{
    if (podId.isEmpty())
        return endpoint;
    return TraceDiffTr::tr("%1 (pod %2)").arg(endpoint, podName(podId));
}

} // namespace

bool sameHop(const Hop &a, const Hop &b)
{
    return a.reply == b.reply && a.entity == b.entity && a.interface == b.interface &&
           a.node == b.node && a.action == b.action && a.before == b.before && a.after == b.after &&
           a.table == b.table && a.chain == b.chain && a.rule == b.rule && a.route == b.route &&
           a.serviceId == b.serviceId && a.failure == b.failure;
}

TraceDifference compareTraces(const Trace &before, const Trace &after)
{
    TraceDifference d;
    d.deliveredBefore = before.delivered;
    d.deliveredAfter = after.delivered;
    d.endpointBefore = before.endpoint;
    d.endpointAfter = after.endpoint;
    d.endpointPodBefore = before.endpointPod;
    d.endpointPodAfter = after.endpointPod;

    const qsizetype common = std::min(before.hops.size(), after.hops.size());
    for (qsizetype i = 0; i < after.hops.size(); ++i) {
        if (i < common && sameHop(before.hops[i], after.hops[i]))
            continue;
        d.changedHops << int(i);
    }
    for (qsizetype i = 0; i < before.hops.size(); ++i)
        if (i >= common || !sameHop(before.hops[i], after.hops[i]))
            d.removedHops << int(i);
    if (!d.changedHops.isEmpty() || !d.removedHops.isEmpty())
        d.firstDifferentHop = std::min(d.changedHops.value(0, int(after.hops.size())),
                                       d.removedHops.value(0, int(before.hops.size())));
    d.same = d.firstDifferentHop < 0 && before.delivered == after.delivered &&
             before.endpoint == after.endpoint && before.endpointPod == after.endpointPod;

    const QString was = where(before.endpoint, before.endpointPod);
    const QString now = where(after.endpoint, after.endpointPod);
    if (before.delivered && !after.delivered) {
        d.summary
            << TraceDiffTr::tr("Before, the request reached %1; now it is not delivered.").arg(was);
    } else if (!before.delivered && after.delivered) {
        d.summary << TraceDiffTr::tr("Now the request reaches %1; before, it was not delivered.")
                         .arg(now);
    } else if (after.delivered &&
               (before.endpoint != after.endpoint || before.endpointPod != after.endpointPod)) {
        d.summary << TraceDiffTr::tr("The request now reaches %1 instead of %2.").arg(now, was);
    }
    if (d.same) {
        d.summary << TraceDiffTr::tr("The request takes the same path.");
    } else if (d.firstDifferentHop >= 0) {
        const int i = d.firstDifferentHop;
        const Hop *hop = i < after.hops.size() ? &after.hops[i] : nullptr;
        d.summary << (hop ? TraceDiffTr::tr("The path changes at hop %1: %2 at %3.")
                                .arg(i + 1)
                                .arg(hop->actionLabel(), hop->entity)
                          : TraceDiffTr::tr("The path ends earlier, after hop %1.").arg(i));
    }
    if (!after.summary.isEmpty() && !d.same)
        d.summary << after.summary;
    return d;
}

} // namespace hopscope
