#pragma once

// QString::arg(a, b, …) for the tracer's sentences (every hop of a trace has one), without the
// generic machinery that made it a fifth of a trace: a pattern whose placeholders are exactly
// %1…%N, N the number of arguments (in any order, repeated or not), is filled in one pass;
// anything else (%L1, %0, gaps, a placeholder past N) is left to QString::arg. Either way the
// result is QString::arg's.
//
//   fillArgs(Tr::tr("%1 sends %2 → %3."), who, src, dst)

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <type_traits>
#include <utility>

namespace hopscope {

namespace textfill {
// The filled pattern, or nothing when QString::arg must do it.
std::optional<QString> fill(QStringView pattern, const QStringView *args, int count);

template <std::size_t N, std::size_t... I>
QString argAll(const QString &pattern, const QString (&args)[N], std::index_sequence<I...>)
{
    return pattern.arg(args[I]...);
}
} // namespace textfill

// Arguments: anything that converts to QString (QString, a QStringBuilder expression, …).
template <typename... Args> QString fillArgs(const QString &pattern, const Args &...args)
{
    constexpr std::size_t count = sizeof...(Args);
    static_assert(count > 0 && count < 10);
    static_assert((!std::is_arithmetic_v<Args> && ...), "format numbers with QString::number");
    const QString strings[count] = {QString(args)...};
    QStringView views[count];
    for (std::size_t i = 0; i < count; ++i)
        views[i] = strings[i];
    if (std::optional<QString> out = textfill::fill(pattern, views, int(count)))
        return *std::move(out);
    return textfill::argAll(pattern, strings, std::make_index_sequence<count>());
}

} // namespace hopscope
