// kubectl's views of status.loadBalancer.ingress (k8s.io/kubectl get.go
// loadBalancerStatusStringer, describe.go buildIngressString): an ingress shows its ip, its
// hostname only when the ip is empty; describe adds the ipMode; a loadBalancerClass no
// controller serves stays <pending>. Services of tests/data/fidelity/.

#include "core/builder/clusterbuilder.h"
#include "core/kubectl/kubectlprinter.h"
#include "core/objects/manifestreader.h"

#include <QFile>
#include <QTest>

using namespace hopscope;

class TestKubectlIngress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void externalIP_data();
    void externalIP();
    void describeIngress_data();
    void describeIngress();
    void nodeAddressColumns();

private:
    Cluster m_cluster;
};

void TestKubectlIngress::initTestCase()
{
    QFile f(QStringLiteral(HOPSCOPE_TEST_DATA "/fidelity/loadbalancers.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_cluster = ClusterBuilder::build(ManifestReader::readBytes(f.readAll(), "loadbalancers.yaml"),
                                      ClusterSettings());
}

void TestKubectlIngress::externalIP_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("wide");
    QTest::addColumn<QString>("cell");
    QTest::newRow("loadBalancerStatusStringer: ip, else hostname (sorted set), -o wide")
        << "web-proxy" << true << "198.51.100.5,198.51.100.6,lb.example.com";
    QTest::newRow("loadBalancerStatusStringer: clipped to 16 bytes without -o wide")
        << "web-proxy" << false << "198.51.100.5,...";
    QTest::newRow("a loadBalancerClass no controller serves: <pending>") << "web-class" << false
                                                                        << "<pending>";
    QTest::newRow("the simulated cloud's address") << "web-lb" << false << "198.51.100.1";
}

void TestKubectlIngress::externalIP()
{
    QFETCH(QString, service);
    QFETCH(bool, wide);
    QFETCH(QString, cell);
    const ServiceInfo *svc = m_cluster.serviceByName(QStringLiteral("default"), service);
    QVERIFY(svc);
    QCOMPARE(serviceExternalIPCell(*svc, wide), cell);
}

void TestKubectlIngress::describeIngress_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("value"); // of the "LoadBalancer Ingress:" line
    QTest::newRow("buildIngressString: ip (ipMode), hostname only without ip")
        << "web-proxy"
        << "198.51.100.5 (Proxy), 198.51.100.6 (VIP), lb.example.com";
    QTest::newRow("the simulated cloud's address has ipMode VIP")
        << "web-lb" << "198.51.100.1 (VIP)";
}

void TestKubectlIngress::describeIngress()
{
    QFETCH(QString, service);
    QFETCH(QString, value);
    const ServiceInfo *svc = m_cluster.serviceByName(QStringLiteral("default"), service);
    QVERIFY(svc);
    const QString text = describeService(*svc, m_cluster.settings);
    QString found;
    for (const QString &line : text.split(u'\n'))
        if (line.startsWith(QLatin1String("LoadBalancer Ingress:")))
            found = line.mid(21).trimmed();
    QCOMPARE(found, value);
}

void TestKubectlIngress::nodeAddressColumns()
{
    // printers.go printNode: INTERNAL-IP and EXTERNAL-IP are the first address of each type in
    // status.addresses (getNodeInternalIP / getNodeExternalIP); the others are not printed.
    const QByteArray yaml = "apiVersion: v1\nkind: Node\nmetadata: {name: multi}\n"
                            "spec: {podCIDR: 10.244.0.0/24}\n"
                            "status:\n  addresses:\n"
                            "  - {type: Hostname, address: multi}\n"
                            "  - {type: ExternalIP, address: 203.0.113.5}\n"
                            "  - {type: InternalIP, address: 192.168.1.2}\n"
                            "  - {type: InternalIP, address: 10.0.0.2}\n"
                            "  - {type: ExternalIP, address: 203.0.113.6}\n";
    const Cluster cluster =
        ClusterBuilder::build(ManifestReader::readBytes(yaml, "node.yaml"), ClusterSettings());
    KubectlQuery query;
    query.resource = KubectlResource::Nodes;
    query.wide = true;
    const QStringList lines = kubectlGet(cluster, query).out.split(u'\n');
    QVERIFY(lines.size() >= 2);
    const QStringList cells = lines[1].split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(cells.value(0), QStringLiteral("multi"));
    QCOMPARE(cells.value(5), QStringLiteral("192.168.1.2"));
    QCOMPARE(cells.value(6), QStringLiteral("203.0.113.5"));
}

QTEST_GUILESS_MAIN(TestKubectlIngress)
#include "tst_kubectlingress.moc"
