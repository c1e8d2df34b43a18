#pragma once

// Reading the events a QSignalSpy on ClusterDocument::changed caught.

#include "document/documentchange.h"

#include <QList>
#include <QSignalSpy>

namespace hopscope::test {

inline QList<app::DocumentChange> changes(const QSignalSpy &spy)
{
    QList<app::DocumentChange> out;
    for (const QList<QVariant> &args : spy)
        out << args.value(0).value<app::DocumentChange>();
    return out;
}

// The events that replaced the cluster (loads, reloads, what-if steps).
inline int replacements(const QSignalSpy &spy)
{
    int n = 0;
    for (const app::DocumentChange &c : changes(spy))
        n += c.replacesCluster() ? 1 : 0;
    return n;
}

// The events that changed the document's problems.
inline int problemUpdates(const QSignalSpy &spy)
{
    int n = 0;
    for (const app::DocumentChange &c : changes(spy))
        n += c.changesProblems() ? 1 : 0;
    return n;
}

} // namespace hopscope::test
