#pragma once

// Runs the hopscope binary (HOPSCOPE_BINARY) as a user would, for the tst_cli_* tests: in
// English (LANGUAGE=en, C.UTF-8 locale; `--lang` on the command line still wins), optionally
// with bytes on standard input, and returns the exit code with stdout and stderr.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hopscope::testing {

struct CliRun
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray outBytes;
    QString out; // stdout as UTF-8
    QString err; // stderr as UTF-8
};

// `args` starts with the subcommand ("trace", "render" …). `env` adds or replaces variables.
inline CliRun runHopscope(const QStringList &args, const QByteArray &stdinBytes = QByteArray(),
                          const QProcessEnvironment &env = QProcessEnvironment())
{
    QProcess p;
    p.setProgram(QStringLiteral(HOPSCOPE_BINARY));
    p.setArguments(args);
    QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    all.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    all.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    all.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    all.insert(env);
    p.setProcessEnvironment(all);
    p.start();
    if (!p.waitForStarted())
        return {};
    if (!stdinBytes.isNull())
        p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.outBytes = p.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace hopscope::testing
