#pragma once

// The app side of bench_load: the scene built offscreen (part of the load: "scene ready"), its
// frame times at fit-to-view and at 1:1 in a 1920x1080 view, and the time of one trace.

#include "core/model/cluster.h"
#include "core/proxy/proxyrules.h"
#include "core/trace/tracer.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <time.h>

#include <algorithm>
#include <vector>

struct FrameTimes
{
    double fitMs = -1;      // median frame, whole cluster fit to 1920x1080
    double oneToOneMs = -1; // median frame, 1:1 zoom
    // The first frame after a zoom change (what caches, e.g. the overview's pixmap, don't help)
    double fitFirstMs = -1;
    double oneToOneFirstMs = -1;
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
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show(); // a hidden view never lays out its 1920x1080 viewport
        QCoreApplication::processEvents();
        FrameTimes t;
        // The first frame's figure includes the zoom change itself (a large cluster makes the
        // items of the area it shows then).
        double change = cpuMs();
        view.fitToView();
        change = cpuMs() - change;
        t.fitMs = medianFrame(view, "fit", &t.fitFirstMs);
        t.fitFirstMs += change;
        change = cpuMs();
        view.zoomToActualSize();
        // 1:1 on the first node, where pods are drawn in full.
        const auto &nodes = m_scene.sceneLayout().nodes;
        view.centerOn(nodes.isEmpty() ? m_scene.contentRect().center()
                                      : nodes.first().rect.center());
        change = cpuMs() - change;
        t.oneToOneMs = medianFrame(view, "one", &t.oneToOneFirstMs);
        t.oneToOneFirstMs += change;
        return t;
    }

private:
    // CPU time of this (the GUI) thread, in milliseconds.
    static double cpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }

    // HOPSCOPE_BENCH_IMAGES=DIR keeps the last frame of each view as DIR/<name>.png.
    static double medianFrame(hopscope::app::ClusterView &view, const char *name, double *first)
    {
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        std::vector<double> ms;
        const int frames = std::max(7, qEnvironmentVariableIntValue("HOPSCOPE_BENCH_FRAMES"));
        for (int i = 0; i < frames; ++i) {
            // CPU time of this (the GUI) thread: a frame's cost without the other programs that
            // share the machine (wall time is printed by the load, where threads matter).
            timespec begin{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &begin);
            // What a frame on screen costs: the viewport's own paint event (QGraphicsView::render
            // would take the slower path that collects and sorts every item).
            view.viewport()->render(&image);
            timespec end{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
            ms.push_back(double(end.tv_sec - begin.tv_sec) * 1e3 +
                         double(end.tv_nsec - begin.tv_nsec) / 1e6);
        }
        const QString dir = qEnvironmentVariable("HOPSCOPE_BENCH_IMAGES");
        if (!dir.isEmpty())
            image.save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
        *first = ms.front();
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    }

    hopscope::app::ClusterScene m_scene;
};

// CPU microseconds of one trace (a request from a pod to a ClusterIP Service with endpoints and
// its reply, every hop explained), the median over batches after one warm-up trace (which
// generates the rules of the nodes it crosses). -1 when the cluster has no such pair.
// `firstMs` (optional) receives the CPU milliseconds of that first trace including the
// session's set-up (routes, DNS names, indexes): what the app's first trace on a cluster costs.
inline double benchTraceMicroseconds(const hopscope::Cluster &cluster,
                                     const hopscope::ProxyRules &rules, double *firstMs = nullptr)
{
    const auto cpuMicroseconds = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
    };
    const hopscope::ServiceInfo *service = nullptr;
    for (const hopscope::ServiceInfo &s : cluster.services) {
        // Endpoints that are pods (a dump's default/kubernetes Service leads to the API server)
        if (!s.system && !s.clusterIP.isEmpty() && s.clusterIP != u"None" && !s.ports.isEmpty() &&
            !s.endpoints.isEmpty() && !s.endpoints.first().isEmpty() &&
            !s.endpoints.first().first().podId.isEmpty()) {
            service = &s;
            break;
        }
    }
    const hopscope::PodInfo *source = nullptr;
    for (const hopscope::PodInfo &p : cluster.pods) {
        if (!p.system && !p.ip.isEmpty() && !p.hostNetwork) {
            source = &p;
            break;
        }
    }
    if (!service || !source)
        return -1;
    hopscope::TraceRequest request;
    request.from = source->id;
    request.to = QStringLiteral("%1:%2").arg(service->clusterIP).arg(service->ports.first().port);
    request.protocol = service->ports.first().protocol;
    const double setUp = cpuMicroseconds();
    hopscope::TraceSession session(cluster, rules);
    session.trace(request); // warm-up
    if (firstMs)
        *firstMs = (cpuMicroseconds() - setUp) / 1e3;
    std::vector<double> perTrace;
    constexpr int Batches = 15;
    constexpr int PerBatch = 200;
    for (int b = 0; b < Batches; ++b) {
        timespec begin{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &begin);
        for (int i = 0; i < PerBatch; ++i) {
            request.seed = quint64(b * PerBatch + i + 1);
            session.trace(request);
        }
        timespec end{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        perTrace.push_back(
            (double(end.tv_sec - begin.tv_sec) * 1e6 + double(end.tv_nsec - begin.tv_nsec) / 1e3) /
            PerBatch);
    }
    std::sort(perTrace.begin(), perTrace.end());
    return perTrace[perTrace.size() / 2];
}
