#include "ui/actions/exportactions.h"

#include "core/base/koreanparticles.h"

#include "core/trace/output/traceexport.h"
#include "scene/clusterscene.h"
#include "scene/scenerenderer.h"
#include "scene/traceframes.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace hopscope::app {

namespace {

const QString kLastFolderKey = QStringLiteral("export/lastFolder");

int index(ExportActions::Kind kind)
{
    return int(kind);
}

} // namespace

ExportActions::ExportActions(ClusterDocument *document, ClusterScene *scene, Classroom *classroom,
                             QWidget *window)
    : QObject(window), m_document(document), m_scene(scene), m_classroom(classroom),
      m_window(window), m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    const auto add = [this](Kind kind, const QString &name) {
        QAction *a = m_menu->addAction(QString(), this, [this, kind] { dialog(kind); });
        a->setObjectName(name);
        m_actions[index(kind)] = a;
    };
    add(Kind::ScenePng, QStringLiteral("exportScenePng"));
    add(Kind::SceneSvg, QStringLiteral("exportSceneSvg"));
    m_menu->addSeparator();
    add(Kind::TraceMarkdown, QStringLiteral("exportTraceMarkdown"));
    add(Kind::TraceCsv, QStringLiteral("exportTraceCsv"));
    add(Kind::TraceFrames, QStringLiteral("exportTraceFrames"));
    retranslate();
    connect(classroom, &Classroom::traceChanged, this, &ExportActions::updateActions);
    updateActions();
}

// The texts, again on a language change (the main window calls it).
void ExportActions::retranslate()
{
    m_menu->setTitle(tr("&Export"));
    action(Kind::ScenePng)->setText(tr("Scene as &PNG…"));
    action(Kind::SceneSvg)->setText(tr("Scene as &SVG…"));
    action(Kind::TraceMarkdown)->setText(tr("Trace as &Markdown…"));
    action(Kind::TraceCsv)->setText(tr("Trace as &CSV…"));
    action(Kind::TraceFrames)->setText(tr("Trace as &Frames (Folder)…"));
    action(Kind::ScenePng)->setShortcut(QKeySequence(tr("Ctrl+E")));
    action(Kind::ScenePng)
        ->setToolTip(tr("The drawing as shown, with the packet and its path at the current step"));
}

QAction *ExportActions::action(Kind kind) const
{
    return m_actions[index(kind)];
}

void ExportActions::updateActions()
{
    const bool scene = m_scene->hasContent();
    const bool trace = !m_classroom->trace().hops.isEmpty();
    action(Kind::ScenePng)->setEnabled(scene);
    action(Kind::SceneSvg)->setEnabled(scene);
    action(Kind::TraceMarkdown)->setEnabled(trace);
    action(Kind::TraceCsv)->setEnabled(trace);
    action(Kind::TraceFrames)->setEnabled(scene && trace);
}

QString ExportActions::stem(bool withTrace) const
{
    QString name;
    if (m_document->isDemo()) {
        name = m_document->demoName();
    } else if (!m_document->paths().isEmpty() && m_document->paths().first() != u"-") {
        const QFileInfo first(m_document->paths().first());
        name = first.isDir() ? QDir(first.absoluteFilePath()).dirName() : first.completeBaseName();
        if (name.endsWith(QLatin1String(".lesson")))
            name.chop(7);
    }
    name = fileNameSlug(name);
    if (name.isEmpty())
        name = QStringLiteral("cluster");
    const Trace &trace = m_classroom->trace();
    if (withTrace && !trace.hops.isEmpty())
        name += u'-' + traceFileTag(trace, m_document->cluster());
    return name;
}

QString ExportActions::defaultFileName(Kind kind) const
{
    const Trace &trace = m_classroom->trace();
    const int hop = m_classroom->overlay().hop();
    QString step;
    if (!trace.hops.isEmpty() && hop >= 0)
        step = QStringLiteral("-step-%1").arg(hop + 1, 2, 10, QLatin1Char('0'));
    switch (kind) {
    case Kind::ScenePng:
        return stem(true) + step + QStringLiteral(".png");
    case Kind::SceneSvg:
        return stem(true) + step + QStringLiteral(".svg");
    case Kind::TraceMarkdown:
        return stem(true) + QStringLiteral(".md");
    case Kind::TraceCsv:
        return stem(true) + QStringLiteral(".csv");
    case Kind::TraceFrames:
        return stem(true) + QStringLiteral("-frames");
    }
    return QString();
}

bool ExportActions::exportScene(const QString &path, QString *error) const
{
    const TraceOverlay &overlay = m_classroom->overlay();
    return SceneRenderer::write(*m_scene, path, SceneRenderer::DefaultSize, error,
                                overlay.hasTrace() ? &overlay : nullptr);
}

bool ExportActions::exportTrace(const QString &path, Kind kind, QString *error) const
{
    const Trace &trace = m_classroom->trace();
    if (trace.hops.isEmpty()) {
        *error = tr("There is no trace to export: send a request first.");
        return false;
    }
    const QString text =
        kind == Kind::TraceCsv ? formatTraceCsv(trace) : formatTraceMarkdown(trace);
    QByteArray bytes = text.toUtf8();
    // A byte-order mark: spreadsheet programs otherwise guess a legacy encoding and garble
    // Korean explanations (RFC 4180 allows it; `hopscope trace --format csv` writes none).
    if (kind == Kind::TraceCsv)
        bytes.prepend("\xEF\xBB\xBF");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        *error = korean::finished(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool ExportActions::exportFrames(const QString &dir, QString *error, int *written) const
{
    // Slides, as `render --frames` writes them: each with its caption and the teacher's note.
    FrameCaptions captions;
    captions.note = [this](int hop) {
        const QString note = m_classroom->hopNote(hop);
        return note.isEmpty() ? m_classroom->requestNote() : note;
    };
    return TraceFrames::write(*m_scene, m_classroom->trace(), m_document->cluster(), dir,
                              SceneRenderer::DefaultSize, error, written, captions);
}

QString ExportActions::lastFolder()
{
    const QString folder = QSettings().value(kLastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

void ExportActions::dialog(Kind kind)
{
    if (!action(kind)->isEnabled())
        return;
    const QString proposed = QDir(lastFolder()).filePath(defaultFileName(kind));
    QString path;
    QString error;
    bool ok = false;
    QString message;
    switch (kind) {
    case Kind::ScenePng:
    case Kind::SceneSvg: {
        const bool svg = kind == Kind::SceneSvg;
        path = QFileDialog::getSaveFileName(
            m_window, svg ? tr("Export the scene as SVG") : tr("Export the scene as PNG"), proposed,
            svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += svg ? QStringLiteral(".svg") : QStringLiteral(".png");
        ok = exportScene(path, &error);
        message = korean::finished(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        break;
    }
    case Kind::TraceMarkdown:
    case Kind::TraceCsv: {
        const bool csv = kind == Kind::TraceCsv;
        path = QFileDialog::getSaveFileName(
            m_window, csv ? tr("Export the trace as CSV") : tr("Export the trace as Markdown"),
            proposed, csv ? tr("CSV table (*.csv)") : tr("Markdown (*.md)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += csv ? QStringLiteral(".csv") : QStringLiteral(".md");
        ok = exportTrace(path, kind, &error);
        message = korean::finished(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        break;
    }
    case Kind::TraceFrames: {
        const QString parent = QFileDialog::getExistingDirectory(
            m_window, tr("Export the trace as frames: choose a folder"), lastFolder());
        if (parent.isEmpty())
            return;
        // Into a new subfolder named after the trace, so that frames of several requests do
        // not mix; the chosen folder itself when it is already empty.
        const bool empty = QDir(parent).isEmpty();
        path = empty ? parent : QDir(parent).filePath(defaultFileName(kind));
        int written = 0;
        ok = exportFrames(path, &error, &written);
        message =
            tr("Exported %n frame(s) to %1", nullptr, written).arg(QDir::toNativeSeparators(path));
        QSettings().setValue(kLastFolderKey, parent);
        break;
    }
    }
    if (kind != Kind::TraceFrames)
        QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    if (!ok) {
        QMessageBox::warning(m_window, tr("Export"), error);
        return;
    }
    Q_EMIT exported(message);
}

} // namespace hopscope::app
