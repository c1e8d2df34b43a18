#pragma once

// The apimachinery validators the API server uses on Services (k8s.io/apimachinery/pkg/util/
// validation, api/validate/content): each returns the messages verbatim, empty when the value is
// valid (reference A2.2).

#include "core/api/fielderror.h"
#include "core/objects/objects.h"

#include <QString>
#include <QStringList>

namespace hopscope::apivalidation {

QStringList isDNS1035Label(const QString &value);     // Service names
QStringList isDNS1123Label(const QString &value);     // port names, namespaces
QStringList isDNS1123Subdomain(const QString &value); // externalName
QStringList isValidPortName(const QString &value);    // named targetPorts (IANA_SVC_NAME)
QStringList isValidPortNum(qint64 port);              // 1–65535
QStringList isQualifiedName(const QString &value);    // label keys, appProtocol
QStringList isValidLabelValue(const QString &value);

// net.ParseIP as Kubernetes uses it (ParseIPSloppy: IPv4 parts may have leading zeros).
bool parseIP(const QString &value, bool *isIPv6 = nullptr);
bool parseCIDR(const QString &value);

// The field errors of the shared helpers (path given, errors returned in upstream order).
QList<FieldError> validateLabels(const Labels &labels, const QString &path);
QList<FieldError> validateIP(const QString &value, const QString &path); // IsValidIP
QList<FieldError> validateNonSpecialIP(const QString &value, const QString &path);
QList<FieldError> validateCIDR(const QString &value, const QString &path); // IsValidCIDR

// The supported values, sorted as sets.List sorts them.
QStringList serviceTypes();  // ClusterIP, ExternalName, LoadBalancer, NodePort
QStringList portProtocols(); // SCTP, TCP, UDP

} // namespace hopscope::apivalidation
