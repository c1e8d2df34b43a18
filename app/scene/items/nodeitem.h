#pragma once

#include "scene/items/sceneitem.h"

#include <QCoreApplication>

namespace hopscope::app {

// A node: a large box with a header band (name, eth0 address) and its pod-network band
// ("10.244.1.0/24 · cni0 10.244.1.1", flannel.1 small). Far away it is one summary glyph.
// The id "pending" is the area of pods no node could take.
class NodeItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::NodeItem)
public:
    enum { Type = NodeItemType };
    explicit NodeItem(const QString &id);
    int type() const override { return Type; }

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QList<DrawnText> drawnTexts() const override;
    const QString &title() const { return m_title; }
    int podCount() const { return m_podCount; }

private:
    void paintDetailed(QPainter *p) const;
    void paintSummary(QPainter *p) const;

    QString m_title;      // node name, or "Pending"
    QString m_address;    // "eth0 192.168.1.2"
    QString m_podNetwork; // "10.244.1.0/24 · cni0 10.244.1.1"
    QString m_vtep;       // "flannel.1 10.244.1.0"
    QString m_state;      // "NotReady", "SchedulingDisabled" or empty
    qreal m_headerHeight = 0;
    qreal m_podNetworkHeight = 0;
    int m_podCount = 0;
    bool m_pendingArea = false;
};

} // namespace hopscope::app
