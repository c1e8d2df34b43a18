#pragma once

// The cluster flags (--nodes, --cluster-cidr, --service-cluster-ip-range,
// --service-node-port-range) as a dialog; OK is offered only for valid values.

#include "core/model/clustersettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hopscope::app {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const ClusterSettings &settings, QWidget *parent = nullptr);
    ClusterSettings settings() const;

private:
    void validate();

    ClusterSettings m_base;
    QSpinBox *m_nodes;
    QLineEdit *m_clusterCidr;
    QLineEdit *m_serviceCidr;
    QLineEdit *m_nodePorts;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace hopscope::app
