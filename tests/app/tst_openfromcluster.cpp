// File ▸ Open from Cluster… (ui/openfromcluster.h), offscreen, with a STAND-IN kubectl: a shell
// script put first on PATH for this test, which lists two contexts and, for `kubectl get`,
// prints a recorded dump (tests/data/valid/kubectl-get-all.yaml, written by `hopscope generate
// --nodes 2 --pods 4 --services 2 --form dump`), or fails with kubectl's own words, or hangs
// until cancelled. The app runs the real kubectl; no cluster is needed here. Also: no kubectl at
// all on PATH.

#include "document/clusterdocument.h"
#include "i18n.h"
#include "ui/openfromcluster.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

const char *const StandIn = R"(#!/bin/sh
# Stand-in for kubectl (tst_openfromcluster): records its arguments, prints a recorded dump.
echo "$*" >> "$KUBECTL_STANDIN_LOG"
case "$1 $2" in
"config get-contexts") printf 'kind-classroom\nprod\n' ;;
"config current-context") echo prod ;;
get\ *)
    case "$KUBECTL_STANDIN_MODE" in
    ok) cat "$KUBECTL_STANDIN_DUMP" ;;
    fail) echo 'error: You must be logged in to the server (Unauthorized)' >&2; exit 1 ;;
    hang) exec sleep 60 ;;
    esac ;;
esac
)";

} // namespace

class TestOpenFromCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void readsTheChosenContext();
    void failureShowsKubectlsError();
    void missingKubectlSaysSo();
    void cancelStopsTheRead();

private:
    QStringList log() const;

    QTemporaryDir m_bin;
    QTemporaryDir m_empty;
    QByteArray m_path;
};

void TestOpenFromCluster::initTestCase()
{
    QVERIFY(m_bin.isValid() && m_empty.isValid());
    QFile script(m_bin.filePath(QStringLiteral("kubectl")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(StandIn);
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_path = qgetenv("PATH");
    qputenv("PATH", m_bin.path().toLocal8Bit() + ':' + m_path);
    qputenv("KUBECTL_STANDIN_LOG", m_bin.filePath(QStringLiteral("log")).toLocal8Bit());
    qputenv("KUBECTL_STANDIN_DUMP", HOPSCOPE_TEST_DATA "/valid/kubectl-get-all.yaml");
}

void TestOpenFromCluster::init()
{
    QFile::remove(m_bin.filePath(QStringLiteral("log")));
    qputenv("PATH", m_bin.path().toLocal8Bit() + ':' + m_path);
}

void TestOpenFromCluster::cleanupTestCase()
{
    qputenv("PATH", m_path);
}

QStringList TestOpenFromCluster::log() const
{
    QFile f(m_bin.filePath(QStringLiteral("log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestOpenFromCluster::readsTheChosenContext()
{
    qputenv("KUBECTL_STANDIN_MODE", "ok");
    ClusterDocument document;
    OpenFromClusterDialog dialog(&document);
    dialog.show();
    QTRY_COMPARE(dialog.state(), OpenFromClusterDialog::State::Idle);
    QCOMPARE(dialog.contexts()->count(), 2);
    QCOMPARE(dialog.contexts()->currentText(), QStringLiteral("prod")); // the current one
    QVERIFY(dialog.openButton()->isEnabled());
    dialog.contexts()->setCurrentIndex(0);
    QSignalSpy loaded(&document, &ClusterDocument::loadFinished);
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.state(), OpenFromClusterDialog::State::Done);
    QVERIFY(!dialog.isVisible());
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(loaded[0][0].toBool());
    QCOMPARE(document.cluster().nodes.size(), 2);
    QCOMPARE(document.cluster().pods.size() - 2, 4); // and Hopscope's two CoreDNS pods
    QCOMPARE(document.paths(), QStringList{QStringLiteral("-")});
    QFile dump(HOPSCOPE_TEST_DATA "/valid/kubectl-get-all.yaml");
    QVERIFY(dump.open(QIODevice::ReadOnly));
    QCOMPARE(document.standardInput(), dump.readAll());
    QCOMPARE(log().last(),
             QStringLiteral("get nodes,pods,services,endpointslices,endpoints,deployments,"
                            "replicasets,statefulsets,daemonsets -A -o yaml --context "
                            "kind-classroom"));
}

void TestOpenFromCluster::failureShowsKubectlsError()
{
    qputenv("KUBECTL_STANDIN_MODE", "fail");
    ClusterDocument document;
    QVERIFY(document.openDemo());
    const int pods = int(document.cluster().pods.size());
    OpenFromClusterDialog dialog(&document);
    dialog.show();
    QTRY_COMPARE(dialog.state(), OpenFromClusterDialog::State::Idle);
    dialog.readCluster();
    QTRY_COMPARE(dialog.state(), OpenFromClusterDialog::State::Failed);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.messageLabel()->text().contains(
                 u"error: You must be logged in to the server (Unauthorized)"),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.openButton()->isEnabled()); // another context can be tried
    QCOMPARE(int(document.cluster().pods.size()), pods);
    if (const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/openfromcluster-failed.png"));
}

void TestOpenFromCluster::missingKubectlSaysSo()
{
    qputenv("PATH", m_empty.path().toLocal8Bit());
    ClusterDocument document;
    OpenFromClusterDialog dialog(&document);
    dialog.show();
    QTRY_COMPARE(dialog.state(), OpenFromClusterDialog::State::Failed);
    QVERIFY2(dialog.messageLabel()->text().contains(u"kubectl is not installed"),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!dialog.openButton()->isEnabled());
    QVERIFY(!dialog.progressBar()->isVisible());
    if (const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        installTranslators(QStringLiteral("ko"), false); // the same, in Korean
        OpenFromClusterDialog korean(&document);
        korean.show();
        QTRY_COMPARE(korean.state(), OpenFromClusterDialog::State::Failed);
        QVERIFY(korean.messageLabel()->text().startsWith(u"kubectl이 설치되어"));
        korean.grab().save(dir + QStringLiteral("/openfromcluster-missing-ko.png"));
        installTranslators(QStringLiteral("en"), false);
    }
}

void TestOpenFromCluster::cancelStopsTheRead()
{
    qputenv("KUBECTL_STANDIN_MODE", "hang");
    ClusterDocument document;
    QVERIFY(document.openDemo());
    const QStringList paths = document.paths();
    OpenFromClusterDialog dialog(&document);
    dialog.show();
    QTRY_COMPARE(dialog.state(), OpenFromClusterDialog::State::Idle);
    QSignalSpy loads(&document, &ClusterDocument::loadStarted);
    dialog.readCluster();
    QCOMPARE(dialog.state(), OpenFromClusterDialog::State::Reading);
    QVERIFY(dialog.progressBar()->isVisible());
    QVERIFY(!dialog.openButton()->isEnabled());
    QTRY_VERIFY(log().size() >= 3); // kubectl get is running
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QCOMPARE(dialog.state(), OpenFromClusterDialog::State::Idle);
    QVERIFY(dialog.isVisible()); // the first Cancel stops the read, the next one closes
    QVERIFY(dialog.messageLabel()->text().startsWith(u"Cancelled"));
    QTest::qWait(100);
    QCOMPARE(loads.size(), 0);
    QCOMPARE(document.paths(), paths);
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestOpenFromCluster)
#include "tst_openfromcluster.moc"
