#pragma once

// Internal to the object parser: one reader function per family of kinds.

#include "core/objects/fieldreader.h"
#include "core/objects/objects.h"

namespace hopscope::detail {

ObjectMeta readMeta(const FieldReader &root, const ParseContext &ctx);
PodSpec readPodSpec(const FieldReader &spec);

PodObject readPod(const FieldReader &root, ObjectMeta meta);
WorkloadObject readWorkload(WorkloadKind kind, const FieldReader &root, ObjectMeta meta);
ServiceObject readService(const FieldReader &root, ObjectMeta meta);
EndpointsObject readEndpoints(const FieldReader &root, ObjectMeta meta);
EndpointSliceObject readEndpointSlice(const FieldReader &root, ObjectMeta meta);

} // namespace hopscope::detail
