#pragma once

#include "core/base/sourcelocation.h"

#include <QAnyStringView>
#include <QList>
#include <QString>

namespace hopscope {

enum class Severity { Error, Warning, Info };

// A problem found in the input, as a value. Nothing in core throws past its API: errors are these.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;      // stable, machine-readable: "yaml-syntax", "service-invalid", "tab-indent" …
    SourceLocation where;
    QString message;   // in the user's language, except verbatim Kubernetes texts
    QString hint;      // optional: what to do about it (translated)
    QString entity;    // optional: the entity id it concerns ("svc/default/web"), for the scene

    // The one way to build a diagnostic. `code` is a literal ("yaml-syntax") or a QString.
    static Diagnostic make(Severity severity, QAnyStringView code, const SourceLocation &where,
                           const QString &message, const QString &hint = QString(),
                           const QString &entity = QString());

    // gcc style: "file:line:col: error: message"
    QString toString() const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

QString severityName(Severity s); // "error", "warning", "info" (not translated: a format)
bool hasErrors(const Diagnostics &list);
// In Korean (korean::inUse()), every message's and hint's particle fallbacks resolved
// ("%1은(는)" filled → "192.168.1.2는"); nothing otherwise. Call where a list is finished.
void finishKoreanTexts(Diagnostics &list);
// For reading on a terminal: past the first `keep` diagnostics with the same severity, code and
// message (67,232 "range is full" errors), the others fold into one line after the kept ones,
// at the first folded place: "the same error 67,229 more times, the last at FILE:LINE:COL".
// The list keeps its order (sort it first); machine-readable output keeps every diagnostic.
Diagnostics foldRepeated(const Diagnostics &list, int keep = 5);

} // namespace hopscope
