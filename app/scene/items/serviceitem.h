#pragma once

#include "scene/items/sceneitem.h"

#include <QColor>
#include <QCoreApplication>

namespace hopscope::app {

// A Service: a band spanning the nodes (it exists on every node, in the rules), in its type's
// colour, labelled with its type, name, address (VIP, "None" when headless, the CNAME of an
// ExternalName) and `port → targetPort` (with the nodePort for NodePort and LoadBalancer).
class ServiceItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::ServiceItem)
public:
    enum { Type = ServiceItemType };
    explicit ServiceItem(const QString &id);
    int type() const override { return Type; }
    QList<DrawnText> drawnTexts() const override;

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    ServiceType serviceType() const { return m_type; }
    QColor color() const { return m_color; }
    // The texts shown on the band, in order (badge, name, address, ports, endpoints).
    QStringList texts() const;

private:
    // Where the label's parts go (they share one line; long ports, then the name, elide).
    struct Label
    {
        QString name;
        QString ports;
        qreal width = 0; // of the opaque pill behind them
        QRectF badgeBox, nameBox, addressBox, portsBox, endpointsBox;
    };
    Label label() const;

    ServiceType m_type = ServiceType::ClusterIP;
    QColor m_color;
    QString m_badge;
    QString m_name;
    QString m_address;
    QString m_ports;
    QString m_endpoints;
    bool m_noEndpoints = false;
    bool m_system = false;
};

} // namespace hopscope::app
