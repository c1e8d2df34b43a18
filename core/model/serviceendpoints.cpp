#include "core/model/serviceendpoints.h"

#include <QSet>

namespace hopscope {

QList<EndpointInfo> usableEndpoints(const QList<EndpointInfo> &list)
{
    QList<EndpointInfo> ready;
    QList<EndpointInfo> terminating;
    for (const EndpointInfo &e : list) {
        if (e.ready)
            ready << e;
        else if (e.serving && e.terminating)
            terminating << e;
    }
    return ready.isEmpty() ? terminating : ready;
}

int usableEndpointAddressCount(const ServiceInfo &service)
{
    QSet<QString> addresses;
    for (const QList<EndpointInfo> &list : service.endpoints)
        for (const EndpointInfo &e : usableEndpoints(list))
            addresses.insert(e.ip);
    return int(addresses.size());
}

} // namespace hopscope
