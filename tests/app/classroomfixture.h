#pragma once

// A main window on the test cluster (testcluster.h) whose tracer is replaced by hand-built
// traces (testtraces.h): the classroom view can be driven like a user without the tracer.

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "testcluster.h"
#include "testtraces.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/mainwindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace hopscope::test {

struct ClassroomFixture
{
    std::unique_ptr<app::MainWindow> window;
    QList<TraceRequest> requests; // what the tracer was asked, in order

    // Traces: "client → 10.244.1.2:80" fails (no route), anything else is the NodePort trace
    // with the request echoed.
    void open()
    {
        auto *document = new app::ClusterDocument;
        document->setLoader([](const QStringList &paths, const ClusterSettings &settings) {
            Cluster c = makeDemoCluster();
            c.settings = settings;
            c.files = paths;
            return c;
        });
        window = std::make_unique<app::MainWindow>(document);
        window->classroom()->runner()->setBackend([this](const Cluster &c, const TraceRequest &r) {
            requests << r;
            Trace t = r.to.startsWith(u"10.244.") ? podDirectTrace() : nodePortTrace(c);
            t.request = r;
            return t;
        });
        window->resize(1500, 950);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // The keys are window shortcuts: they need the active window (on X11 without a window
        // manager too).
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->openPaths({QStringLiteral("/m/demo.yaml")}));
    }

    app::ClusterView *view() const { return window->view(); }
    app::ClusterScene *scene() const { return window->scene(); }

    // The viewport point showing a scene point.
    QPoint viewportPoint(const QPointF &scenePoint) const
    {
        return view()->mapFromScene(scenePoint);
    }
    QPoint itemPoint(const QString &id, QPointF offset = {}) const
    {
        const SceneItemBox box = itemBox(id);
        return viewportPoint(
            box.rect.topLeft() + offset +
            (offset.isNull() ? QPointF(box.rect.width() / 2, box.rect.height() / 2) : QPointF()));
    }
    struct SceneItemBox
    {
        QRectF rect;
    };
    SceneItemBox itemBox(const QString &id) const
    {
        const auto *item = scene()->itemById(id);
        return {item ? item->sceneBoundingRect() : QRectF()};
    }
    void click(const QString &id, QPointF offset = {}) const
    {
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, itemPoint(id, offset));
    }
};

inline void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace hopscope::test
