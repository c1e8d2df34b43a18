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
    // The hint and notes line under the bars, a whole line (never in the toolbar's » menu);
    // the caption under the drawing while presenting.
    centralLayout->insertWidget(1, m_requestBar->hintLine());
    centralLayout->addWidget(m_presentation->captionWidget());
    auto showCaption = [this] { m_presentation->setCaption(m_classroom->caption()); };
    connect(m_classroom->controller(), &StepController::positionChanged, this, showCaption);
    connect(m_classroom, &Classroom::traceChanged, this, showCaption);
    connect(m_classroom, &Classroom::notesChanged, this, showCaption);
    connect(m_presentation, &PresentationMode::captionShown, m_requestBar,
            &RequestBar::setHintSuppressed);
    connect(m_presentation, &PresentationMode::activeChanged, m_requestBar,
            &RequestBar::setPresenting);
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
    m_find = new FindActions(m_scene, m_view, this);
    connect(m_find, &FindActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(korean::finished(text), 5000);
    });
    connect(m_scene, &ClusterScene::layoutChanged, m_classroom, &Classroom::relayout);
    connect(m_document, &ClusterDocument::changed, this, &MainWindow::documentChanged);
    connect(m_view, &ClusterView::zoomChanged, this, &MainWindow::showZoom);
    // Large enough for a projector, never larger than the screen.
    resize(QSize(1400, 900).boundedTo(screen()->availableGeometry().size() * 0.92));
    // On a small screen (1280×800) the panels take a smaller share.
    if (auto *details = findChild<QDockWidget *>(QStringLiteral("detailsDock")))
        resizeDocks({details}, {int(std::clamp(width() * 0.27, 300.0, 460.0))}, Qt::Horizontal);
    resizeDocks({m_eventsDock}, {int(std::clamp(height() * 0.24, 150.0, 230.0))}, Qt::Vertical);
    if (m_document->hasCluster()) {
        DocumentChange opened;
        opened.kind = DocumentChange::Kind::Loaded;
        opened.lessonReplaced = true;
        documentChanged(opened);
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
    // Split before anything is tabbed with the events: splitting a tabbed dock adds a tab.
    splitDockWidget(events, rules, Qt::Horizontal);
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

// Every change of the document, read from the event alone.
void MainWindow::documentChanged(const DocumentChange &change)
{
    if (change.replacesCluster())
        clusterReplaced(change);
    if (change.changesProblems())
        problemsChanged();
    if (change.changesLesson())
        m_classroom->setLesson(m_document->lesson());
    if (change.kind == DocumentChange::Kind::Positions)
        m_scene->setPositionOffsets(m_document->positions());
}

void MainWindow::clusterReplaced(const DocumentChange &change)
{
    m_scene->setCluster(m_document->snapshot());
    // A load takes the lesson's arrangement (none: the computed layout); a what-if step and a
    // reload of the same files keep the items where the teacher put them.
    const bool whatIf = change.kind == DocumentChange::Kind::WhatIfStep;
    const bool keep = change.keepsView();
    if (!keep)
        m_scene->setPositionOffsets(m_document->positions());
    // After a what-if step the request stays, and is traced again on the new cluster; so it
    // does after a reload of the same files (when it still makes sense there).
    m_classroom->setCluster(m_document->snapshot(), keep);
    if (whatIf && m_view->isFitted()) // the layout may have changed: fit it again, unless
        m_view->fitToView();            // the user zoomed or panned
    if (keep && !whatIf)
        m_classroom->retraceIfPossible();
    else if (!keep) { // a new load: fit it, and forget what belonged to the last one
        m_view->fitToView();
        m_problems->clearPreview();
        statusBar()->clearMessage();
        m_freshLoad = true; // problemsChanged() brings Events forward when it is clean
    }
    updateCounts();
    updateTitle();
    if (whatIf)
        m_classroom->retrace();
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
    if (errors > 0) { // show them: the panel comes forward by itself, with room for whole lines
        m_problemsDock->show();
        m_problemsDock->raise();
        resizeDocks({m_problemsDock, m_rulesDock}, {3, 1}, Qt::Horizontal);
    } else if (std::exchange(m_freshLoad, false)) {
        m_eventsDock->raise();
        resizeDocks({m_eventsDock, m_rulesDock}, {55, 45}, Qt::Horizontal);
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
