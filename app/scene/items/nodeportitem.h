#pragma once

#include "scene/items/sceneitem.h"

#include <QColor>
#include <QCoreApplication>

namespace hopscope::app {

// A NodePort's socket (":30008") on the border of a node: one per node and port, since
// kube-proxy opens the port on every node.
class NodePortItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::NodePortItem)
public:
    enum { Type = NodePortItemType };
    explicit NodePortItem(const QString &id);
    int type() const override { return Type; }
    QList<DrawnText> drawnTexts() const override;
    QString hoverKey() const override { return m_serviceId; }

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &serviceId() const { return m_serviceId; }
    const QString &nodeId() const { return m_nodeId; }
    const QString &label() const { return m_label; }

private:
    QString m_serviceId;
    QString m_nodeId;
    QString m_label;
    QColor m_color;
    bool m_system = false;
};

} // namespace hopscope::app
