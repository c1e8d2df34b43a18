#pragma once

#include <QString>
#include <QStringList>

namespace hopscope::app {

// Loads Hopscope's and Qt's own translations for `lang` ("ko", "en"); an empty lang means the
// remembered choice (GUI) or else the system locale. Replaces what was installed before, so the
// language can change at runtime. Returns the language in use ("ko" or "en").
QString installTranslators(const QString &lang, bool useRememberedChoice);
// The choice the GUI remembers: "en", "ko", or empty for "follow the system".
void rememberLanguage(const QString &lang);
QString rememberedLanguage();
// The language in use: what the last installTranslators() returned.
QString currentLanguage();
// A language's name in that language ("English", "한국어"), for the menu.
QString languageName(QStringView lang);
QStringList availableLanguages(); // {"en", "ko"}

} // namespace hopscope::app
