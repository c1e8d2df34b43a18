#pragma once

// The API server's ValidateService (pkg/apis/core/validation), as Hopscope applies it to a
// Service read from a manifest: the object is first defaulted as SetDefaults_Service and the
// registry's normalizeClusterIPs leave it (reference A1.1), then checked in upstream order
// (reference A2.2) with the exact field-error texts.
//
// Not here: allocation. A nodePort outside --service-node-port-range, a nodePort another Service
// holds, a ClusterIP outside the range or taken: those are the registry's allocator errors, which
// the cluster builder reports. (In the real API server allocation runs in BeginCreate, before
// validation: an allocation error is then the only error kubectl shows.)
//
// One Diagnostic per cause, located at its own field, so that a student sees every mistake at
// its line; kubectlServiceError() gives the text kubectl prints for the whole request.

#include "core/model/clustersettings.h"
#include "core/base/diagnostic.h"
#include "core/api/fielderror.h"
#include "core/objects/objects.h"

namespace hopscope {

// The Service as ValidateService sees it: type ClusterIP when empty, protocol TCP, targetPort =
// port when unset/0/"", sessionAffinity None (its config dropped) or ClientIP with a 10800 s
// timeout, externalTrafficPolicy Cluster when externally accessible, internalTrafficPolicy
// Cluster for ClusterIP/NodePort/LoadBalancer, allocateLoadBalancerNodePorts true for
// LoadBalancer, clusterIPs = [clusterIP] when only clusterIP is written, namespace "default".
ServiceObject serviceWithApiDefaults(const ServiceObject &service);

// A cause of a refused Service, and where it points in the manifest.
struct ServiceFieldError
{
    FieldError error;
    QString markPath; // the FieldMarks key to locate it ("spec.selector.app"); falls back upward
};

// ValidateService's field errors in upstream order (empty: the API server accepts the Service).
// When clusterIP/clusterIPs/ipFamilies/ipFamilyPolicy are wrong, only those are returned: the
// registry checks them first (initIPFamilyFields in BeginCreate) and stops there.
QList<ServiceFieldError> serviceFieldErrors(const ServiceObject &service);

// One error Diagnostic per cause: code "service-invalid", entity "svc/<ns>/<name>", located at
// the field (or the nearest written parent, or the object), message as kubectl prints a single
// cause (`The Service "web" is invalid: spec.ports[0].port: Invalid value: 0: …`), and a
// translated hint. The settings give the hints their numbers (the service range).
Diagnostics validateService(const ServiceObject &service, const ClusterSettings &settings);

// What kubectl prints when the API server refuses this Service (several causes: the prefix line
// and one "* cause" line each); empty when it is accepted.
QString kubectlServiceError(const ServiceObject &service);

// The location of a field path in an object: its own mark, else the nearest marked parent
// ("spec.ports[2].name" → "spec.ports[2]" → "spec.ports" → …), else the object.
SourceLocation locateField(const ObjectMeta &meta, const QString &path);

} // namespace hopscope
