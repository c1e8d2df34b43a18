// File ▸ Export in the window (ui/exportactions.h) on the voting-app demo, its first preset:
// the seed lesson's NodePort figure (client → node01:30035 → a vote pod, and the reply).
// Checks: the actions are disabled while there is nothing to export; the proposed names
// ("voting-app-nodeport-step-05.png"); the scene exported at the current step decodes (PNG, the
// default size, not blank, the packet drawn) and parses (SVG, with the packet's label text);
// the Markdown table has one row per hop; the CSV parses back to the same cells; the frames
// folder holds one PNG per hop. No dialog is opened: the dialogs call the same functions.

#include "core/trace/output/traceexport.h"
#include "scene/clusterscene.h"
#include "scene/scenerenderer.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/actions/exportactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace hopscope;
using namespace hopscope::app;

using Kind = ExportActions::Kind;

namespace {

// Set HOPSCOPE_SCREENSHOT_DIR to keep the exports for a person to look at.
QString keepPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

} // namespace

class TestExportActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void disabledWithNothingToExport();
    void defaultNames();
    void scenePngAtCurrentStep();
    void sceneSvgAtCurrentStep();
    void traceTables();
    void frames();

private:
    void openVotingPreset(int hop);
    std::unique_ptr<MainWindow> m_window;
    ExportActions *m_export = nullptr;
};

void TestExportActions::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_export = m_window->exportActions();
    QVERIFY(m_export);
}

void TestExportActions::cleanup()
{
    m_window.reset();
}

void TestExportActions::openVotingPreset(int hop)
{
    QVERIFY(m_window->openDemo(QStringLiteral("voting-app")));
    m_window->classroom()->runPreset(0, 0);
    QVERIFY(m_window->classroom()->trace().delivered);
    m_window->classroom()->controller()->jumpTo(hop);
    QCOMPARE(m_window->classroom()->overlay().hop(), hop);
}

void TestExportActions::disabledWithNothingToExport()
{
    // The submenu holds the five exports.
    QCOMPARE(m_export->menu()->actions().size() - 1, 5); // and one separator
    for (Kind k :
         {Kind::ScenePng, Kind::SceneSvg, Kind::TraceMarkdown, Kind::TraceCsv, Kind::TraceFrames})
        QVERIFY(!m_export->action(k)->isEnabled());
    QVERIFY(m_window->openDemo(QStringLiteral("voting-app")));
    QVERIFY(m_export->action(Kind::ScenePng)->isEnabled());
    QVERIFY(m_export->action(Kind::SceneSvg)->isEnabled());
    QVERIFY(!m_export->action(Kind::TraceMarkdown)->isEnabled()); // no request sent yet
    QVERIFY(!m_export->action(Kind::TraceFrames)->isEnabled());
    m_window->classroom()->runPreset(0, 0);
    for (Kind k : {Kind::TraceMarkdown, Kind::TraceCsv, Kind::TraceFrames})
        QVERIFY(m_export->action(k)->isEnabled());
    if (const QString keep = keepPath(QStringLiteral("export-menu.png")); !keep.isEmpty()) {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_export->menu()->popup(m_window->mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(m_export->menu()));
        m_export->menu()->grab().save(keep);
        m_export->menu()->hide();
    }
    // Writing a trace without one is refused with a message, not a crash.
    MainWindow empty;
    QString error;
    QTemporaryDir dir;
    QVERIFY(!empty.exportActions()->exportTrace(dir.filePath(QStringLiteral("t.md")),
                                                Kind::TraceMarkdown, &error));
    QVERIFY(!error.isEmpty());
}

void TestExportActions::defaultNames()
{
    QVERIFY(m_window->openDemo(QStringLiteral("voting-app")));
    QCOMPARE(m_export->defaultFileName(Kind::ScenePng), QStringLiteral("voting-app.png"));
    openVotingPreset(4);
    QCOMPARE(m_export->defaultFileName(Kind::ScenePng),
             QStringLiteral("voting-app-nodeport-step-05.png"));
    QCOMPARE(m_export->defaultFileName(Kind::SceneSvg),
             QStringLiteral("voting-app-nodeport-step-05.svg"));
    QCOMPARE(m_export->defaultFileName(Kind::TraceMarkdown),
             QStringLiteral("voting-app-nodeport.md"));
    QCOMPARE(m_export->defaultFileName(Kind::TraceCsv), QStringLiteral("voting-app-nodeport.csv"));
    QCOMPARE(m_export->defaultFileName(Kind::TraceFrames),
             QStringLiteral("voting-app-nodeport-frames"));
}

void TestExportActions::scenePngAtCurrentStep()
{
    openVotingPreset(4);
    QTemporaryDir dir;
    const QString withPacket = dir.filePath(QStringLiteral("a.png"));
    QString error;
    QVERIFY2(m_export->exportScene(withPacket, &error), qPrintable(error));
    const QImage image(withPacket);
    QCOMPARE(image.size(), SceneRenderer::DefaultSize);
    // The same scene without the packet differs: the packet and the path are in the file.
    const QImage bare = SceneRenderer::toImage(*m_window->scene());
    int differing = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            differing += image.pixel(x, y) != bare.pixel(x, y) ? 1 : 0;
    QVERIFY2(differing > 200, qPrintable(QString::number(differing)));
    if (const QString keep = keepPath(QStringLiteral("export-window-step-05.png")); !keep.isEmpty())
        image.save(keep);
}

void TestExportActions::sceneSvgAtCurrentStep()
{
    openVotingPreset(4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.svg"));
    QString error;
    QVERIFY2(m_export->exportScene(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(QSvgRenderer(svg).isValid());
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString label = m_window->classroom()->overlay().packetLabel();
    QVERIFY(!label.isEmpty());
    for (const QString &line : label.split(u'\n'))
        QVERIFY2(text.contains(line), qPrintable(line));
    if (const QString keep = keepPath(QStringLiteral("export-window-step-05.svg"));
        !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }
}

void TestExportActions::traceTables()
{
    openVotingPreset(0);
    const Trace &trace = m_window->classroom()->trace();
    QTemporaryDir dir;
    QString error;
    const QString md = dir.filePath(QStringLiteral("t.md"));
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY2(m_export->exportTrace(md, Kind::TraceMarkdown, &error), qPrintable(error));
    QVERIFY2(m_export->exportTrace(csv, Kind::TraceCsv, &error), qPrintable(error));
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    int tableLines = 0;
    for (const QByteArray &line : mdFile.readAll().split('\n'))
        tableLines += line.startsWith('|') ? 1 : 0;
    QCOMPARE(tableLines, 2 + trace.hops.size());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    // UTF-8 with a byte-order mark, for spreadsheet programs.
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csvBytes.mid(3)));
    QCOMPARE(records.size(), 1 + trace.hops.size());
    QCOMPARE(records.mid(1), traceTableRows(trace));
}

void TestExportActions::frames()
{
    openVotingPreset(2);
    const Trace &trace = m_window->classroom()->trace();
    QTemporaryDir dir;
    QString error;
    int written = 0;
    QVERIFY2(m_export->exportFrames(dir.path(), &error, &written), qPrintable(error));
    QCOMPARE(written, trace.hops.size());
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("frame-*.png")});
    QCOMPARE(files.size(), trace.hops.size());
    QCOMPARE(QImage(QDir(dir.path()).filePath(files.first())).size(), SceneRenderer::DefaultSize);
    // The window's own position is untouched by the export.
    QCOMPARE(m_window->classroom()->overlay().hop(), 2);
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
