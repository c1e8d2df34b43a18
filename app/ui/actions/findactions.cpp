#include "ui/actions/findactions.h"

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/items/sceneitem.h"
#include "ui/actions/findresultsmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace hopscope::app {

namespace {
constexpr int Limit = 20;         // rows in the completer
constexpr qreal ReadableZoom = 0.6; // below it, showing an entity zooms to 1:1
} // namespace

FindActions::FindActions(ClusterScene *scene, ClusterView *view, QWidget *window)
    : QFrame(view), m_scene(scene), m_view(view), m_action(new QAction(this)),
      m_edit(new QLineEdit(this)), m_status(new QLabel(this)), m_close(new QToolButton(this)),
      m_completer(new QCompleter(this)), m_model(new FindResultsModel(this))
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_close);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(320);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    hide();

    m_action->setObjectName(QStringLiteral("find"));
    m_action->setShortcut(QKeySequence::Find);
    m_action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &FindActions::open);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_edit, &QLineEdit::textEdited, this, &FindActions::query);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindActions::returnPressed);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FindActions::indexBuilt);
    // A new snapshot (a load, a what-if step): the index is made again when needed.
    connect(m_scene, &ClusterScene::clusterChanged, this, [this] {
        ++m_generation;
        m_finder.reset();
        m_model->setResults({});
        if (isVisible())
            ensureIndex();
    });
    view->installEventFilter(this);
    retranslate();
}

FindActions::~FindActions()
{
    m_watcher.waitForFinished();
}

void FindActions::retranslate()
{
    m_action->setText(tr("&Find…"));
    m_action->setToolTip(tr("Find a node, pod, Service or workload by name, label or address"));
    m_edit->setPlaceholderText(tr("Name, key=value or IP address"));
    m_edit->setToolTip(tr("Find a node, pod, Service or workload: a name (web, default/web, "
                          "svc/web), a label (app=web) or an address (10.244.1.2)"));
    m_close->setToolTip(tr("Close (Esc)"));
    if (m_building)
        m_status->setText(tr("Indexing…"));
}

void FindActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setResults(m_model->results()); // rows speak the new language
    }
    QFrame::changeEvent(event);
}

bool FindActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        reposition();
    return QFrame::eventFilter(watched, event);
}

void FindActions::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    QFrame::keyPressEvent(event);
}

void FindActions::reposition()
{
    adjustSize();
    const int w = std::min(std::max(sizeHint().width(), 420), m_view->width() - 24);
    resize(w, sizeHint().height());
    move(m_view->width() - w - 12 - (m_view->verticalScrollBar()->isVisible()
                                         ? m_view->verticalScrollBar()->width()
                                         : 0),
         8);
}

void FindActions::open()
{
    reposition();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    ensureIndex();
}

void FindActions::ensureIndex()
{
    if (m_finder || (m_building && m_buildGeneration == m_generation) || !m_scene->hasContent())
        return;
    if (m_building) { // indexing an older cluster: its answer is dropped when it comes
        m_buildGeneration = m_generation;
        return;
    }
    m_building = true;
    m_buildGeneration = m_generation;
    m_status->setText(tr("Indexing…"));
    // The snapshot is a value (implicitly shared lists): the copy costs nothing here.
    const Cluster cluster = m_scene->cluster();
    m_watcher.setFuture(QtConcurrent::run([cluster] {
        return std::shared_ptr<const EntityFinder>(std::make_shared<EntityFinder>(cluster));
    }));
}

void FindActions::indexBuilt()
{
    m_building = false;
    const quint64 built = m_buildGeneration;
    // The cluster changed while building: build again for the one shown now.
    if (built != m_generation || m_watcher.future().resultCount() == 0) {
        m_status->clear();
        ensureIndex();
        return;
    }
    m_finder = m_watcher.result();
    m_status->clear();
    Q_EMIT indexReady();
    if (isVisible() && !m_edit->text().trimmed().isEmpty())
        query(m_edit->text());
}

QList<FoundEntity> FindActions::find(const QString &text) const
{
    return m_finder ? m_finder->find(text, Limit) : QList<FoundEntity>();
}

void FindActions::query(const QString &text)
{
    if (!m_finder) {
        ensureIndex();
        return;
    }
    const QList<FoundEntity> found = find(text);
    m_model->setResults(found);
    m_status->setText(text.trimmed().isEmpty() || !found.isEmpty() ? QString()
                                                                    : tr("Not found"));
    if (found.isEmpty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void FindActions::activateRow(int row)
{
    if (const FoundEntity *found = m_model->at(row)) {
        const FoundEntity chosen = *found; // show() may change the model
        showEntity(chosen);
    }
}

void FindActions::returnPressed()
{
    // The line edit sees Return before the completer, which then activates the row highlighted
    // in its popup; with none highlighted, the best match is shown.
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible() && popup->currentIndex().isValid())
        return;
    popup->hide();
    if (m_model->rowCount() == 0 && m_finder)
        m_model->setResults(find(m_edit->text()));
    activateRow(0);
}

bool FindActions::showEntity(const FoundEntity &found)
{
    if (found.show.isEmpty()) {
        Q_EMIT message(tr("%1 has no pods to show").arg(FindResultsModel::rowText(found)));
        return false;
    }
    // Far away (a large cluster's overview) the item would not be drawn: come close first.
    if (m_view->zoom() < ReadableZoom)
        m_view->zoomToActualSize();
    SceneItem *item = m_scene->selectEntity(found.show);
    if (!item) {
        Q_EMIT message(tr("%1 is not drawn").arg(FindResultsModel::rowText(found)));
        return false;
    }
    m_view->panTo(item->sceneBoundingRect().center());
    Q_EMIT message(FindResultsModel::rowText(found));
    Q_EMIT shown(found.id, item->id());
    return true;
}

} // namespace hopscope::app
