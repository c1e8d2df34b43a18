// What-if edits of a Service (core/whatif.h): traffic policies, session affinity and the type,
// each applied by the builder's own defaulting and allocators; toggling back gives the same
// snapshot. Every row names the Kubernetes fact it checks (reference sections in brackets).

#include "whatiffixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace hopscope;
using namespace whatiffixture;

class TestWhatIfService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policies_data();
    void policies();
    void policyRefused_data();
    void policyRefused();
    void serviceType_data();
    void serviceType();
    void toggleBackGivesTheSameCluster_data();
    void toggleBackGivesTheSameCluster();
};

void TestWhatIfService::policies_data()
{
    QTest::addColumn<WhatIf>("change");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QStringList>("rulesAppear");
    QTest::addColumn<QStringList>("rulesGo");
    // A1.5 / A3.2: Local keeps traffic on the node (KUBE-SVL) and drops it where there is no
    // local endpoint; LoadBalancer + Local allocates a healthCheckNodePort.
    QTest::newRow("externalTrafficPolicy Local on a NodePort: KUBE-SVL, no masquerade")
        << WhatIf::externalTrafficPolicy("svc/default/vote", "Local") << "node-1"
        << QStringList{"-A KUBE-SVL-", "pod traffic for default/vote external destinations"}
        << QStringList{"masquerade traffic for default/vote external destinations"};
    QTest::newRow("externalTrafficPolicy Local without a local endpoint: DROP")
        << WhatIf::externalTrafficPolicy("svc/default/result", "Local") << "node-3"
        << QStringList{"\"default/result has no local endpoints\"", "-j DROP",
                       "\"default/result health check node port\""}
        << QStringList();
    QTest::newRow("internalTrafficPolicy Local: the ClusterIP jumps to KUBE-SVL")
        << WhatIf::internalTrafficPolicy("svc/default/db-rw", "Local") << "node-2"
        << QStringList{"-A KUBE-SVL-"} << QStringList();
    QTest::newRow("internalTrafficPolicy Local on a node without a db pod: DROP")
        << WhatIf::internalTrafficPolicy("svc/default/db-rw", "Local") << "node-1"
        << QStringList{"\"default/db-rw has no local endpoints\"", "-j DROP"} << QStringList();
    QTest::newRow("sessionAffinity ClientIP: recent-match rules, default 10800 s")
        << WhatIf::sessionAffinity("svc/default/vote", "ClientIP") << "node-1"
        << QStringList{"--rcheck --seconds 10800 --reap", "--set"} << QStringList();
    QTest::newRow("sessionAffinity ClientIP with its own timeout")
        << WhatIf::sessionAffinity("svc/default/vote", "ClientIP", 60) << "node-1"
        << QStringList{"--rcheck --seconds 60 --reap"} << QStringList{"--seconds 10800"};
}

void TestWhatIfService::policies()
{
    QFETCH(WhatIf, change);
    QFETCH(QString, node);
    QFETCH(QStringList, rulesAppear);
    QFETCH(QStringList, rulesGo);
    const Cluster before = classroom();
    Diagnostics problems;
    const Cluster after = apply(before, change, &problems);
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).message));
    QVERIFY(!(after == before));
    const QString rulesBefore = rulesOf(before, node);
    const QString rulesAfter = rulesOf(after, node);
    for (const QString &r : rulesAppear) {
        QVERIFY2(rulesAfter.contains(r), qPrintable(r));
        if (r.startsWith(u"-A") || r.startsWith(u"\""))
            QVERIFY2(!rulesBefore.contains(r), qPrintable(r));
    }
    for (const QString &r : rulesGo) {
        QVERIFY2(!rulesAfter.contains(r), qPrintable(r));
    }
    const ServiceInfo *s = after.service(change.target);
    switch (change.kind) {
    case WhatIf::Kind::SetExternalTrafficPolicy:
        QCOMPARE(s->externalTrafficPolicy, change.value);
        if (s->type == ServiceType::LoadBalancer) {
            // A1.3: from the same range, distinct from every nodePort.
            QVERIFY(s->healthCheckNodePort >= 30000 && s->healthCheckNodePort <= 32767);
            for (const ServiceInfo &other : after.services)
                for (const ServicePortInfo &p : other.ports)
                    QVERIFY(p.nodePort != s->healthCheckNodePort);
        }
        break;
    case WhatIf::Kind::SetInternalTrafficPolicy:
        QCOMPARE(s->internalTrafficPolicy, change.value);
        break;
    case WhatIf::Kind::SetSessionAffinity:
        QCOMPARE(s->sessionAffinity, change.value);
        QCOMPARE(s->affinityTimeoutSeconds, change.count > 0 ? change.count : 10800);
        break;
    default:
        break;
    }
    QCOMPARE(addressesOf(after), addressesOf(before));
    QCOMPARE(after.pods, before.pods);
}

void TestWhatIfService::policyRefused_data()
{
    QTest::addColumn<WhatIf>("change");
    QTest::addColumn<QString>("message");
    // A2.2, verbatim.
    QTest::newRow("externalTrafficPolicy on a plain ClusterIP Service")
        << WhatIf::externalTrafficPolicy("svc/default/db-rw", "Local")
        << "The Service \"db-rw\" is invalid: spec.externalTrafficPolicy: Invalid value: "
           "\"Local\": may only be set for externally-accessible services";
    QTest::newRow("externalTrafficPolicy bad value")
        << WhatIf::externalTrafficPolicy("svc/default/vote", "Global")
        << "The Service \"vote\" is invalid: spec.externalTrafficPolicy: Unsupported value: "
           "\"Global\": supported values: \"Cluster\", \"Local\"";
    QTest::newRow("internalTrafficPolicy bad value")
        << WhatIf::internalTrafficPolicy("svc/default/vote", "Node")
        << "The Service \"vote\" is invalid: spec.internalTrafficPolicy: Unsupported value: "
           "\"Node\": supported values: \"Cluster\", \"Local\"";
    QTest::newRow("sessionAffinity bad value")
        << WhatIf::sessionAffinity("svc/default/vote", "Sticky")
        << "The Service \"vote\" is invalid: spec.sessionAffinity: Unsupported value: "
           "\"Sticky\": supported values: \"ClientIP\", \"None\"";
    QTest::newRow("ClientIP timeout out of range")
        << WhatIf::sessionAffinity("svc/default/vote", "ClientIP", 90000)
        << "The Service \"vote\" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: "
           "Invalid value: 90000: must be greater than 0 and less than 86400";
    QTest::newRow("headless Service to NodePort")
        << WhatIf::serviceType("svc/default/db", "NodePort")
        << "The Service \"db\" is invalid: spec.clusterIPs[0]: Invalid value: \"None\": may not "
           "be set to 'None' for NodePort services";
    QTest::newRow("bad type")
        << WhatIf::serviceType("svc/default/vote", "Nodeport")
        << "The Service \"vote\" is invalid: spec.type: Unsupported value: \"Nodeport\": "
           "supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"";
}

void TestWhatIfService::policyRefused()
{
    QFETCH(WhatIf, change);
    QFETCH(QString, message);
    const Cluster before = classroom();
    Diagnostics problems;
    const Cluster after = apply(before, change, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Severity::Error);
    QCOMPARE(problems.first().message, message);
    QVERIFY(after == before);
}

void TestWhatIfService::serviceType_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("nodePorts");
    QTest::addColumn<bool>("loadBalancer");
    QTest::addColumn<QString>("externalTrafficPolicy");
    // A1.1 defaulting on update, A1.3 allocation, dropTypeDependentFields.
    QTest::newRow("ClusterIP to NodePort: nodePort allocated, externalTrafficPolicy Cluster")
        << "svc/default/db-rw"
        << "NodePort" << true << false << "Cluster";
    QTest::newRow("NodePort to ClusterIP: nodePorts dropped, policy cleared")
        << "svc/default/vote"
        << "ClusterIP" << false << false << "";
    QTest::newRow("NodePort to LoadBalancer: nodePort kept, a cloud address")
        << "svc/default/vote"
        << "LoadBalancer" << true << true << "Cluster";
    QTest::newRow("LoadBalancer to NodePort: the cloud lets go, nodePort kept")
        << "svc/default/result"
        << "NodePort" << true << false << "Cluster";
    QTest::newRow("LoadBalancer to ClusterIP") << "svc/default/result"
                                               << "ClusterIP" << false << false << "";
    QTest::newRow("ClusterIP to LoadBalancer") << "svc/default/db-rw"
                                               << "LoadBalancer" << true << true << "Cluster";
}

void TestWhatIfService::serviceType()
{
    QFETCH(QString, service);
    QFETCH(QString, type);
    QFETCH(bool, nodePorts);
    QFETCH(bool, loadBalancer);
    QFETCH(QString, externalTrafficPolicy);
    const Cluster before = classroom();
    Diagnostics problems;
    const Cluster after = apply(before, WhatIf::serviceType(service, type), &problems);
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).message));
    const ServiceInfo *was = before.service(service);
    const ServiceInfo *s = after.service(service);
    QCOMPARE(s->typeName(), type);
    QCOMPARE(s->clusterIP, was->clusterIP); // the ClusterIP never changes
    QCOMPARE(s->externalTrafficPolicy, externalTrafficPolicy);
    QCOMPARE(s->endpoints, was->endpoints);
    QSet<int> others;
    for (const ServiceInfo &o : after.services)
        if (o.id != service)
            for (const ServicePortInfo &p : o.ports)
                others.insert(p.nodePort);
    for (qsizetype i = 0; i < s->ports.size(); ++i) {
        const int port = s->ports[i].nodePort;
        if (!nodePorts) {
            QCOMPARE(port, 0);
            continue;
        }
        if (was->ports[i].nodePort != 0) {
            QCOMPARE(port, was->ports[i].nodePort); // kept across the update
        } else {
            // A1.3: a dynamic port, from the upper band (offset 86 in 30000-32767).
            QVERIFY2(port >= 30086 && port <= 32767, qPrintable(QString::number(port)));
        }
        QVERIFY(!others.contains(port));
    }
    QCOMPARE(s->loadBalancerIPs.isEmpty(), !loadBalancer);
    if (loadBalancer) {
        QVERIFY(s->loadBalancerIPs.first().startsWith(u"198.51.100."));
        for (const ServiceInfo &o : after.services)
            if (o.id != service)
                QVERIFY(!o.loadBalancerIPs.contains(s->loadBalancerIPs.first()));
        QVERIFY(s->allocateLoadBalancerNodePorts);
    } else {
        QVERIFY(!s->allocateLoadBalancerNodePorts);
        QVERIFY(!s->loadBalancerPending);
    }
    QCOMPARE(s->healthCheckNodePort, 0);
    // kube-proxy: a NodePort rule exactly when there is a nodePort.
    const QString rules = rulesOf(after, "node-1");
    const QString comment =
        QStringLiteral("-A KUBE-NODEPORTS -m comment --comment %1").arg(service.mid(4));
    QCOMPARE(rules.contains(comment), nodePorts);
}

void TestWhatIfService::toggleBackGivesTheSameCluster_data()
{
    QTest::addColumn<WhatIf>("there");
    QTest::addColumn<WhatIf>("back");
    QTest::newRow("externalTrafficPolicy Local then Cluster (LB: health check port freed)")
        << WhatIf::externalTrafficPolicy("svc/default/result", "Local")
        << WhatIf::externalTrafficPolicy("svc/default/result", "Cluster");
    QTest::newRow("sessionAffinity ClientIP then None")
        << WhatIf::sessionAffinity("svc/default/vote", "ClientIP")
        << WhatIf::sessionAffinity("svc/default/vote", "None");
    QTest::newRow("internalTrafficPolicy Local then Cluster")
        << WhatIf::internalTrafficPolicy("svc/default/db-rw", "Local")
        << WhatIf::internalTrafficPolicy("svc/default/db-rw", "Cluster");
    QTest::newRow("NodePort to LoadBalancer and back")
        << WhatIf::serviceType("svc/default/vote", "LoadBalancer")
        << WhatIf::serviceType("svc/default/vote", "NodePort");
}

void TestWhatIfService::toggleBackGivesTheSameCluster()
{
    QFETCH(WhatIf, there);
    QFETCH(WhatIf, back);
    const Cluster start = classroom();
    const Cluster changed = apply(start, there);
    QVERIFY(!(changed == start));
    QVERIFY(apply(changed, back) == start);
}

QTEST_GUILESS_MAIN(TestWhatIfService)
#include "tst_whatifservice.moc"
