#include "core/kubectl/kubectlprinter.h"

#include "core/base/tabwriter.h"

// `kubectl describe service`, line for line as describe.go's describeService writes it (v1.32)
// into a text/tabwriter with minwidth 0, tabwidth 8, padding 2: every "Key:\tvalue" line shares
// one column, so values start two spaces after the longest key present.

namespace hopscope {

namespace {

// describe's PrefixWriter passes all text through printers.WriteEscaped before the tab writer.
class DescribeWriter final
{
public:
    void write(const QString &text) { m_tabs.write(kubectlEscapeTerminal(text)); }
    QString flush() { return m_tabs.flush(); }

private:
    TabWriter m_tabs = TabWriter::forKubectlDescribe();
};

// printLabelsMultiline: "Labels:\t<none>" or one "key=value" per line, the continuation lines
// starting with a tab so that they line up under the first.
void printLabelsMultiline(DescribeWriter &w, const QString &title, const Labels &labels)
{
    w.write(title + QStringLiteral(":\t"));
    if (labels.isEmpty()) {
        w.write(QStringLiteral("<none>\n"));
        return;
    }
    bool first = true;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!first)
            w.write(QStringLiteral("\t"));
        first = false;
        w.write(it.key() + u'=' + it.value() + u'\n');
    }
}

// shorten(): Go slices bytes.
QString shorten(const QString &s, int maxLength)
{
    const QByteArray bytes = s.toUtf8();
    if (bytes.size() > maxLength)
        return QString::fromUtf8(bytes.left(maxLength)) + QStringLiteral("...");
    return s;
}

// printAnnotationsMultiline: the last-applied-configuration annotation is skipped; a value that
// is long (key + value + 2 > 140 bytes) or has several lines is printed under its key, each line
// indented by two spaces and cut at 138 bytes.
void printAnnotationsMultiline(DescribeWriter &w, const QString &title, const Labels &annotations)
{
    constexpr int maxAnnotationLen = 140;
    w.write(title + QStringLiteral(":\t"));
    QStringList keys;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
        if (it.key() != u"kubectl.kubernetes.io/last-applied-configuration")
            keys << it.key();
    if (keys.isEmpty()) {
        w.write(QStringLiteral("<none>\n"));
        return;
    }
    const QString indent = QStringLiteral("\t");
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys[i];
        if (i != 0)
            w.write(indent);
        QString value = annotations.value(key);
        if (value.endsWith(u'\n'))
            value.chop(1);
        if (value.toUtf8().size() + key.toUtf8().size() + 2 > maxAnnotationLen ||
            value.contains(u'\n')) {
            w.write(key + QStringLiteral(":\n"));
            for (const QString &line : value.split(u'\n'))
                w.write(indent + QStringLiteral("  ") + shorten(line, maxAnnotationLen - 2) +
                        u'\n');
        } else {
            w.write(key + QStringLiteral(": ") + value + u'\n');
        }
    }
}

void line(DescribeWriter &w, const QString &key, const QString &value)
{
    w.write(key + QStringLiteral(":\t") + value + u'\n');
}

bool isIPv6(const QString &address)
{
    return address.contains(u':');
}

} // namespace

QString describeService(const ServiceInfo &svc, const ClusterSettings &settings)
{
    DescribeWriter w;
    line(w, QStringLiteral("Name"), svc.name);
    line(w, QStringLiteral("Namespace"), svc.ns);
    printLabelsMultiline(w, QStringLiteral("Labels"), svc.labels);
    printAnnotationsMultiline(w, QStringLiteral("Annotations"), svc.annotations);
    line(w, QStringLiteral("Selector"),
         kubectlFormatLabels(svc.hasSelector ? svc.selector : Labels()));
    line(w, QStringLiteral("Type"), svc.typeName());

    // ipFamilyPolicy / ipFamilies are filled by the API server's registry, not by defaulting:
    // none for ExternalName; RequireDualStack for a headless Service without selector;
    // SingleStack otherwise, with the family of the ClusterIP (or of the service CIDR).
    const bool externalName = svc.type == ServiceType::ExternalName;
    if (!externalName) {
        const bool headlessSelectorless = svc.isHeadless() && !svc.hasSelector;
        line(w, QStringLiteral("IP Family Policy"),
             headlessSelectorless ? QStringLiteral("RequireDualStack")
                                  : QStringLiteral("SingleStack"));
        const QString probe =
            svc.isHeadless() || svc.clusterIP.isEmpty() ? settings.serviceCidr : svc.clusterIP;
        line(w, QStringLiteral("IP Families"),
             isIPv6(probe) ? QStringLiteral("IPv6") : QStringLiteral("IPv4"));
    } else {
        line(w, QStringLiteral("IP Families"), QStringLiteral("<none>"));
    }

    line(w, QStringLiteral("IP"), svc.clusterIP);
    line(w, QStringLiteral("IPs"),
         svc.clusterIP.isEmpty() ? QStringLiteral("<none>") : svc.clusterIP);
    if (!svc.externalIPs.isEmpty())
        line(w, QStringLiteral("External IPs"), svc.externalIPs.join(u','));
    if (!svc.loadBalancerIP.isEmpty())
        line(w, QStringLiteral("Desired LoadBalancer IP"), svc.loadBalancerIP);
    if (!svc.externalName.isEmpty())
        line(w, QStringLiteral("External Name"), svc.externalName);

    // buildIngressString: "ip (ipMode)" or hostname, joined by ", ". The API server defaults
    // ipMode to VIP for a LoadBalancer's ingress IPs (LoadBalancerIPMode, on since v1.30).
    QStringList ingress;
    if (!svc.loadBalancerIngress.isEmpty()) { // as given: ip (ipMode), else the hostname
        for (const auto &[address, mode] : svc.loadBalancerIngress)
            ingress << (mode.isEmpty() ? address : address + QStringLiteral(" (%1)").arg(mode));
    } else {
        for (const QString &ip : svc.loadBalancerIPs)
            ingress << (svc.type == ServiceType::LoadBalancer ? ip + QStringLiteral(" (VIP)")
                                                              : ip);
        ingress << svc.loadBalancerHostnames;
    }
    if (!ingress.isEmpty())
        line(w, QStringLiteral("LoadBalancer Ingress"), ingress.join(QStringLiteral(", ")));

    for (int i = 0; i < svc.ports.size(); ++i) {
        const ServicePortInfo &sp = svc.ports[i];
        const QString name = sp.name.isEmpty() ? QStringLiteral("<unset>") : sp.name;
        const QString protocol = sp.protocol.isEmpty() ? QStringLiteral("TCP") : sp.protocol;
        w.write(QStringLiteral("Port:\t%1\t%2/%3\n").arg(name).arg(sp.port).arg(protocol));
        const QString target = sp.targetPort.isString() ? sp.targetPort.strValue
                               : sp.targetPort.isInt()  ? QString::number(sp.targetPort.intValue)
                                                        : QString::number(sp.port);
        line(w, QStringLiteral("TargetPort"), target + u'/' + protocol);
        if (sp.nodePort != 0)
            w.write(
                QStringLiteral("NodePort:\t%1\t%2/%3\n").arg(name).arg(sp.nodePort).arg(protocol));
        line(w, QStringLiteral("Endpoints"), describeEndpointsValue(svc, i));
    }
    line(w, QStringLiteral("Session Affinity"),
         svc.sessionAffinity.isEmpty() ? QStringLiteral("None") : svc.sessionAffinity);
    if (!svc.externalTrafficPolicy.isEmpty())
        line(w, QStringLiteral("External Traffic Policy"), svc.externalTrafficPolicy);
    if (!svc.internalTrafficPolicy.isEmpty())
        line(w, QStringLiteral("Internal Traffic Policy"), svc.internalTrafficPolicy);
    if (svc.healthCheckNodePort != 0)
        line(w, QStringLiteral("HealthCheck NodePort"), QString::number(svc.healthCheckNodePort));
    if (!svc.loadBalancerSourceRanges.isEmpty())
        line(w, QStringLiteral("LoadBalancer Source Ranges"),
             svc.loadBalancerSourceRanges.join(u','));
    // Events are on by default (--show-events); a simulated cluster has none.
    line(w, QStringLiteral("Events"), QStringLiteral("<none>"));
    return w.flush();
}

} // namespace hopscope

namespace hopscope {

// describe.go describeEndpointSliceV1 (PrefixWriter levels are two spaces each).
QString describeEndpointSlice(const EndpointSliceObject &slice)
{
    DescribeWriter w;
    const QString unset = QStringLiteral("<unset>");
    w.write(QStringLiteral("Name:\t%1\n").arg(slice.meta.name));
    w.write(QStringLiteral("Namespace:\t%1\n").arg(slice.meta.ns));
    printLabelsMultiline(w, QStringLiteral("Labels"), slice.meta.labels);
    printAnnotationsMultiline(w, QStringLiteral("Annotations"), slice.meta.annotations);
    w.write(QStringLiteral("AddressType:\t%1\n").arg(slice.addressType));
    if (slice.ports.isEmpty()) {
        w.write(QStringLiteral("Ports: <unset>\n"));
    } else {
        w.write(QStringLiteral("Ports:\n"));
        w.write(QStringLiteral("  Name\tPort\tProtocol\n"));
        w.write(QStringLiteral("  ----\t----\t--------\n"));
        for (const EndpointPortSpec &p : slice.ports) {
            const QString protocol = p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol;
            w.write(QStringLiteral("  %1\t%2\t%3\n")
                        .arg(p.name.isEmpty() ? unset : p.name, QString::number(p.port), protocol));
        }
    }
    if (slice.endpoints.isEmpty()) {
        w.write(QStringLiteral("Endpoints: <none>\n"));
    } else {
        w.write(QStringLiteral("Endpoints:\n"));
        for (const EndpointSliceEndpoint &e : slice.endpoints) {
            const QString addresses = e.addresses.join(QStringLiteral(", "));
            w.write(QStringLiteral("  - Addresses:\t%1\n")
                        .arg(addresses.isEmpty() ? QStringLiteral("<none>") : addresses));
            w.write(QStringLiteral("    Conditions:\n"));
            const QString ready = !e.ready   ? unset
                                  : *e.ready ? QStringLiteral("true")
                                             : QStringLiteral("false");
            w.write(QStringLiteral("      Ready:\t%1\n").arg(ready));
            w.write(QStringLiteral("    Hostname:\t%1\n")
                        .arg(e.hostname.isEmpty() ? unset : e.hostname));
            if (!e.targetKind.isEmpty() || !e.targetName.isEmpty())
                w.write(QStringLiteral("    TargetRef:\t%1/%2\n").arg(e.targetKind, e.targetName));
            w.write(QStringLiteral("    NodeName:\t%1\n")
                        .arg(e.nodeName.isEmpty() ? unset : e.nodeName));
            w.write(QStringLiteral("    Zone:\t<unset>\n"));
        }
    }
    // Events are on by default (--show-events); a simulated cluster has none.
    line(w, QStringLiteral("Events"), QStringLiteral("<none>"));
    return w.flush();
}

} // namespace hopscope
