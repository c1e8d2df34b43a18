#include "core/classroom/lessontext.h"

#include <QRegularExpression>

namespace hopscope {

namespace {

QString languageOf(QStringView lang)
{
    // "ko_KR", "ko-KR", "KO" → "ko"
    const qsizetype cut = lang.indexOf(QRegularExpression(QStringLiteral("[_\\-.@]")));
    return (cut >= 0 ? lang.left(cut) : lang).toString().toLower();
}

} // namespace

const QStringList &LessonText::languages()
{
    static const QStringList all = {QStringLiteral("en"), QStringLiteral("ko")};
    return all;
}

QString LessonText::text(QStringView lang) const
{
    return m_byLanguage.value(languageOf(lang));
}

void LessonText::setText(QStringView lang, const QString &text)
{
    m_plain.clear();
    if (text.isEmpty())
        m_byLanguage.remove(languageOf(lang));
    else
        m_byLanguage.insert(languageOf(lang), text);
}

void LessonText::edit(QStringView lang, const QString &text)
{
    if (isPlain())
        m_plain = text;
    else
        setText(lang, text);
}

QString pick(const LessonText &text, QStringView lang)
{
    if (text.isPlain())
        return text.plain();
    if (const QString own = text.text(lang); !own.isEmpty())
        return own;
    for (const QString &other : LessonText::languages())
        if (const QString t = text.texts().value(other); !t.isEmpty())
            return t;
    return text.texts().isEmpty() ? QString() : text.texts().first();
}

QString describe(const LessonText &text)
{
    if (text.isPlain())
        return u'"' + text.plain() + u'"';
    QStringList parts;
    for (auto it = text.texts().cbegin(); it != text.texts().cend(); ++it)
        parts << QStringLiteral("%1: \"%2\"").arg(it.key(), it.value());
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QDebug operator<<(QDebug debug, const LessonText &text)
{
    QDebugStateSaver saver(debug);
    debug.noquote() << describe(text);
    return debug;
}

} // namespace hopscope
