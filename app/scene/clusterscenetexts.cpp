// ClusterScene: the texts its items draw, gathered in scene coordinates.

#include "scene/clusterscene.h"

namespace hopscope::app {

QList<DrawnText> ClusterScene::drawnTexts(qreal scale) const
{
    QList<DrawnText> out;
    if (m_large || m_overview || scale < SceneItem::DetailThreshold)
        return out;
    QList<SceneItem *> items = m_items.values();
    // In the order of their ids: the same report every time.
    std::sort(items.begin(), items.end(),
              [](const SceneItem *a, const SceneItem *b) { return a->id() < b->id(); });
    for (const SceneItem *item : std::as_const(items)) {
        if (!item->isVisible())
            continue;
        for (DrawnText t : item->drawnTexts()) {
            if (t.rect.isEmpty())
                continue;
            t.rect = item->mapRectToScene(t.rect);
            out << t;
        }
    }
    return out;
}

} // namespace hopscope::app
