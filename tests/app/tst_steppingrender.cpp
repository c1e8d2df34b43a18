// A frame of the classroom view in the middle of the voting app's NodePort request (the seed's
// "vote at any node IP:30035"), rendered offscreen and checked like a golden-ish image: not
// blank; the packet glyph where the clock says it is, with the path so far behind it; the hop
// it reached lit up. The frames are kept in HOPSCOPE_SCREENSHOT_DIR when it is set.

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/style.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/mainwindow.h"

#include <QSet>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + u'/' + name + QStringLiteral(".png"));
}

bool near(const QColor &a, const QColor &b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// How many pixels of `image` inside `r` are close to `color`.
int countNear(const QImage &image, const QRect &r, const QColor &color, int tolerance = 24)
{
    int n = 0;
    const QRect box = r.intersected(image.rect());
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            n += near(image.pixelColor(x, y), color, tolerance) ? 1 : 0;
    return n;
}

} // namespace

class TestSteppingRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void midTraceFrame();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestSteppingRender::initTestCase()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDemo(QStringLiteral("voting-app")));
    QCOMPARE(m_window->document()->lesson().requests.first().title.text(u"en"),
             QStringLiteral("Vote from every node IP (30035)"));
}

void TestSteppingRender::midTraceFrame()
{
    Classroom *classroom = m_window->classroom();
    classroom->runPreset(0, 0); // client → 192.168.56.70:30035
    const Trace &trace = classroom->trace();
    QVERIFY2(trace.delivered, qPrintable(trace.summary));
    QVERIFY(trace.hops.size() > 6);
    // The hop where kube-proxy's rules DNAT the node port: on node01's :30035 socket.
    int dnat = -1;
    for (int i = 0; i < trace.hops.size() && dnat < 0; ++i)
        if (trace.hops[i].action == HopAction::Dnat)
            dnat = i;
    QVERIFY(dnat > 0);
    StepController *clock = classroom->controller();
    ClusterView *view = m_window->view();

    // On the way to the DNAT hop: the packet half way, the path behind it.
    clock->setTime(StepController::arrivalTime(dnat - 1) + StepController::DwellMs +
                   StepController::MoveMs / 2);
    QCOMPARE(clock->position(), (StepPosition{dnat, 0.5}));
    QCoreApplication::processEvents();
    const QImage moving = view->viewport()->grab().toImage();
    keep(moving, QStringLiteral("render-voting-nodeport-moving"));

    // Not blank: many colours, and a good share of the frame drawn on.
    QSet<QRgb> colours;
    int inked = 0;
    for (int y = 0; y < moving.height(); y += 3)
        for (int x = 0; x < moving.width(); x += 3) {
            const QRgb c = moving.pixel(x, y);
            colours.insert(c);
            inked += c != qRgb(255, 255, 255) ? 1 : 0;
        }
    QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    QVERIFY(inked > moving.width() * moving.height() / 9 / 10);

    // The packet: a yellow envelope at the clock's point (left of its centre, below the flap).
    const QPoint packet = view->mapFromScene(classroom->overlay().packetScenePos());
    QVERIFY(moving.rect().contains(packet));
    const QRect envelope(packet.x() - 20, packet.y() + 2, 14, 10);
    QVERIFY2(countNear(moving, envelope, TraceOverlay::packetColor()) >
                 envelope.width() * envelope.height() / 2,
             "the packet glyph");
    // The path so far: dark ink between the previous hop and the packet.
    const QPoint previous = view->mapFromScene(
        QLineF(classroom->overlay().packetScenePos(),
               m_window->scene()->itemById(QStringLiteral("client"))->sceneBoundingRect().center())
            .pointAt(0.1));
    QVERIFY(countNear(moving, QRect(previous - QPoint(40, 40), QSize(80, 80)),
                      TraceOverlay::requestColor(), 40) > 20);

    // Arrived: the socket :30035 of node01 is lit up and the packet rests beside it.
    clock->jumpTo(dnat);
    QCOMPARE(classroom->overlay().highlightedItemId(),
             QStringLiteral("socket/default/vote/30035@node01"));
    QCoreApplication::processEvents();
    const QImage arrived = view->viewport()->grab().toImage();
    keep(arrived, QStringLiteral("render-voting-nodeport-dnat"));
    const QRect lit =
        view->mapFromScene(classroom->overlay().highlightedSceneRect()).boundingRect();
    // The ring around it: highlight yellow just outside the socket on all four sides.
    const QRect ring = lit.adjusted(-9, -9, 9, 9);
    for (const QRect &side : {QRect(ring.left(), ring.center().y() - 2, 5, 5),
                              QRect(ring.right() - 4, ring.center().y() - 2, 5, 5),
                              QRect(ring.center().x() - 2, ring.bottom() - 4, 5, 5)})
        QVERIFY2(countNear(arrived, side, TraceOverlay::highlightColor()) > 3,
                 qPrintable(QStringLiteral("ring at %1,%2").arg(side.x()).arg(side.y())));
    // The port stays readable: the socket's middle is not covered by the packet.
    QVERIFY(countNear(arrived, lit.adjusted(lit.width() / 3, 4, -4, -4),
                      TraceOverlay::packetColor(), 10) < 5);
}

QTEST_MAIN(TestSteppingRender)
#include "tst_steppingrender.moc"
