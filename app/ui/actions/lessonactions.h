#pragma once

// Lessons from the window: File ▸ Save Lesson / Save Lesson As… (core/lesson.h's format, written
// by core's LessonWriter and saved atomically with QSaveFile: a failed save leaves the old file
// as it was), the items dragged for the lesson (View ▸ Reset Positions, "Reset position" on an
// item, each move an undoable command "Move node-1"), and the lesson's notes.
//
// What a saved lesson holds: the manifests (referenced by relative paths, or embedded — always
// when they came from standard input or a bundled demo's temporary folder), the cluster
// settings, the what-if edits in effect, the presets with their notes (and the request shown,
// when it is not one), and the moved positions. Manifests are only ever read.

#include "core/base/diagnostic.h"
#include "core/classroom/lesson.h"

#include <QObject>
#include <QPointF>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace hopscope::app {

class Classroom;
class ClusterDocument;
class ClusterScene;
class ClusterView;

class LessonActions final : public QObject
{
    Q_OBJECT
public:
    LessonActions(ClusterDocument *document, ClusterScene *scene, ClusterView *view,
                  Classroom *classroom, QWidget *window);

    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    // Checked: manifests are written into the lesson rather than referenced.
    QAction *embedAction() const { return m_embed; }
    QAction *resetPositionsAction() const { return m_resetPositions; }

    // The actions' texts in the current language.
    void retranslate();

    // "Reset position" for a moved item (EntityContextMenu filler).
    void fillMenu(QMenu *menu, const QString &entityId);

    // The lesson as it would be saved at `path` (manifests embedded when `embed` or when they
    // cannot be referenced). Problems (a manifest that cannot be read) go to `problems`.
    Lesson currentLesson(const QString &path, bool embed, Diagnostics *problems) const;
    // Whether the open manifests can only be embedded (standard input, a demo).
    bool mustEmbed() const;
    // Writes the lesson to `path` atomically. False with a reason when it could not.
    bool saveTo(const QString &path, QString *error = nullptr);
    // Where Save writes without asking (the lesson opened or last saved; empty: ask).
    const QString &lessonPath() const { return m_path; }

public Q_SLOTS:
    void save();
    void saveAs();
    void resetPositions();

Q_SIGNALS:
    void message(const QString &text);

private:
    void moveItem(const QString &id, const QPointF &from, const QPointF &to);
    void documentLoaded();

    ClusterDocument *m_document;
    ClusterScene *m_scene;
    ClusterView *m_view;
    Classroom *m_classroom;
    QWidget *m_window;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_embed;
    QAction *m_resetPositions;
    QString m_path;
};

} // namespace hopscope::app
