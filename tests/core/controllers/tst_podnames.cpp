// Pod names as the controllers make them, made stable: Deployment → ReplicaSet
// <deploy>-<pod-template-hash> (ComputeHash: fnv-32a + rand.SafeEncodeString) → pods <rs>-<5>,
// StatefulSet ordinals, ReplicaSet / ReplicationController / DaemonSet <name>-<5>; selector
// checks as the API server does them.

#include "builderfixtures.h"

#include "core/controllers/podnames.h"
#include "core/base/stablehash.h"
#include "core/controllers/workloadcontroller.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hopscope;
using namespace fixtures;

namespace {

const Labels kApp{{"app", "web"}};
const QString kAlphabet = QStringLiteral("[bcdfghjklmnpqrstvwxz2456789]");

QStringList namesOf(const QList<const PodInfo *> &pods)
{
    QStringList out;
    for (const PodInfo *p : pods)
        out << p->name;
    return out;
}

} // namespace

class TestPodNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computeHash_data();
    void computeHash();
    void deploymentPodNames();
    void deploymentNamesStable();
    void templateChangeChangesHash();
    void namesUniqueWithinNamespace();
    void statefulSetOrdinals();
    void generatedNameShapes_data();
    void generatedNameShapes();
    void longNamesTruncated();
    void replicasZeroAndDefault();
    void replicationControllerSelectorDefault();
    void selectorChecks_data();
    void selectorChecks();
    void podPorts();
    void barePodsKeepTheirNames();
};

// Expected values computed independently: fnv-32a of the bytes, decimal, each digit byte mapped
// to "bcdfghjklmnpqrstvwxz2456789"[byte % 27].
void TestPodNames::computeHash_data()
{
    QTest::addColumn<QByteArray>("canonical");
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty template text") << QByteArray() << "65bb57b6b5";
    QTest::newRow("\"a\"") << QByteArray("a") << "7d6b446664";
    QTest::newRow("nine-digit hash gives nine characters")
        << QByteArray(R"({"spec":{"containers":[{"name":"nginx"}]}})") << "9848d5667";
    QTest::newRow("\"hopscope\"") << QByteArray("hopscope") << "6d9d96c5b";
}

void TestPodNames::computeHash()
{
    QFETCH(QByteArray, canonical);
    QFETCH(QString, hash);
    if (canonical.isEmpty()) {
        QCOMPARE(safeEncodeString(QByteArray::number(fnv32a(canonical))), hash);
        return;
    }
    PodTemplate t;
    t.canonical = canonical; // as the reader fills it
    QCOMPARE(podTemplateHash(t), hash);
}

void TestPodNames::deploymentPodNames()
{
    ManifestSet m;
    WorkloadObject w = deployment("web", 3, kApp);
    m.workloads << w;
    const Cluster c = buildPlain(m);
    const QString hash = podTemplateHash(w.podTemplate);
    QVERIFY(QRegularExpression("^[4-9bcdf]{1,10}$").match(hash).hasMatch());
    const QRegularExpression shape("^web-" + hash + "-" + kAlphabet + "{5}$");
    const auto pods = podsOf(c, "web");
    QCOMPARE(pods.size(), 3);
    for (const PodInfo *p : pods) {
        QVERIFY2(shape.match(p->name).hasMatch(), qPrintable(p->name));
        QCOMPARE(p->ownerKind, QStringLiteral("Deployment")); // not the ReplicaSet
        QCOMPARE(p->ownerName, QStringLiteral("web"));
        QCOMPARE(p->labels.value("pod-template-hash"), hash); // added by the Deployment
        QCOMPARE(p->labels.value("app"), QStringLiteral("web"));
        QCOMPARE(p->labels.size(), 2);
        QCOMPARE(p->id, QStringLiteral("pod/default/") + p->name);
    }
    QCOMPARE(WorkloadController::replicaSetName(w), QStringLiteral("web-") + hash);
}

void TestPodNames::deploymentNamesStable()
{
    ManifestSet m;
    m.workloads << deployment("web", 3, kApp);
    const QStringList first = namesOf(podsOf(buildPlain(m), "web"));
    const QStringList second = namesOf(podsOf(buildPlain(m), "web"));
    QCOMPARE(first, second);
    // Another namespace: other suffixes (the hash input includes the namespace).
    ManifestSet other;
    other.workloads << deployment("web", 3, kApp, {}, "shop");
    const QStringList elsewhere = namesOf(podsOf(buildPlain(other), "web"));
    QCOMPARE(elsewhere.size(), 3);
    QVERIFY(elsewhere != first);
}

void TestPodNames::templateChangeChangesHash()
{
    WorkloadObject a = deployment("web", 1, kApp, {cport(80)});
    WorkloadObject b = a;
    b.podTemplate.spec.containers[0].image = QStringLiteral("web:2.0");
    WorkloadObject c = a;
    c.replicas = 5; // not part of the template
    QVERIFY(podTemplateHash(a.podTemplate) != podTemplateHash(b.podTemplate));
    QCOMPARE(podTemplateHash(a.podTemplate), podTemplateHash(c.podTemplate));
}

void TestPodNames::namesUniqueWithinNamespace()
{
    ManifestSet m;
    m.workloads << deployment("web", 150, kApp)
                << workload(WorkloadKind::ReplicaSet, "web", 100, {{"app", "rs"}});
    ClusterSettings s = plainSettings();
    s.nodeCount = 2;
    const Cluster c = ClusterBuilder::build(m, s);
    QSet<QString> names;
    for (const PodInfo &p : c.pods)
        names.insert(p.id);
    QCOMPARE(names.size(), 250);
}

void TestPodNames::statefulSetOrdinals()
{
    ManifestSet m;
    WorkloadObject w = workload(WorkloadKind::StatefulSet, "db", 3, {{"app", "db"}});
    w.serviceName = QStringLiteral("db-headless");
    m.workloads << w;
    const Cluster c = buildPlain(m);
    const auto pods = podsOf(c, "db");
    QCOMPARE(namesOf(pods), (QStringList{"db-0", "db-1", "db-2"}));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(pods[i]->hostname, pods[i]->name);
        QCOMPARE(pods[i]->subdomain, QStringLiteral("db-headless"));
        QCOMPARE(pods[i]->ownerKind, QStringLiteral("StatefulSet"));
        QCOMPARE(pods[i]->labels.value("statefulset.kubernetes.io/pod-name"), pods[i]->name);
        QVERIFY(!pods[i]->labels.contains("pod-template-hash"));
    }
}

void TestPodNames::generatedNameShapes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("owner");
    QTest::newRow("ReplicaSet <name>-<5>") << int(WorkloadKind::ReplicaSet) << "ReplicaSet";
    QTest::newRow("ReplicationController <name>-<5>")
        << int(WorkloadKind::ReplicationController) << "ReplicationController";
    QTest::newRow("DaemonSet <name>-<5>") << int(WorkloadKind::DaemonSet) << "DaemonSet";
}

void TestPodNames::generatedNameShapes()
{
    QFETCH(int, kind);
    QFETCH(QString, owner);
    ManifestSet m;
    m.workloads << workload(WorkloadKind(kind), "frontend", 3, {{"tier", "frontend"}});
    const Cluster c = buildPlain(m);
    const auto pods = podsOf(c, "frontend");
    QCOMPARE(pods.size(), 3); // DaemonSet: one per node of three
    const QRegularExpression shape("^frontend-" + kAlphabet + "{5}$");
    for (const PodInfo *p : pods) {
        QVERIFY2(shape.match(p->name).hasMatch(), qPrintable(p->name));
        QCOMPARE(p->ownerKind, owner);
        QVERIFY(!p->labels.contains("pod-template-hash"));
    }
}

// SimpleNameGenerator: the base is cut to 58 characters before the 5 random ones.
void TestPodNames::longNamesTruncated()
{
    const QString base(70, u'a');
    ManifestSet m;
    m.workloads << workload(WorkloadKind::ReplicaSet, base, 1, kApp);
    const Cluster c = buildPlain(m);
    const QString name = c.pods.value(0).name;
    QCOMPARE(name.size(), 63);
    QVERIFY(name.startsWith(QString(58, u'a')));
}

void TestPodNames::replicasZeroAndDefault()
{
    ManifestSet m;
    WorkloadObject zero = deployment("zero", 0, {{"app", "zero"}});
    WorkloadObject unset = deployment("one", 1, {{"app", "one"}});
    unset.replicasSet = false; // the reader defaults replicas to 1
    m.workloads << zero << unset;
    const Cluster c = buildPlain(m);
    QCOMPARE(podsOf(c, "zero").size(), 0);
    QCOMPARE(podsOf(c, "one").size(), 1);
    QVERIFY(!hasErrors(c.diagnostics));
}

// SetDefaults_ReplicationController: the selector defaults to the template labels.
void TestPodNames::replicationControllerSelectorDefault()
{
    ManifestSet m;
    WorkloadObject rc = workload(WorkloadKind::ReplicationController, "frontend", 2,
                                 {{"app", "guestbook"}, {"tier", "frontend"}});
    QVERIFY(!rc.selector.present);
    m.workloads << rc;
    m.services << service("frontend", {}, {port(80)}, {{"app", "guestbook"}, {"tier", "frontend"}});
    const Cluster c = buildPlain(m);
    QVERIFY(!hasErrors(c.diagnostics));
    QCOMPARE(podsOf(c, "frontend").size(), 2);
    QCOMPARE(WorkloadController::effectiveSelector(rc).matchLabels, rc.podTemplate.labels);
    QCOMPARE(c.serviceByName("default", "frontend")->endpoints[0].size(), 2);
}

void TestPodNames::selectorChecks_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("selectorWritten");
    QTest::addColumn<Labels>("selector");
    QTest::addColumn<Labels>("templateLabels");
    QTest::addColumn<QString>("error");

    const Labels web{{"app", "web"}};
    const Labels apache{{"app", "apache"}};
    QTest::newRow("matching selector is fine") << int(WorkloadKind::Deployment) << true << web
                                               << Labels{{"app", "web"}, {"v", "1"}} << QString();
    QTest::newRow("Deployment selector does not match template labels")
        << int(WorkloadKind::Deployment) << true << web << apache
        << "The Deployment \"x\" is invalid: spec.template.metadata.labels: Invalid value: "
           "map[string]string{\"app\":\"apache\"}: `selector` does not match template `labels`";
    QTest::newRow("ReplicaSet mismatch, two template labels")
        << int(WorkloadKind::ReplicaSet) << true << web << Labels{{"app", "apache"}, {"tier", "fe"}}
        << "The ReplicaSet \"x\" is invalid: spec.template.metadata.labels: Invalid value: "
           "map[string]string{\"app\":\"apache\", \"tier\":\"fe\"}: `selector` does not match "
           "template `labels`";
    QTest::newRow("StatefulSet mismatch")
        << int(WorkloadKind::StatefulSet) << true << web << apache
        << "The StatefulSet \"x\" is invalid: spec.template.metadata.labels: Invalid value: "
           "map[string]string{\"app\":\"apache\"}: `selector` does not match template `labels`";
    QTest::newRow("apps/v1 Deployment without selector")
        << int(WorkloadKind::Deployment) << false << Labels{} << web
        << "The Deployment \"x\" is invalid: \n* spec.selector: Required value\n"
           "* spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: "
           "`selector` does not match template `labels`";
    QTest::newRow("ReplicationController selector mismatch")
        << int(WorkloadKind::ReplicationController) << true << web << apache
        << "The ReplicationController \"x\" is invalid: spec.template.metadata.labels: Invalid "
           "value: map[string]string{\"app\":\"apache\"}: `selector` does not match template "
           "`labels`";
    QTest::newRow("ReplicationController without selector: template labels")
        << int(WorkloadKind::ReplicationController) << false << Labels{} << web << QString();
}

void TestPodNames::selectorChecks()
{
    QFETCH(int, kind);
    QFETCH(bool, selectorWritten);
    QFETCH(Labels, selector);
    QFETCH(Labels, templateLabels);
    QFETCH(QString, error);
    WorkloadObject w = workload(WorkloadKind(kind), "x", 2, templateLabels);
    w.selector = LabelSelector{};
    w.selector.present = selectorWritten;
    w.selector.matchLabels = selector;
    ManifestSet m;
    m.workloads << w;
    const Cluster c = buildPlain(m);
    const QStringList errors = diagnosticMessages(c, Severity::Error);
    if (error.isEmpty()) {
        QCOMPARE(errors, QStringList());
        QCOMPARE(podsOf(c, "x").size(), 2);
        return;
    }
    QCOMPARE(errors, QStringList{error});
    QCOMPARE(podsOf(c, "x").size(), 0); // refused: no pods
    QCOMPARE(findDiagnostic(c, "workload-invalid")->severity, Severity::Error);
}

// Container ports flattened: containers, then restartPolicy: Always init containers (sidecars);
// protocol defaulted to TCP.
void TestPodNames::podPorts()
{
    WorkloadObject w = deployment("web", 1, kApp, {cport(80, "http"), cport(53, "dns", "UDP")});
    Container sidecar = container("proxy", {cport(15001, "envoy")});
    sidecar.restartAlways = true;
    Container setup = container("setup", {cport(9999, "ignored")});
    w.podTemplate.spec.initContainers << setup << sidecar;
    w.podTemplate.spec.containers << container("metrics", {cport(9100)});
    ManifestSet m;
    m.workloads << w;
    const Cluster c = buildPlain(m);
    const QList<PodPort> expected{{"web", "http", 80, "TCP"},
                                  {"web", "dns", 53, "UDP"},
                                  {"metrics", "", 9100, "TCP"},
                                  {"proxy", "envoy", 15001, "TCP"}};
    QCOMPARE(c.pods.value(0).ports, expected);
    QCOMPARE(c.pods.value(0).containerCount, 3); // web, metrics and the proxy sidecar
}

void TestPodNames::barePodsKeepTheirNames()
{
    ManifestSet m;
    m.pods << pod("myapp-pod", {{"app", "myapp"}});
    PodObject generated = pod(QString(), {});
    generated.meta.generateName = QStringLiteral("job-");
    m.pods << generated;
    const Cluster c = buildPlain(m);
    QVERIFY(c.pod("pod/default/myapp-pod"));
    QCOMPARE(c.pod("pod/default/myapp-pod")->ownerKind, QString());
    QVERIFY(
        QRegularExpression("^job-" + kAlphabet + "{5}$").match(c.pods.value(1).name).hasMatch());
}

QTEST_GUILESS_MAIN(TestPodNames)
#include "tst_podnames.moc"
