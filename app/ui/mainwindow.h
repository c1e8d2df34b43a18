#pragma once

// The main window only assembles: the cluster view in the middle, the menus, the status bar,
// and drops of files and folders. Panels and tools live in their own files.

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace hopscope::app {

class Classroom;
class ClusterDocument;
class ClusterScene;
class ClusterView;
class EntityContextMenu;
class EventListPanel;
class ExportActions;
class HelpActions;
class HopDetailsPanel;
class MiniMap;
class PresentationMode;
class ThemeManager;
class LessonActions;
class NotesPanel;
class QuizPanel;
class PlaybackBar;
class ProblemsPanel;
class RequestBar;
class RulesPanel;
class WhatIfActions;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Takes the document (a new one when null); the window owns it unless it has a parent.
    explicit MainWindow(ClusterDocument *document = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ClusterDocument *document() const { return m_document; }
    ClusterScene *scene() const { return m_scene; }
    ClusterView *view() const { return m_view; }
    Classroom *classroom() const { return m_classroom; }
    RequestBar *requestBar() const { return m_requestBar; }
    PlaybackBar *playbackBar() const { return m_playbackBar; }
    EventListPanel *eventList() const { return m_events; }
    HopDetailsPanel *hopDetails() const { return m_details; }
    RulesPanel *rulesPanel() const { return m_rules; }
    WhatIfActions *whatIfActions() const { return m_whatIf; }
    ExportActions *exportActions() const { return m_export; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    // "Reload failed: showing the last good cluster; 2 problems" above the drawing (hidden
    // while the cluster shown is the last load's).
    QLabel *reloadBanner() const { return m_banner; }
    // File > Watch Files (remembered in the settings, on by default).
    QAction *watchFilesAction() const { return m_watchFiles; }
    LessonActions *lessonActions() const { return m_lessons; }
    QuizPanel *quizPanel() const { return m_quiz; }
    NotesPanel *notesPanel() const { return m_notes; }
    // The scene's context menu: tools add their actions for an entity with addFiller().
    EntityContextMenu *entityMenu() const { return m_entityMenu; }
    ThemeManager *themes() const { return m_themes; }
    PresentationMode *presentation() const { return m_presentation; }
    MiniMap *miniMap() const { return m_miniMap; }
    QDockWidget *eventsDock() const { return m_eventsDock; }
    HelpActions *helpActions() const { return m_help; }

    bool openPaths(const QStringList &paths);
    // Opens off the GUI thread, with a progress bar and a Cancel button in the status bar; the
    // current drawing stays until the new cluster is ready.
    void openPathsInBackground(const QStringList &paths);
    QProgressBar *loadProgressBar() const { return m_progress; }
    QPushButton *cancelLoadButton() const { return m_cancel; }
    bool openDemo(const QString &name = QStringLiteral("myapp"));

    // View ▸ Language: "en", "ko", or empty for the system's language. Switches at once (every
    // widget retranslates itself on QEvent::LanguageChange; the current trace is traced again
    // so that its explanations speak the new language) and is remembered.
    void setLanguage(const QString &lang);
    QString language() const { return m_language; }
    // The language this session was started in (`hopscope --lang ko`): ticked in the menu,
    // not remembered (the translators are installed already).
    void setSessionLanguage(const QString &lang);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateCounts();
    void showZoom(qreal zoom);
    void createPanels();
    void documentChanged();
    void problemsChanged();
    void showProblem(const QString &entity);
    void updateTitle();
    void openFilesDialog();
    void openFolderDialog();
    void settingsDialog();
    void about();
    void restyle();

    ClusterDocument *m_document;
    ClusterScene *m_scene;
    ClusterView *m_view;
    QLabel *m_counts;
    QLabel *m_zoom;
    Classroom *m_classroom;
    RequestBar *m_requestBar = nullptr;
    PlaybackBar *m_playbackBar = nullptr;
    EventListPanel *m_events = nullptr;
    HopDetailsPanel *m_details = nullptr;
    RulesPanel *m_rules = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QLabel *m_banner;
    QAction *m_watchFiles = nullptr;
    WhatIfActions *m_whatIf;
    ExportActions *m_export = nullptr;
    LessonActions *m_lessons = nullptr;
    QuizPanel *m_quiz = nullptr;
    NotesPanel *m_notes = nullptr;
    QDockWidget *m_quizDock = nullptr;
    QDockWidget *m_notesDock = nullptr;
    EntityContextMenu *m_entityMenu;
    ThemeManager *m_themes;
    MiniMap *m_miniMap;
    PresentationMode *m_presentation;
    HelpActions *m_help = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QDockWidget *m_eventsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_rulesDock = nullptr;
    QList<QMenu *> m_menus; // the menu bar's own menus, rebuilt in the new language
    QString m_language;     // the choice: "en", "ko", or empty (the system's)
    bool m_freshLoad = false; // a new cluster whose problems are not shown yet
};

} // namespace hopscope::app
