#pragma once

// Kubernetes API errors as kubectl prints them (reference A2.1). These texts are verbatim
// Kubernetes output: never translated.

#include "core/objects/objects.h"

#include <QString>
#include <QStringList>

namespace hopscope::apitext {

// Go's %q for a string: "web", with \" \\ \n \t and \xNN escapes.
QString goQuote(const QString &s);
// %#v of a map[string]string: map[string]string{"app":"web", "tier":"db"} (keys sorted);
// map[string]string(nil) when empty.
QString goStringMap(const Labels &map);
// %#v of a []string: []string{"1.1.1.1", "fd00::1"}.
QString goStringSlice(const QStringList &list);

// field.Invalid(path, value, detail).Error(): "<path>: Invalid value: <value>: <detail>".
// value is already rendered (goQuote for strings, a plain number for ints).
QString fieldInvalid(const QString &path, const QString &renderedValue, const QString &detail);
QString fieldRequired(const QString &path, const QString &detail = QString());

// kubectl's rendering of a 422 Invalid error: `The Service "web" is invalid: <cause>` for one
// cause; for several, the prefix, a newline and one "* <cause>" line each (MultilineError).
// No trailing newline.
QString kubectlInvalid(const QString &kind, const QString &name, const QStringList &causes);
// "Error from server (InternalError): Internal error occurred: <message>"
QString kubectlInternalError(const QString &message);
// A plain (non-Status) error returned by the registry, as kubectl prints it: a 500 with an
// empty reason: "Error from server: <message>"
QString kubectlServerError(const QString &message);

} // namespace hopscope::apitext
