// EndpointSlices first-class: the slices the EndpointSlice controller makes for a selector
// (staging/src/k8s.io/endpointslice/utils.go podToEndpoint, pkg/controller/endpointslice/
// reconciler.go), kube-proxy reading its endpoints from them (pkg/proxy/topology.go
// CategorizeEndpoints), and kubectl's views of them (pkg/printers/internalversion/printers.go
// printEndpointSlice, staging/src/k8s.io/kubectl/pkg/describe/describe.go
// describeEndpointSliceV1, the v1.33 deprecation warning of v1 Endpoints).
// Manifests: tests/data/fidelity/endpointslices.yaml (web-b has a deletionTimestamp).

#include "core/base/stablehash.h"
#include "core/builder/clusterbuilder.h"
#include "core/controllers/endpointslicecontroller.h"
#include "core/kubectl/kubectlcommand.h"
#include "core/kubectl/kubectlprinter.h"
#include "core/model/serviceendpoints.h"
#include "core/objects/manifestreader.h"
#include "core/proxy/servicerules.h"

#include <QFile>
#include <QTest>

using namespace hopscope;

namespace {

KubectlOutput kubectl(const Cluster &cluster, const QStringList &args)
{
    const KubectlParseResult parsed = parseKubectlArguments(args);
    if (!parsed.ok)
        return KubectlOutput{QString(), parsed.error, 2};
    return runKubectlCommand(cluster, parsed.command, KubectlOptions());
}

QString sliceName(const QString &service, int index = 0)
{
    return endpointSliceName(QStringLiteral("default"), service, index);
}

} // namespace

class TestEndpointSlices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void names();
    void conditions();
    void placeholderAndLabels();
    void hundredPerSlice();
    void proxyCategorizes();
    void usableForViews();
    void getEndpointSlices();
    void getEndpointSlicesCells_data();
    void getEndpointSlicesCells();
    void describeEndpointSlice();
    void getEndpointsWarning();
    void terminatingPodStatus();

private:
    Cluster m_cluster;
};

void TestEndpointSlices::initTestCase()
{
    QFile f(QStringLiteral(HOPSCOPE_TEST_DATA "/fidelity/endpointslices.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    ClusterSettings settings;
    settings.systemObjects = ClusterSettings::SystemObjects::Never;
    m_cluster = ClusterBuilder::build(ManifestReader::readBytes(f.readAll(), "endpointslices.yaml"),
                                      settings);
}

void TestEndpointSlices::names()
{
    // generateName "<service>-": 5 characters of rand's alphabet; the same input, the same name.
    const QString name = sliceName(QStringLiteral("web"));
    QCOMPARE(name.size(), 9);
    QVERIFY(name.startsWith(QStringLiteral("web-")));
    for (const QChar c : name.mid(4))
        QVERIFY2(QByteArray(kNameAlphabet).contains(char(c.unicode())), qPrintable(name));
    QCOMPARE(sliceName(QStringLiteral("web")), name);
    QVERIFY(sliceName(QStringLiteral("web"), 1) != name);
    // SimpleNameGenerator: the base is cut to 63 - 5 characters.
    const QString longName(63, u'a');
    const QString cut = sliceName(longName);
    QCOMPARE(cut.size(), 63);
    QVERIFY(cut.startsWith(QString(58, u'a')));
    const ServiceInfo *web = m_cluster.serviceByName(QStringLiteral("default"), "web");
    QVERIFY(web);
    QCOMPARE(web->endpointSlices.size(), 1);
    QCOMPARE(web->endpointSlices[0].meta.name, name);
    QCOMPARE(web->endpointSlices[0].meta.generateName, QStringLiteral("web-"));
}

void TestEndpointSlices::conditions()
{
    // podToEndpoint: serving = pod Ready; terminating = deletionTimestamp set;
    // ready = publishNotReadyAddresses || (serving && !terminating).
    const ServiceInfo *web = m_cluster.serviceByName(QStringLiteral("default"), "web");
    QVERIFY(web);
    const EndpointSliceObject &slice = web->endpointSlices[0];
    QCOMPARE(slice.addressType, QStringLiteral("IPv4"));
    QCOMPARE(slice.ports.size(), 1);
    QCOMPARE(slice.ports[0].name, QString());
    QCOMPARE(slice.ports[0].port, 8080);
    QCOMPARE(slice.ports[0].protocol, QStringLiteral("TCP"));
    QCOMPARE(slice.endpoints.size(), 3); // a not-ready pod is listed too (ready: false)
    const auto check = [&](int i, const char *ip, const char *pod, const char *node, bool ready,
                           bool serving, bool terminating) {
        const EndpointSliceEndpoint &e = slice.endpoints[i];
        QCOMPARE(e.addresses, QStringList{QString::fromLatin1(ip)});
        QCOMPARE(e.targetKind, QStringLiteral("Pod"));
        QCOMPARE(e.targetName, QString::fromLatin1(pod));
        QCOMPARE(e.targetNamespace, QStringLiteral("default"));
        QCOMPARE(e.nodeName, QString::fromLatin1(node));
        QCOMPARE(e.ready, std::optional<bool>(ready));
        QCOMPARE(e.serving, std::optional<bool>(serving));
        QCOMPARE(e.terminating, std::optional<bool>(terminating));
    };
    check(0, "10.244.0.5", "web-a", "node-1", true, true, false);
    check(1, "10.244.1.5", "web-b", "node-2", false, true, true); // being deleted, still serving
    check(2, "10.244.2.5", "web-c", "node-3", false, false, false);
}

void TestEndpointSlices::placeholderAndLabels()
{
    // reconciler.go: no endpoint at all leaves one placeholder slice without ports; labels are
    // the Service's plus kubernetes.io/service-name and endpointslice.kubernetes.io/managed-by.
    const ServiceInfo *empty = m_cluster.serviceByName(QStringLiteral("default"), "empty");
    QVERIFY(empty);
    QCOMPARE(empty->endpointSlices.size(), 1);
    const EndpointSliceObject &slice = empty->endpointSlices[0];
    QVERIFY(slice.ports.isEmpty());
    QVERIFY(slice.endpoints.isEmpty());
    const Labels expected{
        {"endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io"},
        {"kubernetes.io/service-name", "empty"},
        {"tier", "none"}};
    QCOMPARE(slice.meta.labels, expected);
    QCOMPARE(slice.meta.ownerKind, QStringLiteral("Service"));
    QCOMPARE(slice.meta.ownerName, QStringLiteral("empty"));
}

void TestEndpointSlices::hundredPerSlice()
{
    // --max-endpoints-per-slice defaults to 100: 150 pods make two slices.
    const ServiceInfo *big = m_cluster.serviceByName(QStringLiteral("default"), "big");
    QVERIFY(big);
    QCOMPARE(big->endpointSlices.size(), 2);
    QCOMPARE(big->endpointSlices[0].endpoints.size(), 100);
    QCOMPARE(big->endpointSlices[1].endpoints.size(), 50);
    for (const EndpointSliceObject &s : big->endpointSlices) {
        QCOMPARE(s.ports.size(), 1);
        QCOMPARE(s.ports[0].name, QStringLiteral("http"));
        QCOMPARE(s.ports[0].port, 8080); // the named targetPort, resolved per pod
    }
    QCOMPARE(big->endpoints.size(), 1);
    QCOMPARE(big->endpoints[0].size(), 150); // read back from both slices
}

void TestEndpointSlices::proxyCategorizes()
{
    // CategorizeEndpoints: ready endpoints; serving-terminating ones only when no endpoint is
    // ready for that traffic (cluster-wide, or on the node for Local).
    const QList<ServicePortPlan> plans = planServicePorts(m_cluster);
    const auto plan = [&](const QString &name) -> const ServicePortPlan * {
        for (const ServicePortPlan &p : plans)
            if (p.name == u"default/" + name)
                return &p;
        return nullptr;
    };
    const auto ips = [](const ServicePortPlan *p, const QList<int> &indexes) {
        QStringList out;
        for (const int i : indexes)
            out << p->endpoints[i].text;
        return out;
    };
    const ServicePortPlan *web = plan(QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(ips(web, web->clusterEndpoints), QStringList{"10.244.0.5:8080"});
    const ServicePortPlan *drain = plan(QStringLiteral("drain"));
    QVERIFY(drain);
    QCOMPARE(ips(drain, drain->clusterEndpoints), QStringList{"10.244.0.9:80"});
    const ServicePortPlan *local = plan(QStringLiteral("web-local"));
    QVERIFY(local);
    QCOMPARE(ips(local, local->localEndpoints("node-1")), QStringList{"10.244.0.5:8080"});
    QCOMPARE(ips(local, local->localEndpoints("node-2")), QStringList{"10.244.1.5:8080"});
    QCOMPARE(ips(local, local->localEndpoints("node-3")), QStringList());
    // The health check server counts ready local endpoints only.
    QCOMPARE(local->healthCheckEndpoints("node-1"), 1);
    QCOMPARE(local->healthCheckEndpoints("node-2"), 0);
}

void TestEndpointSlices::usableForViews()
{
    // What the drawing and the quiz count as a Service's endpoints: CategorizeEndpoints without
    // topology — ready ones, else serving-terminating ones; never a not-ready pod.
    const auto usable = [&](const char *name) {
        QStringList out;
        const ServiceInfo *svc = m_cluster.serviceByName(QStringLiteral("default"), name);
        for (const EndpointInfo &e : usableEndpoints(svc->endpoints.value(0)))
            out << e.ip;
        return out;
    };
    QCOMPARE(usable("web"), QStringList{"10.244.0.5"});
    QCOMPARE(usable("drain"), QStringList{"10.244.0.9"});
    QCOMPARE(usable("empty"), QStringList());
    QCOMPARE(usableEndpointAddressCount(*m_cluster.serviceByName("default", "web")), 1);
    QCOMPARE(usableEndpointAddressCount(*m_cluster.serviceByName("default", "big")), 150);
}

void TestEndpointSlices::getEndpointSlices()
{
    // printEndpointSlice: NAME ADDRESSTYPE PORTS ENDPOINTS AGE, no wide columns; the tab writer
    // pads each column to its widest cell (at least 6) plus 3.
    const QString name = sliceName(QStringLiteral("web"));
    const QString expected =
        QStringLiteral("NAME        ADDRESSTYPE   PORTS   ENDPOINTS                          "
                       "AGE\n") +
        name +
        QStringLiteral("   IPv4          8080    10.244.0.5,10.244.1.5,10.244.2.5   <unknown>\n");
    for (const QString &resource :
         {QStringLiteral("endpointslices"), QStringLiteral("endpointslice"),
          QStringLiteral("endpointslices.discovery.k8s.io")}) {
        const KubectlOutput out = kubectl(m_cluster, {"get", resource, name});
        QCOMPARE(out.err, QString());
        QCOMPARE(out.out, expected);
        QCOMPARE(kubectl(m_cluster, {"get", resource, name, "-o", "wide"}).out, expected);
    }
    const KubectlOutput all = kubectl(m_cluster, {"get", "endpointslices", "-A"});
    QVERIFY(all.out.startsWith(QStringLiteral("NAMESPACE   NAME ")));
    QCOMPARE(all.out.count(u'\n'), 1 + 6); // big ×2, drain, empty, web, web-local
    const KubectlOutput missing = kubectl(m_cluster, {"get", "endpointslices", "nope"});
    QCOMPARE(missing.err, QStringLiteral("Error from server (NotFound): "
                                         "endpointslices.discovery.k8s.io \"nope\" not found\n"));
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(kubectl(m_cluster, {"get", "endpointslices", "-n", "other"}).err,
             QStringLiteral("No resources found in other namespace.\n"));
}

void TestEndpointSlices::getEndpointSlicesCells_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("slice");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("endpoints");
    QTest::newRow("formatDiscoveryEndpoints: every address, any condition")
        << "web" << 0 << "8080"
        << "10.244.0.5,10.244.1.5,10.244.2.5";
    QTest::newRow("listWithMoreString: empty lists print <unset> (placeholder)")
        << "empty" << 0 << "<unset>"
        << "<unset>";
    QTest::newRow("listWithMoreString: 3, then \" + N more...\"")
        << "big" << 1 << "8080"
        << "10.244.0.16,10.244.0.17,10.244.0.18 + 47 more...";
}

void TestEndpointSlices::getEndpointSlicesCells()
{
    QFETCH(QString, service);
    QFETCH(int, slice);
    QFETCH(QString, ports);
    QFETCH(QString, endpoints);
    const ServiceInfo *svc = m_cluster.serviceByName(QStringLiteral("default"), service);
    QVERIFY(svc);
    QVERIFY(slice < svc->endpointSlices.size());
    QCOMPARE(endpointSlicePortsCell(svc->endpointSlices[slice]), ports);
    const QString cell = endpointSliceEndpointsCell(svc->endpointSlices[slice]);
    if (service == u"big") // which pods land in the second slice depends on the IPs given
        QVERIFY2(cell.endsWith(QStringLiteral(" + 47 more...")), qPrintable(cell));
    else
        QCOMPARE(cell, endpoints);
}

void TestEndpointSlices::describeEndpointSlice()
{
    // describeEndpointSliceV1 through a tab writer (minwidth 0, tabwidth 8, padding 2): each run
    // of "key:\tvalue" lines is one column; a line without a tab ends the run.
    const QString name = sliceName(QStringLiteral("drain"));
    const QString expected =
        QStringLiteral(
            "Name:         %1\n"
            "Namespace:    default\n"
            "Labels:       endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io\n"
            "              kubernetes.io/service-name=drain\n"
            "Annotations:  <none>\n"
            "AddressType:  IPv4\n"
            "Ports:\n"
            "  Name     Port  Protocol\n"
            "  ----     ----  --------\n"
            "  <unset>  80    TCP\n"
            "Endpoints:\n"
            "  - Addresses:  10.244.0.9\n"
            "    Conditions:\n"
            "      Ready:    false\n"
            "    Hostname:   <unset>\n"
            "    TargetRef:  Pod/drain-a\n"
            "    NodeName:   node-1\n"
            "    Zone:       <unset>\n"
            "Events:         <none>\n")
            .arg(name);
    const KubectlOutput out = kubectl(m_cluster, {"describe", "endpointslice", name});
    QCOMPARE(out.err, QString());
    QCOMPARE(out.out, expected);
    // The placeholder: "Ports: <unset>" and "Endpoints: <none>" are written without a tab.
    const QString placeholder =
        kubectl(m_cluster, {"describe", "endpointslices", sliceName(QStringLiteral("empty"))}).out;
    QVERIFY2(placeholder.contains(QStringLiteral("\nPorts: <unset>\nEndpoints: <none>\n")),
             qPrintable(placeholder));
}

void TestEndpointSlices::getEndpointsWarning()
{
    // v1.33+: the API server's deprecation warning, printed by kubectl on stderr; the Endpoints
    // object leaves terminating pods out (ShouldPodBeInEndpoints, includeTerminating false) and
    // lists not-ready ones as notReadyAddresses, which the ENDPOINTS column does not show.
    const KubectlOutput out = kubectl(m_cluster, {"get", "endpoints", "web"});
    QCOMPARE(out.err, QStringLiteral("Warning: v1 Endpoints is deprecated in v1.33+; use "
                                     "discovery.k8s.io/v1 EndpointSlice\n"));
    QCOMPARE(out.out, QStringLiteral("NAME   ENDPOINTS         AGE\n"
                                     "web    10.244.0.5:8080   <unknown>\n"));
    const ServiceInfo *web = m_cluster.serviceByName(QStringLiteral("default"), "web");
    const QList<EndpointsSubset> subsets = serviceEndpointsSubsets(*web);
    QCOMPARE(subsets.size(), 1);
    QCOMPARE(subsets[0].addresses, QStringList{"10.244.0.5"});
    QCOMPARE(subsets[0].notReadyAddresses, QStringList{"10.244.2.5"});
}

void TestEndpointSlices::terminatingPodStatus()
{
    // printPod: a pod with a deletionTimestamp and a phase that is not terminal is Terminating.
    const KubectlOutput out = kubectl(m_cluster, {"get", "pods", "web-b"});
    QCOMPARE(out.out, QStringLiteral("NAME    READY   STATUS        RESTARTS   AGE\n"
                                     "web-b   1/1     Terminating   0          <unknown>\n"));
}

QTEST_GUILESS_MAIN(TestEndpointSlices)
#include "tst_endpointslices.moc"
