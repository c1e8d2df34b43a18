#include "core/classroom/whatif.h"

#include "core/base/koreanparticles.h"
#include "core/classroom/whatif_p.h"

#include <QCoreApplication>

namespace hopscope {

namespace {

struct KindName
{
    WhatIf::Kind kind;
    const char *keyword;
    bool hasValue;
    bool hasCount;
};

constexpr KindName kKinds[] = {
    {WhatIf::Kind::DeletePod, "delete-pod", false, false},
    {WhatIf::Kind::ScaleWorkload, "scale", false, true},
    {WhatIf::Kind::NodeDown, "node-down", false, false},
    {WhatIf::Kind::NodeUp, "node-up", false, false},
    {WhatIf::Kind::SetExternalTrafficPolicy, "external-traffic-policy", true, false},
    {WhatIf::Kind::SetInternalTrafficPolicy, "internal-traffic-policy", true, false},
    {WhatIf::Kind::SetSessionAffinity, "session-affinity", true, true},
    {WhatIf::Kind::SetServiceType, "service-type", true, false},
};

const KindName *kindEntry(WhatIf::Kind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return &k;
    return nullptr;
}

const KindName *kindEntry(const QString &keyword)
{
    for (const KindName &k : kKinds)
        if (keyword == QLatin1String(k.keyword))
            return &k;
    return nullptr;
}

// Whether the count is written: scale always, session-affinity only with a timeout.
bool writesCount(const WhatIf &w)
{
    const KindName *k = kindEntry(w.kind);
    if (!k || !k->hasCount)
        return false;
    return w.kind == WhatIf::Kind::ScaleWorkload || w.count != 0;
}

WhatIf make(WhatIf::Kind kind, const QString &target, const QString &value = {}, int count = 0)
{
    WhatIf w;
    w.kind = kind;
    w.target = target;
    w.value = value;
    w.count = count;
    return w;
}

// "svc/default/vote" → "vote"; "Deployment/default/vote" → "vote"
QString lastPart(const QString &id)
{
    const qsizetype slash = id.lastIndexOf(u'/');
    return slash < 0 ? id : id.mid(slash + 1);
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool validate(const WhatIf &w, QString *error)
{
    if (w.target.isEmpty() || w.target.contains(u' '))
        return fail(error, WhatIfTr::tr("The target must be one entity id without spaces."));
    const KindName *k = kindEntry(w.kind);
    if (k && k->hasValue && (w.value.isEmpty() || w.value.contains(u' ')))
        return fail(error, WhatIfTr::tr("\"%1\" needs a value.").arg(QLatin1String(k->keyword)));
    return true;
}

} // namespace

Diagnostic whatIfDiagnostic(Severity severity, const QString &code, const QString &message,
                            const QString &entity, const QString &hint)
{
    return Diagnostic::make(severity, code, SourceLocation{}, message, hint, entity);
}

WhatIf WhatIf::deletePod(const QString &podId)
{
    return make(Kind::DeletePod, podId);
}

WhatIf WhatIf::scale(const QString &workloadId, int replicas)
{
    return make(Kind::ScaleWorkload, workloadId, QString(), replicas);
}

WhatIf WhatIf::nodeDown(const QString &nodeId)
{
    return make(Kind::NodeDown, nodeId);
}

WhatIf WhatIf::nodeUp(const QString &nodeId)
{
    return make(Kind::NodeUp, nodeId);
}

WhatIf WhatIf::externalTrafficPolicy(const QString &serviceId, const QString &policy)
{
    return make(Kind::SetExternalTrafficPolicy, serviceId, policy);
}

WhatIf WhatIf::internalTrafficPolicy(const QString &serviceId, const QString &policy)
{
    return make(Kind::SetInternalTrafficPolicy, serviceId, policy);
}

WhatIf WhatIf::sessionAffinity(const QString &serviceId, const QString &affinity,
                               int timeoutSeconds)
{
    return make(Kind::SetSessionAffinity, serviceId, affinity, timeoutSeconds);
}

WhatIf WhatIf::serviceType(const QString &serviceId, const QString &type)
{
    return make(Kind::SetServiceType, serviceId, type);
}

QString whatIfKeyword(WhatIf::Kind kind)
{
    const KindName *k = kindEntry(kind);
    return k ? QLatin1String(k->keyword) : QString();
}

QString WhatIf::toString() const
{
    QStringList parts{whatIfKeyword(kind), target};
    const KindName *k = kindEntry(kind);
    if (k && k->hasValue)
        parts << value;
    if (writesCount(*this))
        parts << QString::number(count);
    return parts.join(u' ');
}

std::optional<WhatIf> WhatIf::fromString(const QString &text, QString *error)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    const KindName *k = parts.isEmpty() ? nullptr : kindEntry(parts.first());
    if (!k) {
        fail(error, WhatIfTr::tr("Unknown what-if \"%1\".").arg(parts.value(0)));
        return std::nullopt;
    }
    const int wanted = 2 + (k->hasValue ? 1 : 0) + (k->hasCount ? 1 : 0);
    const bool countOptional = k->kind == Kind::SetSessionAffinity;
    if (parts.size() > wanted || parts.size() < wanted - (countOptional ? 1 : 0)) {
        fail(error, WhatIfTr::tr("\"%1\" has the wrong number of parts.").arg(text.simplified()));
        return std::nullopt;
    }
    WhatIf w = make(k->kind, parts.value(1));
    int next = 2;
    if (k->hasValue)
        w.value = parts.value(next++);
    if (k->hasCount && next < parts.size()) {
        bool ok = false;
        w.count = parts.value(next).toInt(&ok);
        if (!ok) {
            fail(error, WhatIfTr::tr("\"%1\" is not a number.").arg(parts.value(next)));
            return std::nullopt;
        }
    }
    if (!validate(w, error))
        return std::nullopt;
    return w;
}

QString WhatIf::title() const
{
    return korean::finished(titleText(), korean::inUse());
}

QString WhatIf::titleText() const
{
    const QString name = lastPart(target);
    switch (kind) {
    case Kind::DeletePod:
        return WhatIfTr::tr("Delete pod %1").arg(name);
    case Kind::ScaleWorkload:
        return WhatIfTr::tr("Scale %1 %2 to %3").arg(target.section(u'/', 0, 0), name).arg(count);
    case Kind::NodeDown:
        return WhatIfTr::tr("Take node %1 down").arg(name);
    case Kind::NodeUp:
        return WhatIfTr::tr("Bring node %1 up").arg(name);
    case Kind::SetExternalTrafficPolicy:
        return WhatIfTr::tr("%1: externalTrafficPolicy %2").arg(name, value);
    case Kind::SetInternalTrafficPolicy:
        return WhatIfTr::tr("%1: internalTrafficPolicy %2").arg(name, value);
    case Kind::SetSessionAffinity:
        if (value == u"ClientIP" && count > 0)
            return WhatIfTr::tr("%1: sessionAffinity ClientIP (%2 s)").arg(name).arg(count);
        return WhatIfTr::tr("%1: sessionAffinity %2").arg(name, value);
    case Kind::SetServiceType:
        return WhatIfTr::tr("%1: type %2").arg(name, value);
    }
    return toString();
}

namespace {

Cluster applyUnfinished(const Cluster &cluster, const WhatIf &change, Diagnostics &out)
{
    QString error;
    if (!validate(change, &error)) {
        out << whatIfDiagnostic(Severity::Error, QStringLiteral("whatif-invalid"), error,
                                change.target);
        return cluster;
    }
    switch (change.kind) {
    case WhatIf::Kind::DeletePod:
    case WhatIf::Kind::ScaleWorkload:
    case WhatIf::Kind::NodeDown:
    case WhatIf::Kind::NodeUp:
        return whatif::applyToPods(cluster, change, out);
    case WhatIf::Kind::SetExternalTrafficPolicy:
    case WhatIf::Kind::SetInternalTrafficPolicy:
    case WhatIf::Kind::SetSessionAffinity:
    case WhatIf::Kind::SetServiceType:
        return whatif::applyToService(cluster, change, out);
    }
    return cluster;
}

} // namespace

Cluster applyWhatIf(const Cluster &cluster, const WhatIf &change, Diagnostics *problems)
{
    Diagnostics local;
    Diagnostics &out = problems ? *problems : local;
    const qsizetype first = out.size();
    Cluster result = applyUnfinished(cluster, change, out);
    if (out.size() > first && korean::inUse()) {
        for (qsizetype i = first; i < out.size(); ++i) {
            korean::finish(out[i].message, true);
            korean::finish(out[i].hint, true);
        }
    }
    return result;
}

} // namespace hopscope
