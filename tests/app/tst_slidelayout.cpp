// What the class reads: for every hop of the lesson's six scenarios on the two bundled demos,
// in English and Korean, at the projector sizes 1280x720 and 1920x1080 with the caption on,
// the layout report of the picture (what `render --layout-json` writes) has a caption, no
// callout over a text of the drawing, nothing of a callout, the caption or the legend elided,
// and everything inside the picture; the path lines and lit-up rings pass under the drawing's
// texts with a halo (no pixel of a text or its halo changes when the trace is drawn). Also:
// the placement routine itself, the leader line of a moved callout, and `render --layout-json`
// / `--caption` / `--frames` on the command line.

#include "clitestsupport.h"
#include "core/trace/tracer.h"
#include "document/clusterdocument.h"
#include "i18n.h"
#include "scene/calloutplacer.h"
#include "scene/clusterscene.h"
#include "scene/hopcaption.h"
#include "scene/scenerenderer.h"
#include "scene/traceframes.h"
#include "scene/traceoverlay.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hopscope;
using namespace hopscope::app;

namespace {

struct Scenario
{
    const char *name;
    const char *demo;
    const char *from;
    const char *to;
};

// The seed lesson's scenarios, in its order.
const Scenario Scenarios[] = {
    {"client to pod IP (fails)", "myapp", "client", "10.244.1.2:80"},
    {"node-1 to pod", "myapp", "node/node-1", "10.244.1.2:80"},
    {"client to NodePort 30008", "myapp", "client", "192.168.1.2:30008"},
    {"pod to back-end:80 by DNS", "myapp", "myapp", "back-end:80"},
    {"voting app NodePort 30035", "voting-app", "client", "192.168.56.70:30035"},
    {"load balancer", "voting-app", "client", "198.51.100.1:80"},
};

QString describe(const DrawnText &t)
{
    const QRectF &r = t.rect;
    return QStringLiteral("%1 %2 \"%3\" [%4,%5 %6x%7]")
        .arg(DrawnText::kindName(t.kind), t.id, t.text.left(60))
        .arg(r.x(), 0, 'f', 0)
        .arg(r.y(), 0, 'f', 0)
        .arg(r.width(), 0, 'f', 0)
        .arg(r.height(), 0, 'f', 0);
}

} // namespace

class TestSlideLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void placerTakesFirstFreeCandidate();
    void placerFallsBackToLeastOverlap();
    void everyHopReadable_data();
    void everyHopReadable();
    void pathsPassUnderTexts_data();
    void pathsPassUnderTexts();
    void movedCalloutHasLeaderLine();
    void captionMarksChangedFields();
    void commandWritesLayoutJson();
    void commandFramesHaveCaptions_data();
    void commandFramesHaveCaptions();

private:
    qint64 m_elapsed = 0;
};

void TestSlideLayout::initTestCase()
{
    installTranslators(QStringLiteral("en"), false);
}

void TestSlideLayout::cleanupTestCase()
{
    installTranslators(QStringLiteral("en"), false);
    qInfo("every hop of the six scenarios drawn and checked in %lld ms", m_elapsed);
}

void TestSlideLayout::placerTakesFirstFreeCandidate()
{
    CalloutPlacer placer(QRectF(0, 0, 1000, 1000));
    placer.addText(QRectF(100, 100, 200, 40)); // over the first candidate
    const QList<QRectF> candidates = {QRectF(120, 110, 50, 20), QRectF(400, 400, 50, 20),
                                      QRectF(600, 600, 50, 20)};
    QCOMPARE(placer.place(candidates), QRectF(400, 400, 50, 20));
    // What was placed is occupied from then on.
    QCOMPARE(placer.place({QRectF(410, 405, 50, 20), QRectF(600, 600, 50, 20)}),
             QRectF(600, 600, 50, 20));
}

void TestSlideLayout::placerFallsBackToLeastOverlap()
{
    CalloutPlacer placer(QRectF(0, 0, 1000, 1000));
    placer.addText(QRectF(0, 0, 1000, 500));
    placer.addText(QRectF(0, 500, 1000, 500));
    // Both cover text: the one covering less of it (a sliver of the first).
    const QRectF least = placer.place({QRectF(100, 400, 100, 200), QRectF(100, 480, 100, 40)});
    QCOMPARE(least, QRectF(100, 480, 100, 40));
    // Kept inside the room (6 px in from its edges).
    CalloutPlacer edge(QRectF(0, 0, 200, 200));
    QCOMPARE(edge.place({QRectF(180, -30, 50, 20)}), QRectF(144, 6, 50, 20));
}

void TestSlideLayout::everyHopReadable_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QSize>("size");
    for (int i = 0; i < int(std::size(Scenarios)); ++i)
        for (const char *lang : {"en", "ko"})
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
                QTest::addRow("%s, %s, %dx%d", Scenarios[i].name, lang, size.width(), size.height())
                    << i << QString::fromLatin1(lang) << size;
}

void TestSlideLayout::everyHopReadable()
{
    QFETCH(int, scenario);
    QFETCH(QString, lang);
    QFETCH(QSize, size);
    QElapsedTimer clock;
    clock.start();
    installTranslators(lang, false);
    const Scenario &s = Scenarios[scenario];
    ClusterDocument document;
    QVERIFY(document.openDemo(QString::fromLatin1(s.demo)));
    ClusterScene scene;
    scene.setCluster(document.cluster());
    TraceRequest request;
    request.from = QString::fromLatin1(s.from);
    request.to = QString::fromLatin1(s.to);
    TraceSession session(document.cluster());
    const Trace trace = session.trace(request);
    QVERIFY(trace.problems.isEmpty());
    QVERIFY(trace.hops.size() >= 2);
    const QRectF picture(QPointF(0, 0), QSizeF(size));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    TraceOverlay overlay = TraceFrames::overlayAt(trace, document.cluster(), scene, 0);
    int moved = 0;
    for (int hop = 0; hop < trace.hops.size(); ++hop) {
        overlay.setPosition(hop, 1.0);
        const HopCaption caption =
            HopCaption::make(trace, hop, HopCaption::lessonNote(document.lesson(), request, hop));
        QList<DrawnText> texts;
        RenderExtras extras;
        extras.overlay = &overlay;
        extras.caption = &caption;
        extras.texts = &texts;
        QPainter painter(&image);
        SceneRenderer::render(scene, &painter, picture, extras);
        painter.end();

        QList<DrawnText> labels, callouts, captions;
        int legend = 0;
        for (const DrawnText &t : std::as_const(texts)) {
            const QString where = QStringLiteral("hop %1: %2").arg(hop + 1).arg(describe(t));
            QVERIFY2(picture.adjusted(-1, -1, 1, 1).contains(t.rect), qPrintable(where));
            if (t.kind != DrawnText::Kind::Label)
                QVERIFY2(!t.elided, qPrintable(where + QStringLiteral(" is elided")));
            switch (t.kind) {
            case DrawnText::Kind::Label:
                labels << t;
                break;
            case DrawnText::Kind::Legend:
                labels << t; // the legend is text to keep clear of too
                ++legend;
                break;
            case DrawnText::Kind::Callout:
                callouts << t;
                break;
            case DrawnText::Kind::Caption:
                captions << t;
                break;
            }
        }
        QVERIFY2(labels.size() > 20, qPrintable(QString::number(labels.size())));
        QVERIFY(legend > 5);
        QVERIFY2(!captions.isEmpty(),
                 qPrintable(QStringLiteral("hop %1: no caption").arg(hop + 1)));
        QVERIFY(captions.first().text.contains(QStringLiteral("%1").arg(hop + 1)));
        QVERIFY(!callouts.isEmpty()); // the packet's label at least
        for (const DrawnText &c : std::as_const(callouts)) {
            for (const DrawnText &l : std::as_const(labels)) {
                const QRectF overlap = c.rect.intersected(l.rect);
                QVERIFY2(overlap.width() <= 0.5 || overlap.height() <= 0.5,
                         qPrintable(QStringLiteral("hop %1: %2 covers %3")
                                        .arg(hop + 1)
                                        .arg(describe(c), describe(l))));
            }
            for (const DrawnText &t : std::as_const(captions))
                QVERIFY2(!c.rect.intersects(t.rect), qPrintable(describe(c)));
        }
        moved += overlay.lastTexts().isEmpty() ? 0 : 1;
    }
    QCOMPARE(moved, int(trace.hops.size())); // the overlay saw the drawing's texts every time
    m_elapsed += clock.elapsed();
}

void TestSlideLayout::pathsPassUnderTexts_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QSize>("size");
    for (int i = 0; i < int(std::size(Scenarios)); ++i)
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
            QTest::addRow("%s, %dx%d", Scenarios[i].name, size.width(), size.height()) << i << size;
}

void TestSlideLayout::pathsPassUnderTexts()
{
    // Issue 13: path lines pass under the drawing's texts with a halo: no pixel of a text or of
    // the clear margin around it changes when the trace is drawn over the cluster, at any hop,
    // but where a callout or the packet itself sits (they are placed off the texts and checked
    // by everyHopReadable) or a lit-up ring.
    QFETCH(int, scenario);
    QFETCH(QSize, size);
    const Scenario &s = Scenarios[scenario];
    ClusterDocument document;
    QVERIFY(document.openDemo(QString::fromLatin1(s.demo)));
    ClusterScene scene;
    scene.setCluster(document.cluster());
    TraceRequest request;
    request.from = QString::fromLatin1(s.from);
    request.to = QString::fromLatin1(s.to);
    TraceSession session(document.cluster());
    const Trace trace = session.trace(request);
    QVERIFY(trace.hops.size() >= 2);
    const QRectF picture(QPointF(0, 0), QSizeF(size));
    QImage plain(size, QImage::Format_ARGB32_Premultiplied);
    QList<DrawnText> labels;
    {
        RenderExtras extras;
        extras.texts = &labels;
        QPainter painter(&plain);
        SceneRenderer::render(scene, &painter, picture, extras);
    }
    QVERIFY(labels.size() > 20);
    const qreal halo = TraceOverlay::textHalo();
    TraceOverlay overlay = TraceFrames::overlayAt(trace, document.cluster(), scene, 0);
    QImage traced(size, QImage::Format_ARGB32_Premultiplied);
    int crossings = 0; // texts the path goes by at all: the check has something to see
    for (int hop = 0; hop < trace.hops.size(); ++hop) {
        overlay.setPosition(hop, 1.0);
        QPainter painter(&traced);
        SceneRenderer::render(scene, &painter, picture, &overlay);
        painter.end();
        QList<QRectF> placed; // the callouts and the packet, with their frames
        for (const DrawnText &c : overlay.lastCallouts())
            placed << c.rect.adjusted(-3, -3, 3, 3);
        placed << QRectF(overlay.lastPacketCenter() - QPointF(40, 30), QSizeF(80, 60));
        // The lit-up rings are not cut (a node port's ring would vanish between its
        // neighbours' texts): their band is not checked.
        auto onRing = [&overlay](const QPointF &at) {
            for (const QRectF &r : {overlay.lastLitArea(), overlay.lastServiceArea()})
                if (!r.isNull() && r.adjusted(-10, -10, 10, 10).contains(at) &&
                    !r.adjusted(10, 10, -10, -10).contains(at))
                    return true;
            return false;
        };
        for (const DrawnText &l : std::as_const(labels)) {
            const QRect around = l.rect.adjusted(-halo, -halo, halo, halo)
                                     .toAlignedRect()
                                     .intersected(traced.rect());
            int changed = 0;
            for (int y = around.top(); y <= around.bottom(); ++y)
                for (int x = around.left(); x <= around.right(); ++x) {
                    if (plain.pixel(x, y) == traced.pixel(x, y))
                        continue;
                    const QPointF at(x + 0.5, y + 0.5);
                    if (std::none_of(placed.cbegin(), placed.cend(),
                                     [&](const QRectF &r) { return r.contains(at); }) &&
                        !onRing(at))
                        ++changed;
                }
            QVERIFY2(changed == 0, qPrintable(QStringLiteral("hop %1: %2 px of the halo of %3 "
                                                             "painted over")
                                                  .arg(hop + 1)
                                                  .arg(changed)
                                                  .arg(describe(l))));
            // Just outside the halo: does a line pass there?
            const QRect outside = around.adjusted(-4, -4, 4, 4).intersected(traced.rect());
            for (int x = outside.left(); x <= outside.right() && outside.height() > 0; ++x)
                if (plain.pixel(x, outside.top()) != traced.pixel(x, outside.top()) ||
                    plain.pixel(x, outside.bottom()) != traced.pixel(x, outside.bottom())) {
                    ++crossings;
                    break;
                }
        }
    }
    if (scenario == 2) // the NodePort walk goes by node names, addresses and pod names
        QVERIFY2(crossings > 0, "the path passed by no text: nothing was checked");
}

void TestSlideLayout::movedCalloutHasLeaderLine()
{
    // Along the pod → Service by DNS walk some hops rest where the packet's label cannot sit
    // beside its packet without covering a text: it moves off, with a leader line back.
    ClusterDocument document;
    QVERIFY(document.openDemo(QStringLiteral("myapp")));
    ClusterScene scene;
    scene.setCluster(document.cluster());
    TraceSession session(document.cluster());
    TraceRequest request;
    request.from = QStringLiteral("myapp");
    request.to = QStringLiteral("back-end:80");
    const Trace trace = session.trace(request);
    TraceOverlay overlay = TraceFrames::overlayAt(trace, document.cluster(), scene, 0);
    int leaders = 0;
    QImage image(QSize(1280, 720), QImage::Format_ARGB32_Premultiplied);
    for (int hop = 0; hop < trace.hops.size(); ++hop) {
        overlay.setPosition(hop, 1.0);
        QPainter painter(&image);
        SceneRenderer::render(scene, &painter, QRectF(0, 0, 1280, 720), &overlay);
        painter.end();
        QVERIFY(!overlay.lastTexts().isEmpty());
        // The label covers none of the drawing's texts, moved or not.
        for (const QRectF &t : overlay.lastTexts()) {
            const QRectF o = overlay.lastLabelRect().intersected(t);
            QVERIFY2(o.width() <= 0.5 || o.height() <= 0.5, qPrintable(QString::number(hop)));
        }
        leaders += overlay.lastLeaderCount();
    }
    QVERIFY2(leaders > 0, "no callout of this trace was moved off its packet");
}

void TestSlideLayout::captionMarksChangedFields()
{
    installTranslators(QStringLiteral("en"), false);
    ClusterDocument document;
    QVERIFY(document.openDemo(QStringLiteral("myapp")));
    TraceSession session(document.cluster());
    TraceRequest request;
    request.from = QStringLiteral("client");
    request.to = QStringLiteral("192.168.1.2:30008");
    const Trace trace = session.trace(request);
    int dnat = -1;
    for (int i = 0; i < trace.hops.size(); ++i)
        if (trace.hops[i].actionName() == u"DNAT")
            dnat = i;
    QVERIFY(dnat >= 0);
    const HopCaption c = HopCaption::make(trace, dnat, QStringLiteral("note"));
    QVERIFY(
        c.heading.startsWith(QStringLiteral("Hop %1 of %2").arg(dnat + 1).arg(trace.hops.size())));
    QVERIFY(c.heading.contains(QStringLiteral("DNAT")));
    QVERIFY(!c.after.isEmpty());
    QStringList changed;
    for (const HopCaption::Part &p : c.after)
        if (p.changed)
            changed << p.text;
    // The destination's address and port were rewritten, and only they.
    QCOMPARE(changed, QStringList({trace.hops[dnat].after.dstIP,
                                   QString::number(trace.hops[dnat].after.dstPort)}));
    for (const HopCaption::Part &p : c.before)
        QVERIFY(!p.changed);
    QCOMPARE(c.note, QStringLiteral("note"));
    QCOMPARE(c.explanation, trace.hops[dnat].explanation);
}

void TestSlideLayout::commandWritesLayoutJson()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("slide.png"));
    const QString json = dir.filePath(QStringLiteral("slide.json"));
    const auto run = testing::runHopscope(
        {QStringLiteral("render"),
         QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo/"
                                           "myapp.lesson.yaml"),
         QStringLiteral("--to"), QStringLiteral("192.168.1.2:30008"), QStringLiteral("--step"),
         QStringLiteral("4"), QStringLiteral("--caption"), QStringLiteral("--size"),
         QStringLiteral("1280x720"), QStringLiteral("-o"), png, QStringLiteral("--layout-json"),
         json, QStringLiteral("--lang"), QStringLiteral("ko")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(1280, 720));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("size")).toArray(), QJsonArray({1280, 720}));
    QSet<QString> kinds;
    bool note = false;
    bool heading = false;
    for (const QJsonValue &v : root.value(QStringLiteral("texts")).toArray()) {
        const QJsonObject t = v.toObject();
        kinds << t.value(QStringLiteral("kind")).toString();
        QCOMPARE(t.value(QStringLiteral("rect")).toArray().size(), 4);
        QVERIFY(t.value(QStringLiteral("elided")).isBool());
        QVERIFY(!t.value(QStringLiteral("id")).toString().isEmpty());
        const QString text = t.value(QStringLiteral("text")).toString();
        // The lesson's note for the request, and the hop in Korean.
        note = note || text.contains(QStringLiteral("kube-proxy"));
        heading = heading || text.contains(QStringLiteral("4/"));
    }
    QCOMPARE(kinds, QSet<QString>({QStringLiteral("label"), QStringLiteral("legend"),
                                   QStringLiteral("callout"), QStringLiteral("caption")}));
    QVERIFY(note);
    QVERIFY(heading);
    // Without a picture to describe: a usage error.
    const auto usage = testing::runHopscope(
        {QStringLiteral("render"),
         QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo/"
                                           "myapp.yaml"),
         QStringLiteral("--frames"), dir.filePath(QStringLiteral("f")), QStringLiteral("--to"),
         QStringLiteral("10.244.1.2:80"), QStringLiteral("--layout-json"), json});
    QCOMPARE(usage.exitCode, 2);
}

void TestSlideLayout::commandFramesHaveCaptions_data()
{
    QTest::addColumn<bool>("caption");
    QTest::newRow("--frames: captions by default") << true;
    QTest::newRow("--frames --no-caption: the drawing alone") << false;
}

void TestSlideLayout::commandFramesHaveCaptions()
{
    QFETCH(bool, caption);
    QTemporaryDir dir;
    QStringList args = {QStringLiteral("render"),
                        QStringLiteral(HOPSCOPE_TEST_DATA "/../../resources/demo/myapp.yaml"),
                        QStringLiteral("--from"),
                        QStringLiteral("node/node-1"),
                        QStringLiteral("--to"),
                        QStringLiteral("10.244.1.2:80"),
                        QStringLiteral("--size"),
                        QStringLiteral("640x360"),
                        QStringLiteral("--frames"),
                        dir.path()};
    if (!caption)
        args << QStringLiteral("--no-caption");
    QCOMPARE(testing::runHopscope(args).exitCode, 0);
    const QImage first(dir.filePath(QStringLiteral("frame-001.png")));
    QVERIFY(!first.isNull());
    // The caption band's rule: a dark line across the whole width, near the bottom.
    int ruled = 0;
    for (int y = first.height() / 2; y < first.height(); ++y) {
        int dark = 0;
        for (int x = 0; x < first.width(); x += 8)
            dark += qGray(first.pixel(x, y)) < 60 ? 1 : 0;
        if (dark == (first.width() + 7) / 8)
            ++ruled;
    }
    QCOMPARE(ruled > 0, caption);
}

QTEST_MAIN(TestSlideLayout)
#include "tst_slidelayout.moc"
