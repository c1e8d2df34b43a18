#include "core/lint/objectlint.h"

#include "core/api/apivalidation.h"
#include "core/model/cluster.h"
#include "core/api/fielderror.h"
#include "core/api/servicevalidation.h"

#include "core/lint/linttr.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hopscope {

namespace {

QString effectiveNs(const ObjectMeta &meta)
{
    return meta.ns.isEmpty() ? QStringLiteral("default") : meta.ns;
}

bool written(const ServiceObject &s, int i, const char *field)
{
    return s.meta.marks.contains(
        QStringLiteral("spec.ports[%1].%2").arg(i).arg(QLatin1String(field)));
}

Diagnostic make(Severity severity, const char *code, const SourceLocation &where,
                const QString &message, const QString &hint, const QString &entity)
{
    return Diagnostic::make(severity, code, where, message, hint, entity);
}

// "targetPort: 80" for each field an item wrote, in the order a mapping is usually written.
QStringList writtenFields(const ServiceObject &s, int i)
{
    const ServicePortSpec &p = s.ports[i];
    QStringList fields;
    if (written(s, i, "name"))
        fields << QStringLiteral("name: %1").arg(p.name);
    if (written(s, i, "port"))
        fields << QStringLiteral("port: %1").arg(p.port);
    if (written(s, i, "targetPort"))
        fields << QStringLiteral("targetPort: %1").arg(p.targetPort.toString());
    if (written(s, i, "nodePort"))
        fields << QStringLiteral("nodePort: %1").arg(p.nodePort);
    if (written(s, i, "protocol"))
        fields << QStringLiteral("protocol: %1").arg(p.protocol);
    return fields;
}

void portsSplit(const ServiceObject &s, Diagnostics &out)
{
    const QList<int> split = splitPortItems(s);
    if (split.isEmpty())
        return;
    QStringList items;
    QStringList merged;
    QSet<QString> seen;
    bool conflict = false;
    for (int i = 0; i < s.ports.size(); ++i) {
        const QStringList fields = writtenFields(s, i);
        items << u'[' + fields.join(QStringLiteral(", ")) + u']';
        for (const QString &f : fields) {
            const QString name = f.section(u':', 0, 0);
            conflict = conflict || seen.contains(name);
            seen.insert(name);
            merged << f;
        }
    }
    // A ClusterIP Service has no nodePort: the fix does not suggest one.
    const bool nodePorts = s.type == u"NodePort" || s.type == u"LoadBalancer";
    if (!nodePorts)
        merged.removeIf([](const QString &f) { return f.startsWith(u"nodePort:"); });
    // The order a reader expects: port, targetPort, nodePort first.
    std::stable_sort(merged.begin(), merged.end(), [](const QString &a, const QString &b) {
        auto rank = [](const QString &f) {
            static const QStringList order = {
                QStringLiteral("name"), QStringLiteral("port"), QStringLiteral("targetPort"),
                QStringLiteral("nodePort"), QStringLiteral("protocol")};
            return order.indexOf(f.section(u':', 0, 0));
        };
        return rank(a) < rank(b);
    });
    QString hint;
    if (!conflict && merged.size() > 1) {
        QStringList rest = merged.mid(1);
        for (QString &f : rest)
            f = u'\'' + f + u'\'';
        hint = LintTr::tr("Write one item instead: '- %1', then %2 on the lines below it, lined up "
                          "with its first key.")
                   .arg(merged.first(), rest.join(QStringLiteral(", ")));
    } else if (!nodePorts) {
        hint = LintTr::tr("Each item under ports: is one port mapping; write port and targetPort "
                          "in the same item (no '-' before port:).");
    } else {
        hint = LintTr::tr("Each item under ports: is one port mapping; write targetPort, port and "
                          "nodePort in the same item (no '-' before port:).");
    }
    out << make(
        Severity::Error, "ports-split", locateField(s.meta, QStringLiteral("spec.ports")),
        LintTr::tr("the %1 items under ports: each hold part of one port mapping (%2): every "
                   "'- ' starts a new mapping, so Kubernetes reads %1 mappings and refuses the "
                   "ones without port:")
            .arg(s.ports.size())
            .arg(items.join(QStringLiteral(" "))),
        hint, serviceId(effectiveNs(s.meta), s.meta.name));
}

void ipv6(const ServiceObject &s, Diagnostics &out)
{
    const QString entity = serviceId(effectiveNs(s.meta), s.meta.name);
    const QString notModelled =
        LintTr::tr("Hopscope simulates an IPv4-only cluster and does not model IPv6 or dual-stack "
                   "Services (a real IPv4-only cluster refuses %1)");
    const QString hint = LintTr::tr("Leave ipFamilies, ipFamilyPolicy and clusterIP out to get the "
                                    "cluster's default: one IPv4 address.");
    for (int i = 0; i < s.ipFamilies.size(); ++i)
        if (s.ipFamilies[i] == u"IPv6")
            out << make(Severity::Warning, "ipv6-not-modelled",
                        locateField(s.meta, QStringLiteral("spec.ipFamilies[%1]").arg(i)),
                        notModelled.arg(QStringLiteral("ipFamilies: [IPv6]")), hint, entity);
    if (s.ipFamilyPolicy == u"RequireDualStack")
        out << make(Severity::Warning, "ipv6-not-modelled",
                    locateField(s.meta, QStringLiteral("spec.ipFamilyPolicy")),
                    notModelled.arg(QStringLiteral("ipFamilyPolicy: RequireDualStack")), hint,
                    entity);
    else if (s.ipFamilyPolicy == u"PreferDualStack")
        out << make(Severity::Info, "ipv6-not-modelled",
                    locateField(s.meta, QStringLiteral("spec.ipFamilyPolicy")),
                    LintTr::tr("PreferDualStack on an IPv4-only cluster gives the Service one IPv4 "
                               "address, which is what Hopscope shows; IPv6 is not modelled"),
                    QString(), entity);
    QStringList ips = s.clusterIPs;
    if (!s.clusterIP.isEmpty() && !ips.contains(s.clusterIP))
        ips.prepend(s.clusterIP);
    for (const QString &ip : ips) {
        bool v6 = false;
        if (apivalidation::parseIP(ip, &v6) && v6) {
            const QString field = s.meta.marks.contains(QStringLiteral("spec.clusterIPs"))
                                      ? QStringLiteral("spec.clusterIPs")
                                      : QStringLiteral("spec.clusterIP");
            out << make(Severity::Warning, "ipv6-not-modelled", locateField(s.meta, field),
                        notModelled.arg(QStringLiteral("clusterIP: %1").arg(ip)), hint, entity);
        }
    }
}

void affinity(const ServiceObject &s, Diagnostics &out)
{
    if (!s.sessionAffinityConfigPresent ||
        !(s.sessionAffinity.isEmpty() || s.sessionAffinity == u"None"))
        return;
    out << make(
        Severity::Warning, "affinity-config-ignored",
        locateField(s.meta, QStringLiteral("spec.sessionAffinityConfig")),
        LintTr::tr("sessionAffinityConfig has no effect: sessionAffinity is None, so the API "
                   "server drops it and each connection may go to a different pod"),
        LintTr::tr("Set sessionAffinity: ClientIP to keep each client on the same pod."),
        serviceId(effectiveNs(s.meta), s.meta.name));
}

void labels(const QString &kind, const ObjectMeta &meta, const QString &path, const Labels &labels,
            const QString &entity, Diagnostics &out)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QList<FieldError> errors;
        for (const QString &m : apivalidation::isQualifiedName(it.key()))
            errors << fielderror::invalid(path, it.key(), m);
        for (const QString &m : apivalidation::isValidLabelValue(it.value()))
            errors << fielderror::invalid(path, it.value(), m);
        for (const FieldError &e : errors)
            out << make(
                Severity::Error, "labels-invalid", locateField(meta, path + u'.' + it.key()),
                kubectlInvalid(kind, meta.name, {e}),
                LintTr::tr("Label keys and values use letters, digits, '-', '_' and '.', start "
                           "and end with a letter or digit, have no spaces and at most 63 "
                           "characters. Write each label on its own line as key: value."),
                entity);
    }
}

} // namespace

QList<int> splitPortItems(const ServiceObject &s)
{
    QList<int> split;
    if (s.ports.size() < 2)
        return split;
    for (int i = 0; i < s.ports.size(); ++i)
        if (!written(s, i, "port") &&
            (written(s, i, "targetPort") || written(s, i, "nodePort") || written(s, i, "name")))
            split << i;
    return split;
}

Diagnostics lintObjects(const ManifestSet &set, const ClusterSettings &settings)
{
    Q_UNUSED(settings);
    Diagnostics out;
    for (const ServiceObject &s : set.services) {
        portsSplit(s, out);
        ipv6(s, out);
        affinity(s, out);
    }
    for (const PodObject &p : set.pods)
        labels(QStringLiteral("Pod"), p.meta, QStringLiteral("metadata.labels"), p.meta.labels,
               podId(effectiveNs(p.meta), p.meta.name), out);
    for (const WorkloadObject &w : set.workloads) {
        const QString kind = workloadKindName(w.kind);
        const QString entity; // workloads are not scene entities; their pods are
        labels(kind, w.meta, QStringLiteral("metadata.labels"), w.meta.labels, entity, out);
        labels(kind, w.meta,
               w.kind == WorkloadKind::ReplicationController
                   ? QStringLiteral("spec.selector")
                   : QStringLiteral("spec.selector.matchLabels"),
               w.selector.matchLabels, entity, out);
        labels(kind, w.meta, QStringLiteral("spec.template.metadata.labels"), w.podTemplate.labels,
               entity, out);
    }
    return out;
}

Diagnostics checkObjects(const ManifestSet &set, const ClusterSettings &settings)
{
    Diagnostics out;
    for (const ServiceObject &s : set.services)
        out += validateService(s, settings);
    out += lintObjects(set, settings);
    return out;
}

} // namespace hopscope
