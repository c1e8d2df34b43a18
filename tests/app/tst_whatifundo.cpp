// What-if edits in the window (offscreen): applied from the scene's context menu, undone and
// redone with Ctrl+Z / Ctrl+Shift+Z, each undo restoring the identical snapshot (operator==),
// with readable command names in the history; the manifests are never written.

#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/items/poditem.h"
#include "document/clusterdocument.h"
#include "ui/actions/entitymenu.h"
#include "ui/mainwindow.h"
#include "ui/actions/whatifactions.h"
#include "documentchanges.h"

#include "core/builder/clusterbuilder.h"
#include "core/objects/manifestreader.h"
#include "core/classroom/whatif.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace hopscope;
using namespace hopscope::app;

namespace {

const QString kFixture = QStringLiteral(HOPSCOPE_TEST_DATA "/valid/whatif/classroom.yaml");

ClusterSettings plainSettings()
{
    ClusterSettings s;
    s.systemObjects = ClusterSettings::SystemObjects::Never;
    return s;
}

// The action reached by a path of menu texts ("Type", "NodePort"), or null.
QAction *findAction(QMenu *menu, const QStringList &path)
{
    if (!menu || path.isEmpty())
        return nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() != path.first())
            continue;
        if (path.size() == 1)
            return a;
        return findAction(a->menu(), path.mid(1));
    }
    return nullptr;
}

QStringList menuTexts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            out << a->text();
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestWhatIfUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editMenuHasUndoAndRedo();
    void contextMenuOffers_data();
    void contextMenuOffers();
    void applyUndoRedo_data();
    void applyUndoRedo();
    void signalsTellTheStep();
    void manyEditsUndoneToTheStart();
    void refusedEditPushesNothing();
    void scaleThroughThePrompt();
    void entityUnderThePointer();
    void manifestsAreNeverWritten();
    void openingStartsANewHistory();

private:
    void pressUndo();
    void pressRedo();
    QString firstPod(const QString &owner) const;

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestWhatIfUndo::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("classroom.yaml"));
    QFile::remove(m_file);
    QVERIFY(QFile::copy(kFixture, m_file));
    auto *document = new ClusterDocument;
    document->setLoader([](const QStringList &paths, const ClusterSettings &) {
        return loadCluster(paths, plainSettings());
    });
    m_window = std::make_unique<MainWindow>(document);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openPaths({m_file}));
}

void TestWhatIfUndo::cleanup()
{
    m_window.reset();
}

void TestWhatIfUndo::pressUndo()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
}

void TestWhatIfUndo::pressRedo()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
}

QString TestWhatIfUndo::firstPod(const QString &owner) const
{
    for (const PodInfo &p : m_window->document()->cluster().pods)
        if (p.ownerName == owner)
            return p.id;
    return QString();
}

void TestWhatIfUndo::editMenuHasUndoAndRedo()
{
    WhatIfActions *actions = m_window->whatIfActions();
    QCOMPARE(actions->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(actions->redoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QMenu *edit = nullptr;
    for (QAction *a : m_window->menuBar()->actions())
        if (a->text() == MainWindow::tr("&Edit"))
            edit = a->menu();
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(actions->undoAction()));
    QVERIFY(edit->actions().contains(actions->redoAction()));
    QVERIFY(!actions->undoAction()->isEnabled()); // nothing to undo yet
}

void TestWhatIfUndo::contextMenuOffers_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("node") << "node/node-2" << QStringList{"Take node node-2 down"};
    QTest::newRow("Service: each policy and the type")
        << "svc/default/vote"
        << QStringList{"externalTrafficPolicy", "internalTrafficPolicy", "sessionAffinity", "Type"};
    QTest::newRow("bare pod: delete only")
        << "pod/default/debug" << QStringList{"Delete pod debug"};
}

void TestWhatIfUndo::contextMenuOffers()
{
    QFETCH(QString, entity);
    QFETCH(QStringList, texts);
    std::unique_ptr<QMenu> menu(m_window->entityMenu()->menuFor(entity));
    QVERIFY(menu);
    // The classroom's "Send request …" group comes first; the what-if group closes the menu.
    const QStringList all = menuTexts(menu.get());
    QVERIFY(all.size() >= texts.size());
    QCOMPARE(all.mid(all.size() - texts.size()), texts);
    // The current value is checked.
    if (entity.startsWith(u"svc/")) {
        QAction *nodePort = findAction(menu.get(), {"Type", "NodePort"});
        QVERIFY(nodePort && nodePort->isChecked());
        QVERIFY(!findAction(menu.get(), {"Type", "ClusterIP"})->isChecked());
    }
    // The client: nothing to change, only the classroom's "Send request from here".
    std::unique_ptr<QMenu> client(m_window->entityMenu()->menuFor(QStringLiteral("client")));
    QVERIFY(client);
    QCOMPARE(menuTexts(client.get()), QStringList{QStringLiteral("Send request from here")});
}

void TestWhatIfUndo::applyUndoRedo_data()
{
    QTest::addColumn<QString>("entity"); // "@vote": the first pod of vote
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("title");
    QTest::newRow("delete a Deployment's pod")
        << "@vote" << QStringList{"Delete pod @"} << "Delete pod @";
    QTest::newRow("scale a Deployment up by one")
        << "@vote" << QStringList{"Scale Deployment vote", "Add a replica (4)"}
        << "Scale Deployment vote to 4";
    QTest::newRow("take a node down")
        << "node/node-2" << QStringList{"Take node node-2 down"} << "Take node node-2 down";
    QTest::newRow("externalTrafficPolicy Local")
        << "svc/default/vote" << QStringList{"externalTrafficPolicy", "Local"}
        << "vote: externalTrafficPolicy Local";
    QTest::newRow("sessionAffinity ClientIP")
        << "svc/default/vote" << QStringList{"sessionAffinity", "ClientIP"}
        << "vote: sessionAffinity ClientIP";
    QTest::newRow("type NodePort")
        << "svc/default/db-rw" << QStringList{"Type", "NodePort"} << "db-rw: type NodePort";
}

void TestWhatIfUndo::applyUndoRedo()
{
    QFETCH(QString, entity);
    QFETCH(QStringList, path);
    QFETCH(QString, title);
    if (entity.startsWith(u'@')) {
        entity = firstPod(entity.mid(1));
        const QString name = entity.section(u'/', 2);
        path.replaceInStrings(QStringLiteral("@"), name);
        title.replace(u'@', name);
    }
    ClusterDocument *doc = m_window->document();
    QUndoStack *stack = doc->undoStack();
    const Cluster before = doc->cluster();

    std::unique_ptr<QMenu> menu(m_window->entityMenu()->menuFor(entity));
    QAction *action = findAction(menu.get(), path);
    QVERIFY2(action, qPrintable(path.join(u'>')));
    action->trigger();

    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->text(0), title); // the readable name in the history
    const Cluster after = doc->cluster();
    QVERIFY(!(after == before));
    QCOMPARE(m_window->scene()->cluster().pods.size(), after.pods.size()); // the scene follows
    QVERIFY(m_window->windowTitle().startsWith(u"Hopscope — classroom.yaml"));
    QVERIFY(m_window->whatIfActions()->historyDock()->isVisible());

    pressUndo();
    QCOMPARE(stack->index(), 0);
    QVERIFY(doc->cluster() == before); // the identical snapshot
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Hopscope — classroom.yaml"));

    pressRedo();
    QCOMPARE(stack->index(), 1);
    QVERIFY(doc->cluster() == after);
    // The command holds what core makes of the offered edit on the same cluster.
    bool found = false;
    for (const WhatIfOffer &offer : whatIfOffers(before, entity)) {
        if (offer.change.title() != title)
            continue;
        found = true;
        QVERIFY(applyWhatIf(before, offer.change, nullptr) == after);
    }
    QVERIFY(found);
}

void TestWhatIfUndo::signalsTellTheStep()
{
    ClusterDocument *doc = m_window->document();
    QSignalSpy changed(doc, &ClusterDocument::changed);
    const Cluster start = doc->cluster();
    const WhatIf edit = WhatIf::nodeDown(QStringLiteral("node/node-1"));
    QVERIFY(m_window->whatIfActions()->apply(edit));
    const Cluster down = doc->cluster();
    pressUndo();
    pressRedo();
    QCOMPARE(changed.size(), 3);
    const QList<DocumentChange> steps = test::changes(changed);
    QCOMPARE(steps.size(), 3);
    const QList<DocumentChange::Step> expected{DocumentChange::Step::Applied,
                                               DocumentChange::Step::Undone,
                                               DocumentChange::Step::Redone};
    const QList<Cluster> previous{start, down, start};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(steps[i].kind == DocumentChange::Kind::WhatIfStep);
        QVERIFY(steps[i].edit == edit);
        QVERIFY(steps[i].step == expected[i]);
        QVERIFY(steps[i].before && *steps[i].before == previous[i]);
    }
}

void TestWhatIfUndo::manyEditsUndoneToTheStart()
{
    ClusterDocument *doc = m_window->document();
    const Cluster start = doc->cluster();
    const QList<WhatIf> edits{
        WhatIf::deletePod(firstPod(QStringLiteral("vote"))),
        WhatIf::nodeDown(QStringLiteral("node/node-3")),
        WhatIf::scale(QStringLiteral("StatefulSet/default/db"), 3),
        WhatIf::serviceType(QStringLiteral("svc/default/vote"), QStringLiteral("LoadBalancer")),
        WhatIf::nodeUp(QStringLiteral("node/node-3")),
    };
    QList<Cluster> snapshots{start};
    for (const WhatIf &w : edits) {
        QVERIFY2(m_window->whatIfActions()->apply(w), qPrintable(w.toString()));
        snapshots << doc->cluster();
    }
    QUndoStack *stack = doc->undoStack();
    QCOMPARE(stack->count(), edits.size());
    for (int i = 0; i < edits.size(); ++i)
        QCOMPARE(stack->text(i), edits[i].title());
    for (qsizetype i = edits.size(); i > 0; --i) {
        pressUndo();
        QVERIFY2(doc->cluster() == snapshots[i - 1], qPrintable(QString::number(i)));
    }
    for (qsizetype i = 1; i <= edits.size(); ++i) {
        pressRedo();
        QVERIFY2(doc->cluster() == snapshots[i], qPrintable(QString::number(i)));
    }
}

void TestWhatIfUndo::refusedEditPushesNothing()
{
    ClusterDocument *doc = m_window->document();
    const Cluster before = doc->cluster();
    QSignalSpy refused(doc, &ClusterDocument::whatIfRefused);
    std::unique_ptr<QMenu> menu(
        m_window->entityMenu()->menuFor(QStringLiteral("svc/default/db-rw")));
    QAction *local = findAction(menu.get(), {"externalTrafficPolicy", "Local"});
    QVERIFY(local);
    local->trigger();
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(doc->cluster() == before);
    QCOMPARE(refused.size(), 1);
    // A2.2: the API server's text, verbatim, in the status bar.
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("The Service \"db-rw\" is invalid: spec.externalTrafficPolicy: "
                            "Invalid value: \"Local\": may only be set for externally-accessible "
                            "services"));
}

void TestWhatIfUndo::scaleThroughThePrompt()
{
    WhatIfActions *actions = m_window->whatIfActions();
    QString asked;
    actions->setReplicaPrompt([&asked](const QString &workload, int current) {
        asked = workload + u' ' + QString::number(current);
        return std::optional<int>(0);
    });
    std::unique_ptr<QMenu> menu(m_window->entityMenu()->menuFor(firstPod("db")));
    QAction *set = findAction(menu.get(), {"Scale StatefulSet db", "Set Replicas…"});
    QVERIFY(set);
    set->trigger();
    QCOMPARE(asked, QStringLiteral("StatefulSet db 2"));
    QCOMPARE(m_window->document()->undoStack()->text(0),
             QStringLiteral("Scale StatefulSet db to 0"));
    for (const PodInfo &p : m_window->document()->cluster().pods)
        QVERIFY(p.ownerName != u"db");
}

void TestWhatIfUndo::entityUnderThePointer()
{
    // The context menu is for the entity under the pointer: a pod's box, a node's header.
    ClusterView *view = m_window->view();
    view->fitToView();
    const QString pod = firstPod(QStringLiteral("vote"));
    SceneItem *item = m_window->scene()->itemById(pod);
    QVERIFY(item);
    const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
    QCOMPARE(m_window->entityMenu()->entityAt(at), pod);
    QCOMPARE(EntityContextMenu::entityOf(item), pod);
}

void TestWhatIfUndo::manifestsAreNeverWritten()
{
    const QByteArray hash = fileHash(m_file);
    const QDateTime modified = QFileInfo(m_file).lastModified();
    WhatIfActions *actions = m_window->whatIfActions();
    QVERIFY(actions->apply(WhatIf::deletePod(firstPod(QStringLiteral("vote")))));
    QVERIFY(actions->apply(
        WhatIf::serviceType(QStringLiteral("svc/default/db-rw"), QStringLiteral("NodePort"))));
    pressUndo();
    pressRedo();
    QCOMPARE(fileHash(m_file), hash);
    QCOMPARE(QFileInfo(m_file).lastModified(), modified);
}

void TestWhatIfUndo::openingStartsANewHistory()
{
    ClusterDocument *doc = m_window->document();
    QVERIFY(m_window->whatIfActions()->apply(WhatIf::nodeDown(QStringLiteral("node/node-2"))));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(doc->reload());
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(doc->cluster().node(QStringLiteral("node-2"))->ready);
}

QTEST_MAIN(TestWhatIfUndo)
#include "tst_whatifundo.moc"
