// The scene: one item per entity found by id, laid out deterministically in layers, synced by id
// when the cluster changes (DESIGN.md, "The scene" and "Visual language").

#include "scene/items/clientitem.h"
#include "scene/clusterscene.h"
#include "scene/items/loadbalanceritem.h"
#include "scene/items/nodeitem.h"
#include "scene/items/nodeportitem.h"
#include "scene/items/poditem.h"
#include "scene/items/selectoredgeitem.h"
#include "scene/items/serviceitem.h"
#include "scene/style.h"
#include "testcluster.h"

#include <QSet>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

class TestClusterScene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneItemPerEntity_data();
    void oneItemPerEntity();
    void itemCountsMatchTheCluster();
    void nodePortSocketOnEveryNode_data();
    void nodePortSocketOnEveryNode();
    void manyNodePortsCollapseIntoACount();
    void cloudOnlyForLoadBalancers();
    void selectorEdgesFollowEndpoints();
    void podsInsideTheirNode();
    void nothingOverlaps();
    void edgesAvoidOtherNodesAndPods_data();
    void edgesAvoidOtherNodesAndPods();
    void layoutIsDeterministic();
    void longNamesElideWithTooltip();
    void serviceTexts_data();
    void serviceTexts();
    void systemObjectsSubdued();
    void syncUpdatesAndRemovesById();
    void replicasCollapseWhenTheyDoNotFit();
    void pendingPodsHaveTheirOwnArea();
    void hoverHighlightsWhatIsRelated();
    void emptyClusterHasNoItems();
    void manyNodesMakeAGrid();
};

void TestClusterScene::oneItemPerEntity_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("type");
    QTest::newRow("node") << "node/node-2" << int(NodeItem::Type);
    QTest::newRow("pod") << "pod/default/myapp-7c9f6d5b8-9bw2m" << int(PodItem::Type);
    QTest::newRow("system pod") << "pod/kube-system/coredns-5d78c9869d-h2x7b" << int(PodItem::Type);
    QTest::newRow("NodePort service") << "svc/default/myapp-service" << int(ServiceItem::Type);
    QTest::newRow("ClusterIP service") << "svc/default/back-end" << int(ServiceItem::Type);
    QTest::newRow("kube-dns") << "svc/kube-system/kube-dns" << int(ServiceItem::Type);
    QTest::newRow("client") << "client" << int(ClientItem::Type);
    QTest::newRow("cloud") << "lb/default/vote" << int(LoadBalancerItem::Type);
    QTest::newRow("socket") << "socket/default/myapp-service/30008@node-1"
                            << int(NodePortItem::Type);
}

void TestClusterScene::oneItemPerEntity()
{
    QFETCH(QString, id);
    QFETCH(int, type);
    ClusterScene scene;
    scene.setCluster(test::makeDemoCluster());
    SceneItem *item = scene.itemById(id);
    QVERIFY2(item, qPrintable(id));
    QCOMPARE(item->id(), id);
    QCOMPARE(item->type(), type);
    QCOMPARE(item->scene(), &scene);
}

void TestClusterScene::itemCountsMatchTheCluster()
{
    const Cluster cluster = test::makeDemoCluster();
    ClusterScene scene;
    scene.setCluster(cluster);
    QCOMPARE(scene.itemsOfType<NodeItem>().size(), cluster.nodes.size());
    QCOMPARE(scene.itemsOfType<PodItem>().size(), cluster.pods.size());
    QCOMPARE(scene.itemsOfType<ServiceItem>().size(), cluster.services.size());
    QCOMPARE(scene.itemsOfType<ClientItem>().size(), 1);
    // Every entity's id finds an item of its own, and no id is shown twice.
    QSet<SceneItem *> seen;
    for (const PodInfo &p : cluster.pods) {
        SceneItem *item = scene.itemById(p.id);
        QVERIFY(item);
        QVERIFY(!seen.contains(item));
        seen.insert(item);
    }
}

void TestClusterScene::nodePortSocketOnEveryNode_data()
{
    // A1 NodePort: kube-proxy opens the nodePort on every node, so every node shows the socket.
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("nodePort");
    QTest::newRow("NodePort myapp-service :30008") << "svc/default/myapp-service" << 30008;
    QTest::newRow("LoadBalancer vote allocates a nodePort") << "svc/default/vote" << 31349;
}

void TestClusterScene::nodePortSocketOnEveryNode()
{
    QFETCH(QString, service);
    QFETCH(int, nodePort);
    const Cluster cluster = test::makeDemoCluster();
    ClusterScene scene;
    scene.setCluster(cluster);
    QSet<QString> nodes;
    for (NodePortItem *socket : scene.itemsOfType<NodePortItem>()) {
        if (socket->serviceId() != service)
            continue;
        QCOMPARE(socket->label(), QStringLiteral(":%1").arg(nodePort));
        auto *node = scene.item<NodeItem>(socket->nodeId());
        QVERIFY(node);
        // On the node's border: the glyph straddles the node's top edge.
        const QRectF nodeRect =
            node->mapRectToScene(QRectF(QPointF(0, 0), node->boundingRect().size()));
        const QRectF glyph = socket->sceneBoundingRect();
        const qreal top = nodeRect.top() + 2;       // boundingRect has a 2 px pen margin
        const qreal bottom = nodeRect.bottom() - 6; // … and room for the shadow
        QVERIFY((glyph.top() < top && glyph.bottom() > top) ||
                (glyph.top() < bottom && glyph.bottom() > bottom));
        QVERIFY(glyph.left() >= nodeRect.left() && glyph.right() <= nodeRect.right());
        nodes.insert(socket->nodeId());
    }
    QCOMPARE(nodes.size(), cluster.nodes.size());
}

void TestClusterScene::manyNodePortsCollapseIntoACount()
{
    Cluster cluster = test::makeDemoCluster();
    for (int i = 0; i < 10; ++i)
        test::addService(cluster,
                         test::makeService(QStringLiteral("np-%1").arg(i), ServiceType::NodePort,
                                           QStringLiteral("10.96.20.%1").arg(i),
                                           {test::servicePort(80, 80, 31000 + i)}, {}));
    test::finish(cluster);
    ClusterScene scene;
    scene.setCluster(cluster);
    int total = 0;
    for (const ServiceInfo &s : cluster.services)
        for (const ServicePortInfo &p : s.ports)
            total += p.nodePort > 0 ? 1 : 0;
    // Every node shows as many as fit, and a "+N" glyph counting the others, so nothing is lost.
    for (const NodeInfo &n : cluster.nodes) {
        int shown = 0;
        int hidden = 0;
        for (NodePortItem *socket : scene.itemsOfType<NodePortItem>()) {
            if (socket->nodeId() != n.id)
                continue;
            if (socket->serviceId().isEmpty())
                hidden = socket->label().mid(1).toInt();
            else
                ++shown;
        }
        QVERIFY(hidden > 0);
        QCOMPARE(shown + hidden, total);
    }
}

void TestClusterScene::cloudOnlyForLoadBalancers()
{
    Cluster cluster = test::makeDemoCluster();
    ClusterScene scene;
    scene.setCluster(cluster);
    const auto clouds = scene.itemsOfType<LoadBalancerItem>();
    QCOMPARE(clouds.size(), 1);
    QCOMPARE(clouds.first()->serviceId(), QStringLiteral("svc/default/vote"));
    QCOMPARE(clouds.first()->address(), QStringLiteral("198.51.100.1:80"));
    // Between the client and the nodes, outside the cluster.
    auto *client = scene.item<ClientItem>(QStringLiteral("client"));
    auto *node = scene.item<NodeItem>(QStringLiteral("node/node-1"));
    QVERIFY(client->sceneBoundingRect().right() < clouds.first()->sceneBoundingRect().left());
    QVERIFY(clouds.first()->sceneBoundingRect().right() < node->sceneBoundingRect().left());

    // A LoadBalancer without ingress shows kubectl's <pending>.
    for (ServiceInfo &s : cluster.services)
        if (s.name == u"vote") {
            s.loadBalancerIPs.clear();
            s.loadBalancerPending = true;
        }
    scene.setCluster(cluster);
    QCOMPARE(scene.item<LoadBalancerItem>(QStringLiteral("lb/default/vote"))->address(),
             QStringLiteral("<pending>"));

    // No LoadBalancer Service, no cloud.
    for (ServiceInfo &s : cluster.services)
        if (s.type == ServiceType::LoadBalancer)
            s.type = ServiceType::NodePort;
    scene.setCluster(cluster);
    QVERIFY(scene.itemsOfType<LoadBalancerItem>().isEmpty());
}

void TestClusterScene::selectorEdgesFollowEndpoints()
{
    const Cluster cluster = test::makeDemoCluster();
    ClusterScene scene;
    scene.setCluster(cluster);
    // One dashed edge per (Service, pod among its endpoints); `kubernetes` has an endpoint that
    // is no pod (the API server on the node), so it has none.
    QSet<QPair<QString, QString>> expected;
    for (const ServiceInfo &s : cluster.services)
        for (const auto &list : s.endpoints)
            for (const EndpointInfo &e : list)
                if (!e.podId.isEmpty())
                    expected.insert({s.id, e.podId});
    QSet<QPair<QString, QString>> drawn;
    for (SelectorEdgeItem *edge : scene.itemsOfType<SelectorEdgeItem>()) {
        auto *pod = scene.item<PodItem>(edge->podSlotId());
        QVERIFY(pod);
        QVERIFY(scene.item<ServiceItem>(edge->serviceId()));
        drawn.insert({edge->serviceId(), pod->podIds().first()});
        // It ends on the pod's left side and starts on the Service band's top edge.
        const QPointF end = edge->mapToScene(edge->route().last());
        QVERIFY(qAbs(end.x() - pod->scenePos().x()) < 0.5);
        const QPointF start = edge->mapToScene(edge->route().first());
        QVERIFY(qAbs(start.y() - scene.itemById(edge->serviceId())->scenePos().y()) < 0.5);
    }
    QCOMPARE(drawn, expected);
    QCOMPARE(scene.itemsOfType<SelectorEdgeItem>().size(), expected.size());
}

void TestClusterScene::podsInsideTheirNode()
{
    Cluster cluster = test::makeDemoCluster();
    for (int i = 0; i < 5; ++i)
        test::addPod(cluster, QStringLiteral("extra-%1").arg(i), 1, {}, 8080);
    cluster.reindex();
    ClusterScene scene;
    scene.setCluster(cluster);
    for (const PodInfo &p : cluster.pods) {
        auto *pod = scene.item<PodItem>(p.id);
        auto *node = scene.item<NodeItem>(nodeId(p.nodeName));
        QVERIFY(pod && node);
        const QRectF nodeRect(node->scenePos(), node->boundingRect().adjusted(2, 2, -6, -6).size());
        const QRectF podRect(pod->scenePos(), pod->boundingRect().adjusted(2, 2, -8, -8).size());
        QVERIFY2(nodeRect.contains(podRect), qPrintable(p.id));
    }
}

void TestClusterScene::nothingOverlaps()
{
    // Readability: pods, nodes, Service bands and sockets never overlap one another (with
    // enough NodePorts that the bottom borders carry sockets too).
    Cluster cluster = test::makeDemoCluster();
    for (int i = 0; i < 3; ++i)
        test::addService(cluster,
                         test::makeService(QStringLiteral("np-%1").arg(i), ServiceType::NodePort,
                                           QStringLiteral("10.96.20.%1").arg(i),
                                           {test::servicePort(80, 80, 31000 + i)}, {}));
    test::finish(cluster);
    ClusterScene scene;
    scene.setCluster(cluster);
    const SceneLayout &l = scene.sceneLayout();
    QList<QRectF> boxes;
    for (const PodSlot &s : l.pods)
        boxes << s.rect;
    for (const ServiceBand &b : l.services)
        boxes << b.rect;
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].intersects(boxes[j]),
                     qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
    for (int i = 0; i < l.nodes.size(); ++i) {
        for (int j = i + 1; j < l.nodes.size(); ++j)
            QVERIFY(!l.nodes[i].rect.intersects(l.nodes[j].rect));
        for (const ServiceBand &b : l.services)
            QVERIFY(!l.nodes[i].rect.intersects(b.rect));
    }
    QVERIFY(l.sockets.size() > 4 * l.nodes.size());
    for (const SocketPlace &a : l.sockets) {
        for (const SocketPlace &b : l.sockets)
            QVERIFY(a.id == b.id || !a.rect.intersects(b.rect));
        for (const PodSlot &p : l.pods)
            QVERIFY2(!a.rect.intersects(p.rect.adjusted(-2, -2, 8, 8)), qPrintable(a.id));
        for (const ServiceBand &b : l.services)
            QVERIFY(!a.rect.intersects(b.rect));
    }
}

void TestClusterScene::edgesAvoidOtherNodesAndPods_data()
{
    QTest::addColumn<int>("nodes");
    QTest::newRow("default cluster: one row") << 3;
    QTest::newRow("twelve nodes: a grid with rows below") << 12;
}

void TestClusterScene::edgesAvoidOtherNodesAndPods()
{
    // Edges routed cleanly: a selector edge crosses no node but its pod's, and no pod but its own.
    QFETCH(int, nodes);
    Cluster cluster = test::makeDemoCluster();
    for (int i = 3; i < nodes; ++i)
        cluster.nodes << test::makeNode(i);
    for (int i = 3; i < nodes; ++i)
        test::addPod(cluster, QStringLiteral("worker-%1").arg(i), i,
                     {{QStringLiteral("app"), QStringLiteral("worker")}}, 9000);
    test::addService(cluster,
                     test::makeService(QStringLiteral("worker"), ServiceType::ClusterIP,
                                       QStringLiteral("10.96.7.7"), {test::servicePort(80, 9000)},
                                       {{QStringLiteral("app"), QStringLiteral("worker")}}));
    test::finish(cluster);
    ClusterScene scene;
    scene.setCluster(cluster);
    const SceneLayout &l = scene.sceneLayout();
    QVERIFY(!l.edges.isEmpty());
    auto crosses = [](const QPolygonF &path, const QRectF &rect) {
        for (int i = 1; i < path.size(); ++i) {
            const QRectF segment =
                QRectF(path[i - 1], path[i]).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
            if (segment.intersects(rect.adjusted(1, 1, -1, -1)))
                return true;
        }
        return false;
    };
    for (const EdgeRoute &e : l.edges) {
        const PodSlot *target = l.slot(e.slotId);
        for (const NodePlace &n : l.nodes)
            if (n.id != target->nodeId)
                QVERIFY2(!crosses(e.path, n.rect), qPrintable(e.id + u' ' + n.id));
        for (const PodSlot &p : l.pods)
            if (p.id != target->id)
                QVERIFY2(!crosses(e.path, p.rect), qPrintable(e.id + u' ' + p.id));
    }
}

void TestClusterScene::layoutIsDeterministic()
{
    ClusterScene a;
    ClusterScene b;
    a.setCluster(test::makeDemoCluster());
    b.setCluster(test::makeDemoCluster());
    QCOMPARE(a.ids(), b.ids());
    for (const QString &id : a.ids()) {
        QCOMPARE(a.itemById(id)->scenePos(), b.itemById(id)->scenePos());
        QCOMPARE(a.itemById(id)->boundingRect(), b.itemById(id)->boundingRect());
    }
    QCOMPARE(a.contentRect(), b.contentRect());
}

void TestClusterScene::longNamesElideWithTooltip()
{
    Cluster cluster = test::makeDemoCluster();
    const QString name =
        QStringLiteral("a-very-long-deployment-name-that-never-fits-7c9f6d5b8-4xkqz");
    test::addPod(cluster, name, 0, {}, 80);
    cluster.reindex();
    ClusterScene scene;
    scene.setCluster(cluster);
    auto *pod = scene.item<PodItem>(podId(QStringLiteral("default"), name));
    QVERIFY(pod);
    QCOMPARE(pod->fullName(), name);
    QVERIFY(pod->displayedName().size() < name.size());
    QVERIFY(pod->displayedName().contains(QChar(0x2026)));           // …
    QVERIFY(pod->displayedName().endsWith(QStringLiteral("4xkqz"))); // the distinct suffix stays
    QVERIFY(pod->toolTip().contains(name));
    // A short name is shown whole.
    auto *db = scene.item<PodItem>(QStringLiteral("pod/default/db-5b8f9d6c7-j3ptl"));
    QCOMPARE(db->displayedName(), db->fullName());
}

void TestClusterScene::serviceTexts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("ports");
    // The seed's NodePort figure: the three ports, by their field names.
    QTest::newRow("NodePort three ports") << "svc/default/myapp-service"
                                          << "NodePort"
                                          << "10.106.63.91"
                                          << "nodePort 30008 → port 80 → targetPort 80";
    QTest::newRow("ClusterIP VIP and port") << "svc/default/back-end"
                                            << "ClusterIP"
                                            << "10.98.12.240"
                                            << "port 80 → targetPort 80";
    QTest::newRow("headless shows None") << "svc/default/headless"
                                         << "ClusterIP"
                                         << "None (headless)"
                                         << "port 5432 → targetPort 5432";
    QTest::newRow("ExternalName shows its CNAME") << "svc/default/external-db"
                                                  << "ExternalName"
                                                  << "CNAME db.example.com"
                                                  << "";
}

void TestClusterScene::serviceTexts()
{
    QFETCH(QString, id);
    QFETCH(QString, badge);
    QFETCH(QString, address);
    QFETCH(QString, ports);
    Cluster cluster = test::makeDemoCluster();
    test::addService(cluster,
                     test::makeService(QStringLiteral("headless"), ServiceType::ClusterIP,
                                       QStringLiteral("None"), {test::servicePort(5432, 5432)},
                                       {{QStringLiteral("app"), QStringLiteral("db")}}));
    ServiceInfo external = test::makeService(QStringLiteral("external-db"),
                                             ServiceType::ExternalName, QString(), {}, {});
    external.externalName = QStringLiteral("db.example.com");
    test::addService(cluster, external);
    test::finish(cluster);
    ClusterScene scene;
    scene.setCluster(cluster);
    auto *service = scene.item<ServiceItem>(id);
    QVERIFY(service);
    const QStringList texts = service->texts();
    QCOMPARE(texts.value(0), badge);
    QCOMPARE(texts.value(2), address);
    QCOMPARE(texts.value(3), ports);
    // Colour is never alone: the type is written on the band, in the type's fixed colour.
    QCOMPARE(service->color(), style::serviceColor(service->serviceType()));
}

void TestClusterScene::systemObjectsSubdued()
{
    ClusterScene scene;
    scene.setCluster(test::makeDemoCluster());
    QCOMPARE(scene.item<ServiceItem>(QStringLiteral("svc/kube-system/kube-dns"))->color(),
             style::systemColor());
    QCOMPARE(scene.item<ServiceItem>(QStringLiteral("svc/default/kubernetes"))->color(),
             style::systemColor());
    // System bands come after the user's.
    const auto &bands = scene.sceneLayout().services;
    QCOMPARE(bands.last().id, QStringLiteral("svc/kube-system/kube-dns"));
}

void TestClusterScene::syncUpdatesAndRemovesById()
{
    Cluster cluster = test::makeDemoCluster();
    ClusterScene scene;
    scene.setCluster(cluster);
    const QString kept = QStringLiteral("pod/default/myapp-7c9f6d5b8-4xkqz");
    const QString removed = QStringLiteral("pod/default/db-5b8f9d6c7-j3ptl");
    SceneItem *keptItem = scene.itemById(kept);
    SceneItem *nodeItem = scene.itemById(QStringLiteral("node/node-1"));
    QVERIFY(keptItem && scene.itemById(removed));

    // A what-if edit: the db pod is deleted, a pod changes its IP, a Service is added.
    cluster.pods.removeIf([&](const PodInfo &p) { return p.id == removed; });
    for (PodInfo &p : cluster.pods)
        if (p.id == kept)
            p.ip = QStringLiteral("10.244.0.77");
    for (ServiceInfo &s : cluster.services)
        for (auto &list : s.endpoints)
            list.removeIf([&](const EndpointInfo &e) { return e.podId == removed; });
    test::addService(cluster, test::makeService(QStringLiteral("cache"), ServiceType::ClusterIP,
                                                QStringLiteral("10.96.50.50"),
                                                {test::servicePort(11211, 11211)}, {}));
    test::finish(cluster);
    scene.setCluster(cluster);

    QCOMPARE(scene.itemById(kept), keptItem); // same item, synced
    QCOMPARE(scene.item<PodItem>(kept)->ipText(), QStringLiteral("10.244.0.77"));
    QCOMPARE(scene.itemById(QStringLiteral("node/node-1")), nodeItem);
    QVERIFY(!scene.itemById(removed));
    for (SelectorEdgeItem *edge : scene.itemsOfType<SelectorEdgeItem>())
        QVERIFY(edge->podSlotId() != removed);
    QVERIFY(scene.item<ServiceItem>(QStringLiteral("svc/default/cache")));
    QCOMPARE(scene.itemsOfType<PodItem>().size(), cluster.pods.size());
    // Nothing stale is left in the scene itself either.
    int sceneItems = 0;
    for (QGraphicsItem *i : scene.items())
        sceneItems += i->type() > QGraphicsItem::UserType ? 1 : 0;
    QCOMPARE(sceneItems, scene.ids().size());
}

void TestClusterScene::replicasCollapseWhenTheyDoNotFit()
{
    Cluster cluster = test::makeDemoCluster();
    const Labels web{{QStringLiteral("app"), QStringLiteral("web")}};
    for (int i = 0; i < 20; ++i)
        test::addPod(cluster, QStringLiteral("web-%1").arg(i), 2, web, 8080,
                     QStringLiteral("default"), QStringLiteral("web"));
    test::addService(cluster, test::makeService(QStringLiteral("web"), ServiceType::ClusterIP,
                                                QStringLiteral("10.96.9.9"),
                                                {test::servicePort(80, 8080)}, web));
    test::finish(cluster);
    ClusterScene scene;
    scene.setCluster(cluster);
    auto *group = scene.item<PodItem>(QStringLiteral("pod/default/web-7"));
    QVERIFY(group);
    QCOMPARE(group->podCount(), 20);
    QCOMPARE(group->fullName(), QStringLiteral("web ×20"));
    QCOMPARE(scene.itemById(QStringLiteral("pod/default/web-0")), group);
    // The other pods on that node are still shown one by one; one edge reaches the group.
    QVERIFY(scene.item<PodItem>(QStringLiteral("pod/default/db-5b8f9d6c7-j3ptl")));
    int edges = 0;
    for (SelectorEdgeItem *e : scene.itemsOfType<SelectorEdgeItem>())
        edges += e->serviceId() == u"svc/default/web" ? 1 : 0;
    QCOMPARE(edges, 1);
    // The default demo (≤ 8 pods a node) never collapses.
    ClusterScene demo;
    demo.setCluster(test::makeDemoCluster());
    for (PodItem *p : demo.itemsOfType<PodItem>())
        QCOMPARE(p->podCount(), 1);
}

void TestClusterScene::pendingPodsHaveTheirOwnArea()
{
    Cluster cluster = test::makeDemoCluster();
    test::addPod(cluster, QStringLiteral("unschedulable"), -1, {}, 80);
    cluster.reindex();
    ClusterScene scene;
    scene.setCluster(cluster);
    auto *area = scene.item<NodeItem>(QStringLiteral("pending"));
    QVERIFY(area);
    auto *pod = scene.item<PodItem>(QStringLiteral("pod/default/unschedulable"));
    QVERIFY(pod);
    QVERIFY(area->sceneBoundingRect().contains(pod->scenePos()));
    QCOMPARE(pod->ipText(), QStringLiteral("Pending"));
}

void TestClusterScene::hoverHighlightsWhatIsRelated()
{
    const Cluster cluster = test::makeDemoCluster();
    ClusterScene scene;
    scene.setCluster(cluster);
    const QString svc = QStringLiteral("svc/default/myapp-service");
    scene.setHovered(svc);
    QVERIFY(scene.itemById(svc)->isHighlighted());
    // Its pods (its endpoints), its edges, its sockets; not the others.
    const ServiceInfo *info = cluster.service(svc);
    for (const EndpointInfo &e : info->endpoints.first())
        QVERIFY(scene.itemById(e.podId)->isHighlighted());
    for (SelectorEdgeItem *e : scene.itemsOfType<SelectorEdgeItem>())
        QCOMPARE(e->isHighlighted(), e->serviceId() == svc);
    for (NodePortItem *n : scene.itemsOfType<NodePortItem>())
        QCOMPARE(n->isHighlighted(), n->serviceId() == svc);
    QVERIFY(!scene.itemById(QStringLiteral("svc/default/back-end"))->isHighlighted());
    QVERIFY(!scene.itemById(QStringLiteral("pod/default/db-5b8f9d6c7-j3ptl"))->isHighlighted());
    // Hovering a socket or an edge means its Service.
    QCOMPARE(
        scene.item<NodePortItem>(QStringLiteral("socket/default/vote/31349@node-2"))->hoverKey(),
        QStringLiteral("svc/default/vote"));
    // A rebuild keeps the highlight on what still exists; clearing removes it.
    scene.setCluster(cluster);
    QVERIFY(scene.itemById(svc)->isHighlighted());
    scene.setHovered(QString());
    for (const QString &id : scene.ids())
        QVERIFY(!scene.itemById(id)->isHighlighted());
}

void TestClusterScene::emptyClusterHasNoItems()
{
    ClusterScene scene;
    scene.setCluster(test::makeDemoCluster());
    QVERIFY(scene.hasContent());
    scene.clearCluster();
    QVERIFY(!scene.hasContent());
    QVERIFY(scene.ids().isEmpty());
    QVERIFY(scene.items().isEmpty());
}

void TestClusterScene::manyNodesMakeAGrid()
{
    Cluster cluster;
    cluster.clientIP = QStringLiteral("192.168.1.10");
    for (int i = 0; i < 12; ++i)
        cluster.nodes << test::makeNode(i);
    cluster.reindex();
    ClusterScene scene;
    scene.setCluster(cluster);
    const SceneLayout &l = scene.sceneLayout();
    QVERIFY(l.nodesPerRow > 1);
    QVERIFY(l.nodesPerRow < 12);
    // Roughly the shape of a projector, not a strip.
    const qreal aspect = l.bounds.width() / l.bounds.height();
    QVERIFY2(aspect > 0.8 && aspect < 3.2, qPrintable(QString::number(aspect)));
}

QTEST_MAIN(TestClusterScene)
#include "tst_clusterscene.moc"
