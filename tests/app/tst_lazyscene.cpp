// A large cluster's items are made where a view looks (scene/lazyitems.h): the squares a view
// shows get their node, pod, band and socket items; squares shown long ago give them back;
// asking for an entity by id makes its item; selector edges exist while lit; exports and the
// overview draw without the items. Small clusters keep one item per entity from the start.

#include "core/builder/clusterbuilder.h"
#include "core/generator/generator.h"
#include "core/objects/manifestreader.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/lazyitems.h"
#include "scene/items/nodeitem.h"
#include "scene/items/poditem.h"
#include "scene/scenerenderer.h"
#include "scene/items/selectoredgeitem.h"
#include "testcluster.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

Cluster generated(int nodes, int pods, int services)
{
    GeneratorSpec spec;
    spec.nodes = nodes;
    spec.pods = pods;
    spec.services = services;
    ClusterSettings settings;
    settings.clusterCidr = ClusterGenerator::clusterCidr(nodes);
    return ClusterBuilder::build(
        ManifestReader::readBytes(ClusterGenerator::generate(spec), QStringLiteral("gen.yaml")),
        settings);
}

// The pod slots drawn inside a node, from the layout.
QStringList slotsOfNode(const SceneLayout &layout, const QString &nodeId)
{
    QStringList out;
    for (const PodSlot &s : layout.pods)
        if (s.nodeId == nodeId)
            out << s.id;
    return out;
}

QSet<QString> liveIds(const ClusterScene &scene)
{
    QSet<QString> ids;
    for (const PodItem *p : scene.itemsOfType<PodItem>())
        ids << p->id();
    for (const NodeItem *n : scene.itemsOfType<NodeItem>())
        ids << n->id();
    return ids;
}

} // namespace

class TestLazyScene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void revealGivesEachEntryOnce();
    void retireKeepsWhatIsShownAndWhatTouchesALiveSquare();
    void largeClusterStartsWithoutEntityItems();
    void viewMakesTheItemsItShows();
    void itemsOfSquaresSeenLongAgoGoBack();
    void askingByIdMakesTheItem();
    void edgesExistWhileLit();
    void exportsDrawTheLargeCluster();
    void smallClusterHasEveryItem();
};

void TestLazyScene::revealGivesEachEntryOnce()
{
    LazyItems lazy(100);
    lazy.add(QStringLiteral("a"), 1, QRectF(10, 10, 20, 20));  // square (0,0)
    lazy.add(QStringLiteral("b"), 1, QRectF(90, 10, 20, 20));  // (0,0) and (1,0)
    lazy.add(QStringLiteral("c"), 1, QRectF(510, 10, 20, 20)); // (5,0)
    lazy.add(QStringLiteral("a"), 1, QRectF(510, 10, 20, 20)); // a second add is ignored
    QCOMPARE(lazy.ids().size(), 3);
    QCOMPARE(lazy.entry(QStringLiteral("a"))->rect, QRectF(10, 10, 20, 20));

    auto names = [](const QList<const LazyItems::Entry *> &entries) {
        QStringList out;
        for (const auto *e : entries)
            out << e->id;
        out.sort();
        return out;
    };
    QCOMPARE(names(lazy.reveal(QRectF(0, 0, 150, 50))), (QStringList{"a", "b"}));
    QCOMPARE(lazy.liveCount(), 2);
    // Shown again: nothing new.
    QCOMPARE(names(lazy.reveal(QRectF(0, 0, 150, 50))), QStringList());
    QCOMPARE(names(lazy.reveal(QRectF(500, 0, 50, 50))), QStringList{"c"});
    lazy.resetLive();
    QCOMPARE(names(lazy.reveal(QRectF(0, 0, 1000, 50))), (QStringList{"a", "b", "c"}));
}

void TestLazyScene::retireKeepsWhatIsShownAndWhatTouchesALiveSquare()
{
    LazyItems lazy(100);
    for (int x = 0; x < 10; ++x)
        lazy.add(QStringLiteral("e%1").arg(x), 1, QRectF(x * 100 + 10, 10, 20, 20));
    lazy.add(QStringLiteral("wide"), 1, QRectF(10, 10, 980, 20)); // touches every square
    for (int x = 0; x < 10; ++x)
        lazy.reveal(QRectF(x * 100 + 1, 1, 10, 10));
    QCOMPARE(lazy.liveCount(), 10);
    QVERIFY(lazy.retire(QRectF(), 10).isEmpty()); // within the allowance
    // Over it (4): the oldest squares go down to half (2), never the one shown (square 3).
    QStringList retired;
    for (const auto *e : lazy.retire(QRectF(301, 1, 10, 10), 4))
        retired << e->id;
    retired.sort();
    QCOMPARE(lazy.liveCount(), 2);
    // Square 9 (the newest) and the shown square 3 stay; "wide" still touches them.
    QCOMPARE(retired, (QStringList{"e0", "e1", "e2", "e4", "e5", "e6", "e7", "e8"}));
}

void TestLazyScene::largeClusterStartsWithoutEntityItems()
{
    const Cluster cluster = generated(240, 960, 40);
    ClusterScene scene;
    scene.setCluster(cluster);
    QVERIFY(scene.isLarge());
    const SceneLayout &layout = scene.sceneLayout();
    QCOMPARE(layout.nodes.size(), 240);
    // No view has looked: none of the 240 nodes nor their pods has an item yet ...
    QVERIFY(scene.itemsOfType<NodeItem>().isEmpty());
    QVERIFY(scene.itemsOfType<PodItem>().isEmpty());
    // ... but every one is part of the scene.
    const QStringList ids = scene.ids();
    for (const NodePlace &n : layout.nodes)
        QVERIFY2(ids.contains(n.id), qPrintable(n.id));
    for (const PodSlot &s : layout.pods)
        QVERIFY2(ids.contains(s.id), qPrintable(s.id));
}

void TestLazyScene::viewMakesTheItemsItShows()
{
    const Cluster cluster = generated(240, 960, 40);
    ClusterScene scene;
    scene.setCluster(cluster);
    ClusterView view(&scene);
    view.resize(1280, 800);
    view.zoomToActualSize();
    const NodePlace &node = scene.sceneLayout().nodes.at(57);
    view.centerOn(node.rect.center());
    const QSet<QString> live = liveIds(scene);
    QVERIFY(live.contains(node.id));
    const QStringList slots = slotsOfNode(scene.sceneLayout(), node.id);
    QVERIFY(!slots.isEmpty());
    for (const QString &slot : slots) {
        QVERIFY2(live.contains(slot), qPrintable(slot));
        // Made where the layout puts it.
        QCOMPARE(scene.itemById(slot)->pos(), scene.sceneLayout().slot(slot)->rect.topLeft());
    }
    // Far nodes have none.
    QVERIFY(!live.contains(scene.sceneLayout().nodes.last().id));
    // Zoomed out to the overview: nothing new is made.
    const int before = scene.liveItemCount();
    view.fitToView();
    QVERIFY(scene.isOverview());
    QCOMPARE(scene.liveItemCount(), before);
}

void TestLazyScene::itemsOfSquaresSeenLongAgoGoBack()
{
    const Cluster cluster = generated(3200, 3200, 20); // ~70 squares of nodes
    ClusterScene scene;
    scene.setCluster(cluster);
    ClusterView view(&scene);
    view.resize(1280, 800);
    view.zoomToActualSize();
    const QList<NodePlace> &nodes = scene.sceneLayout().nodes;
    view.centerOn(nodes.first().rect.center());
    const QString first = nodes.first().id;
    QVERIFY(liveIds(scene).contains(first));
    int most = 0;
    // Visit every node: far more squares than are kept.
    for (const NodePlace &n : nodes) {
        view.centerOn(n.rect.center());
        QVERIFY(liveIds(scene).contains(n.id));
        most = std::max(most, scene.liveItemCount());
    }
    QVERIFY2(!liveIds(scene).contains(first), "the first node's square was given back");
    // Bounded: never one item per entity, and after the sweep far fewer.
    const int entities = int(scene.ids().size());
    QVERIFY2(most < entities, qPrintable(QStringLiteral("%1 of %2").arg(most).arg(entities)));
    QVERIFY2(scene.liveItemCount() < entities * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(scene.liveItemCount()).arg(entities)));
    // And made again when shown again, where it belongs.
    view.centerOn(nodes.first().rect.center());
    QVERIFY(liveIds(scene).contains(first));
    QCOMPARE(scene.itemById(first)->pos(), nodes.first().rect.topLeft());
}

void TestLazyScene::askingByIdMakesTheItem()
{
    const Cluster cluster = generated(240, 960, 40);
    ClusterScene scene;
    scene.setCluster(cluster);
    const PodInfo &pod = cluster.pods.last();
    const PodSlot *slot = scene.sceneLayout().slotOfPod(pod.id);
    QVERIFY(slot);
    SceneItem *item = scene.itemById(pod.id);
    QVERIFY(item);
    QCOMPARE(item->id(), slot->id);
    QCOMPARE(item->pos(), slot->rect.topLeft());
    QCOMPARE(scene.itemById(pod.id), item); // the same one, not a second
    // Selecting and marking a far pod work the same way.
    QVERIFY(scene.selectEntity(cluster.pods.at(cluster.pods.size() / 2).id));
    scene.setProblemMarks(
        {ProblemMark{cluster.pods.first().id, Severity::Error, QStringLiteral("text")}});
    QVERIFY(scene.problemMarkOf(cluster.pods.first().id));
}

void TestLazyScene::edgesExistWhileLit()
{
    const Cluster cluster = generated(240, 960, 40);
    ClusterScene scene;
    scene.setCluster(cluster);
    QString serviceId;
    int edges = 0;
    for (const EdgeRoute &e : scene.sceneLayout().edges) {
        if (serviceId.isEmpty())
            serviceId = e.serviceId;
        edges += e.serviceId == serviceId ? 1 : 0;
    }
    QVERIFY(edges > 0);
    QVERIFY(scene.itemsOfType<SelectorEdgeItem>().isEmpty());
    scene.setHovered(serviceId);
    const QList<SelectorEdgeItem *> lit = scene.itemsOfType<SelectorEdgeItem>();
    QCOMPARE(lit.size(), edges);
    for (const SelectorEdgeItem *e : lit)
        QVERIFY(e->isHighlighted() && e->isVisible());
    scene.setHovered(QString());
    QVERIFY(scene.itemsOfType<SelectorEdgeItem>().isEmpty());
}

void TestLazyScene::exportsDrawTheLargeCluster()
{
    const Cluster cluster = generated(240, 960, 40);
    ClusterScene scene;
    scene.setCluster(cluster);
    // The whole drawing in 1600x1000: the overview draws, no entity item is made.
    const QImage whole = SceneRenderer::toImage(scene);
    QVERIFY(!scene.isOverview()); // restored
    QVERIFY(scene.itemsOfType<PodItem>().isEmpty());
    int ink = 0;
    for (int y = 0; y < whole.height(); y += 4)
        for (int x = 0; x < whole.width(); x += 4)
            ink += whole.pixel(x, y) != whole.pixel(0, 0) ? 1 : 0;
    QVERIFY2(ink > 5000, qPrintable(QString::number(ink)));
    // A node's area at 1:1 (what a zoomed view shows): its pod items are made and drawn.
    const NodePlace &node = scene.sceneLayout().nodes.at(3);
    QImage part(node.rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    part.fill(Qt::white);
    QPainter painter(&part);
    scene.renderContent(&painter, QRectF(QPointF(0, 0), node.rect.size()), node.rect);
    painter.end();
    const QSet<QString> live = liveIds(scene);
    for (const QString &slot : slotsOfNode(scene.sceneLayout(), node.id))
        QVERIFY2(live.contains(slot), qPrintable(slot));
}

void TestLazyScene::smallClusterHasEveryItem()
{
    const Cluster cluster = test::makeDemoCluster();
    ClusterScene scene;
    scene.setCluster(cluster);
    QVERIFY(!scene.isLarge());
    QCOMPARE(scene.itemsOfType<PodItem>().size(), scene.sceneLayout().pods.size());
    QCOMPARE(scene.itemsOfType<SelectorEdgeItem>().size(), scene.sceneLayout().edges.size());
    QCOMPARE(scene.liveItemCount(), int(scene.ids().size()));
}

QTEST_MAIN(TestLazyScene)
#include "tst_lazyscene.moc"
