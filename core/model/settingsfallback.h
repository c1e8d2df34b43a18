#pragma once

#include "core/model/clustersettings.h"
#include "core/base/diagnostic.h"

namespace hopscope {

// The settings the builder can work with: every invalid setting (ClusterSettings::validate(),
// plus unparsable node / client addresses) is reported and replaced by its default, so a bad
// flag never crashes the build.
ClusterSettings usableSettings(const ClusterSettings &settings, Diagnostics &diagnostics);

} // namespace hopscope
