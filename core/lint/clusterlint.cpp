#include "core/lint/clusterlint.h"

#include "core/api/servicevalidation.h"

#include "core/lint/linttr.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace hopscope {

namespace {

QString selectorText(const Labels &selector)
{
    QStringList parts;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u',');
}

bool selects(const Labels &selector, const Labels &labels)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || found.value() != it.value())
            return false;
    }
    return true;
}

// "web-1, web-2 and 3 more"
QString podList(const QList<const PodInfo *> &pods)
{
    QStringList names;
    for (int i = 0; i < pods.size() && i < 3; ++i)
        names << pods[i]->name;
    QString text = names.join(QStringLiteral(", "));
    if (pods.size() > 3)
        text += LintTr::tr(" and %1 more").arg(pods.size() - 3);
    return text;
}

QString labelKey(const QString &ns, const QString &key, const QString &value)
{
    return ns + u'\x1f' + key + u'=' + value;
}

struct Context
{
    const Cluster &cluster;
    QHash<QString, const ServiceObject *> objects; // by service id
    // The user's pods by namespace and label (in the cluster's order), so that a Service's
    // pods are found among those with one of its labels, not among all the pods (a dump holds
    // thousands of Services and pods).
    QHash<QString, QList<const PodInfo *>> byLabel;

    void indexPods()
    {
        for (const PodInfo &p : cluster.pods) {
            if (p.system)
                continue;
            for (auto it = p.labels.cbegin(); it != p.labels.cend(); ++it)
                byLabel[labelKey(p.ns, it.key(), it.value())] << &p;
        }
    }
    // The pods that carry the rarest label of a (non-empty) selector.
    QList<const PodInfo *> candidates(const ServiceInfo &svc) const
    {
        QList<const PodInfo *> best;
        bool first = true;
        for (auto it = svc.selector.cbegin(); it != svc.selector.cend(); ++it) {
            const QList<const PodInfo *> pods =
                byLabel.value(labelKey(svc.ns, it.key(), it.value()));
            if (first || pods.size() < best.size())
                best = pods;
            first = false;
            if (best.isEmpty())
                break;
        }
        return best;
    }

    SourceLocation locate(const ServiceInfo &svc, const QString &path) const
    {
        const ServiceObject *o = objects.value(svc.id);
        return o ? locateField(o->meta, path) : svc.where;
    }
};

Diagnostic make(Severity severity, const char *code, const SourceLocation &where,
                const QString &message, const QString &hint, const QString &entity)
{
    return Diagnostic::make(severity, code, where, message, hint, entity);
}

// The hint for a selector that matches nothing: the pods that come closest, and what differs.
QString closestPodsHint(const Context &ctx, const ServiceInfo &svc)
{
    int best = 0;
    QList<const PodInfo *> closest;
    QList<const PodInfo *> elsewhere;
    for (const PodInfo &p : ctx.cluster.pods) {
        if (p.system)
            continue;
        if (p.ns != svc.ns) {
            if (selects(svc.selector, p.labels))
                elsewhere << &p;
            continue;
        }
        int score = 0;
        for (auto it = svc.selector.cbegin(); it != svc.selector.cend(); ++it)
            score += p.labels.value(it.key(), QStringLiteral("\x01")) == it.value();
        if (score > best) {
            best = score;
            closest.clear();
        }
        if (score == best && score > 0)
            closest << &p;
    }
    if (!elsewhere.isEmpty())
        return LintTr::tr(
                   "Pods in namespace \"%1\" match (%2), but a Service selects only pods of its "
                   "own namespace \"%3\".")
            .arg(elsewhere.first()->ns, podList(elsewhere), svc.ns);
    if (closest.isEmpty())
        return LintTr::tr(
                   "No pod in namespace \"%1\" has any of these labels: compare the selector "
                   "with the labels under the pod template (spec.template.metadata.labels).")
            .arg(svc.ns);
    QStringList missing;
    const Labels &labels = closest.first()->labels;
    for (auto it = svc.selector.cbegin(); it != svc.selector.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend())
            missing << LintTr::tr("%1 (the pods have no %2 label)")
                           .arg(it.key() + u'=' + it.value(), it.key());
        else if (found.value() != it.value())
            missing << LintTr::tr("%1 (the pods have %2)")
                           .arg(it.key() + u'=' + it.value(), it.key() + u'=' + found.value());
    }
    return LintTr::tr(
               "The closest pods, %1, lack %2. A pod is selected only when it has every label "
               "of the selector.")
        .arg(podList(closest), missing.join(QStringLiteral(", ")));
}

void checkService(const Context &ctx, const ServiceInfo &svc, Diagnostics &out)
{
    if (svc.system || svc.type == ServiceType::ExternalName || svc.endpointsFromManifest)
        return;
    if (!svc.hasSelector) {
        out << make(
            Severity::Info, "service-no-selector", svc.where,
            LintTr::tr("this Service has no selector, so Kubernetes creates no endpoints for "
                       "it: it forwards nowhere unless an EndpointSlice or Endpoints object is "
                       "written for it"),
            LintTr::tr("Add a selector (selector:, then app: <label of the pods>) to send the "
                       "traffic to pods."),
            svc.id);
        return;
    }
    if (svc.selector.isEmpty())
        return;
    QList<const PodInfo *> selected;
    for (const PodInfo *p : ctx.candidates(svc))
        if (selects(svc.selector, p->labels))
            selected << p;
    if (selected.isEmpty()) {
        out << make(
            Severity::Warning, "selector-no-pods", ctx.locate(svc, QStringLiteral("spec.selector")),
            LintTr::tr("the selector %1 matches no pod in namespace \"%2\", so the Service has "
                       "no endpoints: kube-proxy REJECTs its traffic and clients get "
                       "\"connection refused\"")
                .arg(selectorText(svc.selector), svc.ns),
            closestPodsHint(ctx, svc), svc.id);
        return;
    }
    if (svc.isHeadless())
        return; // targetPort is ignored for headless Services
    for (int i = 0; i < svc.ports.size(); ++i) {
        const ServicePortInfo &sp = svc.ports[i];
        const QString path = QStringLiteral("spec.ports[%1].targetPort").arg(i);
        if (sp.targetPort.isInt()) {
            QStringList declared;
            bool found = false;
            for (const PodInfo *p : selected) {
                if (p->hostNetwork)
                    found = true; // the node's ports: nothing declared to compare with
                for (const PodPort &pp : p->ports) {
                    const QString text = QStringLiteral("%1/%2").arg(pp.port).arg(pp.protocol);
                    if (!declared.contains(text))
                        declared << text;
                    found =
                        found || (pp.port == sp.targetPort.intValue && pp.protocol == sp.protocol);
                }
            }
            if (found)
                continue;
            if (declared.isEmpty()) {
                out << make(
                    Severity::Info, "targetport-not-declared", ctx.locate(svc, path),
                    LintTr::tr("the selected pods (%1) declare no containerPort, so Hopscope "
                               "cannot tell whether anything listens on port %2")
                        .arg(podList(selected))
                        .arg(sp.targetPort.intValue),
                    LintTr::tr("containerPort is informational, but declaring it (ports: - "
                               "containerPort: %1) documents what the container listens on.")
                        .arg(sp.targetPort.intValue),
                    svc.id);
            } else {
                out << make(
                    Severity::Warning, "targetport-not-declared", ctx.locate(svc, path),
                    LintTr::tr("no container of the selected pods (%1) declares port %2/%3 "
                               "(they declare %4): traffic goes to a port nothing may listen "
                               "on, and the pod answers \"connection refused\"")
                        .arg(podList(selected))
                        .arg(sp.targetPort.intValue)
                        .arg(sp.protocol, declared.join(QStringLiteral(", "))),
                    LintTr::tr("targetPort is the port the container listens on: its "
                               "containerPort (here perhaps targetPort: %1).")
                        .arg(declared.first().section(u'/', 0, 0)),
                    svc.id);
            }
        } else if (sp.targetPort.isString()) {
            const QString name = sp.targetPort.strValue;
            QList<const PodInfo *> missing;
            bool otherProtocol = false;
            for (const PodInfo *p : selected) {
                bool has = false;
                for (const PodPort &pp : p->ports) {
                    if (pp.name != name)
                        continue;
                    has = has || pp.protocol == sp.protocol;
                    otherProtocol = otherProtocol || pp.protocol != sp.protocol;
                }
                if (!has)
                    missing << p;
            }
            if (missing.isEmpty())
                continue;
            const QString hint =
                otherProtocol
                    ? LintTr::tr("A named targetPort must match the name and the protocol of a "
                                 "containerPort: the pods name a %1 port \"%2\".")
                          .arg(sp.protocol == u"TCP" ? QStringLiteral("UDP/SCTP")
                                                     : QStringLiteral("TCP"),
                               name)
                    : LintTr::tr(
                          "A named targetPort refers to the name of a containerPort (ports: - "
                          "name: %1, containerPort: …); name the port in the pod template, or "
                          "use its number.")
                          .arg(name);
            if (missing.size() == selected.size())
                out << make(
                    Severity::Warning, "named-port-unresolved", ctx.locate(svc, path),
                    LintTr::tr("no selected pod (%1) has a %2 container port named \"%3\": the "
                               "endpoint controller leaves every pod out, so port %4 of the "
                               "Service has no endpoints and its traffic is REJECTed "
                               "(\"connection refused\")")
                        .arg(podList(selected), sp.protocol, name)
                        .arg(sp.port),
                    hint, svc.id);
            else
                out << make(
                    Severity::Warning, "named-port-unresolved", ctx.locate(svc, path),
                    LintTr::tr("%1 of the %2 selected pods (%3) have no %4 container port named "
                               "\"%5\": the endpoint controller leaves them out of port %6's "
                               "endpoints")
                        .arg(missing.size())
                        .arg(selected.size())
                        .arg(podList(missing), sp.protocol, name)
                        .arg(sp.port),
                    hint, svc.id);
        }
    }
}

} // namespace

Diagnostics lintCluster(const Cluster &cluster, const ManifestSet &manifests)
{
    Context ctx{cluster, {}, {}};
    ctx.indexPods();
    for (const ServiceObject &s : manifests.services)
        ctx.objects.insert(
            serviceId(s.meta.ns.isEmpty() ? QStringLiteral("default") : s.meta.ns, s.meta.name),
            &s);
    Diagnostics out;
    for (const ServiceInfo &svc : cluster.services)
        checkService(ctx, svc, out);
    return out;
}

} // namespace hopscope
