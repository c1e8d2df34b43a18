#include "ui/mainwindow.h"

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/scenerenderer.h"
#include "ui/clusterdocument.h"
#include "ui/entitymenu.h"
#include "ui/settingsdialog.h"
#include "ui/whatifactions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QUndoStack>

#include <cmath>

namespace hopscope::app {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

} // namespace

MainWindow::MainWindow(ClusterDocument *document, QWidget *parent)
    : QMainWindow(parent), m_document(document ? document : new ClusterDocument(this)),
      m_scene(new ClusterScene(this)), m_view(new ClusterView(m_scene, this)),
      m_counts(new QLabel(this)), m_zoom(new QLabel(this)),
      m_whatIf(new WhatIfActions(m_document, this)), m_entityMenu(new EntityContextMenu(m_view))
{
    if (!m_document->parent())
        m_document->setParent(this);
    m_entityMenu->addFiller(
        [this](QMenu *menu, const QString &id) { m_whatIf->fillMenu(menu, id); });
    addDockWidget(Qt::RightDockWidgetArea, m_whatIf->historyDock());
    connect(m_whatIf, &WhatIfActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    setCentralWidget(m_view);
    setAcceptDrops(true);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
    createMenus();
    connect(m_document, &ClusterDocument::changed, this, &MainWindow::documentChanged);
    connect(m_document, &ClusterDocument::problemsChanged, this, &MainWindow::problemsChanged);
    connect(m_view, &ClusterView::zoomChanged, this,
            [this](qreal zoom) { m_zoom->setText(tr("%1 %").arg(std::lround(zoom * 100))); });
    // Large enough for a projector, never larger than the screen.
    resize(QSize(1400, 900).boundedTo(screen()->availableGeometry().size() * 0.92));
    if (m_document->hasCluster())
        documentChanged();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Files…"), QKeySequence::Open, this, &MainWindow::openFilesDialog);
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::openFolderDialog);
    file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    file->addAction(tr("&Reload"), QKeySequence::Refresh, m_document, &ClusterDocument::reload);
    file->addSeparator();
    file->addAction(tr("&Export Image…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportImageDialog);
    file->addAction(tr("Cluster &Settings…"), this, &MainWindow::settingsDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_whatIf->undoAction());
    edit->addAction(m_whatIf->redoAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &ClusterView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &ClusterView::zoomOut);
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), m_view,
                    &ClusterView::zoomToActualSize);
    view->addAction(tr("&Fit to Window"), QKeySequence(tr("F")), m_view, &ClusterView::fitToView);
    view->addSeparator();
    view->addAction(m_whatIf->historyDock()->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hopscope"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openPaths(const QStringList &paths)
{
    return !paths.isEmpty() && m_document->open(paths);
}

bool MainWindow::openDemo()
{
    return m_document->openDemo();
}

void MainWindow::documentChanged()
{
    m_scene->setCluster(m_document->cluster());
    if (m_document->undoStack()->count() == 0) // a load, not a what-if step: fit it
        m_view->fitToView();
    const Cluster &c = m_document->cluster();
    m_counts->setText(tr("%n node(s)", nullptr, int(c.nodes.size())) + QStringLiteral(" · ") +
                      tr("%n pod(s)", nullptr, int(c.pods.size())) + QStringLiteral(" · ") +
                      tr("%n Service(s)", nullptr, int(c.services.size())));
    updateTitle();
}

void MainWindow::problemsChanged()
{
    const Diagnostics &problems = m_document->problems();
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : problems) {
        errors += d.severity == Severity::Error ? 1 : 0;
        warnings += d.severity == Severity::Warning ? 1 : 0;
    }
    QStringList lines;
    for (const Diagnostic &d : problems)
        if (d.severity == Severity::Error && lines.size() < 6)
            lines << d.toString();
    m_view->setEmptyStateDetails(lines);
    if (errors + warnings == 0) {
        statusBar()->clearMessage();
        return;
    }
    QStringList counts;
    if (errors > 0)
        counts << tr("%n error(s)", nullptr, errors);
    if (warnings > 0)
        counts << tr("%n warning(s)", nullptr, warnings);
    QString summary = counts.join(QStringLiteral(", "));
    if (!lines.isEmpty())
        summary += QStringLiteral(" — ") + lines.first();
    statusBar()->showMessage(summary);
}

void MainWindow::updateTitle()
{
    QString name = m_document->displayName();
    if (!name.isEmpty() && m_document->undoStack()->index() > 0)
        name += QStringLiteral(" · ") + tr("what-if");
    setWindowTitle(name.isEmpty() ? QStringLiteral("Hopscope")
                                  : QStringLiteral("Hopscope — %1").arg(name));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Kubernetes manifests"), QString(),
        tr("Kubernetes manifests (*.yaml *.yml *.json);;All files (*)"));
    openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of manifests"));
    if (!dir.isEmpty())
        openPaths({dir});
}

void MainWindow::exportImageDialog()
{
    if (!m_scene->hasContent())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export image"), QStringLiteral("cluster.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!SceneRenderer::write(*m_scene, path, SceneRenderer::DefaultSize, &error))
        QMessageBox::warning(this, tr("Export image"), error);
}

void MainWindow::settingsDialog()
{
    SettingsDialog dialog(m_document->settings(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setSettings(dialog.settings());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Hopscope"),
                       tr("<h3>Hopscope %1</h3><p>A Kubernetes service-network visualizer for "
                          "teaching: nodes, pods, Services and the path a request takes, hop by "
                          "hop.</p>")
                           .arg(QStringLiteral(HOPSCOPE_VERSION)));
}

} // namespace hopscope::app
