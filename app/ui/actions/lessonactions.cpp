#include "ui/actions/lessonactions.h"

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QUndoCommand>
#include <QUndoStack>

namespace hopscope::app {

namespace {

// Moves of dragged items on the history: the document's positions before and after (the scene
// syncs from the document's Positions change).
class PositionsCommand final : public QUndoCommand
{
public:
    PositionsCommand(ClusterDocument *document, PositionOffsets before, PositionOffsets after,
                     const QString &text)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void undo() override
    {
        if (m_document)
            m_document->setPositions(m_before);
    }
    void redo() override
    {
        if (m_document)
            m_document->setPositions(m_after);
    }

private:
    QPointer<ClusterDocument> m_document;
    PositionOffsets m_before;
    PositionOffsets m_after;
};

QString itemName(const QString &id)
{
    if (id == clientId())
        return LessonActions::tr("the client");
    return id.section(u'/', -1);
}

} // namespace

LessonActions::LessonActions(ClusterDocument *document, ClusterScene *scene, ClusterView *view,
                             Classroom *classroom, QWidget *window)
    : QObject(window), m_document(document), m_scene(scene), m_view(view), m_classroom(classroom),
      m_window(window)
{
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setObjectName(QStringLiteral("saveLesson"));
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveAs->setObjectName(QStringLiteral("saveLessonAs"));
    m_embed = new QAction(this);
    m_embed->setCheckable(true);
    m_embed->setObjectName(QStringLiteral("embedManifests"));
    m_resetPositions = new QAction(this);
    m_resetPositions->setObjectName(QStringLiteral("resetPositions"));
    retranslate();
    connect(m_save, &QAction::triggered, this, &LessonActions::save);
    connect(m_saveAs, &QAction::triggered, this, &LessonActions::saveAs);
    connect(m_resetPositions, &QAction::triggered, this, &LessonActions::resetPositions);
    connect(m_view, &ClusterView::itemMoved, this, &LessonActions::moveItem);
    connect(m_document, &ClusterDocument::changed, this, [this](const DocumentChange &change) {
        if (change.changesLesson())
            documentLoaded();
    });
}

void LessonActions::retranslate()
{
    m_save->setText(tr("&Save Lesson"));
    m_saveAs->setText(tr("Save Lesson &As…"));
    m_embed->setText(tr("&Embed Manifests in Lessons"));
    m_embed->setToolTip(tr("Write the manifests into the lesson file instead of referring to "
                           "them (always done for standard input and the demos)"));
    m_resetPositions->setText(tr("&Reset Positions"));
    m_resetPositions->setToolTip(tr("Put every dragged item back where the layout puts it"));
}

void LessonActions::documentLoaded()
{
    m_path =
        m_document->hasLesson() && !m_document->isDemo() ? m_document->lesson().file : QString();
}

void LessonActions::moveItem(const QString &id, const QPointF &from, const QPointF &to)
{
    PositionOffsets before = m_scene->positionOffsets();
    before.insert(id, from);
    if (from.isNull())
        before.remove(id);
    m_document->undoStack()->push(new PositionsCommand(m_document, before,
                                                       m_scene->positionOffsets(),
                                                       tr("Move %1").arg(itemName(id))));
    (void)to;
}

void LessonActions::resetPositions()
{
    if (m_scene->positionOffsets().isEmpty())
        return;
    m_document->undoStack()->push(
        new PositionsCommand(m_document, m_scene->positionOffsets(), {}, tr("Reset positions")));
}

void LessonActions::fillMenu(QMenu *menu, const QString &entityId)
{
    // The menu names a pod, a node or a Service; what moved is its node, itself, or its cloud.
    QStringList ids{entityId};
    if (const PodInfo *pod = m_scene->cluster().pod(entityId))
        ids << nodeId(pod->nodeName);
    if (entityId.startsWith(u"svc/"))
        ids << QStringLiteral("lb/") + entityId.mid(4);
    for (const QString &id : std::as_const(ids)) {
        if (m_scene->positionOffset(id).isNull())
            continue;
        QAction *a =
            menu->addAction(tr("Reset position of %1").arg(itemName(id)), this, [this, id] {
                PositionOffsets after = m_scene->positionOffsets();
                after.remove(id);
                m_document->undoStack()->push(
                    new PositionsCommand(m_document, m_scene->positionOffsets(), after,
                                         tr("Reset position of %1").arg(itemName(id))));
            });
        a->setObjectName(QStringLiteral("resetPosition"));
    }
}

bool LessonActions::mustEmbed() const
{
    // A demo's manifests are a temporary copy; standard input is gone once read.
    return m_document->isDemo() || m_document->paths().contains(QStringLiteral("-"));
}

Lesson LessonActions::currentLesson(const QString &path, bool embed, Diagnostics *problems) const
{
    Lesson lesson;
    const Lesson &open = m_document->lesson();
    const bool fromLesson = m_document->hasLesson();
    lesson.title = fromLesson && !open.title.isEmpty() ? open.title
                                                       : LessonText(m_document->displayName());
    if (lesson.title.isEmpty())
        lesson.title = tr("Untitled lesson");
    QString base = QFileInfo(path).absolutePath();
    if (fromLesson) {
        lesson.manifests = open.manifests;
        if (m_document->isDemo() && !open.file.isEmpty())
            base = QFileInfo(open.file).absolutePath(); // names inside the demo folder
    } else {
        for (const QString &p : m_document->paths()) {
            LessonManifest m;
            if (p == u"-") {
                m.content = m_document->standardInput();
                m.name = QStringLiteral("stdin.yaml");
            } else {
                m.path = QFileInfo(p).absoluteFilePath();
            }
            lesson.manifests << m;
        }
    }
    if (embed || mustEmbed())
        LessonWriter::embedManifests(&lesson, base, problems);
    // The settings the cluster was built with (the lesson's over the window's).
    const ClusterSettings effective =
        fromLesson ? open.applySettings(m_document->settings(), nullptr) : m_document->settings();
    lesson.settings = Lesson::settingsFlags(effective);
    lesson.whatIfs = m_document->appliedWhatIfs();
    lesson.positions = m_scene->positionOffsets();
    lesson.requests = m_classroom->editedLesson().requests;
    return lesson;
}

bool LessonActions::saveTo(const QString &path, QString *error)
{
    // Keep the request shown, so that the saved lesson shows it again.
    m_classroom->keepCurrentRequest();
    Diagnostics problems;
    const Lesson lesson = currentLesson(path, m_embed->isChecked(), &problems);
    if (hasErrors(problems)) {
        if (error)
            *error = problems.first().toString();
        return false;
    }
    const QByteArray yaml = LessonWriter::toYaml(lesson, path);
    QSaveFile file(path);
    // Qt 6.4's commit() does not see a failure of the flush it does when it closes (a full
    // disk, a file size limit): it would put a truncated lesson in place of the old one. So
    // flush first and check; only a complete file is committed.
    const bool written = file.open(QIODevice::WriteOnly) && file.write(yaml) == yaml.size() &&
                         file.flush() && file.error() == QFileDevice::NoError;
    if (!written || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false; // the temporary file goes; the old lesson stays as it was
    }
    m_path = path;
    Q_EMIT message(tr("Lesson saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LessonActions::save()
{
    if (m_path.isEmpty()) {
        saveAs();
        return;
    }
    QString error;
    if (!saveTo(m_path, &error))
        QMessageBox::warning(m_window, tr("Save lesson"), error);
}

void LessonActions::saveAs()
{
    if (!m_document->hasCluster())
        return;
    QString suggestion = m_path;
    if (suggestion.isEmpty()) {
        const QString first = m_document->paths().value(0);
        const QString name = first.isEmpty() || first == u"-" || m_document->isDemo()
                                 ? QStringLiteral("lesson")
                                 : QFileInfo(first).completeBaseName();
        const QString dir = first.isEmpty() || first == u"-" || m_document->isDemo()
                                ? QDir::homePath()
                                : QFileInfo(first).absolutePath();
        suggestion = dir + u'/' + name + QStringLiteral(".lesson.yaml");
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save lesson"), suggestion,
                                                tr("Hopscope lessons (*.lesson.yaml)"));
    if (path.isEmpty())
        return;
    if (!isLessonFileName(path))
        path += QStringLiteral(".lesson.yaml");
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(m_window, tr("Save lesson"), error);
}

} // namespace hopscope::app
