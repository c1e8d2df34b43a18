#pragma once

// A text a lesson shows the class (a lesson's or a preset's title, a note, a hop note): one
// plain text, as lessons always wrote it, or one text per language,
//
//   note: Every node opens the port.                           # plain: shown in any language
//   note: {en: Every node opens the port., ko: 모든 노드가 포트를 엽니다.}
//
// The interface language picks (pick()); a language the text lacks falls back to the other one.
// Languages are "en" and "ko" (i18n.h's availableLanguages()); the writer writes them back in
// that order, so that saving a lesson twice gives the same bytes.

#include <QDebug>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hopscope {

class LessonText
{
public:
    LessonText() = default;
    LessonText(const QString &plain) : m_plain(plain) {} // NOLINT: a plain text is a LessonText

    // The languages a lesson may write ("en", "ko"), in the order the writer uses.
    static const QStringList &languages();

    bool isPlain() const { return m_byLanguage.isEmpty(); }
    bool isEmpty() const { return m_plain.isEmpty() && m_byLanguage.isEmpty(); }
    const QString &plain() const { return m_plain; }
    // The text written for `lang` ("ko", "ko_KR" …), empty when there is none (a plain text
    // has none: it is in no particular language).
    QString text(QStringView lang) const;
    const QMap<QString, QString> &texts() const { return m_byLanguage; }

    // Sets the text of one language (an empty one removes it); a plain text is replaced.
    void setText(QStringView lang, const QString &text);
    // What the teacher's edit in the interface language does: a plain text stays plain (it is
    // replaced), a text per language changes in that language only.
    void edit(QStringView lang, const QString &text);

    friend bool operator==(const LessonText &a, const LessonText &b)
    {
        return a.m_plain == b.m_plain && a.m_byLanguage == b.m_byLanguage;
    }
    friend bool operator!=(const LessonText &a, const LessonText &b) { return !(a == b); }

private:
    QString m_plain;
    QMap<QString, QString> m_byLanguage; // "en"/"ko" → text; empty for a plain text
};

// The text for the interface language `lang` ("ko", "en", "ko_KR"): the plain text, else the
// one in `lang`, else the one in the other language (English before the rest), else "".
QString pick(const LessonText &text, QStringView lang);

// A description for test failures and debugging: "plain" or {en: "…", ko: "…"}.
QString describe(const LessonText &text);
QDebug operator<<(QDebug debug, const LessonText &text);

} // namespace hopscope
