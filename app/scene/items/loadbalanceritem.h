#pragma once

#include "scene/items/sceneitem.h"

#include <QCoreApplication>
#include <QPainterPath>

namespace hopscope::app {

// The cloud load balancer of a LoadBalancer Service, between the client and the nodes, with
// its address and port.
class LoadBalancerItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::LoadBalancerItem)
public:
    enum { Type = LoadBalancerItemType };
    explicit LoadBalancerItem(const QString &id);
    int type() const override { return Type; }
    QList<DrawnText> drawnTexts() const override;
    QString hoverKey() const override { return m_serviceId; }

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &serviceId() const { return m_serviceId; }
    const QString &address() const { return m_address; }

private:
    QString m_serviceId;
    QString m_name;
    QString m_address;
    QPainterPath m_cloud;
};

} // namespace hopscope::app
