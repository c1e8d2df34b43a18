#pragma once

// File ▸ Open from Cluster…: reads a live cluster with the user's own kubectl. The dialog lists
// kubectl's contexts (`kubectl config get-contexts -o name`, the current one chosen), and Open
// runs
//     kubectl get nodes,pods,services,endpointslices,endpoints,deployments,replicasets,
//                 statefulsets,daemonsets -A -o yaml --context CTX
// asynchronously (QProcess), with a busy bar, the bytes read so far and Cancel. Its output is
// opened the way standard input is (ClusterDocument::setStandardInput, then "-"): kept in a
// temporary file, never written to the user's files. When kubectl fails its own error text is
// shown; when it is not installed, a message says so.

#include <QDialog>
#include <QProcess>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace hopscope::app {

class ClusterDocument;

class OpenFromClusterDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class State { Listing, Idle, Reading, Failed, Done };

    explicit OpenFromClusterDialog(ClusterDocument *document, QWidget *parent = nullptr);
    ~OpenFromClusterDialog() override;
    // File ▸ Open from Cluster…: a window-modal dialog, deleted when closed.
    static OpenFromClusterDialog *openFor(ClusterDocument *document, QWidget *window);

    // The arguments of the read, for a context.
    static QStringList getArguments(const QString &context);
    // The program run ("kubectl", looked up on PATH).
    static QString program() { return QStringLiteral("kubectl"); }

    State state() const { return m_state; }
    QComboBox *contexts() const { return m_contexts; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    // Runs the read for the chosen context.
    void readCluster();
    // Stops a read (the dialog stays, the cluster on screen too); closes the dialog otherwise.
    void cancel();

Q_SIGNALS:
    void stateChanged(State state);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void setState(State state, const QString &message = QString());
    void listContexts();
    void contextsListed(int exitCode, QProcess::ExitStatus status);
    void readFinished(int exitCode, QProcess::ExitStatus status);
    void processError(QProcess::ProcessError error);
    QString failureText(QProcess *process) const;
    QString notInstalledText() const;

    ClusterDocument *m_document;
    QLabel *m_contextLabel;
    QComboBox *m_contexts;
    QLabel *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_openButton;
    QPushButton *m_cancelButton;
    QProcess *m_process = nullptr;
    QByteArray m_output;
    QString m_context; // being read
    State m_state = State::Listing;
};

} // namespace hopscope::app
