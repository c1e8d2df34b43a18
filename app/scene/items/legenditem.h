#pragma once

#include "scene/items/sceneitem.h"

#include <QCoreApplication>
#include <QStringList>

namespace hopscope::app {

// The key, under the client: every shape and colour the drawing uses — node, pod, each Service
// type's badge in its colour with the glyph it adds (socket, cloud), the client, the dashed
// selector edge, the request's and the reply's path, the packet, a failure and the subdued look
// of system objects. Colour never stands alone. Painted from style.h, so it follows the theme.
class LegendItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::LegendItem)
public:
    enum { Type = LegendItemType };
    LegendItem();
    int type() const override { return Type; }
    QList<DrawnText> drawnTexts() const override;
    // The names of what the key explains, in order (tests check nothing in use is missing).
    static QStringList entries();

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Draws the key; lists its texts in *texts when given.
    void paintKey(QPainter *p, QList<DrawnText> *texts) const;
};

} // namespace hopscope::app
