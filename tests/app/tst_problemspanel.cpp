// The Problems panel: one row per diagnostic of the load (fixtures of tests/data/invalid/, the
// same that tst_lint checks line by line), sorting and the severity filter, the count in the
// dock's title; a click on a row shows the file read-only at the line and column; the entity a
// problem concerns is marked on the scene and selected; a failing hop names the problem.

#include "scene/clusterscene.h"
#include "scene/items/problemmarkitem.h"
#include "ui/classroom.h"
#include "document/clusterdocument.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/mainwindow.h"
#include "ui/panels/problemsmodel.h"
#include "ui/panels/problemspanel.h"
#include "ui/requestbar.h"
#include "ui/panels/sourceview.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace hopscope;
using namespace hopscope::app;

namespace {

const QString kData = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/");

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestProblemsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rows_data();
    void rows();
    void filterAndSort();
    void clickShowsReadOnlySource_data();
    void clickShowsReadOnlySource();
    void entityMarkedAndSelected();
    void shownWhenALoadHasErrors();
    void failingHopNamesTheProblem();
    void votingAppWithATypoInASelector();

private:
    QStringList shownRows() const;
    void clickRow(int row);

    MainWindow *m_window = nullptr;
};

void TestProblemsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings ("Watch files") go to a test place
}

void TestProblemsPanel::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestProblemsPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QStringList TestProblemsPanel::shownRows() const
{
    QStringList rows;
    const QAbstractItemModel *model = m_window->problemsPanel()->view()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        rows << QStringLiteral("%1 %2 %3")
                    .arg(model->index(r, ProblemsModel::SeverityColumn).data().toString(),
                         model->index(r, ProblemsModel::CodeColumn).data().toString(),
                         model->index(r, ProblemsModel::LocationColumn).data().toString());
    return rows;
}

void TestProblemsPanel::clickRow(int row)
{
    QTreeView *view = m_window->problemsPanel()->view();
    const QModelIndex index = view->model()->index(row, ProblemsModel::MessageColumn);
    QVERIFY(index.isValid());
    view->scrollTo(index);
    // A long message makes a tall row: click its part in view.
    const QRect shown = view->visualRect(index).intersected(view->viewport()->rect());
    QVERIFY(!shown.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, shown.center());
}

void TestProblemsPanel::rows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // severity code file:line:col, in load order

    QTest::newRow("A2.2 nodePort on type ClusterIP (nothing to draw)")
        << QStringLiteral("service-nodeport-on-clusterip.yaml")
        << QStringList{QStringLiteral("error service-invalid "
                                      "service-nodeport-on-clusterip.yaml:10:15")};
    QTest::newRow("tabs in the indentation, and what the file means read with spaces")
        << QStringLiteral("tab-indent.yaml")
        << QStringList{QStringLiteral("error tab-indent tab-indent.yaml:6:1"),
                       QStringLiteral("info repaired-reading tab-indent.yaml:6:1")};
    QTest::newRow("A3 selector matches no pods (drawn, with a warning)")
        << QStringLiteral("cluster/selector-no-pods.yaml")
        << QStringList{QStringLiteral("warning selector-no-pods selector-no-pods.yaml:29:5")};
}

void TestProblemsPanel::rows()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    m_window->openPaths({kData + file});
    QCOMPARE(shownRows(), expected);
    QCOMPARE(m_window->problemsPanel()->count(), expected.size());
    QCOMPARE(m_window->problemsDock()->windowTitle(),
             QStringLiteral("Problems (%1)").arg(expected.size()));
    // The message is there, and the hint as its second line and in the tooltip.
    const QAbstractItemModel *model = m_window->problemsPanel()->view()->model();
    const Diagnostic &first = m_window->document()->problems().first();
    const QString message = model->index(0, ProblemsModel::MessageColumn).data().toString();
    QVERIFY(message.startsWith(first.message));
    if (!first.hint.isEmpty()) {
        QVERIFY(message.contains(first.hint));
        QVERIFY(model->index(0, ProblemsModel::CodeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(first.hint.left(20).toHtmlEscaped()));
    }
}

void TestProblemsPanel::filterAndSort()
{
    // Tabs: an error, and an info saying what the file means read with spaces.
    m_window->openPaths({kData + QStringLiteral("tab-indent.yaml")});
    ProblemsPanel *panel = m_window->problemsPanel();
    const int all = panel->view()->model()->rowCount();
    int infos = 0;
    for (const Diagnostic &d : m_window->document()->problems())
        infos += d.severity == Severity::Info;
    QVERIFY(all > 1);
    QVERIFY(infos > 0);

    // Sorted by severity: errors first, infos last.
    panel->view()->sortByColumn(ProblemsModel::SeverityColumn, Qt::AscendingOrder);
    const QStringList sorted = shownRows();
    QVERIFY2(sorted.first().startsWith(QStringLiteral("error")), qPrintable(sorted.join(u'\n')));
    QVERIFY(sorted.last().startsWith(QStringLiteral("info")));
    panel->view()->sortByColumn(ProblemsModel::SeverityColumn, Qt::DescendingOrder);
    QVERIFY(shownRows().first().startsWith(QStringLiteral("info")));

    // The infos hidden by their button, and back.
    QToolButton *button = panel->severityButton(Severity::Info);
    QVERIFY(button->text().contains(QString::number(infos)));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(panel->view()->model()->rowCount(), all - infos);
    for (const QString &row : shownRows())
        QVERIFY(!row.startsWith(QStringLiteral("info")));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(panel->view()->model()->rowCount(), all);
}

void TestProblemsPanel::clickShowsReadOnlySource_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("A2.2 nodePort on type ClusterIP: the nodePort field")
        << QStringLiteral("service-nodeport-on-clusterip.yaml") << 10 << 15;
    QTest::newRow("A3 selector matches no pods: the selector")
        << QStringLiteral("cluster/selector-no-pods.yaml") << 29 << 5;
}

void TestProblemsPanel::clickShowsReadOnlySource()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString path = kData + file;
    const QByteArray before = digest(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    m_window->openPaths({path});
    m_window->problemsDock()->show();
    m_window->problemsDock()->raise();
    QTRY_VERIFY(m_window->problemsPanel()->view()->isVisible());
    clickRow(0);

    SourceView *source = m_window->problemsPanel()->sourceView();
    QCOMPARE(source->file(), path);
    QCOMPARE(source->currentLine(), line);
    QCOMPARE(source->markedLine(), line);
    QCOMPARE(source->markedColumn(), column);
    QCOMPARE(source->textCursor().positionInBlock(), column - 1);
    QVERIFY(source->isReadOnly());
    QCOMPARE(source->extraSelections().size(), 2); // the line, and the column on it
    // Typing changes nothing, in the view or on disk.
    const QString text = source->toPlainText();
    source->setFocus();
    QTest::keyClicks(source, QStringLiteral("oops"));
    QTest::keyClick(source, Qt::Key_Delete);
    QTest::keyClick(source, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(source->toPlainText(), text);
    QCOMPARE(digest(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestProblemsPanel::entityMarkedAndSelected()
{
    m_window->openPaths({kData + QStringLiteral("cluster/selector-no-pods.yaml")});
    const QString id = QStringLiteral("svc/default/myapp-service");
    ClusterScene *scene = m_window->scene();
    ProblemMarkItem *mark = scene->problemMarkOf(id);
    QVERIFY(mark);
    QCOMPARE(mark->mark().severity, Severity::Warning);
    SceneItem *item = scene->itemById(id);
    QVERIFY(item);
    QCOMPARE(mark->parentItem(), item);
    QVERIFY(mark->isVisible());
    QVERIFY(mark->toolTip().contains(QStringLiteral("selector-no-pods")));
    QVERIFY(item->toolTip().contains(QStringLiteral("selector-no-pods")));
    // Only that entity is marked (the pods have no problem).
    for (const QString &other : scene->ids())
        if (other != id)
            QVERIFY2(!scene->problemMarkOf(other), qPrintable(other));

    m_window->problemsDock()->show();
    m_window->problemsDock()->raise();
    QTRY_VERIFY(m_window->problemsPanel()->view()->isVisible());
    QVERIFY(scene->selectedItems().isEmpty());
    clickRow(0);
    QCOMPARE(scene->selectedItems(), QList<QGraphicsItem *>{item});
    keep(m_window, QStringLiteral("problems-selector-no-pods"));

    // Without problems the mark goes, and the item's tooltip is its own again.
    scene->setProblemMarks({});
    QVERIFY(!scene->problemMarkOf(id));
    QVERIFY2(!item->toolTip().contains(QStringLiteral("selector-no-pods")),
             qPrintable(item->toolTip()));
    QVERIFY(!item->toolTip().isEmpty());
}

void TestProblemsPanel::shownWhenALoadHasErrors()
{
    m_window->problemsDock()->hide();
    m_window->openPaths({kData + QStringLiteral("service-type-unsupported.yaml")});
    QVERIFY(m_window->problemsDock()->isVisible());
    QTRY_VERIFY(m_window->problemsPanel()->isVisible()); // in front of its tab neighbours
    QVERIFY(m_window->problemsDock()->windowTitle().startsWith(QStringLiteral("Problems (")));
}

void TestProblemsPanel::failingHopNamesTheProblem()
{
    m_window->openPaths({kData + QStringLiteral("cluster/selector-no-pods.yaml")});
    m_window->requestBar()->setSource(QStringLiteral("client"));
    m_window->requestBar()->setDestination(QStringLiteral("192.168.1.2:30008"));
    m_window->classroom()->send();
    const Trace &t = m_window->classroom()->trace();
    QVERIFY(!t.hops.isEmpty());
    QVERIFY(!t.delivered);
    const int failing = int(t.hops.size()) - 1;
    QVERIFY(t.hops[failing].failure);
    m_window->hopDetails()->setCurrentHop(failing);
    const QString text = m_window->hopDetails()->problemsText();
    QVERIFY2(text.contains(QStringLiteral("selector-no-pods")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("selector-no-pods.yaml:29:5")));
    m_window->hopDetails()->setCurrentHop(0); // the first hop does not fail: nothing cited
    QVERIFY(m_window->hopDetails()->problemsText().isEmpty());
}

// The voting app of ../shared/manifests with a typo in the vote Service's selector, as a student
// makes it: the Problems panel names it at the selector line, the Service is marked, and a
// request to its NodePort is REJECTed (A3: no endpoints) with the problem cited at that hop.
void TestProblemsPanel::votingAppWithATypoInASelector()
{
    const QString source = QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/example-voting-app");
    if (!QDir(source).exists())
        QSKIP("../shared/manifests/example-voting-app is absent");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : QDir(source).entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        QFile in(source + u'/' + name);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        if (name == u"vote-service.yaml")
            bytes.replace("  selector:\n    app: vote", "  selector:\n    app: voet");
        QFile out(dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    m_window->resize(1600, 1000);
    QVERIFY(m_window->openPaths({dir.path()}));
    const QString id = QStringLiteral("svc/default/vote");
    QTRY_VERIFY(m_window->scene()->problemMarkOf(id));
    int row = -1;
    const QAbstractItemModel *model = m_window->problemsPanel()->view()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ProblemsModel::CodeColumn).data().toString() == u"selector-no-pods")
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, ProblemsModel::LocationColumn).data().toString(),
             QStringLiteral("vote-service.yaml:15:5"));

    m_window->requestBar()->setSource(QStringLiteral("client"));
    m_window->requestBar()->setDestination(QStringLiteral("192.168.1.2:31000"));
    m_window->classroom()->send();
    const Trace &t = m_window->classroom()->trace();
    QVERIFY(!t.delivered);
    QVERIFY(!t.hops.isEmpty());
    QCOMPARE(t.hops.last().actionName(), QStringLiteral("REJECT"));
    m_window->hopDetails()->setCurrentHop(int(t.hops.size()) - 1);
    QVERIFY(m_window->hopDetails()->problemsText().contains(QStringLiteral("selector-no-pods")));

    m_window->problemsDock()->show();
    m_window->problemsDock()->raise();
    QTRY_VERIFY(m_window->problemsPanel()->view()->isVisible());
    clickRow(row);
    QCOMPARE(m_window->problemsPanel()->sourceView()->currentLine(), 15);
    keep(m_window, QStringLiteral("problems-voting-app"));
}

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
