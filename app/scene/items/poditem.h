#pragma once

#include "scene/items/sceneitem.h"
#include "scene/items/staticline.h"

#include <QCoreApplication>

namespace hopscope::app {

// A pod: a rounded box inside its node (name elided, the full name in the tooltip; IP; container
// ports). When a node holds too many, replicas of one workload share one box ("web ×12").
class PodItem final : public SceneItem
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::app::PodItem)
public:
    enum { Type = PodItemType };
    explicit PodItem(const QString &id);
    int type() const override { return Type; }

    bool sync(const Cluster &cluster, const SceneLayout &layout) override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QList<DrawnText> drawnTexts() const override;
    const QString &fullName() const { return m_name; }
    const QString &displayedName() const { return m_elidedName; }
    const QString &ipText() const { return m_ip; }
    int podCount() const { return int(m_podIds.size()); }
    const QStringList &podIds() const { return m_podIds; }

private:
    QString m_name;
    QString m_elidedName;
    QString m_ip;
    QString m_ports;
    QStringList m_podIds;
    // Laid out once (the ports elided once), drawn at every paint.
    StaticLine m_nameLine;
    StaticLine m_ipLine;
    StaticLine m_portsLine;
    bool m_system = false;
    bool m_pending = false;
    bool m_notReady = false;
};

} // namespace hopscope::app
