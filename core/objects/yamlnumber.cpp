#include "core/objects/yamlnumber.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace hopscope {

namespace {

// strconv.ParseInt / ParseUint with base 0: sign, then 0x / 0o / 0b / 0 (octal) prefixes.
std::optional<QString> goParseInteger(QString s)
{
    bool negative = false;
    if (s.startsWith(u'+') || s.startsWith(u'-')) {
        negative = s.startsWith(u'-');
        s.remove(0, 1);
    }
    if (s.isEmpty())
        return std::nullopt;
    int base = 10;
    const QString lower = s.toLower();
    if (lower.startsWith(QLatin1String("0x"))) {
        base = 16;
        s.remove(0, 2);
    } else if (lower.startsWith(QLatin1String("0o"))) {
        base = 8;
        s.remove(0, 2);
    } else if (lower.startsWith(QLatin1String("0b"))) {
        base = 2;
        s.remove(0, 2);
    } else if (s.size() > 1 && s.startsWith(u'0')) {
        base = 8;
        s.remove(0, 1);
    }
    if (s.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qulonglong magnitude = s.toULongLong(&ok, base);
    if (!ok)
        return std::nullopt;
    for (const QChar c : s) // toULongLong accepts spaces and signs that ParseInt does not
        if (!c.isLetterOrNumber())
            return std::nullopt;
    if (!negative)
        return QString::number(magnitude); // ParseInt, or ParseUint above int64
    if (magnitude > qulonglong(std::numeric_limits<qint64>::max()) + 1)
        return std::nullopt; // not an int64, and ParseUint refuses a sign: a float next
    if (magnitude == 0)
        return QStringLiteral("0");
    return u'-' + QString::number(magnitude);
}

// encoding/json's float64 encoding: 'f' with the shortest digits, 'e' from 1e21 or below 1e-6
// (with a one-digit exponent kept one digit: "1e-07" → "1e-7").
QString goJsonFloat(double d)
{
    const double a = std::fabs(d);
    if (a != 0 && (a < 1e-6 || a >= 1e21)) {
        QString s = QString::number(d, 'e', QLocale::FloatingPointShortest);
        static const QRegularExpression exponent(QStringLiteral("e([-+])0*([0-9])"));
        s.replace(exponent, QStringLiteral("e\\1\\2"));
        return s;
    }
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

} // namespace

std::optional<QString> kubectlJsonNumber(const QString &plainScalar)
{
    const QString s = QString(plainScalar).remove(u'_');
    if (s.isEmpty())
        return std::nullopt;
    if (const auto integer = goParseInteger(s))
        return integer;
    static const QRegularExpression yamlFloat(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (yamlFloat.match(s).hasMatch()) {
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d))
            return goJsonFloat(d);
        return std::nullopt; // out of float64's range: go-yaml keeps it as text
    }
    return std::nullopt;
}

std::optional<qint32> jsonNumberToInt32(const QString &jsonNumber)
{
    bool ok = false;
    const qint64 v = jsonNumber.toLongLong(&ok, 10);
    if (!ok || v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max())
        return std::nullopt;
    return qint32(v);
}

} // namespace hopscope
