#pragma once

// The main window only assembles: the cluster view in the middle, the menus, the status bar,
// and drops of files and folders. Panels and tools live in their own files.

#include <QMainWindow>

class QLabel;

namespace hopscope::app {

class ClusterDocument;
class ClusterScene;
class ClusterView;
class EntityContextMenu;
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
    WhatIfActions *whatIfActions() const { return m_whatIf; }
    // The scene's context menu: tools add their actions for an entity with addFiller().
    EntityContextMenu *entityMenu() const { return m_entityMenu; }

    bool openPaths(const QStringList &paths);
    bool openDemo();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void documentChanged();
    void problemsChanged();
    void updateTitle();
    void openFilesDialog();
    void openFolderDialog();
    void exportImageDialog();
    void settingsDialog();
    void about();

    ClusterDocument *m_document;
    ClusterScene *m_scene;
    ClusterView *m_view;
    QLabel *m_counts;
    QLabel *m_zoom;
    WhatIfActions *m_whatIf;
    EntityContextMenu *m_entityMenu;
};

} // namespace hopscope::app
