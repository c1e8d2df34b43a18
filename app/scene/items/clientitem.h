#pragma once

#include "scene/items/sceneitem.h"

#include <QCoreApplication>

namespace hopscope::app {

// The external client: a laptop glyph with its IP, outside the cluster on the left.
class ClientItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::ClientItem)
public:
    enum { Type = ClientItemType };
    ClientItem();
    int type() const override { return Type; }
    QList<DrawnText> drawnTexts() const override;

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &address() const { return m_address; }

private:
    QString m_address;
};

} // namespace hopscope::app
