#pragma once

// The app's access to core's tracer for the open cluster: one session per cluster (so repeated
// requests share sessionAffinity state, as TraceSession keeps it), "send N requests" with their
// per-pod spread, and each node's kube-proxy rules for the rules pane. Tests may replace the
// tracer with a function returning hand-built traces.

#include "core/model/cluster.h"
#include "core/proxy/proxyrules.h"
#include "core/model/trace.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

namespace hopscope {
class TraceSession;
}

namespace hopscope::app {

class TraceRunner final
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::TraceRunner)
public:
    using Backend = std::function<Trace(const Cluster &, const TraceRequest &)>;

    TraceRunner();
    ~TraceRunner();

    void setBackend(Backend backend);
    // The snapshot to trace in, shared with the document.
    void setCluster(std::shared_ptr<const Cluster> snapshot);
    const Cluster &cluster() const { return *m_cluster; }

    Trace trace(const TraceRequest &request);

    struct Spread
    {
        QHash<QString, int> perPod; // pod id → requests delivered there
        int sent = 0;
        int delivered = 0;
    };
    // `count` requests with seeds request.seed, request.seed + 1, …
    Spread send(const TraceRequest &request, int count);

    // The kube-proxy rules of a node of the cluster (null when unknown).
    std::shared_ptr<const NodeProxyRules> nodeRules(const QString &node);

private:
    std::shared_ptr<const Cluster> m_cluster = std::make_shared<const Cluster>();
    Backend m_backend;
    std::unique_ptr<ProxyRules> m_rules;
    std::unique_ptr<TraceSession> m_session;
};

} // namespace hopscope::app
