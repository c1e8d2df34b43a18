#include "document/tracerunner.h"

#include "core/trace/output/traceproblems.h"
#include "core/trace/tracer.h"

namespace hopscope::app {

TraceRunner::TraceRunner() = default;
TraceRunner::~TraceRunner() = default;

void TraceRunner::setBackend(Backend backend)
{
    m_backend = std::move(backend);
}

void TraceRunner::setCluster(std::shared_ptr<const Cluster> snapshot)
{
    m_session.reset();
    m_rules.reset();
    m_cluster = snapshot ? std::move(snapshot) : std::make_shared<const Cluster>();
}

Trace TraceRunner::trace(const TraceRequest &request)
{
    Trace t;
    if (m_backend) {
        t = m_backend(*m_cluster, request);
    } else {
        if (!m_rules)
            m_rules = std::make_unique<ProxyRules>(*m_cluster);
        if (!m_session)
            m_session = std::make_unique<TraceSession>(*m_cluster, *m_rules);
        t = m_session->trace(request);
    }
    // A failing hop names the manifest problems that explain it (the cluster's diagnostics are
    // the checks of the load: ClusterDocument).
    if (request.explain)
        attachHopProblems(t, m_cluster->diagnostics);
    return t;
}

TraceRunner::Spread TraceRunner::send(const TraceRequest &request, int count)
{
    Spread spread;
    TraceRequest r = request;
    for (int i = 0; i < count; ++i) {
        r.seed = request.seed + quint64(i);
        const Trace t = trace(r);
        ++spread.sent;
        if (t.delivered) {
            ++spread.delivered;
            if (!t.endpointPod.isEmpty())
                ++spread.perPod[t.endpointPod];
        }
    }
    return spread;
}

std::shared_ptr<const NodeProxyRules> TraceRunner::nodeRules(const QString &node)
{
    if (node.isEmpty() || !m_cluster->node(node))
        return nullptr;
    if (!m_rules)
        m_rules = std::make_unique<ProxyRules>(*m_cluster);
    return m_rules->forNode(node);
}

} // namespace hopscope::app
