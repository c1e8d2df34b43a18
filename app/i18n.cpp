#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace hopscope::app {

namespace {

QTranslator *&appTranslator()
{
    static QTranslator *t = nullptr;
    return t;
}

QTranslator *&qtTranslator()
{
    static QTranslator *t = nullptr;
    return t;
}

QString &current()
{
    static QString lang = QStringLiteral("en");
    return lang;
}

QString systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        if (ui.startsWith(u"ko"))
            return QStringLiteral("ko");
        if (ui.startsWith(u"en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("ko")}; }

void rememberLanguage(const QString &lang)
{
    QSettings().setValue(QStringLiteral("ui/language"), lang);
}

QString rememberedLanguage()
{
    const QString lang = QSettings().value(QStringLiteral("ui/language")).toString();
    return availableLanguages().contains(lang) ? lang : QString();
}

QString currentLanguage()
{
    return current();
}

QString languageName(QStringView lang)
{
    if (lang == u"ko")
        return QStringLiteral("한국어");
    if (lang == u"en")
        return QStringLiteral("English");
    return lang.toString();
}

QString installTranslators(const QString &requested, bool useRememberedChoice)
{
    QString lang = requested.trimmed().toLower().left(2);
    if (lang.isEmpty() && useRememberedChoice)
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!availableLanguages().contains(lang))
        lang = systemLanguage();

    current() = lang; // before the LanguageChange events: their receivers ask for it
    for (QTranslator **slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(QStringLiteral(":/i18n/hopscope_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(app);
        appTranslator() = app;
    } else {
        delete app;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return lang;
}

} // namespace hopscope::app
