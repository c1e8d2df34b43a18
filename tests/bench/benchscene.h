#pragma once

// The app side of bench_load: the scene built offscreen (part of the load: "scene ready"), its
// frame times at fit-to-view and at 1:1 in a 1920x1080 view, and one trace (until the tracer is
// on main, the trace reports "not measured", -1).

#include "core/cluster.h"
#include "core/proxyrules.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <vector>

struct FrameTimes
{
    double fitMs = -1;      // median frame, whole cluster fit to 1920x1080
    double oneToOneMs = -1; // median frame, 1:1 zoom
};

class BenchScene
{
public:
    explicit BenchScene(const hopscope::Cluster &cluster) { m_scene.setCluster(cluster); }

    FrameTimes frameTimes()
    {
        hopscope::app::ClusterView view(&m_scene);
        view.resize(1920, 1080);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.fitToView();
        FrameTimes t;
        t.fitMs = medianFrame(view, "fit");
        view.zoomToActualSize();
        // 1:1 on the first node, where pods are drawn in full.
        const auto &nodes = m_scene.sceneLayout().nodes;
        view.centerOn(nodes.isEmpty() ? m_scene.contentRect().center()
                                      : nodes.first().rect.center());
        t.oneToOneMs = medianFrame(view, "one");
        return t;
    }

private:
    // HOPSCOPE_BENCH_IMAGES=DIR keeps the last frame of each view as DIR/<name>.png.
    static double medianFrame(hopscope::app::ClusterView &view, const char *name)
    {
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        std::vector<double> ms;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            QPainter painter(&image);
            painter.setRenderHints(view.renderHints());
            view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
            painter.end();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const QString dir = qEnvironmentVariable("HOPSCOPE_BENCH_IMAGES");
        if (!dir.isEmpty())
            image.save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    }

    hopscope::app::ClusterScene m_scene;
};

inline double benchTraceMicroseconds(const hopscope::Cluster &cluster,
                                     const hopscope::ProxyRules &rules)
{
    Q_UNUSED(cluster);
    Q_UNUSED(rules);
    return -1;
}
