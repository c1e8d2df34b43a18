// Dragging items for a lesson (offscreen, the voting app demo): a mouse drag on the viewport
// moves a node with its pods, sockets and selector edges; a Service band and the client move;
// each move is an undoable command "Move …"; View ▸ Reset Positions and the item's "Reset
// position" return to the computed layout; the packet's path follows the moved items.

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/hopplaces.h"
#include "scene/layoutoffsets.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/actions/entitymenu.h"
#include "ui/actions/lessonactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace hopscope;
using namespace hopscope::app;

namespace {

void drag(ClusterView *view, QPoint from, QPoint to)
{
    QWidget *vp = view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    const int steps = 6;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(vp, from + (to - from) * i / steps);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
}

} // namespace

class TestPositions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dragMovesTheItem_data();
    void dragMovesTheItem();
    void nodeTakesItsPodsAndEdges();
    void undoRedoAndReset();
    void resetOneItemFromItsMenu();
    void packetPathFollows();
    void clickIsNotADrag();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestPositions::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDemo(QStringLiteral("voting-app")));
}

void TestPositions::cleanup()
{
    m_window.reset();
}

void TestPositions::dragMovesTheItem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("grab"); // the item pressed on (a pod drags its node)
    QTest::addColumn<QString>("command");
    QTest::newRow("a node by its header") << "node/node01"
                                          << "node/node01"
                                          << "Move node01";
    QTest::newRow("a Service band") << "svc/default/vote"
                                    << "svc/default/vote"
                                    << "Move vote";
    QTest::newRow("the client") << "client"
                                << "client"
                                << "Move the client";
    QTest::newRow("the load balancer") << "lb/default/vote-lb"
                                       << "lb/default/vote-lb"
                                       << "Move vote-lb";
}

void TestPositions::dragMovesTheItem()
{
    QFETCH(QString, id);
    QFETCH(QString, grab);
    QFETCH(QString, command);
    ClusterScene *scene = m_window->scene();
    ClusterView *view = m_window->view();
    SceneItem *item = scene->itemById(grab);
    QVERIFY(item);
    const QRectF box = item->sceneBoundingRect();
    // A point of the item no other item covers (a node's header, a band's right end).
    const QPointF at = id.startsWith(u"node/")  ? QPointF(box.left() + 40, box.top() + 20)
                       : id.startsWith(u"svc/") ? QPointF(box.right() - 30, box.center().y())
                                                : box.center();
    const QPoint from = view->mapFromScene(at);
    QCOMPARE(view->movableAt(from), id);
    const QPointF before = item->pos();
    QSignalSpy moved(view, &ClusterView::itemMoved);
    drag(view, from, from + QPoint(60, 45));
    QCOMPARE(moved.count(), 1);
    const QPointF offset = scene->positionOffset(id);
    const qreal zoom = view->zoom();
    QVERIFY2(qAbs(offset.x() - 60 / zoom) <= 2 / zoom + 1, qPrintable(QString::number(offset.x())));
    QVERIFY(qAbs(offset.y() - 45 / zoom) <= 2 / zoom + 1);
    QCOMPARE(item->pos(), before + offset);
    QCOMPARE(m_window->document()->undoStack()->text(0), command);
    // The moved positions are data: the same offsets put on another scene give the same layout.
    ClusterScene other;
    other.setCluster(m_window->document()->cluster());
    other.setPositionOffsets(scene->positionOffsets());
    QCOMPARE(other.itemById(grab)->pos(), item->pos());
}

void TestPositions::nodeTakesItsPodsAndEdges()
{
    ClusterScene *scene = m_window->scene();
    const SceneLayout base = scene->sceneLayout();
    const QString node = QStringLiteral("node/node02");
    scene->setPositionOffset(node, QPointF(100, 50));
    const SceneLayout &moved = scene->sceneLayout();
    int pods = 0;
    for (const PodSlot &s : base.pods) {
        const PodSlot *now = moved.slot(s.id);
        QVERIFY(now);
        const QPointF expected = s.nodeId == node ? QPointF(100, 50) : QPointF();
        QCOMPARE(now->rect.topLeft() - s.rect.topLeft(), expected);
        pods += s.nodeId == node ? 1 : 0;
    }
    QVERIFY(pods > 0);
    for (const SocketPlace &s : base.sockets)
        if (s.nodeId == node)
            QCOMPARE(moved.socket(s.id)->rect, s.rect.translated(100, 50));
    // An edge into a moved pod ends at the pod's new left side.
    for (const EdgeRoute &e : moved.edges) {
        const PodSlot *slot = moved.slot(e.slotId);
        QVERIFY(slot);
        QCOMPARE(e.path.last().x(), slot->rect.left());
        QVERIFY(slot->rect.contains(e.path.last() + QPointF(1, 0)));
    }
    QVERIFY(moved.clusterFrame.contains(moved.node(node)->rect));
    QVERIFY(moved.bounds.contains(moved.clusterFrame));
}

void TestPositions::undoRedoAndReset()
{
    ClusterScene *scene = m_window->scene();
    ClusterView *view = m_window->view();
    QUndoStack *stack = m_window->document()->undoStack();
    const QRectF header = scene->sceneLayout().node(QStringLiteral("node/node03"))->header;
    const QPoint from = view->mapFromScene(header.topLeft() + QPointF(40, 20));
    drag(view, from, from + QPoint(-50, 30));
    const QPointF offset = scene->positionOffset(QStringLiteral("node/node03"));
    QVERIFY(!offset.isNull());
    stack->undo();
    QVERIFY(scene->positionOffsets().isEmpty());
    QCOMPARE(scene->sceneLayout().node(QStringLiteral("node/node03"))->header, header);
    stack->redo();
    QCOMPARE(scene->positionOffset(QStringLiteral("node/node03")), offset);
    // View ▸ Reset Positions, itself undoable.
    m_window->lessonActions()->resetPositionsAction()->trigger();
    QVERIFY(scene->positionOffsets().isEmpty());
    QCOMPARE(stack->text(stack->index() - 1), QStringLiteral("Reset positions"));
    stack->undo();
    QCOMPARE(scene->positionOffset(QStringLiteral("node/node03")), offset);
    // A what-if edit keeps the arrangement; moves are not what-if edits.
    QVERIFY(m_window->document()->applyWhatIf(
        WhatIf::scale(QStringLiteral("Deployment/default/result"), 2)));
    QCOMPARE(scene->positionOffset(QStringLiteral("node/node03")), offset);
    QCOMPARE(m_window->document()->appliedWhatIfs().size(), 1);
}

void TestPositions::resetOneItemFromItsMenu()
{
    ClusterScene *scene = m_window->scene();
    scene->setPositionOffset(QStringLiteral("node/node01"), QPointF(20, 20));
    scene->setPositionOffset(QStringLiteral("client"), QPointF(0, 50));
    // The menu of a pod on node01 offers to put its node back.
    QString pod;
    for (const PodInfo &p : scene->cluster().pods)
        if (p.nodeName == u"node01")
            pod = p.id;
    QVERIFY(!pod.isEmpty());
    std::unique_ptr<QMenu> menu(m_window->entityMenu()->menuFor(pod));
    QVERIFY(menu);
    QAction *reset = menu->findChild<QAction *>(QStringLiteral("resetPosition"));
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(scene->positionOffset(QStringLiteral("node/node01")).isNull());
    QCOMPARE(scene->positionOffset(QStringLiteral("client")), QPointF(0, 50));
}

void TestPositions::packetPathFollows()
{
    Classroom *classroom = m_window->classroom();
    classroom->runPreset(0, 0);
    QVERIFY(!classroom->trace().hops.isEmpty());
    classroom->controller()->jumpTo(0);
    const QPointF before = classroom->overlay().packetScenePos();
    QVERIFY(!before.isNull());
    // The first hop is the client: its place moves with the client.
    m_window->scene()->setPositionOffset(QStringLiteral("client"), QPointF(0, 200));
    QCOMPARE(classroom->overlay().packetScenePos(), before + QPointF(0, 200));
    QCOMPARE(classroom->overlay().hop(), 0);
    // A lesson's arrangement: node02 apart on the right, node01 a little up, the vote band
    // below the others; at the DNAT hop the lit area is node01's new place.
    ClusterScene *scene = m_window->scene();
    scene->setPositionOffset(QStringLiteral("node/node01"), QPointF(-10, -24));
    scene->setPositionOffset(QStringLiteral("node/node02"), QPointF(140, 30));
    scene->setPositionOffset(QStringLiteral("svc/default/vote"), QPointF(0, 230));
    int dnat = -1;
    for (const Hop &h : classroom->trace().hops)
        if (h.action == HopAction::Dnat && dnat < 0)
            dnat = h.index;
    QVERIFY(dnat > 0);
    classroom->controller()->jumpTo(dnat);
    const QRectF lit = classroom->overlay().highlightedSceneRect();
    QVERIFY(lit.intersects(scene->sceneLayout().node(QStringLiteral("node/node01"))->rect));
    m_window->view()->fitToView();
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/dragged-layout.png"));
}

void TestPositions::clickIsNotADrag()
{
    ClusterView *view = m_window->view();
    const QRectF header =
        m_window->scene()->sceneLayout().node(QStringLiteral("node/node01"))->header;
    QSignalSpy clicked(view, &ClusterView::entityClicked);
    QSignalSpy moved(view, &ClusterView::itemMoved);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(header.topLeft() + QPointF(40, 20)));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(moved.count(), 0);
    QVERIFY(m_window->scene()->positionOffsets().isEmpty());
}

QTEST_MAIN(TestPositions)
#include "tst_positions.moc"
