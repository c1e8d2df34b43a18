// The picture `hopscope render` writes: the same scene as the window, fitted to a size, as a PNG
// that decodes and is not blank, or an SVG document.

#include "clitestsupport.h"
#include "scene/clusterscene.h"
#include "scene/scenerenderer.h"
#include "testcluster.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace hopscope;
using namespace hopscope::app;

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void png_data();
    void png();
    void svg();
    void emptySceneDrawsOnlyBackground();
    void rejectsUnknownExtension();
    void commandRendersManifests_data();
    void commandRendersManifests();
    void commandFailsOnBrokenManifests();
    void commandUsageErrors_data();
    void commandUsageErrors();

private:
    // Set HOPSCOPE_SCREENSHOT_DIR to keep the pictures for a person to look at.
    static void keep(const QImage &image, const QString &name)
    {
        const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            image.save(dir + u'/' + name + QStringLiteral(".png"));
    }
};

void TestRender::png_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("detailed"); // large enough for badges and sockets
    QTest::newRow("default 1600x1000") << QSize(1600, 1000) << "demo" << true;
    QTest::newRow("small 800x500: node summaries") << QSize(800, 500) << "demo" << false;
    QTest::newRow("Hangul pod name") << QSize(1600, 1000) << "ko" << true;
    QTest::newRow("collapsed replicas, Pending pods") << QSize(1600, 1000) << "crowded" << true;
    QTest::newRow("twelve nodes") << QSize(1600, 1000) << "grid" << true;
    QTest::newRow("myapp-service hovered") << QSize(1600, 1000) << "hover" << true;
}

void TestRender::png()
{
    QFETCH(QSize, size);
    QFETCH(QString, variant);
    QFETCH(bool, detailed);
    Cluster cluster = test::makeDemoCluster();
    if (variant == u"ko") {
        test::addPod(cluster, QStringLiteral("웹서버-프론트엔드-0"), 2,
                     {{QStringLiteral("app"), QStringLiteral("웹")}}, 8080);
        cluster.reindex();
    } else if (variant == u"crowded") {
        const Labels web{{QStringLiteral("app"), QStringLiteral("web")}};
        for (int i = 0; i < 14; ++i)
            test::addPod(cluster, QStringLiteral("web-%1").arg(i), 2, web, 8080,
                         QStringLiteral("default"), QStringLiteral("web"));
        for (int i = 0; i < 2; ++i)
            test::addPod(cluster, QStringLiteral("gpu-job-%1").arg(i), -1, {}, 0);
        test::addService(cluster, test::makeService(QStringLiteral("web"), ServiceType::ClusterIP,
                                                    QStringLiteral("10.96.9.9"),
                                                    {test::servicePort(80, 8080)}, web));
        test::finish(cluster);
    } else if (variant == u"grid") {
        for (int i = 3; i < 12; ++i)
            cluster.nodes << test::makeNode(i);
        for (int i = 3; i < 12; ++i)
            test::addPod(cluster, QStringLiteral("worker-%1").arg(i), i, {}, 9000);
        cluster.reindex();
    }
    ClusterScene scene;
    scene.setCluster(cluster);
    if (variant == u"hover")
        scene.setHovered(QStringLiteral("svc/default/myapp-service"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cluster.png"));
    QString error;
    QVERIFY2(SceneRenderer::write(scene, path, size, &error), qPrintable(error));

    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    keep(image,
         QStringLiteral("render-%1x%2-%3").arg(size.width()).arg(size.height()).arg(variant));
    // Not blank: many colours (text, the Service palette) and plenty of non-background pixels.
    QSet<QRgb> colours;
    qint64 drawn = 0;
    const QRgb background = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c);
            drawn += c != background ? 1 : 0;
        }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY(drawn > qint64(image.width()) * image.height() / 4 / 10);
    if (!detailed)
        return;
    // The Service type colours are there: NodePort green and LoadBalancer orange.
    bool green = false;
    bool orange = false;
    for (QRgb c : std::as_const(colours)) {
        green |= (c & 0xFFFFFF) == 0x009E73;
        orange |= (c & 0xFFFFFF) == 0xE69F00;
    }
    QVERIFY(green);
    QVERIFY(orange);
}

void TestRender::svg()
{
    ClusterScene scene;
    scene.setCluster(test::makeDemoCluster());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cluster.svg"));
    QString error;
    QVERIFY2(SceneRenderer::write(scene, path, QSize(1600, 1000), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    QString root;
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
        if (xml.isCharacters())
            texts << xml.text().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    // The text is there as text (names and addresses), not only as outlines.
    const QString all = texts.join(u' ');
    QVERIFY(all.contains(QStringLiteral("myapp-service")));
    QVERIFY(all.contains(QStringLiteral("192.168.1.2")));
}

void TestRender::emptySceneDrawsOnlyBackground()
{
    ClusterScene scene;
    scene.setCluster(Cluster{});
    QVERIFY(!scene.hasContent());
    const QImage image = SceneRenderer::toImage(scene, QSize(200, 100));
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            QCOMPARE(image.pixel(x, y), image.pixel(0, 0));
}

void TestRender::rejectsUnknownExtension()
{
    ClusterScene scene;
    scene.setCluster(test::makeDemoCluster());
    QTemporaryDir dir;
    QString error;
    QVERIFY(
        !SceneRenderer::write(scene, dir.filePath(QStringLiteral("x.gif")), QSize(10, 10), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
}

void TestRender::commandRendersManifests_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("size");
    QTest::newRow("seed NodePort, PNG")
        << QStringLiteral(HOPSCOPE_TEST_DATA "/valid/scene-demo") << "out.png"
        << "";
    QTest::newRow("seed NodePort, SVG, 800x600")
        << QStringLiteral(HOPSCOPE_TEST_DATA "/valid/scene-demo") << "out.svg"
        << "800x600";
    QTest::newRow("shared voting app")
        << QStringLiteral(HOPSCOPE_SHARED_DIR "/manifests/example-voting-app") << "out.png"
        << "";
}

void TestRender::commandRendersManifests()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(QString, size);
    if (!QFileInfo::exists(input))
        QSKIP("the shared manifests are not here");
    QTemporaryDir dir;
    const QString out = dir.filePath(output);
    QStringList args{QStringLiteral("render"), input, QStringLiteral("-o"), out};
    if (!size.isEmpty())
        args << QStringLiteral("--size") << size;
    const hopscope::testing::CliRun run = hopscope::testing::runHopscope(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo::exists(out));
    if (output.endsWith(u".png")) {
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1600, 1000)); // the default size
        keep(image, QStringLiteral("cli-") + QFileInfo(input).fileName());
    } else {
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("width=\"800\""));
        QVERIFY(svg.contains("myapp-service"));
    }
}

void TestRender::commandFailsOnBrokenManifests()
{
    // DESIGN.md "Command-line contract": exit 1 on manifest errors, with file:line:col on stderr.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.png"));
    const QString input = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/render/unclosed-flow.yaml");
    const hopscope::testing::CliRun run = hopscope::testing::runHopscope(
        {QStringLiteral("render"), input, QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    const QString stderrText = run.err;
    QVERIFY2(stderrText.contains(QStringLiteral("unclosed-flow.yaml:")), qPrintable(stderrText));
    QVERIFY(stderrText.contains(QStringLiteral("error")));
    QVERIFY(!QFileInfo::exists(out));
}

void TestRender::commandUsageErrors_data()
{
    // DESIGN.md "Command-line contract": exit 2 on usage errors.
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no files") << QStringList{QStringLiteral("-o"), QStringLiteral("x.png")};
    QTest::newRow("no output") << QStringList{QStringLiteral("a.yaml")};
    QTest::newRow("bad size") << QStringList{QStringLiteral("a.yaml"), QStringLiteral("-o"),
                                             QStringLiteral("x.png"), QStringLiteral("--size"),
                                             QStringLiteral("big")};
    QTest::newRow("bad extension")
        << QStringList{QStringLiteral("a.yaml"), QStringLiteral("-o"), QStringLiteral("x.gif")};
}

void TestRender::commandUsageErrors()
{
    QFETCH(QStringList, args);
    const hopscope::testing::CliRun run =
        hopscope::testing::runHopscope(QStringList{QStringLiteral("render")} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
