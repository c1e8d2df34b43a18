#pragma once

// Small helpers shared by the cluster builder's stages.

#include "core/base/diagnostic.h"
#include "core/objects/objects.h"

#include <QCoreApplication>
#include <QStringList>

namespace hopscope {

// The location of the first of `paths` recorded in meta.marks ("spec.ports[0].nodePort"),
// else the object's own location.
SourceLocation fieldLocation(const ObjectMeta &meta, const QStringList &paths);

// Translation in the builder's context: lupdate files BuilderTr::tr() texts under it.
class BuilderTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::ClusterBuilder)
};

} // namespace hopscope
