#pragma once

// Inside applyWhatIf: the pod edits (whatifpods.cpp) and the Service edits
// (whatifservices.cpp).

#include "core/model/cluster.h"
#include "core/base/diagnostic.h"
#include "core/classroom/whatif.h"

#include <QCoreApplication>

namespace hopscope {

// The translation context of the what-if texts: lupdate files WhatIfTr::tr() calls under
// "hopscope::WhatIf", the context they are looked up in at run time.
class WhatIfTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::WhatIf)
};

Diagnostic whatIfDiagnostic(Severity severity, const QString &code, const QString &message,
                            const QString &entity, const QString &hint = QString());

namespace whatif {

// DeletePod, ScaleWorkload, NodeDown, NodeUp: the workload controllers' loop over the pods
// the edit touches, then the scheduler, pod IPAM and the endpoint controller.
Cluster applyToPods(const Cluster &cluster, const WhatIf &change, Diagnostics &problems);
QString workloadOfPod(const Cluster &cluster, const QString &podId);
// The Service edits: validation texts, defaulting, nodePort and load-balancer allocation.
Cluster applyToService(const Cluster &cluster, const WhatIf &change, Diagnostics &problems);

} // namespace whatif

} // namespace hopscope
