#pragma once

// Internal to Service validation: the translated hints that go with the API's texts.

#include "core/model/clustersettings.h"
#include "core/api/fielderror.h"
#include "core/objects/objects.h"

namespace hopscope::detail {

// A hint in the student's language for one cause of a refused Service (the API text itself
// stays verbatim), using what the manifest wrote (`original`, before defaulting).
QString serviceErrorHint(const FieldError &error, const ServiceObject &original,
                         const ClusterSettings &settings);

} // namespace hopscope::detail
