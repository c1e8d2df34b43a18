#include "ui/guimain.h"

#include "common/commandline.h"
#include "i18n.h"
#include "resources.h"
#include "document/clusterdocument.h"
#include "ui/helpactions.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace hopscope::app {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hopscope"));
    QApplication::setOrganizationName(QStringLiteral("hopscope"));
    QApplication::setApplicationVersion(QStringLiteral(HOPSCOPE_VERSION));
    ensureResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hopscope.svg")));
    installTranslators(QString(), true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hopscope::Cli", "Kubernetes service-network visualizer"));
    parser.addHelpOption();
    parser.addVersionOption();
    addClusterOptions(parser);
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
