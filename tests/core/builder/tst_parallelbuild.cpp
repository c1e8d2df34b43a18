// The parts of a load that run on several threads (Service validation and endpoints in the
// builder, a node's kube-proxy rule blocks) give the same result on any number of threads: the
// Cluster contract (cluster.h) is "same input bytes + same settings => the same names, IPs and
// ports, every time", and a node's iptables-restore input (reference A3) may not depend on the
// machine either. Clusters big enough to take the parallel paths (>= 64 Services, >= 64 rule
// blocks) are built with one pool thread and with several, and compared whole.

#include "core/builder/clusterbuilder.h"
#include "core/generator/generator.h"
#include "core/objects/manifestreader.h"
#include "core/proxy/proxyrules.h"

#include <QTest>
#include <QThreadPool>

using namespace hopscope;

namespace {

Cluster load(const QByteArray &bytes, int nodes)
{
    ClusterSettings settings;
    settings.clusterCidr = ClusterGenerator::clusterCidr(nodes);
    return ClusterBuilder::build(ManifestReader::readBytes(bytes, QStringLiteral("gen.yaml")),
                                 settings);
}

// Restores the global pool's size when a test ends, however it ends.
class PoolSize
{
public:
    PoolSize() : m_saved(QThreadPool::globalInstance()->maxThreadCount()) {}
    ~PoolSize() { QThreadPool::globalInstance()->setMaxThreadCount(m_saved); }
    PoolSize(const PoolSize &) = delete;
    PoolSize &operator=(const PoolSize &) = delete;
    void set(int threads) { QThreadPool::globalInstance()->setMaxThreadCount(threads); }

private:
    int m_saved;
};

QStringList nodeTexts(const Cluster &cluster, const QList<int> &nodes)
{
    const ProxyRules rules(cluster);
    QStringList out;
    for (int n : nodes)
        out << rules.forNode(cluster.nodes[n].name)->restoreText();
    return out;
}

} // namespace

class TestParallelBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOnAnyThreadCount_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("workloads: endpoints from selectors (A1.4)")
            << int(GeneratorSpec::Form::Workloads);
        QTest::newRow("dump: endpoints from EndpointSlices (A1.4)")
            << int(GeneratorSpec::Form::Dump);
    }

    void sameOnAnyThreadCount()
    {
        QFETCH(int, form);
        GeneratorSpec spec;
        spec.nodes = 12;
        spec.pods = 1200;
        spec.services = 150;
        spec.form = GeneratorSpec::Form(form);
        const QByteArray bytes = ClusterGenerator::generate(spec);
        QVERIFY(!bytes.isEmpty());

        PoolSize pool;
        pool.set(1);
        const Cluster one = load(bytes, spec.nodes);
        pool.set(4);
        const Cluster four = load(bytes, spec.nodes);
        QVERIFY(one.services.size() >= spec.services); // >= 64: the parallel path is taken
        int endpoints = 0;
        for (const ServiceInfo &s : one.services)
            endpoints += s.totalEndpoints();
        QVERIFY(endpoints >= spec.pods / 2); // the endpoint controller ran
        QVERIFY(one == four); // every field: pods, Services, endpoints, diagnostics, …
    }

    void rulesSameOnAnyThreadCount()
    {
        GeneratorSpec spec;
        spec.nodes = 6;
        spec.pods = 600;
        spec.services = 120;
        const QByteArray bytes = ClusterGenerator::generate(spec);
        const Cluster cluster = load(bytes, spec.nodes);
        const QList<int> nodes = {0, 3, 5};

        PoolSize pool;
        pool.set(1);
        const QStringList one = nodeTexts(cluster, nodes);
        pool.set(4);
        const QStringList four = nodeTexts(cluster, nodes);
        QCOMPARE(one, four);
        QVERIFY(one[0].count(QStringLiteral("-j DNAT")) >= spec.pods / 2); // KUBE-SEP chains

        // A node generated after others (its blocks partly cached) equals one generated alone.
        const ProxyRules fresh(cluster);
        QCOMPARE(fresh.forNode(cluster.nodes[5].name)->restoreText(), one[2]);
    }
};

QTEST_GUILESS_MAIN(TestParallelBuild)
#include "tst_parallelbuild.moc"
