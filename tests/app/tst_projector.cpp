// What a class sees on a projector: the window on a 1280×720 screen (the offscreen platform is
// given one), in English and Korean, in the normal window and in presentation mode (F5), at a
// DNAT hop of the NodePort preset. Nothing is cut: every visible label, line edit (its text or
// placeholder), combo box and button shows its whole text, and no toolbar hides items in its
// » menu. In presentation mode the drawing is zoomed in past the overview, the caption is whole,
// the "Esc leaves" hint and the minimap cover no text of the drawing. The Problems panel on the
// seed YAML shows every message whole in its row, also after its column was resized.
// HOPSCOPE_SCREENSHOT_DIR=… keeps the screens for a person to look at.

#include "core/model/trace.h"
#include "document/stepcontroller.h"
#include "i18n.h"
#include "resources.h"
#include "scene/clusterscene.h"
#include "scene/clusterview.h"
#include "scene/minimap.h"
#include "scene/traceoverlay.h"
#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/panels/hopdetailspanel.h"
#include "ui/panels/problemsmodel.h"
#include "ui/panels/problemspanel.h"
#include "ui/presentationcaption.h"
#include "ui/presentationmode.h"
#include "ui/requestbar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace hopscope;
using namespace hopscope::app;

namespace {

void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// Shown on screen: visible, with some room, and not in a hidden tab or dock.
bool onScreen(const QWidget *w)
{
    return w->isVisible() && !w->visibleRegion().isEmpty() && w->width() > 2;
}

QString where(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 (%2) \"%3\" %4 px wide")
        .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), text)
        .arg(w->width());
}

// The texts of the window's visible widgets that do not fit the widget showing them.
QStringList cutTexts(QWidget *window)
{
    QStringList cut;
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!onScreen(l) || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        if (l->textFormat() == Qt::RichText || Qt::mightBeRichText(l->text()))
            continue; // rich text labels are documents; their height is checked below
        const QRect room = l->contentsRect();
        if (l->wordWrap()) {
            if (l->heightForWidth(l->width()) > l->height() + 1)
                cut << where(l, l->text()) + QStringLiteral(" is taller than its label");
        } else {
            for (const QString &line : l->text().split(u'\n'))
                if (l->fontMetrics().horizontalAdvance(QString(line).remove(u'&')) >
                    room.width() + 1)
                    cut << where(l, line);
        }
    }
    for (QLineEdit *e : window->findChildren<QLineEdit *>()) {
        if (!onScreen(e) || qobject_cast<QComboBox *>(e->parentWidget()))
            continue;
        const QString text = e->text().isEmpty() ? e->placeholderText() : e->text();
        // The frame and the line edit's own margins (2 px each side, Qt's horizontalMargin).
        const int room = e->width() - 2 * e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) - 4;
        if (e->fontMetrics().horizontalAdvance(text) > room)
            cut << where(e, text);
    }
    for (QComboBox *c : window->findChildren<QComboBox *>()) {
        if (!onScreen(c) || c->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(c);
        option.editable = c->isEditable();
        const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, c);
        if (c->fontMetrics().horizontalAdvance(c->currentText()) > field.width() + 1)
            cut << where(c, c->currentText());
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!onScreen(b) || b->text().isEmpty() || b->inherits("QTabBar"))
            continue;
        if (b->sizeHint().width() > b->width() + 1)
            cut << where(b, b->text());
    }
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (bar->isVisible() && more && more->isVisible())
            cut << bar->windowTitle() + QStringLiteral(": items in the » menu");
    }
    return cut;
}

bool hangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// Lines that break inside a Korean word: one line ends with a Hangul syllable and the next
// starts with one (a break between words leaves the space at the end of the line).
QStringList brokenWords(const QList<QStringList> &paragraphs)
{
    QStringList broken;
    for (const QStringList &lines : paragraphs)
        for (int i = 1; i < lines.size(); ++i)
            if (!lines[i - 1].isEmpty() && !lines[i].isEmpty() && hangul(lines[i - 1].back()) &&
                hangul(lines[i].front()))
                broken << lines[i - 1] + QStringLiteral(" / ") + lines[i];
    return broken;
}

// A word-wrapped label's lines, as QLabel lays them out (QTextLayout, word boundary or anywhere).
QStringList labelLines(const QLabel *label)
{
    QTextLayout layout(label->text(), label->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(label->contentsRect().width());
        lines << label->text().mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return lines;
}

// The packet's label, as the view painted it last, covers none of the drawing's texts.
QString labelCovers(ClusterView *view)
{
    view->viewport()->repaint();
    const TraceOverlay *overlay = view->overlay();
    for (const QRectF &t : overlay->lastTexts()) {
        const QRectF o = overlay->lastLabelRect().intersected(t);
        if (o.width() > 0.5 && o.height() > 0.5)
            return QStringLiteral("the packet's label covers a text at %1,%2")
                .arg(t.x())
                .arg(t.y());
    }
    return overlay->lastTexts().isEmpty() ? QStringLiteral("no texts seen") : QString();
}

// The Problems rows whose message is taller, wrapped at its column's width as the style paints
// it (word wrap, the item's text margins), than the row showing it: the painter elides those.
QStringList elidedMessages(const QTreeView *view)
{
    QStringList cut;
    const QAbstractItemModel *model = view->model();
    const int column = ProblemsModel::MessageColumn;
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const qreal width = view->columnWidth(column) - 2 * margin;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        QString text = index.data().toString();
        text.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(text, view->font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
        const int shown = view->visualRect(index).height();
        if (qCeil(height) > shown)
            cut << QStringLiteral("row %1 (%2 px, needs %3 px at %4 px wide): %5")
                       .arg(row)
                       .arg(shown)
                       .arg(qCeil(height))
                       .arg(width)
                       .arg(text);
    }
    return cut;
}

int dnatHop(const Trace &trace)
{
    for (int i = 0; i < trace.hops.size(); ++i)
        if (trace.hops[i].action == HopAction::Dnat)
            return i;
    return -1;
}

} // namespace

class TestProjector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void nothingCut_data();
    void nothingCut();
    void problemsOnTheSeedYaml();
};

void TestProjector::initTestCase()
{
    ensureResources();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hopscope-test-projector"));
    QSettings().clear();
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(screen->geometry().size(), QSize(1280, 720));
}

void TestProjector::cleanup()
{
    installTranslators(QStringLiteral("en"), false);
    QSettings().clear();
}

void TestProjector::nothingCut_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

void TestProjector::nothingCut()
{
    QFETCH(QString, lang);
    installTranslators(lang, false);
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDemo(QStringLiteral("myapp")));
    Classroom *classroom = window.classroom();
    classroom->runPreset(3); // the NodePort: its DNAT hop has the longest explanation
    QTRY_VERIFY(!classroom->trace().hops.isEmpty());
    const int dnat = dnatHop(classroom->trace());
    QVERIFY(dnat > 0);
    classroom->controller()->jumpTo(dnat);
    QCoreApplication::processEvents();

    keep(&window, QStringLiteral("projector-window-%1").arg(lang));
    QStringList cut = cutTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    // Hop details' explanation wraps between words too, and it does wrap.
    auto *explanation = window.hopDetails()->findChild<QLabel *>(QStringLiteral("explanation"));
    QVERIFY(explanation && explanation->wordWrap());
    const QStringList explained = labelLines(explanation);
    QVERIFY(explained.size() >= 4);
    QStringList broken = brokenWords({explained});
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    // The rules of the hop beside the events (not a tab behind them), both shown.
    auto *events = window.findChild<QDockWidget *>(QStringLiteral("eventsDock"));
    auto *rules = window.findChild<QDockWidget *>(QStringLiteral("rulesDock"));
    QVERIFY(events && rules);
    QVERIFY(onScreen(events->widget()) && onScreen(rules->widget()));
    QVERIFY(!window.tabifiedDockWidgets(events).contains(rules));
    QVERIFY(rules->geometry().left() >= events->geometry().right());
    keep(rules, QStringLiteral("projector-rules-%1").arg(lang));
    // Every preset's title whole in the box.
    RequestBar *bar = window.requestBar();
    for (int i = 1; i < bar->presetBox()->count(); ++i) {
        bar->presetBox()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        cut = cutTexts(bar);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }
    bar->setCurrentPreset(3);

    QTest::keyClick(&window, Qt::Key_F5);
    PresentationMode *p = window.presentation();
    QVERIFY(p->isActive());
    QTRY_VERIFY(p->captionWidget()->isVisible());
    QTest::qWait(50); // the view fits after the caption took its room
    QCoreApplication::processEvents();
    keep(&window, QStringLiteral("projector-presenting-%1").arg(lang));
    cut = cutTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    // The caption whole, inside its widget, its Korean lines broken between words.
    for (const DrawnText &t : p->captionWidget()->texts())
        QVERIFY2(QRectF(p->captionWidget()->rect()).contains(t.rect), qPrintable(t.text));
    QVERIFY(p->captionWidget()->lines().size() >= 3);
    QVERIFY2(p->captionWidget()->pixelSize() >= 17, // read from the back of the room
             qPrintable(QString::number(p->captionWidget()->pixelSize())));
    broken = brokenWords(p->captionWidget()->lines());
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    // The drawing readable (not the far-away summary), the packet in view, the hint and the
    // minimap off the drawing.
    ClusterView *view = window.view();
    QVERIFY2(view->zoom() >= 0.5, qPrintable(QString::number(view->zoom())));
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(view->overlay()->packetScenePos()));
    QVERIFY(!window.miniMap()->isVisible());
    QString covers = labelCovers(view);
    QVERIFY2(covers.isEmpty(), qPrintable(covers));
    if (QLabel *hint = p->hint(); hint && hint->isVisible()) {
        const QRect onView(view->mapTo(&window, QPoint(0, 0)), view->size());
        QVERIFY(!QRect(hint->mapTo(&window, QPoint(0, 0)), hint->size()).intersects(onView));
    }
    // Stepping on to the last hop (the answer back at the client): the drawing follows.
    QTest::keyClick(&window, Qt::Key_End);
    QTRY_COMPARE(classroom->controller()->currentHop(), int(classroom->trace().hops.size()) - 1);
    QCoreApplication::processEvents();
    const QRectF later = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(later.contains(view->overlay()->packetScenePos()));
    QVERIFY(view->isFitted());
    QVERIFY(view->zoom() >= 0.5);
    keep(&window, QStringLiteral("projector-presenting-last-%1").arg(lang));
    covers = labelCovers(view);
    QVERIFY2(covers.isEmpty(), qPrintable(covers));
    // The other presets too: nothing cut while presenting.
    for (int i = 1; i < bar->presetBox()->count(); ++i) {
        bar->presetBox()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        cut = cutTexts(bar);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!p->isActive());
    QVERIFY(view->isFitted());
    QTRY_VERIFY(!window.miniMap()->isVisible()); // the whole drawing again: no map needed
}

void TestProjector::problemsOnTheSeedYaml()
{
    // The seed lesson's Service with its split ports list, in Korean, at 1280×720.
    installTranslators(QStringLiteral("ko"), false);
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPaths({QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/seed-service-definition.yml")});
    QTRY_VERIFY(window.problemsPanel()->isVisible() || window.problemsDock()->isVisible());
    window.problemsDock()->show();
    window.problemsDock()->raise();
    QCoreApplication::processEvents();
    keep(&window, QStringLiteral("projector-problems-ko"));
    QStringList cut = cutTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    // Every message whole in its row (issue 16 "Nothing cut"), also after the message column
    // became narrower and wider again.
    QTreeView *view = window.problemsPanel()->view();
    QVERIFY(view->model()->rowCount() >= 3);
    cut = elidedMessages(view);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    auto *split = window.problemsPanel()->findChild<QSplitter *>();
    QVERIFY(split);
    const QList<int> sizes = split->sizes();
    const int before = view->columnWidth(ProblemsModel::MessageColumn);
    split->setSizes({sizes[0] * 3 / 4, sizes[1] + sizes[0] / 4});
    QTRY_VERIFY(view->columnWidth(ProblemsModel::MessageColumn) < before);
    QCoreApplication::processEvents();
    cut = elidedMessages(view);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    keep(window.problemsPanel(), QStringLiteral("projector-problems-narrow-ko"));
    split->setSizes(sizes);
    QTRY_COMPARE(view->columnWidth(ProblemsModel::MessageColumn), before);
    QCoreApplication::processEvents();
    cut = elidedMessages(view);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

int main(int argc, char **argv)
{
    // A projector's screen: 1280×720 at 96 dpi, for the offscreen platform.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen720.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(R"({"screens":[{"name":"projector","x":0,"y":0,"width":1280,"height":720,)"
            R"("logicalDpi":96,"physicalDpi":96}]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestProjector test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projector.moc"
