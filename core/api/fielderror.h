#pragma once

// API-server field errors, rendered as the API server and kubectl render them (reference A2.1).
// These texts are verbatim Kubernetes output: never translated.

#include <QList>
#include <QString>
#include <QStringList>

namespace hopscope {

// One field.Error (k8s.io/apimachinery/pkg/util/validation/field). `value` is already rendered
// the way ErrorBody prints it: ints and bools with %v ("8080"), strings with %q ("\"web\""),
// other values with %#v ("[]string{\"a\"}"); use the helpers below to build errors.
struct FieldError
{
    enum class Type { Required, Invalid, Duplicate, NotSupported, Forbidden, TooLong, Internal };
    Type type = Type::Invalid;
    QString field;  // "spec.ports[0].nodePort"
    QString value;  // rendered; unused for Required, Forbidden, TooLong, Internal
    QString detail; // "provided port is already allocated"

    // ErrorBody(): "Invalid value: 8080: provided port …", "Required value", …
    QString body() const;
    // Error(): "<field>: <body>", the text of one cause in kubectl's output.
    QString toString() const;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

namespace fielderror {

FieldError required(const QString &field, const QString &detail = QString());
FieldError forbidden(const QString &field, const QString &detail);
FieldError invalid(const QString &field, qint64 value, const QString &detail);
FieldError invalid(const QString &field, const QString &value, const QString &detail);
// A value rendered by the caller (%#v of a struct or slice).
FieldError invalidRendered(const QString &field, const QString &rendered, const QString &detail);
FieldError duplicate(const QString &field, qint64 value);
FieldError duplicate(const QString &field, const QString &value);
FieldError duplicateRendered(const QString &field, const QString &rendered);
// "Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", …"
FieldError notSupported(const QString &field, const QString &value, const QStringList &supported);

} // namespace fielderror

// Go's %q of a string (strconv.Quote): "web", with \" \\ \n \t \xNN and \uNNNN escapes.
QString goQuote(const QString &s);
// %#v of a []string: []string{"1.1.1.1", "fd00::1"}
QString goStringSlice(const QStringList &list);

// kubectl's rendering of a 422 Invalid error (checkErr + MultilineError): one cause gives
// `The Service "web" is invalid: <cause>`; several give the prefix, then a newline and one
// "* <cause>" line each (the prefix keeps its trailing space). No trailing newline.
QString kubectlInvalid(const QString &kind, const QString &name, const QList<FieldError> &causes);

} // namespace hopscope
