#include "servicevalidation.h"

#include "apivalidation.h"
#include "cluster.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace hopscope {

// Translation context of the hints.
class ServiceValidationTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::ServiceValidation)
};

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
            c.add(fe::invalidRendered(ipsField, ips, QStringLiteral("first value must match "
                                                                   "`clusterIP`")));
    } else if (!s.clusterIPs.isEmpty()) {
        c.add(fe::invalidRendered(ipsField, ips,
                                  QStringLiteral("must be empty when `clusterIP` is not specified")));
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
                                  QStringLiteral("RequireDualStack"), QStringLiteral("SingleStack")};
    if (!s.ipFamilyPolicy.isEmpty() && !policies.contains(s.ipFamilyPolicy))
        c.add(fe::notSupported(QStringLiteral("spec.ipFamilyPolicy"), s.ipFamilyPolicy, policies));

    bool hasInvalidIPs = false;
    for (int i = 0; i < s.clusterIPs.size(); ++i) {
        if (i == 0 && s.clusterIPs[i] == u"None") {
            if (s.clusterIPs.size() > 1) {
                hasInvalidIPs = true;
                c.add(fe::invalidRendered(ipsField, ips,
                                          QStringLiteral("'None' must be the first and only value")));
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
            c.add(fe::invalid(etp, s.externalTrafficPolicy,
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
            c.add(fe::invalid(QStringLiteral("spec.clusterIPs[0]"), s.clusterIPs.first(),
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
        const QString path = QStringLiteral("metadata.annotations[%1]").arg(kSourceRangesAnnotation);
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

QString splitHint()
{
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

// A hint in the student's language for one cause (the API text itself stays verbatim).
QString hintFor(const FieldError &e, const ServiceObject &original, const ClusterSettings &settings)
{
    using T = FieldError::Type;
    static const QRegularExpression indexes(QStringLiteral("\\[\\d+\\]"));
    QString field = e.field;
    field.replace(indexes, QStringLiteral("[]"));
    const int port = portIndex(e.field);
    auto tr = [](const char *s) { return ServiceValidationTr::tr(s); };

    if (field == u"spec.ports" && e.type == T::Required)
        return tr("A Service needs at least one entry under ports: (- port: 80), unless it is "
                  "headless (clusterIP: None).");
    if (field == u"spec.ports[].name") {
        if (e.type == T::Required)
            return hasSplitItem(original)
                       ? splitHint()
                       : tr("With more than one port, each port needs a name (name: http), so "
                            "that the ports can be told apart.");
        if (e.type == T::Duplicate)
            return tr("Each port of a Service needs its own name.");
        return tr("A port name is lower-case letters, digits and '-' (http, metrics-2).");
    }
    if (field == u"spec.ports[].port") {
        if (!written(original, port, "port"))
            return isSplitItem(original, port)
                       ? splitHint()
                       : tr("Every item under ports: needs port: (the port the Service listens "
                            "on).");
        return tr("A port number is between 1 and 65535.");
    }
    if (field == u"spec.ports[].targetPort") {
        if (!written(original, port, "targetPort") && !written(original, port, "port"))
            return splitHint();
        if (original.ports.value(port).targetPort.isString())
            return tr("A named targetPort must be the name of a containerPort: lower-case "
                      "letters, digits and '-', at most 15 characters, at least one letter. To "
                      "use a number, write it without quotes.");
        return tr("targetPort is the container's port: a number between 1 and 65535, or the "
                  "name of a containerPort.");
    }
    if (field == u"spec.ports[].protocol") {
        const QString match = caseInsensitiveMatch(original.ports.value(port).protocol,
                                                   apivalidation::portProtocols());
        if (!match.isEmpty())
            return tr("Protocols are written in capitals: %1.").arg(match);
        return tr("The protocol is TCP (the default), UDP or SCTP. HTTP is not a Service "
                  "protocol: HTTP runs over TCP.");
    }
    if (field == u"spec.ports[].appProtocol")
        return tr("appProtocol is a name such as http, or a prefixed one such as "
                  "kubernetes.io/h2c.");
    if (field == u"spec.ports[]" && e.type == T::Duplicate)
        return isSplitItem(original, port)
                   ? splitHint()
                   : tr("Two items under ports: use the same port and protocol; a port number "
                        "can appear once per protocol.");
    if (field == u"spec.ports[].nodePort") {
        if (e.type == T::Forbidden)
            return tr("A ClusterIP Service is reachable only inside the cluster, so it has no "
                      "nodePort. To open the port on every node, set type: NodePort.");
        return tr("Each port of a Service needs its own nodePort.");
    }
    if (field == u"spec.type") {
        const QString match = caseInsensitiveMatch(original.type, apivalidation::serviceTypes());
        if (!match.isEmpty())
            return tr("Values are case-sensitive: did you mean %1?").arg(match);
        return tr("type is ClusterIP (the default), NodePort, LoadBalancer or ExternalName.");
    }
    if (field == u"spec.selector" || field == u"metadata.labels")
        return tr("Label keys and values use letters, digits, '-', '_' and '.', start and end "
                  "with a letter or digit, have no spaces and at most 63 characters. Write each "
                  "label on its own line as key: value.");
    if (field == u"metadata.name" || field == u"metadata.generateName")
        return tr("A Service's name becomes a DNS name (name.namespace.svc.%1): use lower-case "
                  "letters, digits and '-', starting with a letter (web-svc, not Web_Svc or "
                  "1web).")
            .arg(settings.clusterDomain);
    if (field == u"metadata.namespace")
        return tr("A namespace name is lower-case letters, digits and '-'.");
    if (field.startsWith(u"metadata.annotations"))
        return tr("Annotation keys follow the label-key rules: an optional prefix such as "
                  "example.com/ and a name.");
    if (field.startsWith(u"spec.clusterIPs") && e.detail.startsWith(u"may not be set to 'None'"))
        return tr("A headless Service (clusterIP: None) has no virtual IP, so there is nothing "
                  "for a node port or a load balancer to forward to. Remove clusterIP: None, or "
                  "use type: ClusterIP.");
    if (field.startsWith(u"spec.clusterIPs"))
        return tr("clusterIP is an address inside the service range (%1), or None for a "
                  "headless Service; leave it out to let Kubernetes choose one.")
            .arg(settings.serviceCidr);
    if (field.startsWith(u"spec.ipFamil"))
        return tr("ipFamilies lists IPv4 and/or IPv6; ipFamilyPolicy is SingleStack, "
                  "PreferDualStack or RequireDualStack.");
    if (field == u"spec.externalIPs[]")
        return tr("An external IP is an address that routes to a node, such as 192.168.1.100: "
                  "not 0.0.0.0, 127.x.x.x or 169.254.x.x.");
    if (field == u"spec.externalName")
        return e.type == T::Required
                   ? tr("An ExternalName Service is a DNS alias: write the target host name "
                        "under externalName: (db.example.com).")
                   : tr("externalName is a DNS name (db.example.com), not a URL or an IP "
                        "address.");
    if (field == u"spec.sessionAffinity")
        return tr("sessionAffinity is None (the default) or ClientIP.");
    if (field == u"spec.sessionAffinityConfig.clientIP.timeoutSeconds")
        return tr("The ClientIP timeout is in seconds, from 1 to 86400 (one day); the default is "
                  "10800 (three hours).");
    if (field.startsWith(u"spec.LoadBalancerSourceRanges") ||
        field.startsWith(u"metadata.annotations["))
        return e.type == T::Forbidden
                   ? tr("Source ranges tell a cloud load balancer which clients to accept: they "
                        "only apply to type: LoadBalancer.")
                   : tr("Write each source range as a CIDR such as 203.0.113.0/24.");
    if (field == u"spec.allocateLoadBalancerNodePorts")
        return tr("allocateLoadBalancerNodePorts only applies to type: LoadBalancer.");
    if (field == u"spec.externalTrafficPolicy")
        return e.type == T::Invalid
                   ? tr("externalTrafficPolicy is about traffic from outside the cluster: it "
                        "applies to NodePort and LoadBalancer Services (or ones with "
                        "externalIPs). Remove it, or change the type.")
                   : tr("externalTrafficPolicy is Cluster (the default: any node forwards to any "
                        "pod, and the client address is rewritten) or Local (only pods on the "
                        "receiving node; the client address is kept).");
    if (field == u"spec.healthCheckNodePort")
        return tr("healthCheckNodePort is used only by type: LoadBalancer with "
                  "externalTrafficPolicy: Local, and Kubernetes picks it for you.");
    if (field == u"spec.internalTrafficPolicy")
        return tr("internalTrafficPolicy is Cluster (the default) or Local.");
    return QString();
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
        Diagnostic d;
        d.severity = Severity::Error;
        d.code = QStringLiteral("service-invalid");
        // The registry copies clusterIP into clusterIPs: point at what the manifest wrote.
        QString mark = e.markPath;
        if (mark.startsWith(u"spec.clusterIPs") &&
            !service.meta.marks.contains(QStringLiteral("spec.clusterIPs")))
            mark = QStringLiteral("spec.clusterIP");
        d.where = locateField(service.meta, mark);
        d.message = kubectlInvalid(QStringLiteral("Service"), service.meta.name, {e.error});
        d.hint = hintFor(e.error, service, settings);
        d.entity = serviceId(ns, service.meta.name);
        out << d;
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
