#pragma once

// Which problems of the manifests explain a trace that fails: the REJECT of a Service whose
// selector matches no pods is explained by the "selector-no-pods" diagnostic of that Service,
// the "connection refused" of a pod by the Service's "targetport-not-declared", and so on.
//
// The match is by entity id (Diagnostic::entity ↔ the hop's entity, its Service, and the
// Services the request went through before the failure): core's checks already name the entity
// each diagnostic concerns, so nothing here re-decides what a Service does.

#include "core/base/diagnostic.h"
#include "core/model/trace.h"

#include <QStringList>

namespace hopscope {

// The entities a hop concerns: its own ("lb/ns/x" read as "svc/ns/x"), its Service, and, for a
// failure hop, every Service the request went through on the way there (the REJECT happens on
// a node, but the Service is the cause; the pods it passed, such as the sender, are not
// causes). Without duplicates, in that order.
QStringList hopProblemEntities(const Trace &trace, int hop);

// The diagnostics about those entities, errors first, then warnings, then infos (each group in
// the order given).
Diagnostics problemsForHop(const Trace &trace, int hop, const Diagnostics &diagnostics);

// Fills Hop::problems of the failure hops of a trace (the other hops are left as they are).
void attachHopProblems(Trace &trace, const Diagnostics &diagnostics);

} // namespace hopscope
