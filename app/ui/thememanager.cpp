#include "ui/thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace hopscope::app {

namespace {
const QString ThemeKey = QStringLiteral("view/theme");
}

ThemeManager::ThemeManager(QObject *parent) : QObject(parent)
{
    m_theme = style::themeFromKey(QSettings().value(ThemeKey).toString(), style::Theme::Light);
    apply(m_theme);
}

QString ThemeManager::themeName(style::Theme theme)
{
    switch (theme) {
    case style::Theme::Dark:
        return tr("&Dark");
    case style::Theme::HighContrast:
        return tr("&High Contrast");
    case style::Theme::Light:
        break;
    }
    return tr("&Light");
}

QPalette ThemeManager::widgetPalette(style::Theme theme)
{
    if (theme == style::Theme::Light)
        return QApplication::style()->standardPalette();
    const bool dark = theme == style::Theme::Dark;
    const QColor window = dark ? QColor(QRgb(0x22282F)) : QColor(Qt::white);
    const QColor base = dark ? QColor(QRgb(0x1A1F25)) : QColor(Qt::white);
    const QColor alternate = dark ? QColor(QRgb(0x262D35)) : QColor(QRgb(0xEDF4FB));
    const QColor text = dark ? QColor(QRgb(0xE8EDF2)) : QColor(Qt::black);
    const QColor button = dark ? QColor(QRgb(0x2D353E)) : QColor(Qt::white);
    const QColor highlight = dark ? QColor(QRgb(0x3A9FE0)) : QColor(QRgb(0x004F9E));
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, dark ? QColor(QRgb(0xFF8A4C)) : QColor(QRgb(0xC73B00)));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(QRgb(0x98A2AD)) : QColor(QRgb(0x404040)));
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::Light, dark ? QColor(QRgb(0x3A444F)) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? QColor(QRgb(0x323A44)) : QColor(QRgb(0x808080)));
    p.setColor(QPalette::Mid, dark ? QColor(QRgb(0x1C2228)) : QColor(QRgb(0x404040)));
    p.setColor(QPalette::Dark, dark ? QColor(QRgb(0x13171B)) : QColor(Qt::black));
    p.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled = dark ? QColor(QRgb(0x7D8792)) : QColor(QRgb(0x595959));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QMenu *ThemeManager::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Theme"), parent);
    m_group = new QActionGroup(menu);
    for (style::Theme t : {style::Theme::Light, style::Theme::Dark, style::Theme::HighContrast}) {
        QAction *a = menu->addAction(themeName(t));
        a->setCheckable(true);
        a->setChecked(t == m_theme);
        a->setData(style::themeKey(t));
        a->setObjectName(QStringLiteral("theme-") + style::themeKey(t));
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { setTheme(t); });
    }
    return menu;
}

void ThemeManager::setTheme(style::Theme theme)
{
    m_theme = theme;
    QSettings().setValue(ThemeKey, style::themeKey(theme));
    if (m_group)
        for (QAction *a : m_group->actions())
            a->setChecked(a->data().toString() == style::themeKey(theme));
    apply(theme);
}

void ThemeManager::showTemporarily(style::Theme theme)
{
    apply(theme);
}

void ThemeManager::showChosen()
{
    apply(m_theme);
}

void ThemeManager::apply(style::Theme theme)
{
    m_shown = theme;
    style::setTheme(theme);
    QApplication::setPalette(widgetPalette(theme));
    Q_EMIT themeChanged(theme);
}

} // namespace hopscope::app
