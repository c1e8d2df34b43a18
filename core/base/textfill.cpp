#include "core/base/textfill.h"

#include <QVarLengthArray>

#include <cstring>

namespace hopscope::textfill {

namespace {

// A placeholder at `i` (pattern[i] == '%'): its number and its end, or 0 for a plain '%'.
// -1: one QString::arg reads differently (%L…, %0…).
int placeholder(QStringView pattern, qsizetype i, qsizetype *end)
{
    if (i + 1 >= pattern.size())
        return 0;
    const char16_t c = pattern[i + 1].unicode();
    if (c == u'L' || c == u'0')
        return -1;
    if (c < u'1' || c > u'9')
        return 0;
    int number = c - u'0';
    qsizetype j = i + 2;
    for (; j < pattern.size(); ++j) {
        const char16_t d = pattern[j].unicode();
        if (d < u'0' || d > u'9')
            break;
        number = number * 10 + (d - u'0');
        if (number > 999)
            return -1;
    }
    *end = j;
    return number;
}

// The next '%' at or after `from`, or -1 (the public API of Qt's vectorised search).
qsizetype nextPercent(QStringView pattern, qsizetype from)
{
    return pattern.indexOf(u'%', from);
}

QChar *append(QChar *out, const QChar *from, qsizetype count)
{
    if (count > 0)
        std::memcpy(static_cast<void *>(out), from, size_t(count) * sizeof(QChar));
    return out + count;
}

} // namespace

std::optional<QString> fill(QStringView pattern, const QStringView *args, int count)
{
    // One scan: the literal runs and the placeholders between them.
    struct Piece
    {
        qsizetype from; // the literal run before the placeholder
        qsizetype to;
        int arg; // 0-based; -1: the last run, no placeholder after it
    };
    QVarLengthArray<Piece, 16> pieces;
    qsizetype size = 0;
    unsigned used = 0;
    qsizetype literal = 0; // start of the pending literal run
    qsizetype i = 0;
    for (;;) {
        const qsizetype percent = nextPercent(pattern, i);
        if (percent < 0)
            break;
        qsizetype end = percent + 1;
        const int number = placeholder(pattern, percent, &end);
        if (number < 0 || number > count)
            return std::nullopt;
        if (number == 0) { // a plain '%'
            i = percent + 1;
            continue;
        }
        used |= 1u << number;
        pieces.append(Piece{literal, percent, number - 1});
        size += percent - literal + args[number - 1].size();
        i = literal = end;
    }
    // QString::arg gives the arguments to the placeholders present, lowest first: the same
    // only when %1…%count are all there.
    if (used != ((1u << (count + 1)) - 2))
        return std::nullopt;
    pieces.append(Piece{literal, pattern.size(), -1});
    size += pattern.size() - literal;

    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    const QChar *from = pattern.data();
    for (const Piece &p : pieces) {
        out = append(out, from + p.from, p.to - p.from);
        if (p.arg >= 0)
            out = append(out, args[p.arg].data(), args[p.arg].size());
    }
    return text;
}

} // namespace hopscope::textfill
