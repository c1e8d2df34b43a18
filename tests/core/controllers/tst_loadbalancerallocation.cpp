// Load-balancer addresses (reference A1.5), as a cloud controller would hand them out: the pool
// 198.51.100.0/24 (DESIGN.md), a status the manifest gives, `loadBalancerIP` requests.

#include "builderfixtures.h"

#include <QTest>

using namespace hopscope;
using namespace fixtures;

namespace {

const Labels kWeb{{QStringLiteral("app"), QStringLiteral("web")}};

} // namespace

class TestLoadBalancerAllocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadBalancerFromPool();
    void loadBalancerStatusKept();
    void loadBalancerEmptyStatusIsPending();
    void loadBalancerIPRequested();
};

// DESIGN.md: LoadBalancer addresses from 198.51.100.0/24, .1 upward, in (namespace, name) order.
void TestLoadBalancerAllocation::loadBalancerFromPool()
{
    ManifestSet set;
    set.services << service(QStringLiteral("zeta"), QStringLiteral("LoadBalancer"), {port(80)},
                            kWeb)
                 << service(QStringLiteral("alpha"), QStringLiteral("LoadBalancer"), {port(80)},
                            kWeb)
                 << service(QStringLiteral("beta"), QStringLiteral("LoadBalancer"), {port(80)},
                            kWeb, QStringLiteral("another"));
    const Cluster c = buildPlain(set);
    QCOMPARE(c.serviceByName(QStringLiteral("another"), QStringLiteral("beta"))->loadBalancerIPs,
             QStringList{QStringLiteral("198.51.100.1")});
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("alpha"))->loadBalancerIPs,
             QStringList{QStringLiteral("198.51.100.2")});
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("zeta"))->loadBalancerIPs,
             QStringList{QStringLiteral("198.51.100.3")});
    for (const ServiceInfo &s : c.services)
        QVERIFY(!s.loadBalancerPending);
}

void TestLoadBalancerAllocation::loadBalancerStatusKept()
{
    ManifestSet set;
    ServiceObject given =
        service(QStringLiteral("a"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
    given.statusLoadBalancerPresent = true;
    given.loadBalancerIngress << LoadBalancerIngress{QStringLiteral("198.51.100.1"), {}, {}};
    ServiceObject named =
        service(QStringLiteral("b"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
    named.statusLoadBalancerPresent = true;
    named.loadBalancerIngress << LoadBalancerIngress{{}, QStringLiteral("lb.example.com"), {}};
    ServiceObject fresh =
        service(QStringLiteral("c"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
    set.services << given << named << fresh;
    const Cluster c = buildPlain(set);
    const ServiceInfo *a = c.serviceByName(QStringLiteral("default"), QStringLiteral("a"));
    const ServiceInfo *b = c.serviceByName(QStringLiteral("default"), QStringLiteral("b"));
    const ServiceInfo *f = c.serviceByName(QStringLiteral("default"), QStringLiteral("c"));
    QCOMPARE(a->loadBalancerIPs, QStringList{QStringLiteral("198.51.100.1")});
    QCOMPARE(b->loadBalancerHostnames, QStringList{QStringLiteral("lb.example.com")});
    QVERIFY(b->loadBalancerIPs.isEmpty());
    // The pool skips an address another Service's status gives.
    QCOMPARE(f->loadBalancerIPs, QStringList{QStringLiteral("198.51.100.2")});
}

void TestLoadBalancerAllocation::loadBalancerEmptyStatusIsPending()
{
    ManifestSet set;
    ServiceObject s =
        service(QStringLiteral("web"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
    s.statusLoadBalancerPresent = true; // `status: {loadBalancer: {}}` as the cluster showed
    set.services << s;
    const Cluster c = buildPlain(set);
    const ServiceInfo *web = c.serviceByName(QStringLiteral("default"), QStringLiteral("web"));
    QVERIFY(web->loadBalancerPending);
    QVERIFY(web->loadBalancerIPs.isEmpty());
}

void TestLoadBalancerAllocation::loadBalancerIPRequested()
{
    ManifestSet set;
    ServiceObject a =
        service(QStringLiteral("a"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
    a.loadBalancerIP = QStringLiteral("198.51.100.1");
    ServiceObject b =
        service(QStringLiteral("b"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
    b.loadBalancerIP = QStringLiteral("198.51.100.1");
    ServiceObject c0 =
        service(QStringLiteral("c"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
    ServiceObject d =
        service(QStringLiteral("d"), QStringLiteral("LoadBalancer"), {port(80)}, kWeb);
    d.loadBalancerIP = QStringLiteral("203.0.113.5");
    set.services << c0 << a << b << d;
    const Cluster c = buildPlain(set);
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("a"))->loadBalancerIPs,
             QStringList{QStringLiteral("198.51.100.1")});
    QVERIFY(c.serviceByName(QStringLiteral("default"), QStringLiteral("b"))->loadBalancerPending);
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("c"))->loadBalancerIPs,
             QStringList{QStringLiteral("198.51.100.2")});
    QCOMPARE(c.serviceByName(QStringLiteral("default"), QStringLiteral("d"))->loadBalancerIPs,
             QStringList{QStringLiteral("203.0.113.5")});
    const Diagnostic *w = findDiagnostic(c, QStringLiteral("load-balancer-pending"));
    QVERIFY(w);
    QCOMPARE(w->entity, QStringLiteral("svc/default/b"));
}

QTEST_GUILESS_MAIN(TestLoadBalancerAllocation)
#include "tst_loadbalancerallocation.moc"
