#pragma once

// Items the teacher dragged for a lesson: an offset per entity id from where the computed
// layout (layout.h) put it. A pure function applies them to a layout, so everything that reads
// the layout — the items, the selector edges, the packet's path (hopplaces.h) and the counters
// — follows the moved items without knowing they moved.
//
// Movable: a node (its pods, pod-network band and NodePort sockets move with it), a Service
// band, the client and a cloud load balancer ("lb/…"). Offsets of ids that are not in the
// layout (a node that a what-if edit took away) are kept and do nothing.

#include "scene/layout.h"

#include <QMap>
#include <QPointF>
#include <QString>

namespace hopscope::app {

using PositionOffsets = QMap<QString, QPointF>;

// Whether an item of this id may be dragged (by its kind; the pending area may not).
bool isMovableId(const QString &id);

// `layout` with the offsets applied: moved rectangles, selector edges re-routed where their
// two ends moved apart, the cluster frame and the bounds grown to hold everything.
void applyOffsets(SceneLayout *layout, const PositionOffsets &offsets);

} // namespace hopscope::app
