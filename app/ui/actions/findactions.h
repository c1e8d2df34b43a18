#pragma once

// Edit ▸ Find (Ctrl+F): a bar over the top-right corner of the drawing with a line edit whose
// completer lists the nodes, pods, Services and workloads matching the text — by name, label
// (key=value) or address — from core's index (core/model/entityfinder.h). Choosing one (a click,
// or Return for the first) selects its item and centres the view on it; a large cluster makes
// the item first (ClusterScene::itemById), and a view zoomed out to the overview zooms to 1:1.
//
// The index is built off the GUI thread when Find first needs it for the cluster shown (at
// 150,000 pods it takes a few hundred ms); a query while it is being built runs when it is ready.

#include "core/model/entityfinder.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QToolButton;

namespace hopscope::app {

class ClusterScene;
class ClusterView;
class FindResultsModel;

class FindActions final : public QFrame
{
    Q_OBJECT
public:
    // The bar is a child of the view; the action is added to window (so that Ctrl+F works while
    // presenting, with the menu bar hidden).
    FindActions(ClusterScene *scene, ClusterView *view, QWidget *window);
    ~FindActions() override;

    QAction *findAction() const { return m_action; }
    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    FindResultsModel *results() const { return m_model; }

    // Shows the bar with the focus in the line edit (the text selected).
    void open();
    bool isIndexReady() const { return m_finder != nullptr; }
    // The results for text (empty until the index is ready).
    QList<FoundEntity> find(const QString &text) const;
    // Selects the entity and centres the view on it; false (and a message) when nothing shows it.
    bool showEntity(const FoundEntity &found);

Q_SIGNALS:
    void indexReady();
    void message(const QString &text);
    // An entity was shown (its id, and the id of the item that shows it).
    void shown(const QString &id, const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void reposition();
    void ensureIndex();
    void indexBuilt();
    void query(const QString &text);
    void activateRow(int row);
    void returnPressed();

    ClusterScene *m_scene;
    ClusterView *m_view;
    QAction *m_action;
    QLineEdit *m_edit;
    QLabel *m_status;
    QToolButton *m_close;
    QCompleter *m_completer;
    FindResultsModel *m_model;
    std::shared_ptr<const EntityFinder> m_finder;
    QFutureWatcher<std::shared_ptr<const EntityFinder>> m_watcher;
    quint64 m_generation = 0;      // bumped when the cluster changes
    quint64 m_buildGeneration = 0; // the cluster the running build indexes
    bool m_building = false;
};

} // namespace hopscope::app
