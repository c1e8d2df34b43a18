#include "ui/settingsdialog.h"

#include "core/base/koreanparticles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hopscope::app {

SettingsDialog::SettingsDialog(const ClusterSettings &settings, QWidget *parent)
    : QDialog(parent), m_base(settings), m_nodes(new QSpinBox(this)),
      m_clusterCidr(new QLineEdit(settings.clusterCidr, this)),
      m_serviceCidr(new QLineEdit(settings.serviceCidr, this)),
      m_nodePorts(new QLineEdit(settings.nodePortRange(), this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Cluster settings"));
    m_nodes->setRange(1, 5000);
    m_nodes->setValue(settings.nodeCount);

    auto *form = new QFormLayout;
    form->addRow(tr("Nodes (--nodes):"), m_nodes);
    form->addRow(tr("Pod network (--cluster-cidr):"), m_clusterCidr);
    form->addRow(tr("Service range (--service-cluster-ip-range):"), m_serviceCidr);
    form->addRow(tr("NodePort range (--service-node-port-range):"), m_nodePorts);
    auto *note = new QLabel(tr("The number of nodes applies when the manifests hold no Node "
                               "objects."),
                            this);
    note->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #B34700;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                const ClusterSettings defaults;
                m_nodes->setValue(defaults.nodeCount);
                m_clusterCidr->setText(defaults.clusterCidr);
                m_serviceCidr->setText(defaults.serviceCidr);
                m_nodePorts->setText(defaults.nodePortRange());
            });
    for (QLineEdit *edit : {m_clusterCidr, m_serviceCidr, m_nodePorts})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_nodes, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    validate();
}

ClusterSettings SettingsDialog::settings() const
{
    ClusterSettings s = m_base;
    s.nodeCount = m_nodes->value();
    s.clusterCidr = m_clusterCidr->text().trimmed();
    s.serviceCidr = m_serviceCidr->text().trimmed();
    s.setNodePortRange(m_nodePorts->text().trimmed());
    return s;
}

void SettingsDialog::validate()
{
    ClusterSettings s = m_base;
    QStringList problems;
    if (!s.setNodePortRange(m_nodePorts->text().trimmed()))
        problems << korean::finished(
            tr("--service-node-port-range: \"%1\" is not a range such as 30000-32767")
                .arg(m_nodePorts->text()));
    s.nodeCount = m_nodes->value();
    s.clusterCidr = m_clusterCidr->text().trimmed();
    s.serviceCidr = m_serviceCidr->text().trimmed();
    for (const Diagnostic &d : s.validate())
        problems << d.message;
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace hopscope::app
