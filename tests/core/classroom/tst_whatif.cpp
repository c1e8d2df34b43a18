// What-if edits of a Cluster (core/whatif.h): each one a small serializable value, applied by
// the builder's own controllers, scheduler, IPAM, allocators and defaulting to give a new
// snapshot. Every row names the Kubernetes fact it checks (reference sections in brackets).

#include "core/controllers/podipam.h"
#include "whatiffixture.h"

#include <QSet>
#include <QTest>

using namespace hopscope;

using namespace whatiffixture;

class TestWhatIf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stringForms_data();
    void stringForms();
    void badStrings_data();
    void badStrings();
    void titles_data();
    void titles();
    void deletePod_data();
    void deletePod();
    void roundRobinIpam_data();
    void roundRobinIpam();
    void replacementsNeverReuseAFreedAddress();
    void barePodIsGone();
    void dumpPodReplacedInItsReplicaSet();
    void scale_data();
    void scale();
    void scaleRefused_data();
    void scaleRefused();
    void nodeDown();
    void nodeDownMovesSystemPods();
    void nodeUpPodsDoNotMoveBack();
    void deterministic();
    void unknownTargets_data();
    void unknownTargets();
};

void TestWhatIf::initTestCase()
{
    const Cluster c = classroom();
    QVERIFY2(!hasErrors(c.diagnostics), qPrintable(c.diagnostics.value(0).toString()));
    QCOMPARE(c.nodes.size(), 3);
    QCOMPARE(podsOf(c, "vote").size(), 3);
    QCOMPARE(podsOf(c, "agent").size(), 3);
    QCOMPARE(c.workloads.size(), 6); // vote, result, db, agent, worker, redis
}

void TestWhatIf::stringForms_data()
{
    QTest::addColumn<WhatIf>("change");
    QTest::addColumn<QString>("text");
    QTest::newRow("delete a pod") << WhatIf::deletePod("pod/default/vote-abc")
                                  << "delete-pod pod/default/vote-abc";
    QTest::newRow("scale") << WhatIf::scale("Deployment/default/vote", 4)
                           << "scale Deployment/default/vote 4";
    QTest::newRow("scale to zero")
        << WhatIf::scale("StatefulSet/default/db", 0) << "scale StatefulSet/default/db 0";
    QTest::newRow("node down") << WhatIf::nodeDown("node/node-2") << "node-down node/node-2";
    QTest::newRow("node up") << WhatIf::nodeUp("node/node-2") << "node-up node/node-2";
    QTest::newRow("externalTrafficPolicy")
        << WhatIf::externalTrafficPolicy("svc/default/vote", "Local")
        << "external-traffic-policy svc/default/vote Local";
    QTest::newRow("internalTrafficPolicy")
        << WhatIf::internalTrafficPolicy("svc/default/vote", "Local")
        << "internal-traffic-policy svc/default/vote Local";
    QTest::newRow("sessionAffinity default timeout")
        << WhatIf::sessionAffinity("svc/default/vote", "ClientIP")
        << "session-affinity svc/default/vote ClientIP";
    QTest::newRow("sessionAffinity with timeout")
        << WhatIf::sessionAffinity("svc/default/vote", "ClientIP", 60)
        << "session-affinity svc/default/vote ClientIP 60";
    QTest::newRow("type") << WhatIf::serviceType("svc/default/db-rw", "NodePort")
                          << "service-type svc/default/db-rw NodePort";
}

void TestWhatIf::stringForms()
{
    QFETCH(WhatIf, change);
    QFETCH(QString, text);
    QCOMPARE(change.toString(), text);
    QString error;
    const std::optional<WhatIf> parsed = WhatIf::fromString(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(*parsed == change);
}

void TestWhatIf::badStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("unknown keyword") << "reboot node/node-1";
    QTest::newRow("scale without count") << "scale Deployment/default/vote";
    QTest::newRow("scale count not a number") << "scale Deployment/default/vote four";
    QTest::newRow("policy without value") << "external-traffic-policy svc/default/vote";
    QTest::newRow("too many parts") << "node-down node/node-1 now";
}

void TestWhatIf::badStrings()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!WhatIf::fromString(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestWhatIf::titles_data()
{
    QTest::addColumn<WhatIf>("change");
    QTest::addColumn<QString>("title");
    QTest::newRow("delete") << WhatIf::deletePod("pod/default/vote-57f45cdd7c-lx5zf")
                            << "Delete pod vote-57f45cdd7c-lx5zf";
    QTest::newRow("scale") << WhatIf::scale("Deployment/default/vote", 4)
                           << "Scale Deployment vote to 4";
    QTest::newRow("node down") << WhatIf::nodeDown("node/node02") << "Take node node02 down";
    QTest::newRow("node up") << WhatIf::nodeUp("node/node02") << "Bring node node02 up";
    QTest::newRow("etp") << WhatIf::externalTrafficPolicy("svc/default/vote", "Local")
                         << "vote: externalTrafficPolicy Local";
    QTest::newRow("itp") << WhatIf::internalTrafficPolicy("svc/default/vote", "Local")
                         << "vote: internalTrafficPolicy Local";
    QTest::newRow("affinity") << WhatIf::sessionAffinity("svc/default/vote", "ClientIP")
                              << "vote: sessionAffinity ClientIP";
    QTest::newRow("type") << WhatIf::serviceType("svc/default/vote", "LoadBalancer")
                          << "vote: type LoadBalancer";
}

void TestWhatIf::titles()
{
    QFETCH(WhatIf, change);
    QFETCH(QString, title);
    QCOMPARE(change.title(), title);
}

void TestWhatIf::deletePod_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("sameName");
    QTest::addColumn<bool>("sameNode");
    QTest::addColumn<QString>("service");
    // The seed's point: the replacement pod has a new name and a new IP; the Service stays.
    QTest::newRow("Deployment pod: new name, new IP, Service endpoints follow")
        << "vote" << 0 << false << false << "svc/default/vote";
    QTest::newRow("ReplicaSet pod: new generated name") << "worker" << 1 << false << false << "";
    QTest::newRow("ReplicationController pod: new generated name")
        << "redis" << 0 << false << false << "";
    QTest::newRow("StatefulSet pod: same name (stable identity), new IP")
        << "db" << 1 << true << false << "svc/default/db";
    QTest::newRow("DaemonSet pod: recreated on its node with a new name")
        << "agent" << 1 << false << true << "svc/default/agent";
}

void TestWhatIf::deletePod()
{
    QFETCH(QString, owner);
    QFETCH(int, which);
    QFETCH(bool, sameName);
    QFETCH(bool, sameNode);
    QFETCH(QString, service);
    const Cluster before = classroom();
    const PodInfo old = *podsOf(before, owner).value(which);
    Diagnostics problems;
    const Cluster after = apply(before, WhatIf::deletePod(old.id), &problems);
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).message));

    const QList<const PodInfo *> pods = podsOf(after, owner);
    QCOMPARE(pods.size(), podsOf(before, owner).size());
    // The one pod that is new.
    const PodInfo *made = nullptr;
    for (const PodInfo *p : pods) {
        const PodInfo *was = before.pod(p->id);
        if (!was || was->ip != p->ip)
            made = p;
    }
    QVERIFY(made);
    QCOMPARE(made->name == old.name, sameName);
    if (!sameName)
        QVERIFY(!after.pod(old.id));
    QVERIFY(made->ip != old.ip);
    QVERIFY(!ipsOf(before).contains(made->ip)); // no address still (or just) in use
    if (sameNode)
        QCOMPARE(made->nodeName, old.nodeName);
    QVERIFY(findCode(problems, "whatif-pod-created"));
    QCOMPARE(after.generation, before.generation + 1);

    // ClusterIPs and nodePorts unchanged; the endpoints follow the pods.
    QCOMPARE(addressesOf(after), addressesOf(before));
    if (!service.isEmpty()) {
        const QStringList ips = endpointIPs(after, service);
        QVERIFY(ips.contains(made->ip));
        QVERIFY(!ips.contains(old.ip));
        QCOMPARE(ips.size(), endpointIPs(before, service).size());
    }
}

void TestWhatIf::roundRobinIpam_data()
{
    QTest::addColumn<QString>("lastReserved");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("expected");
    // A4: host-local allocates round robin from the last reserved IP + 1.
    QTest::newRow("nothing reserved yet: .2 (gateway .1 skipped)")
        << QString() << QStringList() << "10.244.0.2";
    QTest::newRow("after the last reserved, not the lowest free")
        << "10.244.0.5" << QStringList{"10.244.0.3"} << "10.244.0.6";
    QTest::newRow("a freed address below the cursor is not reused")
        << "10.244.0.4" << QStringList{"10.244.0.2", "10.244.0.4"} << "10.244.0.5";
    QTest::newRow("skips addresses in use after the cursor")
        << "10.244.0.4" << QStringList{"10.244.0.5", "10.244.0.6"} << "10.244.0.7";
    QTest::newRow("wraps after the end of the range, gateway skipped")
        << "10.244.0.254" << QStringList{"10.244.0.2"} << "10.244.0.3";
}

void TestWhatIf::roundRobinIpam()
{
    QFETCH(QString, lastReserved);
    QFETCH(QStringList, used);
    QFETCH(QString, expected);
    NodeInfo node;
    node.name = QStringLiteral("node-1");
    node.podCIDR = QStringLiteral("10.244.0.0/24");
    node.lastReservedIP = lastReserved;
    PodIpam ipam({node});
    for (const QString &ip : used)
        ipam.reserve(node.name, ip);
    QCOMPARE(ipam.allocate(node.name).value_or(QString()), expected);
    QCOMPARE(ipam.lastReserved(node.name), expected);
}

void TestWhatIf::replacementsNeverReuseAFreedAddress()
{
    // A4: "deleted pods' IPs are not reused immediately": delete the same workload's pods one
    // after another; every replacement gets an address no pod had before.
    Cluster c = classroom();
    QSet<QString> seen = ipsOf(c);
    const QString node = podsOf(c, "vote").first()->nodeName;
    const QString lastBefore = c.node(node)->lastReservedIP;
    QVERIFY(!lastBefore.isEmpty()); // the builder records host-local's cursor
    for (int round = 0; round < 4; ++round) {
        const PodInfo old = *podsOf(c, "vote").first();
        c = apply(c, WhatIf::deletePod(old.id));
        for (const PodInfo *p : podsOf(c, "vote")) {
            if (c.pod(p->id) && !seen.contains(p->ip)) {
                seen.insert(p->ip);
                continue;
            }
            QVERIFY2(seen.contains(p->ip) && p->ip != old.ip,
                     qPrintable(QStringLiteral("round %1: %2 reused").arg(round).arg(p->ip)));
        }
        QVERIFY(!endpointIPs(c, "svc/default/vote").contains(old.ip));
    }
    QCOMPARE(c.generation, 4);
}

void TestWhatIf::barePodIsGone()
{
    const Cluster before = classroom();
    Diagnostics problems;
    const Cluster after = apply(before, WhatIf::deletePod("pod/default/debug"), &problems);
    QVERIFY(!hasErrors(problems));
    // No controller made it: nothing brings it back, and the explanation says so.
    QVERIFY(!after.pod("pod/default/debug"));
    QCOMPARE(after.pods.size(), before.pods.size() - 1);
    const Diagnostic *gone = findCode(problems, "whatif-pod-gone");
    QVERIFY(gone);
    QCOMPARE(gone->entity, QStringLiteral("pod/default/debug"));
    QCOMPARE(gone->severity, Severity::Info);
    QVERIFY(endpointIPs(after, "svc/default/debug").isEmpty());
    QCOMPARE(after.generation, before.generation); // no pod was created
}

void TestWhatIf::dumpPodReplacedInItsReplicaSet()
{
    // A `kubectl get … -o yaml` dump: the replacement keeps the ReplicaSet's real
    // pod-template-hash, and host-local resumes after the highest address the node shows (A4:
    // the freed 10.244.1.4 is not reused).
    const Cluster before = ClusterBuilder::build(
        ManifestReader::readPaths(
            {QStringLiteral(HOPSCOPE_TEST_DATA "/valid/builder/cluster-dump.yaml")}),
        ClusterSettings());
    QVERIFY(before.pod("pod/default/web-7c5ddbdf54-2xk8q"));
    const Cluster after = apply(before, WhatIf::deletePod("pod/default/web-7c5ddbdf54-2xk8q"));
    const QList<const PodInfo *> pods = podsOf(after, "web");
    QCOMPARE(pods.size(), 2);
    const PodInfo *made = pods.last();
    QVERIFY2(made->name.startsWith(u"web-7c5ddbdf54-"), qPrintable(made->name));
    QCOMPARE(made->labels.value("pod-template-hash"), QStringLiteral("7c5ddbdf54"));
    QCOMPARE(made->nodeName, QStringLiteral("kind-worker")); // the control plane is tainted
    QCOMPARE(made->ip, QStringLiteral("10.244.1.6"));
    QStringList ips = endpointIPs(after, "svc/default/web");
    ips.sort();
    QCOMPARE(ips, (QStringList{"10.244.1.5", "10.244.1.6"}));
    QCOMPARE(after.service("svc/default/web")->clusterIP, QStringLiteral("10.106.33.17"));
    QCOMPARE(after.service("svc/default/web")->ports.first().nodePort, 31337);
}

void TestWhatIf::scale_data()
{
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<QStringList>("expectedNames"); // empty: only the count is checked
    QTest::newRow("Deployment up: pods <rs>-<5 chars> are added") << "Deployment/default/vote"
                                                                  << "vote" << 5 << QStringList();
    QTest::newRow("Deployment down: the newest go, the first stay")
        << "Deployment/default/vote"
        << "vote" << 1 << QStringList{"first"};
    QTest::newRow("StatefulSet up: the next ordinals")
        << "StatefulSet/default/db"
        << "db" << 4 << QStringList{"db-0", "db-1", "db-2", "db-3"};
    QTest::newRow("StatefulSet down: the highest ordinals go") << "StatefulSet/default/db"
                                                               << "db" << 1 << QStringList{"db-0"};
    QTest::newRow("ReplicaSet to zero") << "ReplicaSet/default/worker"
                                        << "worker" << 0 << QStringList();
    QTest::newRow("ReplicationController up") << "ReplicationController/default/redis"
                                              << "redis" << 3 << QStringList();
}

void TestWhatIf::scale()
{
    QFETCH(QString, workload);
    QFETCH(QString, owner);
    QFETCH(int, replicas);
    QFETCH(QStringList, expectedNames);
    const Cluster before = classroom();
    Diagnostics problems;
    const Cluster after = apply(before, WhatIf::scale(workload, replicas), &problems);
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).message));
    const QList<const PodInfo *> pods = podsOf(after, owner);
    QCOMPARE(pods.size(), replicas);
    QCOMPARE(after.workload(workload)->replicas, replicas);
    for (const PodInfo *p : pods) {
        QVERIFY2(!p->nodeName.isEmpty() && !p->ip.isEmpty(), qPrintable(p->name));
        if (!before.pod(p->id) && owner == u"vote") {
            // pod-template-hash names: the same ReplicaSet prefix as the others.
            const QString prefix = podsOf(before, owner).first()->name.chopped(5);
            QVERIFY2(p->name.startsWith(prefix), qPrintable(p->name));
        }
    }
    if (expectedNames == QStringList{"first"})
        expectedNames = {podsOf(before, owner).first()->name};
    if (!expectedNames.isEmpty()) {
        QStringList names = namesOf(pods);
        names.sort();
        QCOMPARE(names, expectedNames);
    }
    // Endpoints of the Service selecting them follow; ClusterIPs and nodePorts stay.
    QCOMPARE(addressesOf(after), addressesOf(before));
    if (owner == u"vote")
        QCOMPARE(endpointIPs(after, "svc/default/vote").size(), replicas);
    if (owner == u"db")
        QCOMPARE(endpointIPs(after, "svc/default/db").size(), replicas);
}

void TestWhatIf::scaleRefused_data()
{
    QTest::addColumn<WhatIf>("change");
    QTest::addColumn<QString>("code");
    QTest::newRow("a DaemonSet has no replicas")
        << WhatIf::scale("DaemonSet/default/agent", 2) << "whatif-refused";
    QTest::newRow("negative replicas")
        << WhatIf::scale("Deployment/default/vote", -1) << "whatif-refused";
    QTest::newRow("hostile replica count (memory guard)")
        << WhatIf::scale("Deployment/default/vote", 2000000000) << "whatif-refused";
    QTest::newRow("no such workload")
        << WhatIf::scale("Deployment/default/nope", 2) << "whatif-unknown-target";
}

void TestWhatIf::scaleRefused()
{
    QFETCH(WhatIf, change);
    QFETCH(QString, code);
    const Cluster before = classroom();
    Diagnostics problems;
    const Cluster after = apply(before, change, &problems);
    QVERIFY(hasErrors(problems));
    QCOMPARE(problems.first().code, code);
    QVERIFY(after == before);
}

void TestWhatIf::nodeDown()
{
    const Cluster before = classroom();
    const QString down = QStringLiteral("node-2");
    const QString voteRulesBefore = rulesOf(before, "node-1");
    Diagnostics problems;
    const Cluster after = apply(before, WhatIf::nodeDown("node/" + down), &problems);
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).message));

    // The node stays listed, NotReady, with its pod CIDR; no pod is left on it.
    const NodeInfo *node = after.node(down);
    QVERIFY(node);
    QVERIFY(!node->ready);
    QCOMPARE(node->podCIDR, before.node(down)->podCIDR);
    QVERIFY(after.podsOnNode(down).isEmpty());

    // Workload pods are recreated elsewhere with new names and IPs; the DaemonSet's is gone.
    QCOMPARE(podsOf(after, "vote").size(), 3);
    QCOMPARE(podsOf(after, "db").size(), 2);
    QCOMPARE(podsOf(after, "agent").size(), 2);
    for (const PodInfo &p : after.pods)
        QVERIFY2(p.nodeName != down, qPrintable(p.id));
    QStringList moved;
    for (const PodInfo *p : before.podsOnNode(down)) {
        moved << p->ip;
        if (p->ownerKind == u"Deployment")
            QVERIFY(!after.pod(p->id));
    }
    QVERIFY(!moved.isEmpty());

    // Endpoints updated: no endpoint on the NotReady node, none with an old address.
    for (const ServiceInfo &s : after.services)
        for (const auto &list : s.endpoints)
            for (const EndpointInfo &e : list) {
                QVERIFY2(e.nodeName != down, qPrintable(s.id));
                QVERIFY2(!moved.contains(e.ip), qPrintable(s.id + u' ' + e.ip));
            }
    QCOMPARE(addressesOf(after), addressesOf(before));

    // The NodePort rules on the other nodes follow (A3.2): DNAT to the new pod, not the old.
    const QString rules = rulesOf(after, "node-1");
    const PodInfo *oldVote = nullptr;
    for (const PodInfo *p : before.podsOnNode(down))
        if (p->ownerName == u"vote")
            oldVote = p;
    QVERIFY(oldVote);
    const QString oldDnat = QStringLiteral("--to-destination %1:80").arg(oldVote->ip);
    QVERIFY(voteRulesBefore.contains(oldDnat));
    QVERIFY(!rules.contains(oldDnat));
    for (const PodInfo *p : podsOf(after, "vote"))
        QVERIFY(rules.contains(QStringLiteral("--to-destination %1:80").arg(p->ip)));
    QVERIFY(!rulesOf(after, down).isEmpty()); // kube-proxy's rules are still on it
}

void TestWhatIf::nodeDownMovesSystemPods()
{
    // With Hopscope's system objects: CoreDNS pods (a Deployment) move too, and kube-dns
    // keeps its ClusterIP 10.96.0.10 while its endpoints change.
    const Cluster before = classroom(ClusterSettings::SystemObjects::Always);
    QString node;
    for (const PodInfo &p : before.pods)
        if (p.ownerName == u"coredns")
            node = p.nodeName;
    QVERIFY(!node.isEmpty());
    const Cluster after = apply(before, WhatIf::nodeDown(node));
    QCOMPARE(podsOf(after, "coredns").size(), podsOf(before, "coredns").size());
    for (const PodInfo *p : podsOf(after, "coredns"))
        QVERIFY(p->nodeName != node);
    QCOMPARE(after.service("svc/kube-system/kube-dns")->clusterIP, QStringLiteral("10.96.0.10"));
    QVERIFY(endpointIPs(after, "svc/kube-system/kube-dns") !=
            endpointIPs(before, "svc/kube-system/kube-dns"));
}

void TestWhatIf::nodeUpPodsDoNotMoveBack()
{
    const Cluster start = classroom();
    const Cluster down = apply(start, WhatIf::nodeDown("node/node-3"));
    const Cluster up = apply(down, WhatIf::nodeUp("node/node-3"));
    QVERIFY(up.node("node-3")->ready);
    // Running pods stay where the scheduler put them; only the DaemonSet comes back.
    for (const PodInfo &p : down.pods) {
        const PodInfo *now = up.pod(p.id);
        QVERIFY2(now, qPrintable(p.id));
        QCOMPARE(now->nodeName, p.nodeName);
        QCOMPARE(now->ip, p.ip);
    }
    QCOMPARE(up.podsOnNode("node-3").size(), 1);
    QCOMPARE(up.podsOnNode("node-3").first()->ownerName, QStringLiteral("agent"));
    QCOMPARE(podsOf(up, "agent").size(), 3);
    // Bringing an up node up changes nothing.
    QVERIFY(apply(up, WhatIf::nodeUp("node/node-3")) == up);
}

void TestWhatIf::deterministic()
{
    // The same Cluster and the same edits give the same new Cluster, every time.
    const QList<WhatIf> edits{
        WhatIf::deletePod(podsOf(classroom(), "vote").first()->id),
        WhatIf::nodeDown("node/node-1"),
        WhatIf::scale("Deployment/default/vote", 6),
        WhatIf::serviceType("svc/default/db-rw", "LoadBalancer"),
        WhatIf::externalTrafficPolicy("svc/default/db-rw", "Local"),
        WhatIf::nodeUp("node/node-1"),
        WhatIf::scale("StatefulSet/default/db", 3),
    };
    Cluster a = classroom();
    Cluster b = classroom();
    for (const WhatIf &w : edits) {
        a = apply(a, w);
        b = apply(b, w);
        QVERIFY2(a == b, qPrintable(w.toString()));
    }
    QVERIFY(!(a == classroom()));
}

void TestWhatIf::unknownTargets_data()
{
    QTest::addColumn<WhatIf>("change");
    QTest::newRow("pod") << WhatIf::deletePod("pod/default/nope");
    QTest::newRow("node down") << WhatIf::nodeDown("node/node-9");
    QTest::newRow("node up") << WhatIf::nodeUp("node/node-9");
    QTest::newRow("service") << WhatIf::serviceType("svc/default/nope", "NodePort");
    QTest::newRow("empty target") << WhatIf::deletePod(QString());
}

void TestWhatIf::unknownTargets()
{
    QFETCH(WhatIf, change);
    const Cluster before = classroom();
    Diagnostics problems;
    QVERIFY(applyWhatIf(before, change, &problems) == before);
    QVERIFY(hasErrors(problems));
    QVERIFY(applyWhatIf(before, change, nullptr) == before); // problems may be null
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
