#pragma once

#include "scene/items/sceneitem.h"

#include <QCoreApplication>

namespace hopscope::app {

// The cluster's outline behind the nodes and Services: its title, pod and Service ranges.
class ClusterFrameItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::ClusterFrameItem)
public:
    enum { Type = ClusterFrameItemType };
    ClusterFrameItem();
    int type() const override { return Type; }
    QList<DrawnText> drawnTexts() const override;

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_details;
};

} // namespace hopscope::app
