// Panels that fit, at the default window size (1400×900) and at 1280×720: Hop details shows
// "What happens" without scrolling (at 1280×720 its start), with the What-if history and the Quiz shown too; after a
// what-if that changes the layout the view fits it again unless the user zoomed; the minimap
// sits in the corner that covers the least of the drawing.

#include "core/classroom/whatif.h"
#include "document/clusterdocument.h"
#include "i18n.h"
#include "resources.h"
#include "document/stepcontroller.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/minimap.h"
#include "ui/actions/whatifactions.h"
#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/panels/quizpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// The whole label is on screen: not below the fold of its scroll area, not cut.
bool wholeOnScreen(QWidget *label)
{
    return label->isVisible() && label->height() > 0 &&
           label->visibleRegion().boundingRect() == label->rect();
}

} // namespace

class TestPanelsFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ensureResources(); }
    void cleanup() { installTranslators(QStringLiteral("en"), false); }
    void whatHappensWithoutScrolling_data();
    void whatHappensWithoutScrolling();
    void whatIfRefitsUnlessZoomed_data();
    void whatIfRefitsUnlessZoomed();
    void minimapTakesTheFreestCorner();
    void minimapCoversTheFewestTexts();
};

void TestPanelsFit::whatHappensWithoutScrolling_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("also"); // the panel shown besides
    for (const char *lang : {"en", "ko"})
        for (const QSize size : {QSize(1400, 900), QSize(1280, 720)}) {
            const QByteArray at = QByteArray(lang) + ' ' + QByteArray::number(size.width()) +
                                  'x' + QByteArray::number(size.height());
            const QString l = QString::fromLatin1(lang);
            QTest::addRow("%s, the panels as they open", at.constData()) << l << size << QString();
            QTest::addRow("%s, with the what-if history", at.constData())
                << l << size << QStringLiteral("history");
            QTest::addRow("%s, with the quiz", at.constData())
                << l << size << QStringLiteral("quiz");
        }
}

void TestPanelsFit::whatHappensWithoutScrolling()
{
    QFETCH(QString, lang);
    QFETCH(QSize, size);
    QFETCH(QString, also);
    installTranslators(lang, false);
    MainWindow w;
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemo());
    if (also == u"history")
        w.whatIfActions()->historyDock()->show();
    if (also == u"quiz")
        w.quizPanel()->toggleAction()->trigger();
    w.classroom()->runPreset(3); // NodePort: the DNAT hop has a long explanation
    StepController *clock = w.classroom()->controller();
    const Trace &trace = w.classroom()->trace();
    int dnat = -1;
    for (int i = 0; i < trace.hops.size() && dnat < 0; ++i)
        if (trace.hops[i].action == HopAction::Dnat)
            dnat = i;
    QVERIFY(dnat > 0);
    if (also == u"quiz")
        w.quizPanel()->setQuizMode(false); // the hop itself, not a question, is looked at here
    clock->jumpTo(dnat);
    QCoreApplication::processEvents();
    auto *explanation = w.hopDetails()->findChild<QLabel *>(QStringLiteral("explanation"));
    QVERIFY(explanation);
    QVERIFY(!explanation->text().isEmpty());
    keep(&w, QStringLiteral("panelsfit-%1-%2x%3-%4")
                 .arg(lang)
                 .arg(size.width())
                 .arg(size.height())
                 .arg(also.isEmpty() ? QStringLiteral("plain") : also));
    // At the default size the whole explanation; at 1280×720 (a projector) it starts above the
    // fold and its first lines show (a long one scrolls at its end).
    if (size.height() < 900) {
        auto *caption = w.hopDetails()->findChild<QLabel *>(QStringLiteral("explainCaption"));
        QVERIFY(caption && wholeOnScreen(caption));
        QVERIFY2(explanation->visibleRegion().boundingRect().height() >= 200,
                 qPrintable(QString::number(explanation->visibleRegion().boundingRect().height())));
        return;
    }
    QVERIFY2(wholeOnScreen(explanation),
             qPrintable(QStringLiteral("explanation %1 of %2 visible; details dock %3 px high")
                            .arg(explanation->visibleRegion().boundingRect().height())
                            .arg(explanation->height())
                            .arg(w.hopDetails()->height())));
}

void TestPanelsFit::whatIfRefitsUnlessZoomed_data()
{
    QTest::addColumn<bool>("zoomed");
    QTest::newRow("fitted: fits the new layout") << false;
    QTest::newRow("zoomed by the user: the zoom stays") << true;
}

void TestPanelsFit::whatIfRefitsUnlessZoomed()
{
    QFETCH(bool, zoomed);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemo(QStringLiteral("voting-app")));
    ClusterView *view = w.view();
    QVERIFY(view->isFitted());
    if (zoomed)
        view->zoomIn();
    const qreal before = view->zoom();
    const QRectF contentBefore = w.scene()->contentRect();
    WhatIf down;
    down.kind = WhatIf::Kind::NodeDown;
    down.target = QStringLiteral("node/node02");
    QVERIFY(w.document()->applyWhatIf(down));
    QCoreApplication::processEvents();
    QVERIFY(w.scene()->contentRect() != contentBefore); // the layout did change
    if (zoomed) {
        QCOMPARE(view->zoom(), before);
        QVERIFY(!view->isFitted());
    } else {
        QVERIFY(view->isFitted());
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(shown.adjusted(-2, -2, 2, 2).contains(w.scene()->contentRect()));
        QVERIFY(!w.miniMap()->isVisible());
    }
}

void TestPanelsFit::minimapTakesTheFreestCorner()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemo());
    ClusterView *view = w.view();
    view->zoomIn();
    QCoreApplication::processEvents();
    MiniMap *minimap = w.miniMap();
    QTRY_VERIFY(minimap->isVisible());
    keep(&w, QStringLiteral("panelsfit-minimap"));
    // No corner covers clearly less of the drawing than the one it is in.
    const QRect at = minimap->geometry();
    const QRect vp = view->viewport()->geometry();
    const qreal here = minimap->coveredContent(at);
    for (const QRect &other : {QRect(QPoint(vp.left() + 12, vp.top() + 12), at.size()),
                               QRect(QPoint(vp.right() - 12 - at.width(), vp.top() + 12),
                                     at.size()),
                               QRect(QPoint(vp.left() + 12, vp.bottom() - 12 - at.height()),
                                     at.size()),
                               QRect(QPoint(vp.right() - 12 - at.width(),
                                            vp.bottom() - 12 - at.height()),
                                     at.size())})
        QVERIFY2(here * 0.7 - 1.0 <= minimap->coveredContent(other),
                 qPrintable(QStringLiteral("%1 here, %2 elsewhere")
                                .arg(here)
                                .arg(minimap->coveredContent(other))));
}

// The drawing's texts (node names and IPs, pod names, the client's label) under a rectangle of
// the view's viewport, in scene units squared.
qreal textsUnder(ClusterView *view, const QRect &rect)
{
    const QRect inViewport = rect.translated(-view->viewport()->geometry().topLeft());
    const QRectF area = view->mapToScene(inViewport).boundingRect();
    qreal covered = 0;
    for (const DrawnText &text : qobject_cast<ClusterScene *>(view->scene())->drawnTexts()) {
        const QRectF shared = text.rect.intersected(area);
        covered += shared.width() * shared.height();
    }
    return covered;
}

// Zoomed in, every corner may cover some of the drawing: the minimap takes the one that covers
// the fewest of its texts (a box edge under it still reads, a pod name does not).
void TestPanelsFit::minimapCoversTheFewestTexts()
{
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemo());
    ClusterView *view = w.view();
    MiniMap *minimap = w.miniMap();
    for (int zoom = 1; zoom <= 3; ++zoom) {
        view->zoomIn();
        QCoreApplication::processEvents();
        QTRY_VERIFY(minimap->isVisible());
        const QRect at = minimap->geometry();
        const QRect vp = view->viewport()->geometry();
        const qreal here = textsUnder(view, at);
        qreal fewest = here;
        for (const QPoint &corner : {QPoint(vp.left() + 12, vp.top() + 12),
                                     QPoint(vp.right() - 12 - at.width(), vp.top() + 12),
                                     QPoint(vp.left() + 12, vp.bottom() - 12 - at.height()),
                                     QPoint(vp.right() - 12 - at.width(),
                                            vp.bottom() - 12 - at.height())})
            fewest = std::min(fewest, textsUnder(view, QRect(corner, at.size())));
        keep(&w, QStringLiteral("panelsfit-minimap-zoom%1").arg(zoom));
        QVERIFY2(here <= fewest * 1.05 + 1.0,
                 qPrintable(QStringLiteral("zoom step %1: %2 of text under the minimap, %3 in "
                                           "the freest corner")
                                .arg(zoom)
                                .arg(here)
                                .arg(fewest)));
    }
}

QTEST_MAIN(TestPanelsFit)
#include "tst_panelsfit.moc"
