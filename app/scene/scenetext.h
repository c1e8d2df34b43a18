#pragma once

// The texts the scene shows for core's values: presentation only (how to say it), never which
// value it is. Shared by the items, their tooltips and `render`.

#include "core/model/cluster.h"

#include <QCoreApplication>
#include <QString>

namespace hopscope::app {

class SceneText
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::SceneText)
public:
    // "80/TCP, 443/TCP" (container ports of a pod)
    static QString podPorts(const PodInfo &pod);
    // "nodePort 30008 → port 80 → targetPort 80" for one Service port (field names verbatim)
    static QString servicePort(const ServicePortInfo &port);
    static QString servicePorts(const ServiceInfo &service);
    // "10.96.0.12", "None (headless)", "CNAME db.example.com"
    static QString serviceAddress(const ServiceInfo &service);
    // "198.51.100.1:80", "<pending>"
    static QString loadBalancerAddress(const ServiceInfo &service);
    static QString endpointCount(const ServiceInfo &service);
    static QString labelList(const hopscope::Labels &labels); // "app=web, tier=front"

    static QString nodeTooltip(const NodeInfo &node, int podCount);
    static QString podTooltip(const PodInfo &pod);
    static QString serviceTooltip(const ServiceInfo &service);
};

} // namespace hopscope::app
