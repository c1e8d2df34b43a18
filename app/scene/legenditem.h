#pragma once

#include "scene/sceneitem.h"

#include <QCoreApplication>

namespace hopscope::app {

// The key, under the client: each Service type's badge in its colour with what it adds, the
// dashed selector edge, and the subdued look of system objects. Colour never stands alone.
class LegendItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::LegendItem)
public:
    enum { Type = LegendItemType };
    LegendItem();
    int type() const override { return Type; }

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

} // namespace hopscope::app
