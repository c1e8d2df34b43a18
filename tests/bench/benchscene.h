#pragma once

// The app side of bench_load: the scene built offscreen and its frame times, and one trace.
// Until the scene and the tracer are on main, they report "not measured" (-1).

#include "core/cluster.h"
#include "core/proxyrules.h"

struct FrameTimes
{
    double fitMs = -1;      // median frame, whole cluster fit to 1920x1080
    double oneToOneMs = -1; // median frame, 1:1 zoom
};

class BenchScene
{
public:
    explicit BenchScene(const hopscope::Cluster &cluster) { Q_UNUSED(cluster); }
    FrameTimes frameTimes() const { return {}; }
};

inline double benchTraceMicroseconds(const hopscope::Cluster &cluster,
                                     const hopscope::ProxyRules &rules)
{
    Q_UNUSED(cluster);
    Q_UNUSED(rules);
    return -1;
}
