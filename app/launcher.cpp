#include "launcher.h"

#include "cli/cli.h"
#include "common/commandline.h"
#include "i18n.h"
#include "ui/guimain.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>

#include <unistd.h>

namespace hopscope::app {

namespace {

QString usage()
{
    QString text = QCoreApplication::translate(
        "hopscope::Cli",
        "Usage: hopscope [FILE|DIR|-]...            open the GUI (no argument: the bundled demo)\n"
        "       hopscope COMMAND [ARGS]...           run a command without a display\n\n"
        "Commands:\n");
    for (const Subcommand &c : subcommands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(10),
                         QCoreApplication::translate("hopscope::Cli", c.summary));
    text += QCoreApplication::translate(
        "hopscope::Cli",
        "\nCluster options (every command): --nodes N, --cluster-cidr CIDR,\n"
        "  --service-cluster-ip-range CIDR, --service-node-port-range A-B, --lang ko|en\n"
        "Exit codes: 0 ok, 1 manifest errors, 2 usage errors, 3 request not delivered.\n"
        "Run 'hopscope COMMAND --help' for a command's own options.\n");
    return text;
}

// --lang given anywhere on the command line wins over the locale.
QString langArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--lang="))
            return QString::fromLocal8Bit(a.mid(7));
    }
    return QString();
}

} // namespace

int runMain(int argc, char **argv)
{
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const Subcommand *command = nullptr;
    for (const Subcommand &c : subcommands())
        if (first == c.name)
            command = &c;

    if (first == "--version" || first == "-v") {
        QCoreApplication app(argc, argv);
        out(QStringLiteral("hopscope %1\n").arg(QStringLiteral(HOPSCOPE_VERSION)));
        return ExitOk;
    }
    if (first == "--help" || first == "-h" || first == "help") {
        QCoreApplication app(argc, argv);
        installTranslators(langArgument(argc, argv), false);
        out(usage());
        return ExitOk;
    }
    if (!command)
        return runGui(argc, argv);

    std::unique_ptr<QCoreApplication> app;
    if (command->needsGui) {
        // Rendering needs QtGui but never a display (nor a session: give Qt a private runtime
        // folder rather than let it warn on every run in a plain terminal or CI).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir = QDir::tempPath() + QStringLiteral("/hopscope-runtime-") +
                                QString::number(::getuid());
            if (QDir().mkpath(dir) &&
                QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("hopscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOPSCOPE_VERSION));
    installTranslators(langArgument(argc, argv), false);
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // the subcommand: args[0] stays the program name, as QCommandLineParser wants
    return command->run(args);
}

} // namespace hopscope::app
