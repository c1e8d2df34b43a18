#include "cli/cli.h"

#include "i18n.h"
#include "core/builder/clusterbuilder.h"
#include "ui/guimain.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace hopscope::app {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Cli)
};

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

void addClusterOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("nodes"),
         Tr::tr("Nodes of the default cluster (when the manifests hold no Node objects)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("cluster-cidr"),
                      Tr::tr("Pod network (default 10.244.0.0/16)."), QStringLiteral("CIDR")});
    parser.addOption({QStringLiteral("service-cluster-ip-range"),
                      Tr::tr("Service ClusterIP range (default 10.96.0.0/12)."),
                      QStringLiteral("CIDR")});
    parser.addOption({QStringLiteral("service-node-port-range"),
                      Tr::tr("NodePort range (default 30000-32767)."), QStringLiteral("A-B")});
    parser.addOption({QStringLiteral("lang"), Tr::tr("Language of the output: ko or en."),
                      QStringLiteral("LANG")});
}

int parseSubcommand(QCommandLineParser &parser, const QStringList &args, const char *command)
{
    if (!parser.parse(args)) {
        err(QStringLiteral("hopscope %1: %2\n").arg(QLatin1String(command), parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    return -1;
}

bool loadReporting(const QStringList &files, const ClusterSettings &settings, Cluster *cluster,
                   bool quietInfo)
{
    *cluster = loadCluster(files, settings);
    for (const Diagnostic &d : cluster->diagnostics)
        if (!quietInfo || d.severity != Severity::Info)
            err(d.toString() + u'\n');
    return !hasErrors(cluster->diagnostics);
}

bool clusterSettingsFromParser(const QCommandLineParser &parser, ClusterSettings *settings)
{
    if (parser.isSet(QStringLiteral("nodes"))) {
        bool ok = false;
        settings->nodeCount = parser.value(QStringLiteral("nodes")).toInt(&ok);
        if (!ok) {
            err(Tr::tr("hopscope: --nodes needs a number\n"));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("cluster-cidr")))
        settings->clusterCidr = parser.value(QStringLiteral("cluster-cidr"));
    if (parser.isSet(QStringLiteral("service-cluster-ip-range")))
        settings->serviceCidr = parser.value(QStringLiteral("service-cluster-ip-range"));
    if (parser.isSet(QStringLiteral("service-node-port-range")) &&
        !settings->setNodePortRange(parser.value(QStringLiteral("service-node-port-range")))) {
        err(Tr::tr(
                "hopscope: --service-node-port-range: \"%1\" is not a range such as 30000-32767\n")
                .arg(parser.value(QStringLiteral("service-node-port-range"))));
        return false;
    }
    const Diagnostics problems = settings->validate();
    for (const Diagnostic &d : problems)
        err(QStringLiteral("hopscope: %1\n").arg(d.message));
    return problems.isEmpty();
}

} // namespace hopscope::app
