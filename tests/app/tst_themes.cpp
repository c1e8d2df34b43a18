// Themes applied at runtime on a real window: View ▸ Theme changes the scene's background, what
// the items paint (a pod's card), the docks' QPalette and the rule and hop-detail highlights,
// without a restart; the choice persists in QSettings. The legend shows every shape and colour
// in use, follows the theme and can be hidden; the minimap follows the view and moves it.

#include "classroomfixture.h"
#include "scene/items/legenditem.h"
#include "scene/minimap.h"
#include "scene/items/poditem.h"
#include "scene/style.h"
#include "scene/traceoverlay.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/playbackbar.h"
#include "ui/requestbar.h"
#include "ui/thememanager.h"

#include <QAction>
#include <QDockWidget>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>

using namespace hopscope;
using namespace hopscope::app;

namespace {

// An item as the scene paints it, at 1:1.
QImage paintItem(ClusterScene *scene, const QGraphicsItem *item)
{
    const QRectF r = item->sceneBoundingRect();
    QImage image(r.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    // As exports draw (afresh: items that cache a pixmap for the views repaint here).
    scene->renderContent(&p, QRectF(QPointF(), r.size()), r);
    return image;
}

// The share of an image's pixels within a small distance of a colour.
qreal share(const QImage &image, const QColor &c)
{
    qint64 hits = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor px = image.pixelColor(x, y);
            if (std::abs(px.red() - c.red()) + std::abs(px.green() - c.green()) +
                    std::abs(px.blue() - c.blue()) <=
                12)
                ++hits;
        }
    return image.isNull() ? 0 : qreal(hits) / (image.width() * image.height());
}

bool near(const QRectF &a, const QRectF &b, qreal tolerance)
{
    return std::abs(a.left() - b.left()) <= tolerance && std::abs(a.top() - b.top()) <= tolerance &&
           std::abs(a.right() - b.right()) <= tolerance &&
           std::abs(a.bottom() - b.bottom()) <= tolerance;
}

} // namespace

class TestThemes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchingRepaintsSceneItemsAndDocks_data();
    void switchingRepaintsSceneItemsAndDocks();
    void choicePersists();
    void legendShowsEveryShapeAndFollowsTheTheme_data();
    void legendShowsEveryShapeAndFollowsTheTheme();
    void legendToggles();
    void playbackIconsFollowTheTheme();
    void minimapFollowsTheView();
    void minimapClickMovesTheView();
    void minimapShowsThePacket();

private:
    test::ClassroomFixture f;
};

void TestThemes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hopscope-test-themes"));
    QSettings().clear();
}

void TestThemes::init()
{
    f = test::ClassroomFixture{};
    f.open();
}

void TestThemes::cleanup()
{
    f.window.reset();
    QSettings().clear();
    style::setTheme(style::Theme::Light);
}

void TestThemes::switchingRepaintsSceneItemsAndDocks_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("dark") << QStringLiteral("dark");
    QTest::newRow("high contrast") << QStringLiteral("high-contrast");
}

void TestThemes::switchingRepaintsSceneItemsAndDocks()
{
    QFETCH(QString, key);
    // On the DNAT hop, so that the details pane has a changed field to tint.
    f.window->requestBar()->setSource(QStringLiteral("client"));
    f.window->requestBar()->setDestination(QStringLiteral("192.168.1.2:30008"));
    QTest::mouseClick(f.window->requestBar()->sendButton(), Qt::LeftButton);
    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_Right);

    const QColor lightBackground = f.scene()->backgroundBrush().color();
    // One pod the request does not light, chosen by name (the scene's item order is a hash
    // order, different in every run): an application pod, not a system one drawn subdued.
    PodItem *pod = nullptr;
    for (PodItem *p : f.scene()->itemsOfType<PodItem>())
        if (p->id().startsWith(u"pod/default/") && !p->isHighlighted() &&
            (!pod || p->id() < pod->id()))
            pod = p;
    QVERIFY(pod);
    const QColor lightCard = style::surface();
    QVERIFY(share(paintItem(f.scene(), pod), lightCard) > 0.3);
    QDockWidget *events = f.window->eventsDock();
    const QColor lightDock = events->palette().color(QPalette::Window);

    auto *action = f.window->findChild<QAction *>(QStringLiteral("theme-") + key);
    QVERIFY(action);
    QSignalSpy changed(f.window->themes(), &ThemeManager::themeChanged);
    action->trigger();
    QCOMPARE(changed.count(), 1);
    const style::Theme theme = style::themeFromKey(key);
    QCOMPARE(style::theme(), theme);
    QVERIFY(action->isChecked());

    // The scene's background, what the pod paints, the docks' palette.
    QCOMPARE(f.scene()->backgroundBrush().color(), style::sceneBackground());
    QCOMPARE(f.view()->backgroundBrush().color(), style::sceneBackground());
    if (theme == style::Theme::Dark) {
        QVERIFY(f.scene()->backgroundBrush().color() != lightBackground);
        QVERIFY(style::surface() != lightCard);
        QVERIFY(share(paintItem(f.scene(), pod), style::surface()) > 0.3);
        QVERIFY(share(paintItem(f.scene(), pod), lightCard) < 0.05);
        // The application palette reaches the widgets through posted events.
        QTRY_VERIFY(events->palette().color(QPalette::Window) != lightDock);
        QVERIFY(events->palette().color(QPalette::Window).lightness() < 80);
    } else {
        // Projector colours: black text, no pale grey frame, thicker strokes.
        QCOMPARE(style::ink(), QColor(Qt::black));
        QVERIFY(style::frameBorder().lightness() < 60);
        QVERIFY(style::stroke(2) >= 3);
        QTRY_COMPARE(events->palette().color(QPalette::WindowText), QColor(Qt::black));
    }
    QTRY_COMPARE(events->palette().color(QPalette::Window),
                 ThemeManager::widgetPalette(theme).color(QPalette::Window));

    // The hop details' changed fields are tinted in the theme's mark colour, readable.
    QTableWidget *table = f.window->hopDetails()->fieldTable();
    bool tinted = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1)->background().color() == style::markFill()) {
            tinted = true;
            QCOMPARE(table->item(r, 1)->foreground().color(), style::markText());
        }
    QVERIFY(tinted);
    test::keep(f.window.get(), QStringLiteral("theme-") + key);

    // And back, without a restart.
    f.window->findChild<QAction *>(QStringLiteral("theme-light"))->trigger();
    QCOMPARE(f.scene()->backgroundBrush().color(), lightBackground);
    QTRY_COMPARE(events->palette().color(QPalette::Window), lightDock);
    QVERIFY(share(paintItem(f.scene(), pod), lightCard) > 0.3);
}

void TestThemes::choicePersists()
{
    f.window->findChild<QAction *>(QStringLiteral("theme-dark"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
    f.window.reset();
    style::setTheme(style::Theme::Light); // as a fresh start would have it
    f.open();
    QCOMPARE(f.window->themes()->theme(), style::Theme::Dark);
    QCOMPARE(style::theme(), style::Theme::Dark);
    QVERIFY(f.window->findChild<QAction *>(QStringLiteral("theme-dark"))->isChecked());
    QCOMPARE(f.scene()->backgroundBrush().color(), style::sceneBackground());
}

void TestThemes::legendShowsEveryShapeAndFollowsTheTheme_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
    QTest::newRow("high contrast") << QStringLiteral("high-contrast");
}

void TestThemes::legendShowsEveryShapeAndFollowsTheTheme()
{
    QFETCH(QString, key);
    f.window->themes()->setTheme(style::themeFromKey(key));
    auto *legend = f.scene()->item<LegendItem>(QStringLiteral("legend"));
    QVERIFY(legend);
    QVERIFY(legend->isVisible());
    // Every shape the drawing uses is named (DESIGN.md, "Visual language").
    const QStringList entries = LegendItem::entries();
    for (const QString &name :
         {QStringLiteral("node"), QStringLiteral("pod"), QStringLiteral("client"),
          QStringLiteral("selector"), QStringLiteral("packet"), QStringLiteral("failure"),
          serviceTypeName(ServiceType::ClusterIP), serviceTypeName(ServiceType::NodePort),
          serviceTypeName(ServiceType::LoadBalancer)})
        QVERIFY2(entries.contains(name), qPrintable(name));
    // And painted: each Service type's colour, the packet's and the failure's, on the theme's
    // card colour.
    const QImage image = paintItem(f.scene(), legend);
    QVERIFY(share(image, style::surface()) > 0.4);
    for (ServiceType t : {ServiceType::ClusterIP, ServiceType::NodePort, ServiceType::LoadBalancer})
        QVERIFY2(share(image, style::serviceColor(t)) > 0.002, qPrintable(serviceTypeName(t)));
    QVERIFY(share(image, style::packetColor()) > 0.001);
    QVERIFY(share(image, style::failureColor()) > 0.001);
    // The legend fits in the drawing, left of the cluster and below the client.
    const QRectF l = legend->sceneBoundingRect();
    QVERIFY(f.scene()->contentRect().contains(l.adjusted(2, 2, -2, -2)));
    QVERIFY(!l.intersects(f.scene()->itemById(QStringLiteral("client"))->sceneBoundingRect()));
}

namespace {
// The mean lightness (0–255) of an icon's opaque pixels.
int glyphLightness(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(32, 32), mode).toImage();
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    return count ? int(sum / count) : -1;
}
} // namespace

void TestThemes::playbackIconsFollowTheTheme()
{
    PlaybackBar *bar = f.window->playbackBar();
    const QList<QAction *> actions = {bar->resetAction(), bar->backAction(), bar->playAction(),
                                      bar->forwardAction(), bar->endAction()};
    // Dark glyphs on the light theme: the style's standard media icons stayed dark on the
    // dark theme, where they could not be seen.
    for (QAction *a : actions)
        QVERIFY2(glyphLightness(a->icon()) >= 0 && glyphLightness(a->icon()) < 100,
                 qPrintable(a->objectName()));
    f.window->findChild<QAction *>(QStringLiteral("theme-dark"))->trigger();
    for (QAction *a : actions)
        QTRY_VERIFY2(glyphLightness(a->icon()) > 160, qPrintable(a->objectName()));
    f.window->findChild<QAction *>(QStringLiteral("theme-light"))->trigger();
    QTRY_VERIFY(glyphLightness(bar->playAction()->icon()) < 100);
}

void TestThemes::legendToggles()
{
    auto *action = f.window->findChild<QAction *>(QStringLiteral("legend"));
    QVERIFY(action && action->isChecked());
    action->trigger();
    QVERIFY(!f.scene()->itemById(QStringLiteral("legend"))->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("view/legend")).toBool(), false);
    f.window.reset();
    f.open();
    QVERIFY(!f.scene()->itemById(QStringLiteral("legend"))->isVisible());
    f.window->findChild<QAction *>(QStringLiteral("legend"))->trigger();
    QVERIFY(f.scene()->itemById(QStringLiteral("legend"))->isVisible());
}

void TestThemes::minimapFollowsTheView()
{
    MiniMap *map = f.window->miniMap();
    QVERIFY(map->isWanted());
    // Fitted, the whole drawing is in view: no minimap over its corner.
    QVERIFY(f.view()->isFitted());
    QVERIFY(!map->isVisible());
    // Zoomed in and scrolled: it shows, its frame shrinks and moves where the view looks.
    for (int i = 0; i < 4; ++i)
        f.view()->zoomIn();
    QVERIFY(map->isVisible());
    QTRY_VERIFY(!map->paintedFrame().isNull());
    f.view()->horizontalScrollBar()->setValue(f.view()->horizontalScrollBar()->maximum());
    f.view()->verticalScrollBar()->setValue(f.view()->verticalScrollBar()->minimum());
    const QRectF visible = f.view()
                               ->mapToScene(f.view()->viewport()->rect())
                               .boundingRect()
                               .intersected(f.scene()->contentRect());
    const qreal perPixel = f.scene()->contentRect().width() / map->thumbnailRect().width();
    QTRY_VERIFY(near(QRectF(map->toScene(map->paintedFrame().topLeft()),
                            map->toScene(map->paintedFrame().bottomRight())),
                     visible, 3 * perPixel));
    QVERIFY(map->paintedFrame().width() < map->thumbnailRect().width() * 0.8);
    // Toggled off from the View menu, and on again.
    auto *toggle = f.window->findChild<QAction *>(QStringLiteral("minimap"));
    toggle->trigger();
    QVERIFY(!map->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("view/minimap")).toBool(), false);
    toggle->trigger();
    QVERIFY(map->isVisible());
    // Fitted again: it steps aside.
    f.view()->fitToView();
    QVERIFY(!map->isVisible());
}

void TestThemes::minimapClickMovesTheView()
{
    MiniMap *map = f.window->miniMap();
    for (int i = 0; i < 5; ++i)
        f.view()->zoomIn();
    QTRY_VERIFY(!map->paintedFrame().isNull());
    // A click left of and below the middle centres the view there (a point the view can
    // centre on at this zoom, whatever room the docks leave it).
    const QRectF content = f.scene()->contentRect();
    const QPointF target(content.left() + content.width() * 0.4,
                         content.top() + content.height() * 0.7);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->fromScene(target).toPoint());
    const QPointF centre = f.view()->mapToScene(f.view()->viewport()->rect().center());
    const qreal perPixel = content.width() / map->thumbnailRect().width();
    QVERIFY2(QLineF(centre, target).length() < 3 * perPixel,
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
    QVERIFY(!f.view()->isFitted());
}

void TestThemes::minimapShowsThePacket()
{
    MiniMap *map = f.window->miniMap();
    for (int i = 0; i < 4; ++i)
        f.view()->zoomIn();
    QTRY_VERIFY(!map->paintedFrame().isNull());
    QVERIFY(map->paintedPacket().isNull()); // no request yet
    f.window->requestBar()->setSource(QStringLiteral("client"));
    f.window->requestBar()->setDestination(QStringLiteral("192.168.1.2:30008"));
    QTest::mouseClick(f.window->requestBar()->sendButton(), Qt::LeftButton);
    const TraceOverlay *overlay = f.view()->overlay();
    QVERIFY(overlay && overlay->hasTrace());
    auto dotAtPacket = [&] {
        const QPointF expected = map->fromScene(overlay->packetScenePos());
        return !map->paintedPacket().isNull() &&
               QLineF(map->paintedPacket(), expected).length() < 1.5;
    };
    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_Right);
    QTRY_VERIFY(dotAtPacket());
    const QPointF first = map->paintedPacket();
    // A few hops on, the dot has moved with the packet.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(f.view(), Qt::Key_Right);
    QTRY_VERIFY(dotAtPacket() && map->paintedPacket() != first);
    test::keep(f.window.get(), QStringLiteral("minimap-packet"));
}

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
