#include "core/model/settingsfallback.h"

#include "core/model/buildsupport.h"
#include "core/base/ipv4.h"

namespace hopscope {

namespace {

// Whether the defaults with these fields taken from `given` still validate.
template <typename Apply> bool validWith(const ClusterSettings &given, Apply apply)
{
    ClusterSettings probe;
    apply(probe, given);
    return probe.validate().isEmpty();
}

} // namespace

ClusterSettings usableSettings(const ClusterSettings &given, Diagnostics &diagnostics)
{
    Diagnostics problems = given.validate();
    ClusterSettings out = given;
    const ClusterSettings defaults;
    auto fallback = [&](auto apply) {
        if (!validWith(given, apply))
            apply(out, defaults);
    };
    fallback([](ClusterSettings &s, const ClusterSettings &from) {
        s.clusterCidr = from.clusterCidr;
        s.nodeCidrMaskSize = from.nodeCidrMaskSize;
    });
    fallback(
        [](ClusterSettings &s, const ClusterSettings &from) { s.serviceCidr = from.serviceCidr; });
    fallback([](ClusterSettings &s, const ClusterSettings &from) { s.nodeCount = from.nodeCount; });
    fallback([](ClusterSettings &s, const ClusterSettings &from) {
        s.nodePortMin = from.nodePortMin;
        s.nodePortMax = from.nodePortMax;
    });
    fallback([](ClusterSettings &s, const ClusterSettings &from) {
        s.loadBalancerPool = from.loadBalancerPool;
    });
    if (!parseIPv4(out.firstNodeIP)) {
        problems << Diagnostic::make(
            Severity::Error, QStringLiteral("bad-setting"), {},
            BuilderTr::tr("first node address \"%1\" is not an IPv4 address").arg(out.firstNodeIP));
        out.firstNodeIP = defaults.firstNodeIP;
    }
    if (!parseIPv4(out.clientIP)) {
        problems << Diagnostic::make(
            Severity::Error, QStringLiteral("bad-setting"), {},
            BuilderTr::tr("client address \"%1\" is not an IPv4 address").arg(out.clientIP));
        out.clientIP = defaults.clientIP;
    }
    // Anything validate() still dislikes (a combination): start from the defaults.
    if (!out.validate().isEmpty()) {
        const ClusterSettings kept = out;
        out = defaults;
        out.systemObjects = kept.systemObjects;
    }
    for (Diagnostic &d : problems) {
        if (d.hint.isEmpty())
            d.hint = BuilderTr::tr("Hopscope builds the cluster with the default value instead.");
        diagnostics << d;
    }
    return out;
}

} // namespace hopscope
