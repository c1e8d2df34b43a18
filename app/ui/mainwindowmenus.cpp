// MainWindow's menus: what each menu holds and the actions it assembles from the panels and
// action groups (the rest of MainWindow is in mainwindow.cpp).
#include "ui/mainwindow.h"

#include "core/base/koreanparticles.h"

#include "i18n.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/minimap.h"
#include "scene/scenerenderer.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "document/documentchange.h"
#include "ui/actions/entitymenu.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/actions/exportactions.h"
#include "ui/actions/findactions.h"
#include "ui/helpactions.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/actions/lessonactions.h"
#include "ui/panels/notespanel.h"
#include "ui/playbackbar.h"
#include "ui/openfromcluster.h"
#include "ui/presentationmode.h"
#include "ui/panels/problemsmodel.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/quizpanel.h"
#include "ui/requestbar.h"
#include "ui/panels/rulespanel.h"
#include "ui/settingsdialog.h"
#include "ui/stepkeys.h"
#include "ui/thememanager.h"
#include "ui/userguide.h"
#include "ui/actions/whatifactions.h"
#include "ui/presentationcaption.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QScrollArea>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace hopscope::app {

void MainWindow::createMenus()
{
    // Built again on a language change: the old menus (and their actions) go.
    menuBar()->clear();
    qDeleteAll(m_menus);
    m_menus.clear();
    auto addMenu = [this](const QString &title, const QString &name) {
        QMenu *menu = menuBar()->addMenu(title);
        menu->setObjectName(name);
        m_menus << menu;
        return menu;
    };
    QMenu *file = addMenu(tr("&File"), QStringLiteral("fileMenu"));
    file->addAction(tr("&Open Files…"), QKeySequence::Open, this, &MainWindow::openFilesDialog);
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::openFolderDialog);
    file->addAction(tr("Open &Demo"), this, [this] { openDemo(); });
    file->addAction(tr("Open from &Cluster…"), this,
                    [this] { OpenFromClusterDialog::openFor(m_document, this); })
        ->setObjectName(QStringLiteral("openFromCluster"));
    // Not QKeySequence::Refresh: on Linux that is F5 too, which presents (PowerPoint's key).
    file->addAction(tr("&Reload"), QKeySequence(tr("Ctrl+R")), m_document,
                    &ClusterDocument::reload);
    m_watchFiles = file->addAction(tr("&Watch Files"));
    m_watchFiles->setObjectName(QStringLiteral("watchFiles"));
    m_watchFiles->setCheckable(true);
    m_watchFiles->setToolTip(tr("Reload the manifests when they change on disk"));
    m_watchFiles->setChecked(QSettings().value(QStringLiteral("files/watch"), true).toBool());
    m_document->setWatchFiles(m_watchFiles->isChecked());
    connect(m_watchFiles, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("files/watch"), on);
        m_document->setWatchFiles(on);
    });
    file->addSeparator();
    file->addAction(m_lessons->saveAction());
    file->addAction(m_lessons->saveAsAction());
    file->addAction(m_lessons->embedAction());
    file->addSeparator();
    file->addMenu(m_export->menu());
    file->addAction(tr("Cluster &Settings…"), this, &MainWindow::settingsDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = addMenu(tr("&Edit"), QStringLiteral("editMenu"));
    edit->addAction(m_whatIf->undoAction());
    edit->addAction(m_whatIf->redoAction());
    edit->addSeparator();
    edit->addAction(m_find->findAction());

    QMenu *view = addMenu(tr("&View"), QStringLiteral("viewMenu"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &ClusterView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &ClusterView::zoomOut);
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), m_view,
                    &ClusterView::zoomToActualSize);
    QAction *fit = view->addAction(tr("&Fit to Window"), QKeySequence(tr("F")), m_view,
                                   &ClusterView::fitToView);
    addAction(fit); // also while presenting, when the menu bar is hidden
    view->addSeparator();
    view->addAction(m_presentation->toggleAction());
    view->addMenu(m_presentation->createScaleMenu(view));
    view->addAction(m_presentation->captionAction());
    view->addMenu(m_themes->createMenu(view));
    view->addSeparator();
    QAction *legend = view->addAction(tr("&Legend"));
    legend->setObjectName(QStringLiteral("legend"));
    legend->setCheckable(true);
    legend->setChecked(QSettings().value(QStringLiteral("view/legend"), true).toBool());
    connect(legend, &QAction::toggled, this, [this](bool on) {
        m_scene->setLegendVisible(on);
        m_miniMap->scheduleRender();
        QSettings().setValue(QStringLiteral("view/legend"), on);
    });
    m_scene->setLegendVisible(legend->isChecked());
    QAction *minimap = view->addAction(tr("&Minimap"));
    minimap->setObjectName(QStringLiteral("minimap"));
    minimap->setCheckable(true);
    minimap->setShortcut(QKeySequence(tr("M")));
    minimap->setChecked(QSettings().value(QStringLiteral("view/minimap"), true).toBool());
    connect(minimap, &QAction::toggled, this, [this](bool on) {
        m_miniMap->setWanted(on && !m_presentation->isActive());
        QSettings().setValue(QStringLiteral("view/minimap"), on);
    });
    m_miniMap->setWanted(minimap->isChecked());
    // While presenting the drawing follows the packet: the class needs no map of it.
    connect(m_presentation, &PresentationMode::activeChanged, this, [this, minimap](bool on) {
        m_miniMap->setWanted(!on && minimap->isChecked());
    });
    view->addAction(m_lessons->resetPositionsAction());
    view->addSeparator();
    view->addAction(m_quiz->toggleAction());
    view->addAction(m_whatIf->historyDock()->toggleViewAction());
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setObjectName(QStringLiteral("showProblems"));
    view->addAction(problems);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(language);
    // Each language is named in itself, so that a person who cannot read the current one
    // still finds theirs.
    const QList<QPair<QString, QString>> choices = {{QString(), tr("&System Default")},
                                                    {QStringLiteral("en"), languageName(u"en")},
                                                    {QStringLiteral("ko"), languageName(u"ko")}};
    for (const auto &choice : choices) {
        // A named copy: clang before 16 cannot capture a structured binding.
        const QString code = choice.first;
        QAction *a = language->addAction(choice.second, this, [this, code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == m_language);
        a->setData(code);
        a->setObjectName(QStringLiteral("language_") +
                         (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(a);
    }

    QMenu *demo = addMenu(tr("&Demo"), QStringLiteral("demoMenu"));
    for (const QString &name : m_document->demoNames())
        demo->addAction(name, this, [this, name] { openDemo(name); });
    menuBar()->addMenu(m_classroom->presetsMenu());

    QMenu *help = addMenu(tr("&Help"), QStringLiteral("helpMenu"));
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this,
                    [this] { UserGuideDialog::showFor(this); })
        ->setObjectName(QStringLiteral("userGuide"));
    help->addActions({m_help->shortcutsAction(), m_help->guideAction()});
    help->addAction(tr("&About Hopscope"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace hopscope::app
