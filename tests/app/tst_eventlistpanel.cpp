// The event list's Packet Tracer habits: every row coloured by its hop's kind (core's hopKind,
// not the action's text), a legend of the kinds that filters the rows, and the playback speeds
// 0.25× and 0.5× besides 1–4×.

#include "document/stepcontroller.h"
#include "ui/classroom.h"
#include "ui/mainwindow.h"
#include "ui/panels/eventlistpanel.h"
#include "ui/playbackbar.h"

#include <QComboBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace hopscope;
using namespace hopscope::app;

class TestEventListPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsColouredByKind_data();
    void rowsColouredByKind();
    void legendFiltersByKind();
    void slowSpeeds();
};

void TestEventListPanel::rowsColouredByKind_data()
{
    QTest::addColumn<int>("preset");
    QTest::newRow("client to pod IP: a failure") << 0;
    QTest::newRow("node-1 to a pod on node-2: VXLAN both ways") << 2;
    QTest::newRow("NodePort: DNAT, SNAT, un-DNAT") << 3;
}

void TestEventListPanel::rowsColouredByKind()
{
    QFETCH(int, preset);
    MainWindow w;
    QVERIFY(w.openDemo());
    w.classroom()->runPreset(preset);
    const Trace &trace = w.classroom()->trace();
    EventListModel *model = w.eventList()->model();
    QCOMPARE(model->rowCount(), trace.hops.size());
    QSet<int> kinds;
    for (int row = 0; row < model->rowCount(); ++row) {
        const HopKind kind = hopKind(trace.hops[row]);
        kinds << int(kind);
        // The swatch of the number column is the kind's colour, the row tinted for it.
        QCOMPARE(model->index(row, 0).data(Qt::DecorationRole).value<QColor>(),
                 EventListModel::kindColor(kind));
        if (kind != HopKind::SendRoute)
            QCOMPARE(model->index(row, 2).data(Qt::BackgroundRole).value<QColor>(),
                     EventListModel::kindRowFill(kind));
        // The legend has the same colour for the kind.
        QVERIFY(w.eventList()->kindButton(kind)->text() == hopKindLabel(kind));
    }
    if (preset == 0)
        QVERIFY(kinds.contains(int(HopKind::Failure)));
    if (preset == 2)
        QVERIFY(kinds.contains(int(HopKind::Vxlan)) && kinds.contains(int(HopKind::Reply)));
    if (preset == 3)
        QVERIFY(kinds.contains(int(HopKind::Dnat)) && kinds.contains(int(HopKind::Deliver)));
    // Every kind has its own colour.
    QSet<QRgb> colours;
    for (int k = 0; k < HopKindCount; ++k)
        colours << EventListModel::kindColor(HopKind(k)).rgb();
    QCOMPARE(colours.size(), HopKindCount);
}

void TestEventListPanel::legendFiltersByKind()
{
    MainWindow w;
    QVERIFY(w.openDemo());
    w.classroom()->runPreset(3);
    EventListPanel *events = w.eventList();
    const Trace &trace = w.classroom()->trace();
    auto shownRows = [&] {
        QList<int> rows;
        for (int r = 0; r < trace.hops.size(); ++r)
            if (events->isRowShown(r))
                rows << r;
        return rows;
    };
    QCOMPARE(shownRows().size(), trace.hops.size());
    // Only the DNAT / un-DNAT events: the legend's other buttons off.
    for (int k = 0; k < HopKindCount; ++k)
        if (HopKind(k) != HopKind::Dnat)
            QTest::mouseClick(events->kindButton(HopKind(k)), Qt::LeftButton);
    QList<int> expected;
    for (int r = 0; r < trace.hops.size(); ++r)
        if (hopKind(trace.hops[r]) == HopKind::Dnat)
            expected << r;
    QVERIFY(expected.size() >= 2); // DNAT on the way, un-DNAT on the way back
    QCOMPARE(shownRows(), expected);
    // A new trace keeps the filter.
    w.classroom()->runPreset(3, 1);
    QVERIFY(!shownRows().isEmpty());
    for (int r : shownRows())
        QCOMPARE(hopKind(w.classroom()->trace().hops[r]), HopKind::Dnat);
    events->setKindShown(HopKind::SendRoute, true);
    QVERIFY(shownRows().size() > expected.size());
}

void TestEventListPanel::slowSpeeds()
{
    MainWindow w;
    auto *speed = w.playbackBar()->findChild<QComboBox *>(QStringLiteral("speed"));
    QVERIFY(speed);
    QList<qreal> speeds;
    for (int i = 0; i < speed->count(); ++i)
        speeds << speed->itemData(i).toReal();
    QCOMPARE(speeds, (QList<qreal>{0.25, 0.5, 1.0, 1.5, 2.0, 4.0}));
    QCOMPARE(speed->itemText(0), QStringLiteral("0.25×"));
    speed->setCurrentIndex(0);
    Q_EMIT speed->activated(0);
    QCOMPARE(w.classroom()->controller()->speed(), 0.25);
}

QTEST_MAIN(TestEventListPanel)
#include "tst_eventlistpanel.moc"
