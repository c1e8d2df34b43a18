#include "ui/mainwindow.h"

#include "core/base/koreanparticles.h"

#include "i18n.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/minimap.h"
#include "scene/scenerenderer.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/actions/entitymenu.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/actions/exportactions.h"
#include "ui/helpactions.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/actions/lessonactions.h"
#include "ui/panels/notespanel.h"
#include "ui/playbackbar.h"
#include "ui/presentationmode.h"
#include "ui/panels/problemsmodel.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/quizpanel.h"
#include "ui/requestbar.h"
#include "ui/panels/rulespanel.h"
#include "ui/settingsdialog.h"
#include "ui/stepkeys.h"
#include "ui/thememanager.h"
#include "ui/actions/whatifactions.h"

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
      m_counts(new QLabel(this)), m_zoom(new QLabel(this)), m_banner(new QLabel(this)),
      m_classroom(new Classroom(m_scene, m_view, this)),
      m_whatIf(new WhatIfActions(m_document, this)), m_entityMenu(new EntityContextMenu(m_view)),
      m_themes(new ThemeManager(this)), m_miniMap(new MiniMap(m_view)),
      m_presentation(new PresentationMode(this, m_view, m_themes)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)),
      m_language(rememberedLanguage())
{
    if (!m_document->parent())
        m_document->setParent(this);
    m_entityMenu->addFiller(
        [this](QMenu *menu, const QString &id) { m_classroom->fillMenu(menu, id); });
    m_entityMenu->addFiller(
        [this](QMenu *menu, const QString &id) { m_whatIf->fillMenu(menu, id); });
    addDockWidget(Qt::RightDockWidgetArea, m_whatIf->historyDock());
    connect(m_whatIf, &WhatIfActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(korean::finished(text)); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    // The drawing, with a banner above it when a reload failed and the last good cluster stays.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("reloadBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xF0E442).lighter(120)); // Okabe–Ito yellow
    bannerPalette.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(bannerPalette);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->hide();
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_view, 1);
    setCentralWidget(central);
    setAcceptDrops(true);
    m_progress->setRange(0, 100);
    m_progress->setFixedWidth(220);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
    connect(m_cancel, &QPushButton::clicked, m_document, &ClusterDocument::cancelLoad);
    connect(m_document, &ClusterDocument::loadStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_document, &ClusterDocument::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_document, &ClusterDocument::loadFinished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
    });
    createPanels();
    new StepKeys(this); // after the panels it watches
    m_help = new HelpActions(this, m_view);
    m_export = new ExportActions(m_document, m_scene, m_classroom, this);
    connect(m_export, &ExportActions::exported, this,
            [this](const QString &text) {
                statusBar()->showMessage(korean::finished(text), 8000);
            });
    connect(m_themes, &ThemeManager::themeChanged, this, &MainWindow::restyle);
    restyle();
    m_lessons = new LessonActions(m_document, m_scene, m_view, m_classroom, this);
    m_entityMenu->addFiller(
        [this](QMenu *menu, const QString &id) { m_lessons->fillMenu(menu, id); });
    connect(m_lessons, &LessonActions::message, this,
            [this](const QString &text) {
                statusBar()->showMessage(korean::finished(text), 5000);
            });
    connect(m_scene, &ClusterScene::layoutChanged, m_classroom, &Classroom::relayout);
    connect(m_document, &ClusterDocument::changed, this, &MainWindow::documentChanged);
    connect(m_document, &ClusterDocument::problemsChanged, this, &MainWindow::problemsChanged);
    connect(m_document, &ClusterDocument::whatIfChanged, m_classroom, &Classroom::retrace);
    connect(m_document, &ClusterDocument::lessonChanged, this,
            [this] { m_classroom->setLesson(m_document->lesson()); });
    connect(m_view, &ClusterView::zoomChanged, this, &MainWindow::showZoom);
    // Large enough for a projector, never larger than the screen.
    resize(QSize(1400, 900).boundedTo(screen()->availableGeometry().size() * 0.92));
    // On a small screen (1280×800) the panels take a smaller share.
    if (auto *details = findChild<QDockWidget *>(QStringLiteral("detailsDock")))
        resizeDocks({details}, {int(std::clamp(width() * 0.27, 300.0, 460.0))}, Qt::Horizontal);
    resizeDocks({m_eventsDock}, {int(std::clamp(height() * 0.24, 150.0, 230.0))}, Qt::Vertical);
    if (m_document->hasCluster()) {
        documentChanged();
        problemsChanged();
        m_classroom->setLesson(m_document->lesson());
    }
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// The window's own texts; the panels retranslate themselves (their changeEvent), the scene's
// items sync again, and the classroom traces its request again.
void MainWindow::retranslate()
{
    m_progress->setFormat(tr("Loading… %p%"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; the cluster on screen stays"));
    m_eventsDock->setWindowTitle(tr("Events"));
    m_detailsDock->setWindowTitle(tr("Hop details"));
    m_rulesDock->setWindowTitle(tr("Rules"));
    m_problemsDock->setWindowTitle(m_problems->title());
    m_whatIf->retranslate();
    m_lessons->retranslate();
    m_quizDock->setWindowTitle(tr("Quiz"));
    m_notesDock->setWindowTitle(tr("Teacher's notes"));
    m_classroom->retranslate();
    m_export->retranslate();
    m_presentation->retranslate();
    m_help->retranslate();
    createMenus();
    if (m_document->hasCluster()) {
        m_scene->retranslate();
        updateCounts();
        problemsChanged();
    }
    showZoom(m_view->zoom());
    m_view->viewport()->update();
    updateTitle();
}

void MainWindow::setLanguage(const QString &lang)
{
    m_language = lang;
    rememberLanguage(lang);
    installTranslators(lang, false); // LanguageChange reaches every widget
}

void MainWindow::setSessionLanguage(const QString &lang)
{
    m_language = lang;
    const QString name = QStringLiteral("language_") + (lang.isEmpty() ? u"system"_qs : lang);
    if (QAction *a = findChild<QAction *>(name))
        a->setChecked(true);
}

void MainWindow::showZoom(qreal zoom)
{
    m_zoom->setText(tr("%1 %").arg(std::lround(zoom * 100)));
}

void MainWindow::createPanels()
{
    m_requestBar = new RequestBar(this);
    m_playbackBar = new PlaybackBar(m_classroom->controller(), this);
    addToolBar(Qt::TopToolBarArea, m_requestBar);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_playbackBar);
    m_events = new EventListPanel(this);
    m_details = new HopDetailsPanel(this);
    m_rules = new RulesPanel(this);
    auto dock = [this](QWidget *panel, const QString &title, const QString &name,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(panel);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *events = m_eventsDock =
        dock(m_events, tr("Events"), QStringLiteral("eventsDock"), Qt::BottomDockWidgetArea);
    QDockWidget *details = m_detailsDock =
        dock(m_details, tr("Hop details"), QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    // Hop details has the right column to itself ("What happens" without scrolling); the
    // rules of the hop sit under the drawing, beside the events.
    QDockWidget *rules = m_rulesDock =
        dock(m_rules, tr("Rules"), QStringLiteral("rulesDock"), Qt::BottomDockWidgetArea);
    // The drawing stays the largest: the panels get what a projector can spare.
    resizeDocks({details}, {460}, Qt::Horizontal);
    resizeDocks({events}, {190}, Qt::Vertical);
    m_problems = new ProblemsPanel(this);
    m_problemsDock = dock(m_problems, m_problems->title(), QStringLiteral("problemsDock"),
                          Qt::BottomDockWidgetArea);
    tabifyDockWidget(events, m_problemsDock);
    events->raise();
    connect(m_problems, &ProblemsPanel::titleChanged, m_problemsDock, &QDockWidget::setWindowTitle);
    connect(m_problems, &ProblemsPanel::problemActivated, this,
            [this](const Diagnostic &d) { showProblem(d.entity); });
    m_classroom->setPanels({m_requestBar, m_events, m_details, m_rules});
    // Presenting keeps what the lesson is driven with: the request, playback and the events.
    m_presentation->setKept({m_requestBar, m_playbackBar, events});
    m_quiz = new QuizPanel(m_classroom, this);
    m_notes = new NotesPanel(m_classroom, this);
    auto *quizScroll = new QScrollArea(this); // a long explanation scrolls, never clips
    quizScroll->setWidget(m_quiz);
    quizScroll->setWidgetResizable(true);
    quizScroll->setFrameShape(QFrame::NoFrame);
    // The quiz shares the right column with the details only while it runs.
    QDockWidget *quiz = m_quizDock =
        dock(quizScroll, tr("Quiz"), QStringLiteral("quizDock"), Qt::RightDockWidgetArea);
    splitDockWidget(details, quiz, Qt::Vertical);
    quiz->hide();
    QDockWidget *notes = m_notesDock =
        dock(m_notes, tr("Teacher's notes"), QStringLiteral("notesDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(events, rules, Qt::Horizontal);
    // The notes and the what-if history are tabs beside the rules: shown, they squash nothing.
    tabifyDockWidget(rules, notes);
    m_whatIf->historyDock()->setAllowedAreas(Qt::AllDockWidgetAreas);
    removeDockWidget(m_whatIf->historyDock());
    tabifyDockWidget(rules, m_whatIf->historyDock());
    m_whatIf->historyDock()->hide();
    rules->raise();
    resizeDocks({events, rules}, {55, 45}, Qt::Horizontal);
    // The event list would give the answers away.
    connect(m_quiz, &QuizPanel::quizModeChanged, this, [this, events, details, quiz](bool on) {
        events->setVisible(!on);
        quiz->setVisible(on);
        if (on) {
            quiz->raise();
            // The question and its choices get half the column; the hop's explanation keeps
            // the other half.
            resizeDocks({details, quiz}, {50, 50}, Qt::Vertical);
        }
    });
}

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
        m_miniMap->setWanted(on);
        QSettings().setValue(QStringLiteral("view/minimap"), on);
    });
    m_miniMap->setWanted(minimap->isChecked());
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
    help->addActions({m_help->shortcutsAction(), m_help->guideAction()});
    help->addAction(tr("&About Hopscope"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openPaths(const QStringList &paths)
{
    return !paths.isEmpty() && m_document->open(paths);
}

void MainWindow::openPathsInBackground(const QStringList &paths)
{
    if (!paths.isEmpty())
        m_document->openInBackground(paths);
}

bool MainWindow::openDemo(const QString &name)
{
    return m_document->openDemo(name);
}

void MainWindow::documentChanged()
{
    m_scene->setCluster(m_document->cluster());
    // A load takes the lesson's arrangement (none: the computed layout); a what-if step and a
    // reload of the same files keep the items where the teacher put them.
    const bool whatIf = m_document->isWhatIfStep();
    const bool reload = m_document->isReload();
    if (!whatIf && !reload)
        m_scene->setPositionOffsets(m_document->lesson().positions);
    // After a what-if step the request stays, and is traced again on the new cluster; so it
    // does after a reload of the same files (when it still makes sense there).
    m_classroom->setCluster(m_document->cluster(), whatIf || reload);
    if (whatIf && m_view->isFitted()) // the layout may have changed: fit it again, unless
        m_view->fitToView();            // the user zoomed or panned
    if (reload)
        m_classroom->retraceIfPossible();
    else if (!whatIf) { // a new load: fit it, and forget what belonged to the last one
        m_view->fitToView();
        m_problems->clearPreview();
        statusBar()->clearMessage();
        m_freshLoad = true; // problemsChanged() brings Events forward when it is clean
    }
    updateCounts();
    updateTitle();
}

void MainWindow::updateCounts()
{
    const Cluster &c = m_document->cluster();
    m_counts->setText(tr("%n node(s)", nullptr, int(c.nodes.size())) + QStringLiteral(" · ") +
                      tr("%n pod(s)", nullptr, int(c.pods.size())) + QStringLiteral(" · ") +
                      tr("%n Service(s)", nullptr, int(c.services.size())));
    m_export->updateActions();
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
        if (d.severity == Severity::Error && lines.size() < 6) {
            // As Diagnostic::toString() writes it, with the severity in the UI's language.
            const QString where = d.where.toString();
            lines << (where.isEmpty() ? QString() : where + QStringLiteral(": ")) +
                         ProblemsModel::severityLabel(d.severity) + QStringLiteral(": ") +
                         d.message;
        }
    m_view->setEmptyStateDetails(lines);
    m_problems->setProblems(problems);
    m_problemsDock->setWindowTitle(m_problems->title());
    m_scene->setProblemMarks(problemMarks(problems));
    if (m_document->isShowingLastGood()) {
        const int n = int(problems.size());
        m_banner->setText(korean::finished(
            m_document->failedPaths() == m_document->paths()
                ? tr("Reload failed: showing the last good cluster; %n problem(s)", nullptr, n)
                : tr("Could not open %1: showing the cluster open before; %n problem(s)", nullptr,
                     n)
                      .arg(QFileInfo(m_document->failedPaths().value(0)).fileName())));
        m_banner->show();
    } else {
        m_banner->hide();
        m_banner->clear();
    }
    if (errors > 0) { // show them: the panel comes forward by itself
        m_problemsDock->show();
        m_problemsDock->raise();
    } else if (std::exchange(m_freshLoad, false)) {
        m_eventsDock->raise();
    }
    m_freshLoad = false;
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
    statusBar()->showMessage(korean::finished(summary));
}

void MainWindow::showProblem(const QString &entity)
{
    if (entity.isEmpty())
        return;
    if (SceneItem *item = m_scene->selectEntity(entity))
        m_view->centerOn(item);
}

void MainWindow::updateTitle()
{
    QString name = m_document->displayName();
    if (!name.isEmpty() && !m_document->appliedWhatIfs().isEmpty())
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
    openPathsInBackground(paths);
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Kubernetes manifests"), QString(),
        tr("Kubernetes manifests (*.yaml *.yml *.json);;All files (*)"));
    openPathsInBackground(files);
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of manifests"));
    if (!dir.isEmpty())
        openPathsInBackground({dir});
}

void MainWindow::settingsDialog()
{
    SettingsDialog dialog(m_document->settings(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setSettings(dialog.settings());
}

void MainWindow::restyle()
{
    m_scene->restyle();
    m_view->restyle();
    m_miniMap->scheduleRender();
    m_events->restyle();
    m_details->restyle();
    m_rules->restyle();
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
