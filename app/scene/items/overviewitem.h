#pragma once

#include "scene/items/sceneitem.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>

namespace hopscope::app {

// A large cluster seen from far away, in one item: every node a summary glyph (its name and pod
// count when there is room), every Service band a stripe in its type's colour. The scene shows
// it instead of the thousands of node, pod, edge and band items while the view is zoomed out
// (ClusterScene::setOverview), so a frame costs a few batched rectangles rather than one paint
// call per entity; zoomed in, the items take over and the overview hides.
class OverviewItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::OverviewItem)
public:
    enum { Type = OverviewItemType };
    OverviewItem();
    int type() const override { return Type; }
    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintCaption(QPainter *p) const;

    struct NodeGlyph
    {
        QRectF rect;
        QString title;
        int pods = 0;
        bool pending = false;
    };
    struct Band
    {
        QRectF rect;
        QString name;
        int colorIndex = 0;
    };
    QRectF m_bounds;
    QString m_caption; // "5000 nodes · 150002 pods · 10002 Services"
    QList<NodeGlyph> m_nodes;
    QList<Band> m_bands;
    QList<QColor> m_colors; // band colours, by index
};

} // namespace hopscope::app
