#pragma once

// Synthetic clusters of any size, for benchmarks and for trying Hopscope at scale:
//   workloads — Node objects, Namespaces, Deployments with replicas and Services (what a team
//               writes);
//   dump      — what `kubectl get nodes,pods,services,endpointslices -A -o yaml` prints for the
//               same cluster: one `kind: List` with every Pod and EndpointSlice spelled out and the
//               fields the API server fills (uid, resourceVersion, ownerReferences, status, …).
// The dump is the workloads form after Hopscope's own control plane ran it (ClusterBuilder), so
// both forms give the same Services, ClusterIPs, node ports, pods and endpoints. Deterministic:
// the same spec writes the same bytes. Output is streamed: the big form never sits in memory.

#include <QByteArray>
#include <QString>

class QIODevice;

namespace hopscope {

struct GeneratorSpec
{
    enum class Form { Workloads, Dump };
    int nodes = 3;
    int pods = 10;
    int services = 3;
    Form form = Form::Workloads;

    // Limits of the naming and addressing scheme (pod networks, node addresses).
    static constexpr int kMaxNodes = 16384;
    static constexpr int kMaxPods = 1000000;
    static constexpr int kMaxServices = 100000;

    // Empty when the spec is usable, else a message naming the bad value.
    QString validate() const;
    static bool parseForm(const QString &text, Form *form);
};

class ClusterGenerator
{
public:
    // Writes the manifest; false (and *error) on a bad spec or a write error.
    static bool write(const GeneratorSpec &spec, QIODevice *out, QString *error = nullptr);
    // The same, into memory (small sizes: tests).
    static QByteArray generate(const GeneratorSpec &spec);
    // The --cluster-cidr that holds the generated pod networks: 10.244.0.0/16 up to 256 nodes,
    // 10.128.0.0/9 beyond (the default /16 has room for 256 /24 node networks only).
    static QString clusterCidr(int nodes);
};

} // namespace hopscope
