// Help ▸ User Guide: the offline guide opens from the menu (F1), in the UI's language, with its
// pictures loaded from the resources, and follows a language change.

#include "i18n.h"
#include "ui/mainwindow.h"
#include "ui/userguide.h"

#include <QAction>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextBlock>
#include <QImage>

using namespace hopscope::app;

namespace {

// The image names the document refers to.
QStringList images(const QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                out << f.toImageFormat().name();
        }
    return out;
}

void keep(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOPSCOPE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guide_data();
    void guide();
    void opensFromTheHelpMenu();
};

void TestUserGuide::guide_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("findText");
    QTest::newRow("English") << "en" << "Hopscope in class" << "Edit ▸ Find";
    QTest::newRow("Korean") << "ko" << "수업에서 Hopscope 쓰기" << "편집 ▸ 찾기";
}

void TestUserGuide::guide()
{
    QFETCH(QString, lang);
    QFETCH(QString, heading);
    QFETCH(QString, findText);
    installTranslators(lang, false);
    UserGuideDialog dialog;
    dialog.resize(1280, 720);
    dialog.show();
    QCOMPARE(dialog.browser()->source(), UserGuideDialog::pageFor(lang));
    const QString text = dialog.browser()->toPlainText();
    QVERIFY2(text.startsWith(heading), qPrintable(text.left(80)));
    QVERIFY(text.contains(findText));
    // What the README's "In class" part covers, each in its words.
    for (const char *key : {"Space", "PageDown", "F5", "Ctrl+Z", ".lesson.yaml", "Ctrl+F"})
        QVERIFY2(text.contains(QLatin1String(key)), key);
    // The pictures are in the resources, in the guide's language, and small.
    const QStringList names = images(dialog.browser()->document());
    QCOMPARE(names.size(), 2);
    for (const QString &name : names) {
        QVERIFY2(name.endsWith(u'-' + lang + QStringLiteral(".png")), qPrintable(name));
        const QVariant image = dialog.browser()->document()->resource(
            QTextDocument::ImageResource, dialog.browser()->source().resolved(QUrl(name)));
        QVERIFY2(!image.value<QImage>().isNull() || !image.toByteArray().isEmpty(),
                 qPrintable(name));
        QFile file(QStringLiteral(":/guide/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.size() < 150 * 1024, qPrintable(name));
    }
    keep(&dialog, QStringLiteral("userguide-") + lang);
    installTranslators(QStringLiteral("en"), false);
}

void TestUserGuide::opensFromTheHelpMenu()
{
    installTranslators(QStringLiteral("en"), false);
    MainWindow window;
    window.show();
    QAction *guide = window.findChild<QAction *>(QStringLiteral("userGuide"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto *dialog = window.findChild<UserGuideDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    guide->trigger(); // the same one again
    QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
    // A language change turns the page.
    installTranslators(QStringLiteral("ko"), false);
    QTRY_COMPARE(dialog->browser()->source(), UserGuideDialog::pageFor(QStringLiteral("ko")));
    installTranslators(QStringLiteral("en"), false);
    QTRY_COMPARE(dialog->browser()->source(), UserGuideDialog::pageFor(QStringLiteral("en")));
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
