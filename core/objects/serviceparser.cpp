// Reading Services and the endpoint objects a cluster dump holds.

#include "core/objects/objectparser_p.h"

namespace hopscope::detail {

ServiceObject readService(const FieldReader &root, ObjectMeta meta)
{
    ServiceObject s;
    s.meta = std::move(meta);
    const FieldReader spec = root.object("spec", "ServiceSpec");
    spec.checkKnownFields({"ports", "selector", "clusterIP", "clusterIPs", "type", "externalIPs",
                           "sessionAffinity", "loadBalancerIP", "loadBalancerSourceRanges",
                           "externalName", "externalTrafficPolicy", "healthCheckNodePort",
                           "publishNotReadyAddresses", "sessionAffinityConfig", "ipFamilies",
                           "ipFamilyPolicy", "allocateLoadBalancerNodePorts", "loadBalancerClass",
                           "internalTrafficPolicy", "trafficDistribution"});
    s.type = spec.string("type");
    s.clusterIP = spec.string("clusterIP");
    s.clusterIPs = spec.stringList("clusterIPs");
    s.portsPresent = spec.has("ports");
    for (const FieldReader &p : spec.objects("ports", "ServicePort")) {
        p.checkKnownFields({"name", "protocol", "appProtocol", "port", "targetPort", "nodePort"});
        ServicePortSpec port;
        port.name = p.string("name");
        port.protocol = p.string("protocol");
        port.appProtocol = p.string("appProtocol");
        port.port = p.integer("port");
        port.targetPort = p.intOrString("targetPort");
        port.nodePort = p.integer("nodePort");
        s.ports << port;
    }
    s.selectorPresent = spec.has("selector");
    s.selector = spec.stringMap("selector");
    s.externalIPs = spec.stringList("externalIPs");
    s.externalName = spec.string("externalName");
    s.externalTrafficPolicy = spec.string("externalTrafficPolicy");
    s.internalTrafficPolicy = spec.string("internalTrafficPolicy");
    s.sessionAffinity = spec.string("sessionAffinity");
    s.sessionAffinityConfigPresent = spec.has("sessionAffinityConfig");
    const FieldReader clientIP =
        spec.object("sessionAffinityConfig", "SessionAffinityConfig").object("clientIP",
                                                                              "ClientIPConfig");
    bool timeoutPresent = false;
    const int timeout = clientIP.integer("timeoutSeconds", &timeoutPresent);
    if (timeoutPresent)
        s.affinityTimeoutSeconds = timeout;
    s.loadBalancerSourceRanges = spec.stringList("loadBalancerSourceRanges");
    s.loadBalancerIP = spec.string("loadBalancerIP");
    s.healthCheckNodePort = spec.integer("healthCheckNodePort");
    s.allocateLoadBalancerNodePorts = spec.boolean("allocateLoadBalancerNodePorts");
    s.loadBalancerClass = spec.string("loadBalancerClass");
    s.publishNotReadyAddresses = spec.boolean("publishNotReadyAddresses").value_or(false);
    s.ipFamilies = spec.stringList("ipFamilies");
    s.ipFamilyPolicy = spec.string("ipFamilyPolicy");

    const FieldReader status = root.object("status", "ServiceStatus");
    s.statusLoadBalancerPresent = status.has("loadBalancer");
    const FieldReader lb = status.object("loadBalancer", "LoadBalancerStatus");
    for (const FieldReader &i : lb.objects("ingress", "LoadBalancerIngress"))
        s.loadBalancerIngress << LoadBalancerIngress{i.string("ip"), i.string("hostname"),
                                                     i.string("ipMode")};
    return s;
}

namespace {

QList<EndpointPortSpec> readEndpointPorts(const FieldReader &parent, const char *goType)
{
    QList<EndpointPortSpec> ports;
    for (const FieldReader &p : parent.objects("ports", goType))
        ports << EndpointPortSpec{p.string("name"), p.integer("port"), p.string("protocol"),
                                  p.string("appProtocol")};
    return ports;
}

void readTargetRef(const FieldReader &owner, QString *kind, QString *name, QString *ns)
{
    const FieldReader ref = owner.object("targetRef", "ObjectReference");
    *kind = ref.string("kind");
    *name = ref.string("name");
    *ns = ref.string("namespace");
}

QList<EndpointAddress> readAddresses(const FieldReader &subset, const char *key)
{
    QList<EndpointAddress> out;
    for (const FieldReader &a : subset.objects(key, "EndpointAddress")) {
        EndpointAddress address;
        address.ip = a.string("ip");
        address.nodeName = a.string("nodeName");
        address.hostname = a.string("hostname");
        readTargetRef(a, &address.targetKind, &address.targetName, &address.targetNamespace);
        out << address;
    }
    return out;
}

} // namespace

EndpointsObject readEndpoints(const FieldReader &root, ObjectMeta meta)
{
    EndpointsObject e;
    e.meta = std::move(meta);
    for (const FieldReader &s : root.objects("subsets", "EndpointSubset")) {
        EndpointSubset subset;
        subset.addresses = readAddresses(s, "addresses");
        subset.notReadyAddresses = readAddresses(s, "notReadyAddresses");
        subset.ports = readEndpointPorts(s, "EndpointPort");
        e.subsets << subset;
    }
    return e;
}

EndpointSliceObject readEndpointSlice(const FieldReader &root, ObjectMeta meta)
{
    EndpointSliceObject slice;
    slice.meta = std::move(meta);
    slice.serviceName = slice.meta.labels.value(QStringLiteral("kubernetes.io/service-name"));
    slice.addressType = root.string("addressType");
    for (const FieldReader &e : root.objects("endpoints", "Endpoint")) {
        EndpointSliceEndpoint ep;
        ep.addresses = e.stringList("addresses");
        const FieldReader conditions = e.object("conditions", "EndpointConditions");
        ep.ready = conditions.boolean("ready");
        ep.serving = conditions.boolean("serving");
        ep.terminating = conditions.boolean("terminating");
        ep.nodeName = e.string("nodeName");
        ep.hostname = e.string("hostname");
        readTargetRef(e, &ep.targetKind, &ep.targetName, &ep.targetNamespace);
        slice.endpoints << ep;
    }
    slice.ports = readEndpointPorts(root, "EndpointPort");
    return slice;
}

} // namespace hopscope::detail
