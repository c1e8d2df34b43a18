// The hints of Service validation: what each API error means for a student, and how to fix it.

#include "core/api/servicevalidation_p.h"

#include "core/api/apivalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hopscope {

// Translation context of the hints.
class ServiceValidationTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::ServiceValidation)
};

namespace {

QString portPath(int i)
{
    return QStringLiteral("spec.ports[%1]").arg(i);
}

bool written(const ServiceObject &s, int port, const char *field)
{
    return s.meta.marks.contains(portPath(port) + u'.' + QLatin1String(field));
}

int portIndex(const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^spec\\.ports\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = re.match(field);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// An item under ports: that has no port: but another port field: the "- " of a split mapping.
bool isSplitItem(const ServiceObject &s, int i)
{
    return i >= 0 && !written(s, i, "port") &&
           (written(s, i, "targetPort") || written(s, i, "nodePort") || written(s, i, "name"));
}

bool hasSplitItem(const ServiceObject &s)
{
    for (int i = 0; s.ports.size() > 1 && i < s.ports.size(); ++i)
        if (isSplitItem(s, i))
            return true;
    return false;
}

// Only a NodePort or LoadBalancer Service has a nodePort: a ClusterIP's hint does not name it.
bool hasNodePorts(const ServiceObject &s)
{
    return s.type == u"NodePort" || s.type == u"LoadBalancer";
}

QString splitHint(const ServiceObject &s)
{
    if (!hasNodePorts(s))
        return ServiceValidationTr::tr("Each item under ports: is one port mapping; write port "
                                       "and targetPort in the same item (no '-' before port:).");
    return ServiceValidationTr::tr(
        "Each item under ports: is one port mapping; write targetPort, port and nodePort in the "
        "same item (no '-' before port:).");
}

QString caseInsensitiveMatch(const QString &value, const QStringList &allowed)
{
    for (const QString &a : allowed)
        if (a.compare(value, Qt::CaseInsensitive) == 0)
            return a;
    return QString();
}

// The hints of the spec.ports fields (`field` with its indexes written as []).
QString portHint(const QString &field, const FieldError &e, const ServiceObject &original)
{
    using T = FieldError::Type;
    const int port = portIndex(e.field);
    if (field == u"spec.ports" && e.type == T::Required)
        return ServiceValidationTr::tr(
            "A Service needs at least one entry under ports: (- port: 80), unless it is "
            "headless (clusterIP: None).");
    if (field == u"spec.ports[].name") {
        if (e.type == T::Required)
            return hasSplitItem(original)
                       ? splitHint(original)
                       : ServiceValidationTr::tr(
                             "With more than one port, each port needs a name (name: http), so "
                             "that the ports can be told apart.");
        if (e.type == T::Duplicate)
            return ServiceValidationTr::tr("Each port of a Service needs its own name.");
        return ServiceValidationTr::tr(
            "A port name is lower-case letters, digits and '-' (http, metrics-2).");
    }
    if (field == u"spec.ports[].port") {
        if (!written(original, port, "port"))
            return isSplitItem(original, port)
                       ? splitHint(original)
                       : ServiceValidationTr::tr(
                             "Every item under ports: needs port: (the port the Service listens "
                             "on).");
        return ServiceValidationTr::tr("A port number is between 1 and 65535.");
    }
    if (field == u"spec.ports[].targetPort") {
        if (!written(original, port, "targetPort") && !written(original, port, "port"))
            return splitHint(original);
        if (original.ports.value(port).targetPort.isString())
            return ServiceValidationTr::tr(
                "A named targetPort must be the name of a containerPort: lower-case "
                "letters, digits and '-', at most 15 characters, at least one letter. To "
                "use a number, write it without quotes.");
        return ServiceValidationTr::tr(
            "targetPort is the container's port: a number between 1 and 65535, or the "
            "name of a containerPort.");
    }
    if (field == u"spec.ports[].protocol") {
        const QString match = caseInsensitiveMatch(original.ports.value(port).protocol,
                                                   apivalidation::portProtocols());
        if (!match.isEmpty())
            return ServiceValidationTr::tr("Protocols are written in capitals: %1.").arg(match);
        return ServiceValidationTr::tr(
            "The protocol is TCP (the default), UDP or SCTP. HTTP is not a Service "
            "protocol: HTTP runs over TCP.");
    }
    if (field == u"spec.ports[].appProtocol")
        return ServiceValidationTr::tr(
            "appProtocol is a name such as http, or a prefixed one such as "
            "kubernetes.io/h2c.");
    if (field == u"spec.ports[]" && e.type == T::Duplicate)
        return isSplitItem(original, port)
                   ? splitHint(original)
                   : ServiceValidationTr::tr(
                         "Two items under ports: use the same port and protocol; a port number "
                         "can appear once per protocol.");
    if (field == u"spec.ports[].nodePort") {
        if (e.type == T::Forbidden)
            return ServiceValidationTr::tr(
                "A ClusterIP Service is reachable only inside the cluster, so it has no "
                "nodePort. To open the port on every node, set type: NodePort.");
        return ServiceValidationTr::tr("Each port of a Service needs its own nodePort.");
    }
    return QString();
}

QString labelHint()
{
    return ServiceValidationTr::tr(
        "Label keys and values use letters, digits, '-', '_' and '.', start and end "
        "with a letter or digit, have no spaces and at most 63 characters. Write each "
        "label on its own line as key: value.");
}

QString metadataHint(const QString &field, const ClusterSettings &settings)
{
    if (field == u"metadata.labels")
        return labelHint();
    if (field == u"metadata.name" || field == u"metadata.generateName")
        return ServiceValidationTr::tr(
                   "A Service's name becomes a DNS name (name.namespace.svc.%1): use lower-case "
                   "letters, digits and '-', starting with a letter (web-svc, not Web_Svc or "
                   "1web).")
            .arg(settings.clusterDomain);
    if (field == u"metadata.namespace")
        return ServiceValidationTr::tr("A namespace name is lower-case letters, digits and '-'.");
    if (field.startsWith(u"metadata.annotations"))
        return ServiceValidationTr::tr(
            "Annotation keys follow the label-key rules: an optional prefix such as "
            "example.com/ and a name.");
    return QString();
}

// The hints of the other spec fields.
QString specHint(const QString &field, const FieldError &e, const ServiceObject &original,
                 const ClusterSettings &settings)
{
    using T = FieldError::Type;
    if (field == u"spec.type") {
        const QString match = caseInsensitiveMatch(original.type, apivalidation::serviceTypes());
        if (!match.isEmpty())
            return ServiceValidationTr::tr("Values are case-sensitive: did you mean %1?")
                .arg(match);
        return ServiceValidationTr::tr(
            "type is ClusterIP (the default), NodePort, LoadBalancer or ExternalName.");
    }
    if (field == u"spec.selector")
        return labelHint();
    if (field.startsWith(u"spec.clusterIPs") && e.detail.startsWith(u"may not be set to 'None'"))
        return ServiceValidationTr::tr(
            "A headless Service (clusterIP: None) has no virtual IP, so there is nothing "
            "for a node port or a load balancer to forward to. Remove clusterIP: None, or "
            "use type: ClusterIP.");
    if (field.startsWith(u"spec.clusterIPs"))
        return ServiceValidationTr::tr(
                   "clusterIP is an address inside the service range (%1), or None for a "
                   "headless Service; leave it out to let Kubernetes choose one.")
            .arg(settings.serviceCidr);
    if (field.startsWith(u"spec.ipFamil"))
        return ServiceValidationTr::tr(
            "ipFamilies lists IPv4 and/or IPv6; ipFamilyPolicy is SingleStack, "
            "PreferDualStack or RequireDualStack.");
    if (field == u"spec.externalIPs[]")
        return ServiceValidationTr::tr(
            "An external IP is an address that routes to a node, such as 192.168.1.100: "
            "not 0.0.0.0, 127.x.x.x or 169.254.x.x.");
    if (field == u"spec.externalName")
        return e.type == T::Required
                   ? ServiceValidationTr::tr(
                         "An ExternalName Service is a DNS alias: write the target host name "
                         "under externalName: (db.example.com).")
                   : ServiceValidationTr::tr(
                         "externalName is a DNS name (db.example.com), not a URL or an IP "
                         "address.");
    if (field == u"spec.sessionAffinity")
        return ServiceValidationTr::tr("sessionAffinity is None (the default) or ClientIP.");
    if (field == u"spec.sessionAffinityConfig.clientIP.timeoutSeconds")
        return ServiceValidationTr::tr(
            "The ClientIP timeout is in seconds, from 1 to 86400 (one day); the default is "
            "10800 (three hours).");
    if (field.startsWith(u"spec.LoadBalancerSourceRanges"))
        return e.type == T::Forbidden
                   ? ServiceValidationTr::tr(
                         "Source ranges tell a cloud load balancer which clients to accept: they "
                         "only apply to type: LoadBalancer.")
                   : ServiceValidationTr::tr(
                         "Write each source range as a CIDR such as 203.0.113.0/24.");
    if (field == u"spec.allocateLoadBalancerNodePorts")
        return ServiceValidationTr::tr(
            "allocateLoadBalancerNodePorts only applies to type: LoadBalancer.");
    if (field == u"spec.externalTrafficPolicy")
        return e.type == T::Invalid
                   ? ServiceValidationTr::tr(
                         "externalTrafficPolicy is about traffic from outside the cluster: it "
                         "applies to NodePort and LoadBalancer Services (or ones with "
                         "externalIPs). Remove it, or change the type.")
                   : ServiceValidationTr::tr(
                         "externalTrafficPolicy is Cluster (the default: any node forwards to any "
                         "pod, and the client address is rewritten) or Local (only pods on the "
                         "receiving node; the client address is kept).");
    if (field == u"spec.healthCheckNodePort")
        return ServiceValidationTr::tr(
            "healthCheckNodePort is used only by type: LoadBalancer with "
            "externalTrafficPolicy: Local, and Kubernetes picks it for you.");
    if (field == u"spec.internalTrafficPolicy")
        return ServiceValidationTr::tr("internalTrafficPolicy is Cluster (the default) or Local.");
    return QString();
}

// A hint in the student's language for one cause (the API text itself stays verbatim).
QString hintFor(const FieldError &e, const ServiceObject &original, const ClusterSettings &settings)
{
    static const QRegularExpression indexes(QStringLiteral("\\[\\d+\\]"));
    QString field = e.field;
    field.replace(indexes, QStringLiteral("[]"));
    if (field.startsWith(u"spec.ports"))
        return portHint(field, e, original);
    if (field.startsWith(u"metadata."))
        return metadataHint(field, settings);
    return specHint(field, e, original, settings);
}

} // namespace

QString detail::serviceErrorHint(const FieldError &error, const ServiceObject &original,
                                 const ClusterSettings &settings)
{
    return hintFor(error, original, settings);
}

} // namespace hopscope
