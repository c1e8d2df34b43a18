// Scheduling (kube-scheduler's default filters and its spreading): spec.nodeName, nodeSelector,
// taints and tolerations, unschedulable nodes, Pending pods with their reason, DaemonSets.

#include "builderfixtures.h"

#include "core/controllers/scheduler.h"

#include <QTest>

using namespace hopscope;
using namespace fixtures;

Q_DECLARE_METATYPE(hopscope::Toleration)
Q_DECLARE_METATYPE(hopscope::Taint)

namespace {

const Labels kApp{{"app", "web"}};

QStringList nodesOf(const QList<const PodInfo *> &pods)
{
    QStringList out;
    for (const PodInfo *p : pods)
        out << p->nodeName;
    return out;
}

// Three Node objects: a, b (disktype=ssd), c.
ManifestSet threeNodes()
{
    ManifestSet m;
    m.nodes << node("a", "10.0.0.1", {}) << node("b", "10.0.0.2", {}, {{"disktype", "ssd"}})
            << node("c", "10.0.0.3", {});
    return m;
}

} // namespace

class TestScheduling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spreadEvenly();
    void spreadCountsPodsAlreadyThere();
    void nodeNameHonoured();
    void nodeNameOfMissingNode();
    void nodeSelector();
    void nodeSelectorMatchesNothing();
    void tolerations_data();
    void tolerations();
    void taintsSteerPods();
    void unschedulableAndNotReadySkipped();
    void failureHistogram();
    void pendingPodsLast();
    void daemonSetOnePerEligibleNode();
    void hostNetworkUsesNodeIP();
};

// Pods go to the node with the fewest pods so far, ties to the earlier node.
void TestScheduling::spreadEvenly()
{
    ManifestSet m;
    m.workloads << deployment("web", 6, kApp);
    const Cluster c = buildPlain(m);
    QCOMPARE(nodesOf(podsOf(c, "web")),
             (QStringList{"node-1", "node-2", "node-3", "node-1", "node-2", "node-3"}));
}

void TestScheduling::spreadCountsPodsAlreadyThere()
{
    ManifestSet m;
    PodObject pinned = pod("pinned", {});
    pinned.spec.nodeName = QStringLiteral("node-1");
    m.pods << pinned;
    m.workloads << deployment("web", 3, kApp);
    const Cluster c = buildPlain(m);
    QCOMPARE(nodesOf(podsOf(c, "web")), (QStringList{"node-2", "node-3", "node-1"}));
}

void TestScheduling::nodeNameHonoured()
{
    ManifestSet m = threeNodes();
    m.nodes[2].unschedulable = true;
    m.nodes[2].taints << Taint{"dedicated", "db", "NoSchedule"};
    PodObject p = pod("db", {});
    p.spec.nodeName = QStringLiteral("c"); // bypasses the scheduler's filters
    m.pods << p;
    const Cluster c = buildPlain(m);
    QCOMPARE(c.pod("pod/default/db")->nodeName, QStringLiteral("c"));
    QCOMPARE(c.pod("pod/default/db")->phase, QStringLiteral("Running"));
}

void TestScheduling::nodeNameOfMissingNode()
{
    ManifestSet m;
    PodObject p = pod("lost", {});
    p.spec.nodeName = QStringLiteral("node-9");
    m.pods << p;
    const Cluster c = buildPlain(m);
    const PodInfo *lost = c.pod("pod/default/lost");
    QVERIFY(lost);
    QCOMPARE(lost->phase, QStringLiteral("Pending"));
    QVERIFY(lost->nodeName.isEmpty());
    QVERIFY(lost->ip.isEmpty());
    const Diagnostic *d = findDiagnostic(c, "pod-node-missing");
    QVERIFY(d);
    QCOMPARE(d->severity, Severity::Warning);
    QVERIFY(d->message.contains("node-9"));
}

void TestScheduling::nodeSelector()
{
    ManifestSet m = threeNodes();
    WorkloadObject w = deployment("db", 3, {{"app", "db"}});
    w.podTemplate.spec.nodeSelector = {{"disktype", "ssd"}};
    m.workloads << w;
    const Cluster c = buildPlain(m);
    QCOMPARE(nodesOf(podsOf(c, "db")), (QStringList{"b", "b", "b"}));
}

void TestScheduling::nodeSelectorMatchesNothing()
{
    ManifestSet m;
    WorkloadObject w = deployment("db", 2, {{"app", "db"}});
    w.podTemplate.spec.nodeSelector = {{"disktype", "ssd"}};
    const SourceLocation mark{"db.yaml", 17, 9};
    w.meta.marks.insert("spec.template.spec.nodeSelector", mark);
    m.workloads << w;
    const Cluster c = buildPlain(m);
    const auto pods = podsOf(c, "db");
    QCOMPARE(pods.size(), 2);
    for (const PodInfo *p : pods) {
        QCOMPARE(p->phase, QStringLiteral("Pending"));
        QVERIFY(p->nodeName.isEmpty());
        QVERIFY(p->ip.isEmpty());
        QVERIFY(!p->ready);
    }
    const Diagnostic *d = findDiagnostic(c, "pod-unschedulable");
    QVERIFY(d);
    QCOMPARE(d->severity, Severity::Warning);
    QCOMPARE(d->where, mark);
    QCOMPARE(d->entity, pods[0]->id);
    QVERIFY2(d->message.contains("nodeSelector disktype=ssd matches no node"),
             qPrintable(d->message));
    QCOMPARE(d->hint, QStringLiteral("kube-scheduler: 0/3 nodes are available: 3 node(s) didn't "
                                     "match Pod's node affinity/selector."));
    // one diagnostic for the workload, not one per pod
    int count = 0;
    for (const Diagnostic &x : c.diagnostics)
        count += x.code == u"pod-unschedulable";
    QCOMPARE(count, 1);
}

void TestScheduling::tolerations_data()
{
    QTest::addColumn<Taint>("taint");
    QTest::addColumn<Toleration>("toleration");
    QTest::addColumn<bool>("tolerated");
    const Taint t{"dedicated", "db", "NoSchedule"};
    QTest::newRow("Equal, same key/value/effect")
        << t << Toleration{"dedicated", "Equal", "db", "NoSchedule"} << true;
    QTest::newRow("empty operator means Equal")
        << t << Toleration{"dedicated", "", "db", ""} << true;
    QTest::newRow("Equal, other value")
        << t << Toleration{"dedicated", "Equal", "web", ""} << false;
    QTest::newRow("Exists on the key") << t << Toleration{"dedicated", "Exists", "", ""} << true;
    QTest::newRow("empty key + Exists tolerates everything")
        << t << Toleration{"", "Exists", "", ""} << true;
    QTest::newRow("other effect") << t << Toleration{"dedicated", "Exists", "", "NoExecute"}
                                  << false;
    QTest::newRow("other key") << t << Toleration{"gpu", "Exists", "", ""} << false;
    QTest::newRow("unknown operator") << t << Toleration{"dedicated", "In", "db", ""} << false;
}

void TestScheduling::tolerations()
{
    QFETCH(Taint, taint);
    QFETCH(Toleration, toleration);
    QFETCH(bool, tolerated);
    QCOMPARE(Scheduler::tolerates(toleration, taint), tolerated);
}

void TestScheduling::taintsSteerPods()
{
    ManifestSet m = threeNodes();
    m.nodes[0].taints << Taint{"node-role.kubernetes.io/control-plane", "", "NoSchedule"};
    m.nodes[1].taints << Taint{"maintenance", "", "NoExecute"};
    m.nodes[2].taints << Taint{"slow", "", "PreferNoSchedule"}; // a preference only
    m.workloads << deployment("web", 2, kApp);
    WorkloadObject tolerant = deployment("ops", 3, {{"app", "ops"}});
    tolerant.podTemplate.spec.tolerations << Toleration{"", "Exists", "", ""};
    m.workloads << tolerant;
    const Cluster c = buildPlain(m);
    QCOMPARE(nodesOf(podsOf(c, "web")), (QStringList{"c", "c"}));
    QCOMPARE(nodesOf(podsOf(c, "ops")), (QStringList{"a", "b", "a"}));
}

void TestScheduling::unschedulableAndNotReadySkipped()
{
    ManifestSet m = threeNodes();
    m.nodes[0].unschedulable = true; // cordoned
    m.nodes[1].ready = false;
    m.workloads << deployment("web", 3, kApp);
    const Cluster c = buildPlain(m);
    QCOMPARE(nodesOf(podsOf(c, "web")), (QStringList{"c", "c", "c"}));
}

// FitError.Error(): one "<n> <reason>" per reason, sorted as strings.
void TestScheduling::failureHistogram()
{
    ManifestSet m = threeNodes();
    m.nodes[0].taints << Taint{"dedicated", "db", "NoSchedule"};
    m.nodes[1].unschedulable = true;
    m.nodes[1].meta.labels = {{"gpu", "yes"}};
    PodObject p = pod("picky", {});
    p.spec.nodeSelector = {{"gpu", "yes"}};
    m.pods << p;
    const Cluster c = buildPlain(m);
    const Diagnostic *d = findDiagnostic(c, "pod-unschedulable");
    QVERIFY(d);
    QCOMPARE(d->hint,
             QStringLiteral("kube-scheduler: 0/3 nodes are available: 1 node(s) didn't match Pod's "
                            "node affinity/selector, 1 node(s) had untolerated taint {dedicated: "
                            "db}, 1 node(s) were unschedulable."));
    QVERIFY(d->message.contains(QStringLiteral("Pod \"picky\"")));
}

void TestScheduling::pendingPodsLast()
{
    ManifestSet m;
    PodObject p = pod("nowhere", {});
    p.spec.nodeSelector = {{"zone", "mars"}};
    m.pods << p;
    m.workloads << deployment("web", 2, kApp);
    const Cluster c = buildPlain(m);
    QCOMPARE(c.pods.size(), 3);
    QCOMPARE(c.pods.last().name, QStringLiteral("nowhere"));
    QCOMPARE(c.pods[0].ownerName, QStringLiteral("web"));
    QCOMPARE(c.pods[0].nodeName, QStringLiteral("node-1")); // the Pending pod took no slot
}

void TestScheduling::daemonSetOnePerEligibleNode()
{
    ManifestSet m = threeNodes();
    m.nodes[0].taints << Taint{"node-role.kubernetes.io/control-plane", "", "NoSchedule"};
    m.nodes[2].unschedulable = true; // DaemonSet pods tolerate cordoned nodes
    m.workloads << workload(WorkloadKind::DaemonSet, "agent", 1, {{"app", "agent"}});
    WorkloadObject ssdOnly = workload(WorkloadKind::DaemonSet, "ssd-agent", 1, {{"app", "ssd"}});
    ssdOnly.podTemplate.spec.nodeSelector = {{"disktype", "ssd"}};
    m.workloads << ssdOnly;
    const Cluster c = buildPlain(m);
    QCOMPARE(nodesOf(podsOf(c, "agent")), (QStringList{"b", "c"}));
    QCOMPARE(nodesOf(podsOf(c, "ssd-agent")), (QStringList{"b"}));
    for (const PodInfo *p : podsOf(c, "agent")) {
        QCOMPARE(p->ownerKind, QStringLiteral("DaemonSet"));
        QVERIFY(p->name.startsWith("agent-"));
        QCOMPARE(p->name.size(), 11);
    }
}

void TestScheduling::hostNetworkUsesNodeIP()
{
    ManifestSet m;
    WorkloadObject w = deployment("proxy", 2, {{"app", "proxy"}});
    w.podTemplate.spec.hostNetwork = true;
    m.workloads << w << deployment("web", 1, kApp);
    const Cluster c = buildPlain(m);
    const auto proxies = podsOf(c, "proxy");
    QCOMPARE(proxies[0]->ip, QStringLiteral("192.168.1.2"));
    QCOMPARE(proxies[1]->ip, QStringLiteral("192.168.1.3"));
    QVERIFY(proxies[0]->hostNetwork);
    // hostNetwork pods take no pod address: the next pod on node-3 still gets .2
    QCOMPARE(podsOf(c, "web")[0]->ip, QStringLiteral("10.244.2.2"));
}

QTEST_GUILESS_MAIN(TestScheduling)
#include "tst_scheduling.moc"
