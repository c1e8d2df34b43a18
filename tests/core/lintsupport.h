#pragma once

// Shared by the lint and hostile-input tests: the fixtures folder, a hang guard, diagnostics in
// brief ("severity code@line:col"), writing files, and a checks run that measures its time.

#include "core/lint/checks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace lintsupport {

using namespace hopscope;

inline const QString kData = QStringLiteral(HOPSCOPE_TEST_DATA "/invalid/");
constexpr qint64 kHangGuardMs = 10000; // a generous guard against hangs, not a speed test

inline QString brief(const Diagnostic &d)
{
    return QStringLiteral("%1 %2@%3:%4")
        .arg(severityName(d.severity), d.code)
        .arg(d.where.line)
        .arg(d.where.column);
}

inline QStringList briefs(const Diagnostics &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out << brief(d);
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline CheckResult timedCheck(const QStringList &paths, ReadOptions options = {}, qint64 *ms = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    CheckResult r = checkPaths(paths, ClusterSettings(), options);
    if (ms)
        *ms = timer.elapsed();
    return r;
}

} // namespace lintsupport
