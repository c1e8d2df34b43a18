#pragma once

#include <QString>

namespace hopscope::app {

// Loads Hopscope's and Qt's own translations for `lang` ("ko", "en"); an empty lang means the
// remembered choice (GUI) or else the system locale. Replaces what was installed before, so the
// language can change at runtime. Returns the language in use ("ko" or "en").
QString installTranslators(const QString &lang, bool useRememberedChoice);
void rememberLanguage(const QString &lang);
QStringList availableLanguages(); // {"en", "ko"}

} // namespace hopscope::app
