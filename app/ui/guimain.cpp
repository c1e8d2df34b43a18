#include "ui/guimain.h"

#include "common/commandline.h"
#include "i18n.h"
#include "resources.h"
#include "document/clusterdocument.h"
#include "ui/helpactions.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QIcon>

namespace hopscope::app {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hopscope"));
    QApplication::setOrganizationName(QStringLiteral("hopscope"));
    QApplication::setApplicationVersion(QStringLiteral(HOPSCOPE_VERSION));
    // The installed .desktop entry (resources/desktop/): Wayland compositors and docks match
    // the window to it, for its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hopscope.Hopscope"));
    ensureResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hopscope.svg")));
    installTranslators(QString(), true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hopscope::Cli", "Kubernetes service-network visualizer"));
    parser.addHelpOption();
    parser.addVersionOption();
    addClusterOptions(parser);
    parser.addOption({QStringLiteral("allow-outside-lesson"),
                      QCoreApplication::translate(
                          "hopscope::Cli",
                          "Let a lesson read manifests outside its folder without asking.")});
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate("hopscope::Cli",
                                    "Manifest files or folders, - for standard input (none: "
                                    "the bundled demo)."),
        QStringLiteral("[FILE|DIR|-]..."));
    // Not process(): a usage error exits with 2, as the command-line contract says.
    if (!parser.parse(QCoreApplication::arguments())) {
        err(parser.errorText() + u'\n');
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    ClusterSettings settings;
    if (!clusterSettingsFromParser(parser, &settings))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("lang")))
        installTranslators(parser.value(QStringLiteral("lang")), false);

    auto *document = new ClusterDocument;
    document->setSettings(settings);
    MainWindow window(document);
    const bool allowOutside = parser.isSet(QStringLiteral("allow-outside-lesson"));
    document->setOutsideLessonConsent([allowOutside, &window](const QStringList &paths) {
        if (allowOutside)
            return true;
        // Nothing the lesson names is read before the teacher says yes.
        QStringList shown = paths.mid(0, 20);
        if (paths.size() > shown.size())
            shown << QStringLiteral("…");
        return QMessageBox::warning(
                   &window, QCoreApplication::translate("hopscope::app::MainWindow",
                                                        "Files outside the lesson"),
                   QCoreApplication::translate(
                       "hopscope::app::MainWindow",
                       "This lesson names files outside its folder. Read them?\n\n%1")
                       .arg(shown.join(u'\n')),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    });
    if (parser.isSet(QStringLiteral("lang")))
        window.setSessionLanguage(parser.value(QStringLiteral("lang")));
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        window.openDemo();
    window.show();
    window.helpActions()->showGuideIfFirstRun(); // where to click first, until "Got it"
    if (!paths.isEmpty())
        window.openPathsInBackground(paths); // a big dump must not freeze the first frame
    return app.exec();
}

} // namespace hopscope::app
