#pragma once

// File ▸ Export: the scene as PNG or SVG at the current step (the packet and the path so far
// drawn), the trace as a Markdown table or CSV for handouts (core/traceexport.h), and the
// whole request as numbered PNG frames in a folder. Files are written with QSaveFile; the
// dialogs propose names such as "voting-app-nodeport-step-05.png" in the folder used last
// (remembered in QSettings). Actions are disabled while there is nothing to export.
//
// The export*() functions write without dialogs (the dialogs call them; so do the tests).

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace hopscope::app {

class Classroom;
class ClusterDocument;
class ClusterScene;

class ExportActions final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ScenePng, SceneSvg, TraceMarkdown, TraceCsv, TraceFrames };

    ExportActions(ClusterDocument *document, ClusterScene *scene, Classroom *classroom,
                  QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *action(Kind kind) const;

    // A name for the file (or the folder, for frames) without a folder: "voting-app-step-05.png"
    // for the scene, "voting-app-nodeport-step-05.png" with a trace, "voting-app-nodeport.md",
    // "voting-app-nodeport-frames".
    QString defaultFileName(Kind kind) const;

    // The scene at the current step (.png or .svg after the path).
    bool exportScene(const QString &path, QString *error) const;
    bool exportTrace(const QString &path, Kind kind, QString *error) const;
    bool exportFrames(const QString &dir, QString *error, int *written = nullptr) const;

    static QString lastFolder();

public Q_SLOTS:
    void updateActions();
    void retranslate();

Q_SIGNALS:
    void exported(const QString &message);

private:
    QString stem(bool withTrace) const;
    void dialog(Kind kind);

    ClusterDocument *m_document;
    ClusterScene *m_scene;
    Classroom *m_classroom;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_actions[5] = {};
};

} // namespace hopscope::app
