#include "core/api/servicevalidation.h"

#include "core/api/apivalidation.h"
#include "core/model/cluster.h"
#include "core/api/servicevalidation_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace hopscope {

namespace {

using namespace hopscope::apivalidation;
namespace fe = hopscope::fielderror;

const QString kClusterIP = QStringLiteral("ClusterIP");
const QString kNodePort = QStringLiteral("NodePort");
const QString kLoadBalancer = QStringLiteral("LoadBalancer");
const QString kExternalName = QStringLiteral("ExternalName");
const QString kSourceRangesAnnotation =
    QStringLiteral("service.beta.kubernetes.io/load-balancer-source-ranges");

struct Collector
{
    QList<ServiceFieldError> errors;

    void add(const FieldError &e, const QString &markPath = QString())
    {
        errors << ServiceFieldError{e, markPath.isEmpty() ? e.field : markPath};
    }
    void add(const QList<FieldError> &list, const QString &markPath = QString())
    {
        for (const FieldError &e : list)
            add(e, markPath);
    }
};

bool isHeadless(const ServiceObject &s)
{
    return s.clusterIPs.size() == 1 && s.clusterIPs.first() == u"None";
}

bool externallyAccessible(const ServiceObject &s)
{
    return s.type == kLoadBalancer || s.type == kNodePort ||
           (s.type == kClusterIP && !s.externalIPs.isEmpty());
}

QString portPath(int i)
{
    return QStringLiteral("spec.ports[%1]").arg(i);
}

// %#v of the key ValidateService builds for duplicate ports: core.ServicePort{Protocol, Port}.
QString servicePortKey(const QString &protocol, int port)
{
    return QStringLiteral("core.ServicePort{Name:\"\", Protocol:%1, AppProtocol:(*string)(nil), "
                          "Port:%2, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, "
                          "NodePort:0}")
        .arg(goQuote(protocol))
        .arg(port);
}

// NameIsDNS1035Label(name, prefix): a generateName may end in '-'.
QStringList dns1035Name(QString name, bool prefix)
{
    if (prefix && name.endsWith(u'-'))
        name.back() = u'a';
    return isDNS1035Label(name);
}

void validateMeta(const ServiceObject &s, Collector &c)
{
    if (!s.meta.generateName.isEmpty())
        for (const QString &m : dns1035Name(s.meta.generateName, true))
            c.add(fe::invalid(QStringLiteral("metadata.generateName"), s.meta.generateName, m));
    if (s.meta.name.isEmpty()) {
        c.add(fe::required(QStringLiteral("metadata.name"),
                           QStringLiteral("name or generateName is required")));
    } else {
        for (const QString &m : dns1035Name(s.meta.name, false))
            c.add(fe::invalid(QStringLiteral("metadata.name"), s.meta.name, m));
    }
    for (const QString &m : isDNS1123Label(s.meta.ns))
        c.add(fe::invalid(QStringLiteral("metadata.namespace"), s.meta.ns, m));
    for (auto it = s.meta.labels.cbegin(); it != s.meta.labels.cend(); ++it) {
        const QString mark = QStringLiteral("metadata.labels.") + it.key();
        for (const QString &m : isQualifiedName(it.key()))
            c.add(fe::invalid(QStringLiteral("metadata.labels"), it.key(), m), mark);
        for (const QString &m : isValidLabelValue(it.value()))
            c.add(fe::invalid(QStringLiteral("metadata.labels"), it.value(), m), mark);
    }
    for (auto it = s.meta.annotations.cbegin(); it != s.meta.annotations.cend(); ++it)
        for (const QString &m : isQualifiedName(it.key().toLower()))
            c.add(fe::invalid(QStringLiteral("metadata.annotations"), it.key(), m),
                  QStringLiteral("metadata.annotations.") + it.key());
}

void validatePort(const ServicePortSpec &sp, int i, bool requireName, QSet<QString> &names,
                  Collector &c)
{
    const QString path = portPath(i);
    if (requireName && sp.name.isEmpty()) {
        c.add(fe::required(path + QStringLiteral(".name")));
    } else if (!sp.name.isEmpty()) {
        for (const QString &m : isDNS1123Label(sp.name))
            c.add(fe::invalid(path + QStringLiteral(".name"), sp.name, m));
        if (names.contains(sp.name))
            c.add(fe::duplicate(path + QStringLiteral(".name"), sp.name));
        else
            names.insert(sp.name);
    }
    for (const QString &m : isValidPortNum(sp.port))
        c.add(fe::invalid(path + QStringLiteral(".port"), sp.port, m));
    if (sp.protocol.isEmpty())
        c.add(fe::required(path + QStringLiteral(".protocol")));
    else if (!portProtocols().contains(sp.protocol))
        c.add(fe::notSupported(path + QStringLiteral(".protocol"), sp.protocol, portProtocols()));
    if (sp.targetPort.isInt()) {
        for (const QString &m : isValidPortNum(sp.targetPort.intValue))
            c.add(fe::invalid(path + QStringLiteral(".targetPort"), sp.targetPort.intValue, m));
    } else if (sp.targetPort.isString()) {
        for (const QString &m : isValidPortName(sp.targetPort.strValue))
            c.add(fe::invalid(path + QStringLiteral(".targetPort"), sp.targetPort.strValue, m));
    }
    if (!sp.appProtocol.isEmpty())
        for (const QString &m : isQualifiedName(sp.appProtocol))
            c.add(fe::invalid(path + QStringLiteral(".appProtocol"), sp.appProtocol, m));
}

// ValidateServiceClusterIPsRelatedFields.
void validateClusterIPs(const ServiceObject &s, Collector &c)
{
    if (s.type == kExternalName)
        return;
    const QString ipsField = QStringLiteral("spec.clusterIPs");
    const QString ips = goStringSlice(s.clusterIPs);
    if (!s.clusterIP.isEmpty()) {
        if (s.clusterIPs.isEmpty())
            c.add(fe::required(ipsField));
        else if (s.clusterIPs.first() != s.clusterIP)
            c.add(fe::invalidRendered(ipsField, ips,
                                      QStringLiteral("first value must match "
                                                     "`clusterIP`")));
    } else if (!s.clusterIPs.isEmpty()) {
        c.add(fe::invalidRendered(
            ipsField, ips, QStringLiteral("must be empty when `clusterIP` is not specified")));
    }
    const QStringList families = {QStringLiteral("IPv4"), QStringLiteral("IPv6")};
    QSet<QString> seen;
    for (int i = 0; i < s.ipFamilies.size(); ++i) {
        const QString path = QStringLiteral("spec.ipFamilies[%1]").arg(i);
        const QString &family = s.ipFamilies[i];
        if (!families.contains(family))
            c.add(fe::notSupported(path, family, families));
        if (seen.contains(family))
            c.add(fe::duplicate(path, family));
        seen.insert(family);
    }
    const QStringList policies = {QStringLiteral("PreferDualStack"),
                                  QStringLiteral("RequireDualStack"),
                                  QStringLiteral("SingleStack")};
    if (!s.ipFamilyPolicy.isEmpty() && !policies.contains(s.ipFamilyPolicy))
        c.add(fe::notSupported(QStringLiteral("spec.ipFamilyPolicy"), s.ipFamilyPolicy, policies));

    bool hasInvalidIPs = false;
    for (int i = 0; i < s.clusterIPs.size(); ++i) {
        if (i == 0 && s.clusterIPs[i] == u"None") {
            if (s.clusterIPs.size() > 1) {
                hasInvalidIPs = true;
                c.add(fe::invalidRendered(
                    ipsField, ips, QStringLiteral("'None' must be the first and only value")));
            }
            continue;
        }
        const QList<FieldError> errs =
            validateIP(s.clusterIPs[i], QStringLiteral("spec.clusterIPs[%1]").arg(i));
        hasInvalidIPs = hasInvalidIPs || !errs.isEmpty();
        c.add(errs);
    }
    if (s.clusterIPs.size() > 2)
        c.add(fe::invalidRendered(ipsField, ips, QStringLiteral("may only hold up to 2 values")));
    if (hasInvalidIPs)
        return;
    if (s.clusterIPs.size() > 1) {
        int v4 = 0, v6 = 0;
        for (const QString &ip : s.clusterIPs) {
            bool isV6 = false;
            parseIP(ip, &isV6);
            (isV6 ? v6 : v4)++;
        }
        if (v4 == 0 || v6 == 0)
            c.add(fe::invalidRendered(ipsField, ips,
                                      QStringLiteral("may specify no more than one IP for each IP "
                                                     "family")));
    }
    if (!isHeadless(s) && !s.clusterIPs.isEmpty() && !s.ipFamilies.isEmpty()) {
        for (int i = 0; i < s.clusterIPs.size() && i < s.ipFamilies.size(); ++i) {
            bool isV6 = false;
            parseIP(s.clusterIPs[i], &isV6);
            const QString path = QStringLiteral("spec.clusterIPs[%1]").arg(i);
            if (s.ipFamilies[i] == u"IPv4" && isV6)
                c.add(fe::invalid(path, s.clusterIPs[i],
                                  QStringLiteral("expected an IPv4 value as indicated by "
                                                 "`ipFamilies[%1]`")
                                      .arg(i)));
            if (s.ipFamilies[i] == u"IPv6" && !isV6)
                c.add(fe::invalid(path, s.clusterIPs[i],
                                  QStringLiteral("expected an IPv6 value as indicated by "
                                                 "`ipFamilies[%1]`")
                                      .arg(i)));
        }
    }
}

void validateTrafficPolicies(const ServiceObject &s, Collector &c)
{
    const QString etp = QStringLiteral("spec.externalTrafficPolicy");
    const QStringList policies = {QStringLiteral("Cluster"), QStringLiteral("Local")};
    if (!externallyAccessible(s)) {
        if (!s.externalTrafficPolicy.isEmpty())
            c.add(
                fe::invalid(etp, s.externalTrafficPolicy,
                            QStringLiteral("may only be set for externally-accessible services")));
    } else if (s.externalTrafficPolicy.isEmpty()) {
        c.add(fe::required(etp));
    } else if (!policies.contains(s.externalTrafficPolicy)) {
        c.add(fe::notSupported(etp, s.externalTrafficPolicy, policies));
    }
    const QString hc = QStringLiteral("spec.healthCheckNodePort");
    const bool needsHealthCheck = s.type == kLoadBalancer && s.externalTrafficPolicy == u"Local";
    if (!needsHealthCheck) {
        if (s.healthCheckNodePort != 0)
            c.add(fe::invalid(hc, s.healthCheckNodePort,
                              QStringLiteral("may only be set when `type` is 'LoadBalancer' and "
                                             "`externalTrafficPolicy` is 'Local'")));
    } else if (s.healthCheckNodePort != 0) {
        // 0 is not an error here: the registry allocates one before validation runs.
        for (const QString &m : isValidPortNum(s.healthCheckNodePort))
            c.add(fe::invalid(hc, s.healthCheckNodePort, m));
    }
    // validateServiceInternalTrafficFieldsValue
    if (s.internalTrafficPolicy.isEmpty()) {
        if (s.type == kNodePort || s.type == kLoadBalancer || s.type == kClusterIP)
            c.add(fe::required(QStringLiteral("spec.internalTrafficPolicy")));
    } else if (!policies.contains(s.internalTrafficPolicy)) {
        c.add(fe::notSupported(QStringLiteral("spec.internalTrafficPolicy"),
                               s.internalTrafficPolicy, policies));
    }
}

QList<ServiceFieldError> validate(const ServiceObject &s)
{
    // The registry's BeginCreate checks the IP fields first and stops when they are wrong.
    Collector pre;
    validateClusterIPs(s, pre);
    if (!pre.errors.isEmpty())
        return pre.errors;

    Collector c;
    validateMeta(s, c);
    const bool headless = isHeadless(s);
    if (s.ports.isEmpty() && !headless && s.type != kExternalName)
        c.add(fe::required(QStringLiteral("spec.ports")));
    if (s.type == kLoadBalancer || s.type == kNodePort) {
        if (headless)
            c.add(
                fe::invalid(QStringLiteral("spec.clusterIPs[0]"), s.clusterIPs.first(),
                            QStringLiteral("may not be set to 'None' for %1 services").arg(s.type)),
                QStringLiteral("spec.clusterIP"));
    } else if (s.type == kExternalName) {
        const QString forbidden = QStringLiteral("may not be set for ExternalName services");
        if (!s.clusterIPs.isEmpty())
            c.add(fe::forbidden(QStringLiteral("spec.clusterIPs"), forbidden),
                  s.meta.marks.contains(QStringLiteral("spec.clusterIPs"))
                      ? QStringLiteral("spec.clusterIPs")
                      : QStringLiteral("spec.clusterIP"));
        if (!s.ipFamilies.isEmpty())
            c.add(fe::forbidden(QStringLiteral("spec.ipFamilies"), forbidden));
        if (!s.ipFamilyPolicy.isEmpty())
            c.add(fe::forbidden(QStringLiteral("spec.ipFamilyPolicy"), forbidden));
        QString cname = s.externalName;
        if (cname.endsWith(u'.'))
            cname.chop(1);
        if (!cname.isEmpty()) {
            for (const QString &m : isDNS1123Subdomain(cname))
                c.add(fe::invalid(QStringLiteral("spec.externalName"), cname, m));
        } else {
            c.add(fe::required(QStringLiteral("spec.externalName")));
        }
    }

    QSet<QString> names;
    for (int i = 0; i < s.ports.size(); ++i)
        validatePort(s.ports[i], i, s.ports.size() > 1, names, c);

    if (s.selectorPresent) {
        for (auto it = s.selector.cbegin(); it != s.selector.cend(); ++it) {
            const QString mark = QStringLiteral("spec.selector.") + it.key();
            for (const QString &m : isQualifiedName(it.key()))
                c.add(fe::invalid(QStringLiteral("spec.selector"), it.key(), m), mark);
            for (const QString &m : isValidLabelValue(it.value()))
                c.add(fe::invalid(QStringLiteral("spec.selector"), it.value(), m), mark);
        }
    }

    const QStringList affinities = {QStringLiteral("ClientIP"), QStringLiteral("None")};
    if (s.sessionAffinity.isEmpty())
        c.add(fe::required(QStringLiteral("spec.sessionAffinity")));
    else if (!affinities.contains(s.sessionAffinity))
        c.add(fe::notSupported(QStringLiteral("spec.sessionAffinity"), s.sessionAffinity,
                               affinities));
    if (s.sessionAffinity == u"ClientIP" && s.affinityTimeoutSeconds) {
        const int t = *s.affinityTimeoutSeconds;
        if (t <= 0 || t > 86400)
            c.add(fe::invalid(QStringLiteral("spec.sessionAffinityConfig.clientIP.timeoutSeconds"),
                              t, QStringLiteral("must be greater than 0 and less than 86400")));
    } else if (s.sessionAffinity == u"None" && s.sessionAffinityConfigPresent) {
        c.add(fe::forbidden(QStringLiteral("spec.sessionAffinityConfig"),
                            QStringLiteral("must not be set when session affinity is None")));
    }

    validateClusterIPs(s, c);

    for (int i = 0; i < s.externalIPs.size(); ++i) {
        const QString path = QStringLiteral("spec.externalIPs[%1]").arg(i);
        const QList<FieldError> errs = validateIP(s.externalIPs[i], path);
        c.add(errs.isEmpty() ? validateNonSpecialIP(s.externalIPs[i], path) : errs);
    }

    if (s.type.isEmpty())
        c.add(fe::required(QStringLiteral("spec.type")));
    else if (!serviceTypes().contains(s.type))
        c.add(fe::notSupported(QStringLiteral("spec.type"), s.type, serviceTypes()));

    if (s.type == kClusterIP)
        for (int i = 0; i < s.ports.size(); ++i)
            if (s.ports[i].nodePort != 0)
                c.add(fe::forbidden(portPath(i) + QStringLiteral(".nodePort"),
                                    QStringLiteral("may not be used when `type` is 'ClusterIP'")));

    QSet<QString> nodePorts;
    for (int i = 0; i < s.ports.size(); ++i) {
        const ServicePortSpec &p = s.ports[i];
        if (p.nodePort == 0)
            continue;
        const QString key = p.protocol + u'/' + QString::number(p.nodePort);
        if (nodePorts.contains(key))
            c.add(fe::duplicate(portPath(i) + QStringLiteral(".nodePort"), p.nodePort));
        nodePorts.insert(key);
    }
    QSet<QString> ports;
    for (int i = 0; i < s.ports.size(); ++i) {
        const ServicePortSpec &p = s.ports[i];
        const QString key = p.protocol + u'/' + QString::number(p.port);
        if (ports.contains(key))
            c.add(fe::duplicateRendered(portPath(i), servicePortKey(p.protocol, p.port)));
        ports.insert(key);
    }

    if (!s.loadBalancerSourceRanges.isEmpty()) {
        // The capital L is upstream's own field path.
        const QString path = QStringLiteral("spec.LoadBalancerSourceRanges");
        if (s.type != kLoadBalancer)
            c.add(fe::forbidden(path, QStringLiteral("may only be used when `type` is "
                                                     "'LoadBalancer'")),
                  QStringLiteral("spec.loadBalancerSourceRanges"));
        for (int i = 0; i < s.loadBalancerSourceRanges.size(); ++i)
            c.add(validateCIDR(s.loadBalancerSourceRanges[i].trimmed(),
                               path + QStringLiteral("[%1]").arg(i)),
                  QStringLiteral("spec.loadBalancerSourceRanges[%1]").arg(i));
    } else if (s.meta.annotations.contains(kSourceRangesAnnotation)) {
        const QString path =
            QStringLiteral("metadata.annotations[%1]").arg(kSourceRangesAnnotation);
        const QString mark = QStringLiteral("metadata.annotations.") + kSourceRangesAnnotation;
        if (s.type != kLoadBalancer)
            c.add(fe::forbidden(path, QStringLiteral("may only be used when `type` is "
                                                     "'LoadBalancer'")),
                  mark);
        const QString value = s.meta.annotations.value(kSourceRangesAnnotation).trimmed();
        if (!value.isEmpty())
            for (const QString &cidr : value.split(u','))
                c.add(validateCIDR(cidr.trimmed(), path), mark);
    }

    if (s.allocateLoadBalancerNodePorts && s.type != kLoadBalancer)
        c.add(fe::forbidden(QStringLiteral("spec.allocateLoadBalancerNodePorts"),
                            QStringLiteral("may only be used when `type` is 'LoadBalancer'")));
    if (s.type == kLoadBalancer && !s.allocateLoadBalancerNodePorts)
        c.add(fe::required(QStringLiteral("allocateLoadBalancerNodePorts")));

    validateTrafficPolicies(s, c);
    return c.errors;
}

} // namespace

ServiceObject serviceWithApiDefaults(const ServiceObject &in)
{
    ServiceObject s = in;
    if (s.meta.ns.isEmpty())
        s.meta.ns = QStringLiteral("default");
    if (s.sessionAffinity.isEmpty())
        s.sessionAffinity = QStringLiteral("None");
    if (s.sessionAffinity == u"None") {
        s.sessionAffinityConfigPresent = false;
        s.affinityTimeoutSeconds.reset();
    } else if (s.sessionAffinity == u"ClientIP" && !s.affinityTimeoutSeconds) {
        s.sessionAffinityConfigPresent = true;
        s.affinityTimeoutSeconds = 10800;
    }
    if (s.type.isEmpty())
        s.type = kClusterIP;
    for (ServicePortSpec &p : s.ports) {
        if (p.protocol.isEmpty())
            p.protocol = QStringLiteral("TCP");
        if (p.targetPort.isUnset() || (p.targetPort.isInt() && p.targetPort.intValue == 0) ||
            (p.targetPort.isString() && p.targetPort.strValue.isEmpty()))
            p.targetPort = IntOrString::fromInt(p.port);
    }
    if (externallyAccessible(s) && s.externalTrafficPolicy.isEmpty())
        s.externalTrafficPolicy = QStringLiteral("Cluster");
    if (s.internalTrafficPolicy.isEmpty() &&
        (s.type == kNodePort || s.type == kLoadBalancer || s.type == kClusterIP))
        s.internalTrafficPolicy = QStringLiteral("Cluster");
    if (s.type == kLoadBalancer && !s.allocateLoadBalancerNodePorts)
        s.allocateLoadBalancerNodePorts = true;
    // normalizeClusterIPs (registry, on create): the singular field initialises the plural.
    if (!s.clusterIP.isEmpty() && s.clusterIPs.isEmpty())
        s.clusterIPs = QStringList{s.clusterIP};
    return s;
}

QList<ServiceFieldError> serviceFieldErrors(const ServiceObject &service)
{
    return validate(serviceWithApiDefaults(service));
}

SourceLocation locateField(const ObjectMeta &meta, const QString &path)
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = meta.marks.constFind(p);
        if (it != meta.marks.cend())
            return it.value();
        // "a.b[2].c" → "a.b[2]" → "a.b" → "a"
        const qsizetype dot = p.lastIndexOf(u'.');
        const qsizetype bracket = p.lastIndexOf(u'[');
        const qsizetype cut = std::max(dot, bracket);
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return meta.where;
}

Diagnostics validateService(const ServiceObject &service, const ClusterSettings &settings)
{
    Diagnostics out;
    const QList<ServiceFieldError> errors = serviceFieldErrors(service);
    const QString ns = service.meta.ns.isEmpty() ? QStringLiteral("default") : service.meta.ns;
    for (const ServiceFieldError &e : errors) {
        // The registry copies clusterIP into clusterIPs: point at what the manifest wrote.
        QString mark = e.markPath;
        if (mark.startsWith(u"spec.clusterIPs") &&
            !service.meta.marks.contains(QStringLiteral("spec.clusterIPs")))
            mark = QStringLiteral("spec.clusterIP");
        out << Diagnostic::make(
            Severity::Error, "service-invalid", locateField(service.meta, mark),
            kubectlInvalid(QStringLiteral("Service"), service.meta.name, {e.error}),
            detail::serviceErrorHint(e.error, service, settings), serviceId(ns, service.meta.name));
    }
    return out;
}

QString kubectlServiceError(const ServiceObject &service)
{
    QList<FieldError> causes;
    for (const ServiceFieldError &e : serviceFieldErrors(service))
        causes << e.error;
    if (causes.isEmpty())
        return QString();
    return kubectlInvalid(QStringLiteral("Service"), service.meta.name, causes);
}

} // namespace hopscope
