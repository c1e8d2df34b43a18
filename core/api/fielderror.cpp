#include "core/api/fielderror.h"

namespace hopscope {

namespace {

QString typeName(FieldError::Type t)
{
    switch (t) {
    case FieldError::Type::Required:
        return QStringLiteral("Required value");
    case FieldError::Type::Invalid:
        return QStringLiteral("Invalid value");
    case FieldError::Type::Duplicate:
        return QStringLiteral("Duplicate value");
    case FieldError::Type::NotSupported:
        return QStringLiteral("Unsupported value");
    case FieldError::Type::Forbidden:
        return QStringLiteral("Forbidden");
    case FieldError::Type::TooLong:
        return QStringLiteral("Too long");
    case FieldError::Type::Internal:
        return QStringLiteral("Internal error");
    }
    return QString();
}

FieldError make(FieldError::Type type, const QString &field, const QString &value,
                const QString &detail)
{
    FieldError e;
    e.type = type;
    e.field = field;
    e.value = value;
    e.detail = detail;
    return e;
}

} // namespace

QString FieldError::body() const
{
    QString s = typeName(type);
    switch (type) {
    case Type::Required:
    case Type::Forbidden:
    case Type::TooLong:
    case Type::Internal:
        break;
    case Type::Invalid:
    case Type::Duplicate:
    case Type::NotSupported:
        s += QStringLiteral(": ") + value;
        break;
    }
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    return s;
}

QString FieldError::toString() const
{
    return field + QStringLiteral(": ") + body();
}

namespace fielderror {

FieldError required(const QString &field, const QString &detail)
{
    return make(FieldError::Type::Required, field, QString(), detail);
}

FieldError forbidden(const QString &field, const QString &detail)
{
    return make(FieldError::Type::Forbidden, field, QString(), detail);
}

FieldError invalid(const QString &field, qint64 value, const QString &detail)
{
    return make(FieldError::Type::Invalid, field, QString::number(value), detail);
}

FieldError invalid(const QString &field, const QString &value, const QString &detail)
{
    return make(FieldError::Type::Invalid, field, goQuote(value), detail);
}

FieldError invalidRendered(const QString &field, const QString &rendered, const QString &detail)
{
    return make(FieldError::Type::Invalid, field, rendered, detail);
}

FieldError duplicate(const QString &field, qint64 value)
{
    return make(FieldError::Type::Duplicate, field, QString::number(value), QString());
}

FieldError duplicate(const QString &field, const QString &value)
{
    return make(FieldError::Type::Duplicate, field, goQuote(value), QString());
}

FieldError duplicateRendered(const QString &field, const QString &rendered)
{
    return make(FieldError::Type::Duplicate, field, rendered, QString());
}

FieldError notSupported(const QString &field, const QString &value, const QStringList &supported)
{
    QStringList quoted;
    for (const QString &s : supported)
        quoted << goQuote(s);
    return make(FieldError::Type::NotSupported, field, goQuote(value),
                QStringLiteral("supported values: ") + quoted.join(QStringLiteral(", ")));
}

} // namespace fielderror

QString goQuote(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    const QList<uint> codePoints = s.toUcs4();
    for (uint c : codePoints) {
        switch (c) {
        case '"':
            out += QStringLiteral("\\\"");
            continue;
        case '\\':
            out += QStringLiteral("\\\\");
            continue;
        case '\a':
            out += QStringLiteral("\\a");
            continue;
        case '\b':
            out += QStringLiteral("\\b");
            continue;
        case '\f':
            out += QStringLiteral("\\f");
            continue;
        case '\n':
            out += QStringLiteral("\\n");
            continue;
        case '\r':
            out += QStringLiteral("\\r");
            continue;
        case '\t':
            out += QStringLiteral("\\t");
            continue;
        case '\v':
            out += QStringLiteral("\\v");
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x7F) {
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        } else if (c < 0x80 || QChar::isPrint(char32_t(c))) {
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        } else if (c <= 0xFFFF) {
            out += QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\U%1").arg(c, 8, 16, QLatin1Char('0'));
        }
    }
    out += u'"';
    return out;
}

QString goStringSlice(const QStringList &list)
{
    QStringList quoted;
    for (const QString &s : list)
        quoted << goQuote(s);
    return QStringLiteral("[]string{") + quoted.join(QStringLiteral(", ")) + u'}';
}

QString kubectlInvalid(const QString &kind, const QString &name, const QList<FieldError> &causes)
{
    const QString prefix = QStringLiteral("The %1 %2 is invalid: ").arg(kind, goQuote(name));
    if (causes.size() == 1)
        return prefix + causes.first().toString();
    QString text = prefix;
    for (const FieldError &e : causes)
        text += QStringLiteral("\n* ") + e.toString();
    return text;
}

} // namespace hopscope
