#include "ui/openfromcluster.h"

#include "document/clusterdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hopscope::app {

namespace {
// kubectl's own error text, at most this much of it.
constexpr qsizetype MaxErrorChars = 2000;
} // namespace

OpenFromClusterDialog::OpenFromClusterDialog(ClusterDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_contextLabel(new QLabel(this)),
      m_contexts(new QComboBox(this)),
      m_message(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("openFromCluster"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_contextLabel->setBuddy(m_contexts);
    form->addRow(m_contextLabel, m_contexts);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("kubectlMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(520);
    layout->addWidget(m_message);
    m_progress->setRange(0, 0); // busy: kubectl does not say how much is coming
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    m_openButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_openButton, &QPushButton::clicked, this, &OpenFromClusterDialog::readCluster);
    connect(m_cancelButton, &QPushButton::clicked, this, &OpenFromClusterDialog::cancel);
    retranslate();
    listContexts();
}

OpenFromClusterDialog::~OpenFromClusterDialog()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

OpenFromClusterDialog *OpenFromClusterDialog::openFor(ClusterDocument *document,
                                                      QWidget *window)
{
    auto *dialog = new OpenFromClusterDialog(document, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QStringList OpenFromClusterDialog::getArguments(const QString &context)
{
    return {QStringLiteral("get"),
            QStringLiteral("nodes,pods,services,endpointslices,endpoints,deployments,"
                           "replicasets,statefulsets,daemonsets"),
            QStringLiteral("-A"),
            QStringLiteral("-o"),
            QStringLiteral("yaml"),
            QStringLiteral("--context"),
            context};
}

void OpenFromClusterDialog::retranslate()
{
    setWindowTitle(tr("Open from Cluster"));
    m_contextLabel->setText(tr("kubectl &context:"));
    m_openButton->setText(tr("&Open"));
    m_contexts->setToolTip(tr("The contexts of your kubeconfig (kubectl config get-contexts)"));
}

void OpenFromClusterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString OpenFromClusterDialog::notInstalledText() const
{
    return tr("kubectl is not installed, or not on the PATH. Install kubectl and set up a "
              "context for your cluster, then try again.");
}

void OpenFromClusterDialog::setState(State state, const QString &message)
{
    m_state = state;
    m_message->setText(message);
    m_progress->setVisible(state == State::Listing || state == State::Reading);
    m_contexts->setEnabled(state == State::Idle || state == State::Failed);
    m_openButton->setEnabled((state == State::Idle || state == State::Failed) &&
                             m_contexts->count() > 0);
    // Room for a long message (kubectl's errors run over several lines).
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
    Q_EMIT stateChanged(state);
}

void OpenFromClusterDialog::listContexts()
{
    m_contexts->clear();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, &OpenFromClusterDialog::contextsListed);
    connect(m_process, &QProcess::errorOccurred, this, &OpenFromClusterDialog::processError);
    setState(State::Listing, tr("Asking kubectl for its contexts…"));
    m_process->start(program(), {QStringLiteral("config"), QStringLiteral("get-contexts"),
                                  QStringLiteral("-o"), QStringLiteral("name")});
}

void OpenFromClusterDialog::contextsListed(int exitCode, QProcess::ExitStatus status)
{
    QProcess *process = std::exchange(m_process, nullptr);
    process->deleteLater();
    if (status != QProcess::NormalExit || exitCode != 0) {
        setState(State::Failed, failureText(process));
        return;
    }
    const QStringList names = QString::fromUtf8(process->readAllStandardOutput())
                                  .split(u'\n', Qt::SkipEmptyParts);
    for (const QString &name : names)
        m_contexts->addItem(name.trimmed());
    // The current context first chosen, as kubectl would use it.
    QProcess current;
    current.start(program(), {QStringLiteral("config"), QStringLiteral("current-context")});
    if (current.waitForFinished(3000) && current.exitCode() == 0) {
        const int i = m_contexts->findText(QString::fromUtf8(current.readAllStandardOutput())
                                               .trimmed());
        if (i >= 0)
            m_contexts->setCurrentIndex(i);
    }
    setState(names.isEmpty() ? State::Failed : State::Idle,
             names.isEmpty() ? tr("kubectl has no contexts: set one up for your cluster "
                                  "(kubectl config set-context) and try again.")
                             : QString());
}

void OpenFromClusterDialog::readCluster()
{
    if (m_process || m_contexts->currentText().isEmpty())
        return;
    m_context = m_contexts->currentText();
    m_output.clear();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        m_message->setText(tr("Reading the cluster of context %1… %2 read")
                               .arg(m_context, QLocale().formattedDataSize(m_output.size())));
    });
    connect(m_process, &QProcess::finished, this, &OpenFromClusterDialog::readFinished);
    connect(m_process, &QProcess::errorOccurred, this, &OpenFromClusterDialog::processError);
    setState(State::Reading, tr("Reading the cluster of context %1…").arg(m_context));
    m_process->start(program(), getArguments(m_context));
}

void OpenFromClusterDialog::readFinished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *process = std::exchange(m_process, nullptr);
    process->deleteLater();
    m_output += process->readAllStandardOutput();
    if (status != QProcess::NormalExit || exitCode != 0) {
        setState(State::Failed, failureText(process));
        return;
    }
    setState(State::Done);
    // As standard input is: a temporary copy, never the user's files.
    m_document->setStandardInput(m_output);
    m_document->openInBackground({QStringLiteral("-")});
    accept();
}

QString OpenFromClusterDialog::failureText(QProcess *process) const
{
    QString text = QString::fromUtf8(process->readAllStandardError()).trimmed();
    if (text.size() > MaxErrorChars)
        text = text.left(MaxErrorChars) + QStringLiteral(" …");
    if (text.isEmpty())
        text = tr("kubectl stopped with exit code %1.").arg(process->exitCode());
    return tr("kubectl failed:") + u'\n' + text;
}

void OpenFromClusterDialog::processError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return; // a crash or a kill ends in finished()
    QProcess *process = std::exchange(m_process, nullptr);
    process->deleteLater();
    setState(State::Failed, notInstalledText());
    m_openButton->setEnabled(false);
}

void OpenFromClusterDialog::cancel()
{
    if (m_state == State::Reading && m_process) {
        QProcess *process = std::exchange(m_process, nullptr);
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
        process->deleteLater();
        m_output.clear();
        setState(State::Idle, tr("Cancelled: the cluster on screen stays."));
        return;
    }
    QDialog::reject();
}

void OpenFromClusterDialog::reject()
{
    cancel(); // Esc: stop a read first
}

} // namespace hopscope::app
