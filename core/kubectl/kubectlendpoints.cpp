#include "core/kubectl/kubectlprinter.h"

#include <QCryptographicHash>

#include <algorithm>

// A Service's endpoints as kubectl shows them: the Endpoints object of `kubectl get endpoints`
// (built by the endpoints controller and packed by RepackSubsets) and the EndpointSlices that
// `kubectl describe service` reads.

namespace hopscope {

namespace {

// net.JoinHostPort
QString joinHostPort(const QString &ip, int port)
{
    return ip.contains(u':') ? QStringLiteral("[%1]:%2").arg(ip).arg(port)
                             : QStringLiteral("%1:%2").arg(ip).arg(port);
}

bool effectiveReady(const ServiceInfo &svc, const EndpointInfo &e)
{
    // publishNotReadyAddresses: the controllers list every address as ready.
    return e.ready || svc.publishNotReadyAddresses;
}

struct Address
{
    QString ip;
    QString podId; // stands for the target pod's UID, the tie-breaker of addrsByIPAndUID
    bool ready = true;
    friend bool operator==(const Address &, const Address &) = default;
};

bool addressLess(const Address &a, const Address &b)
{
    // LessEndpointAddress: bytes of the IP, then the target's UID.
    const QByteArray ia = a.ip.toUtf8(), ib = b.ip.toUtf8();
    if (ia != ib)
        return ia < ib;
    return a.podId < b.podId;
}

bool samePort(const EndpointsSubset::Port &a, const EndpointsSubset::Port &b)
{
    return a.name == b.name && a.port == b.port && a.protocol == b.protocol &&
           a.appProtocol == b.appProtocol;
}

} // namespace

bool serviceHasEndpointsObject(const ServiceInfo &svc)
{
    // The endpoints and EndpointSlice controllers skip Services without a selector (their
    // endpoints are written by someone else) and ExternalName Services (issue 105986); a
    // selected Service gets an object even when no pod matches.
    const bool fromControllers = svc.hasSelector && svc.type != ServiceType::ExternalName;
    return fromControllers || svc.endpointsFromManifest || svc.totalEndpoints() > 0;
}

QByteArray endpointPortSpew(const EndpointsSubset::Port &port)
{
    // hashutil.DeepHashObject prints the object with spew's "%#v" (types shown, no methods):
    // struct fields in declaration order (Name, Port, Protocol, AppProtocol), strings bare,
    // a nil pointer as "(*string)<nil>".
    const QByteArray app = port.appProtocol.isEmpty()
                               ? QByteArrayLiteral("(*string)<nil>")
                               : QByteArrayLiteral("(*string)") + port.appProtocol.toUtf8();
    return QByteArrayLiteral("(v1.EndpointPort){Name:(string)") + port.name.toUtf8() +
           QByteArrayLiteral(" Port:(int32)") + QByteArray::number(port.port) +
           QByteArrayLiteral(" Protocol:(v1.Protocol)") + port.protocol.toUtf8() +
           QByteArrayLiteral(" AppProtocol:") + app + '}';
}

QList<EndpointsSubset> serviceEndpointsSubsets(const ServiceInfo &svc)
{
    // 1. Every (endpoint port, address) pair; an address is ready for a port if any listing of
    //    it is (mapAddressByPort).
    struct PortAddresses
    {
        EndpointsSubset::Port port;
        bool sentinel = false; // a headless Service without ports
        QList<Address> addresses;
    };
    QList<PortAddresses> byPort;
    auto add = [&](const EndpointsSubset::Port &port, bool sentinel, const Address &address) {
        auto it = std::find_if(byPort.begin(), byPort.end(), [&](const PortAddresses &p) {
            return p.sentinel == sentinel && samePort(p.port, port);
        });
        if (it == byPort.end()) {
            byPort.append({port, sentinel, {}});
            it = byPort.end() - 1;
        }
        auto found =
            std::find_if(it->addresses.begin(), it->addresses.end(), [&](const Address &a) {
                return a.ip == address.ip && a.podId == address.podId;
            });
        if (found == it->addresses.end())
            it->addresses.append(address);
        else
            found->ready = found->ready || address.ready;
    };
    // The endpoints controller leaves terminating pods out (ShouldPodBeInEndpoints with
    // includeTerminating = publishNotReadyAddresses); the slices keep them.
    const auto listed = [&](const EndpointInfo &e) {
        return !e.terminating || svc.publishNotReadyAddresses;
    };
    if (svc.ports.isEmpty()) {
        for (const QList<EndpointInfo> &list : svc.endpoints)
            for (const EndpointInfo &e : list)
                if (listed(e))
                    add({}, true, {e.ip, e.podId, effectiveReady(svc, e)});
    } else {
        for (int i = 0; i < svc.ports.size() && i < svc.endpoints.size(); ++i) {
            const ServicePortInfo &sp = svc.ports[i];
            const QString protocol = sp.protocol.isEmpty() ? QStringLiteral("TCP") : sp.protocol;
            for (const EndpointInfo &e : svc.endpoints[i])
                if (listed(e))
                    add({sp.name, e.port, protocol, sp.appProtocol}, false,
                        {e.ip, e.podId, effectiveReady(svc, e)});
        }
    }

    // 2. Ports that serve the same set of (address, readiness) share one subset.
    QList<EndpointsSubset> subsets;
    QList<QList<Address>> subsetKeys;
    for (PortAddresses &p : byPort) {
        std::sort(p.addresses.begin(), p.addresses.end(), addressLess);
        const qsizetype at = subsetKeys.indexOf(p.addresses);
        EndpointsSubset *subset = nullptr;
        if (at < 0) {
            subsetKeys.append(p.addresses);
            EndpointsSubset s;
            for (const Address &a : p.addresses)
                (a.ready ? s.addresses : s.notReadyAddresses) << a.ip;
            subsets.append(s);
            subset = &subsets.last();
        } else {
            subset = &subsets[at];
        }
        if (!p.sentinel)
            subset->ports.append(p.port);
    }

    // 3. SortSubsets: ports by the MD5 of their spew dump.
    for (EndpointsSubset &s : subsets) {
        std::stable_sort(
            s.ports.begin(), s.ports.end(),
            [](const EndpointsSubset::Port &a, const EndpointsSubset::Port &b) {
                return QCryptographicHash::hash(endpointPortSpew(a), QCryptographicHash::Md5) <
                       QCryptographicHash::hash(endpointPortSpew(b), QCryptographicHash::Md5);
            });
    }
    return subsets;
}

// printers.go formatEndpoints(endpoints, nil).
QString endpointsCell(const ServiceInfo &svc)
{
    const QList<EndpointsSubset> subsets = serviceEndpointsSubsets(svc);
    if (subsets.isEmpty())
        return QStringLiteral("<none>");
    constexpr int max = 3;
    QStringList list;
    bool more = false;
    int count = 0;
    for (const EndpointsSubset &ss : subsets) {
        if (ss.ports.isEmpty()) {
            // headless Service without ports: bare IPs
            count += int(ss.addresses.size());
            for (const QString &ip : ss.addresses) {
                if (list.size() == max) {
                    more = true;
                    break;
                }
                list << ip;
            }
            continue;
        }
        for (const EndpointsSubset::Port &port : ss.ports) {
            count += int(ss.addresses.size());
            for (const QString &ip : ss.addresses) {
                if (list.size() == max) {
                    more = true;
                    break;
                }
                list << joinHostPort(ip, port.port);
            }
        }
    }
    const QString joined = list.join(u',');
    return more ? QStringLiteral("%1 + %2 more...").arg(joined).arg(count - max) : joined;
}

// describe.go formatEndpointSlices(endpointSlices, sets.New(port.Name)) as of v1.32: endpoints
// that are not ready are skipped, but (a quirk kept here) still end the list once it holds 3.
QString describeEndpointsValue(const ServiceInfo &svc, int portIndex)
{
    if (!serviceHasEndpointsObject(svc))
        return QStringLiteral("<none>"); // no EndpointSlice at all
    if (portIndex < 0 || portIndex >= svc.endpoints.size())
        return QString(); // the placeholder slice: no ports, no endpoints
    constexpr int max = 3;
    QStringList list;
    bool more = false;
    int count = 0;
    for (const EndpointInfo &e : svc.endpoints[portIndex]) {
        if (list.size() == max)
            more = true;
        if (!effectiveReady(svc, e))
            continue;
        if (!more)
            list << joinHostPort(e.ip, e.port);
        ++count;
    }
    const QString joined = list.join(u',');
    return more ? QStringLiteral("%1 + %2 more...").arg(joined).arg(count - max) : joined;
}

namespace {

// printers.go listWithMoreString: "<unset>" when the list is empty.
QString listWithMore(const QStringList &list, bool more, int count, int max)
{
    const QString joined = list.join(u',');
    if (more)
        return QStringLiteral("%1 + %2 more...").arg(joined).arg(count - max);
    return joined.isEmpty() ? QStringLiteral("<unset>") : joined;
}

} // namespace

// printers.go formatDiscoveryPorts.
QString endpointSlicePortsCell(const EndpointSliceObject &slice)
{
    constexpr int max = 3;
    QStringList list;
    bool more = false;
    int count = 0;
    for (const EndpointPortSpec &port : slice.ports) {
        if (list.size() < max)
            list << QString::number(port.port); // port.Port is always set here
        else if (list.size() == max)
            more = true;
        ++count;
    }
    return listWithMore(list, more, count, max);
}

// printers.go formatDiscoveryEndpoints: every address of every endpoint, any condition.
QString endpointSliceEndpointsCell(const EndpointSliceObject &slice)
{
    constexpr int max = 3;
    QStringList list;
    bool more = false;
    int count = 0;
    for (const EndpointSliceEndpoint &endpoint : slice.endpoints) {
        for (const QString &address : endpoint.addresses) {
            if (list.size() < max)
                list << address;
            else if (list.size() == max)
                more = true;
            ++count;
        }
    }
    return listWithMore(list, more, count, max);
}

} // namespace hopscope
