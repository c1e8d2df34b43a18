#pragma once

// How the same request fares on two clusters — before and after a what-if edit: where it ends,
// and which hops differ. A hop is compared by what a student sees: where it happens (request or
// reply, entity, interface, node), what happens (the action), the headers before and after, and
// the rule, route or Service that decided; the explanation text is not compared.

#include "core/model/trace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hopscope {

struct TraceDifference
{
    bool same = true; // every hop alike, same outcome
    bool deliveredBefore = false;
    bool deliveredAfter = false;
    QString endpointBefore; // "ip:port", empty when not delivered
    QString endpointAfter;
    QString endpointPodBefore; // pod ids
    QString endpointPodAfter;
    // Index (in both traces) of the first hop that differs; -1 when none does.
    int firstDifferentHop = -1;
    // Hops of `after` with no alike hop at the same index in `before` (what a view marks).
    QList<int> changedHops;
    // Hops of `before` that no longer happen at their index.
    QList<int> removedHops;
    QStringList summary; // translated sentences, the outcome first
};

bool sameHop(const Hop &a, const Hop &b);
TraceDifference compareTraces(const Trace &before, const Trace &after);

} // namespace hopscope
