#pragma once

// Light, Dark and High contrast (style.h holds the palettes): the View ▸ Theme menu, the choice
// remembered in QSettings ("view/theme"), and applied at runtime — the widgets' QPalette here,
// the scene and the panels by whoever listens to themeChanged().

#include "scene/style.h"

#include <QObject>
#include <QPalette>

class QActionGroup;
class QMenu;
class QWidget;

namespace hopscope::app {

class ThemeManager final : public QObject
{
    Q_OBJECT
public:
    // Applies the remembered theme (Light when none).
    explicit ThemeManager(QObject *parent = nullptr);

    style::Theme theme() const { return m_theme; } // the chosen one (remembered)
    style::Theme shown() const { return m_shown; } // the one on screen (presentation: HC)
    static QString themeName(style::Theme theme);  // "Light", translated
    static QPalette widgetPalette(style::Theme theme);

    // "Theme" submenu with one checkable action per theme; owned by `parent`.
    QMenu *createMenu(QWidget *parent);

public Q_SLOTS:
    // The user's choice: shown and remembered.
    void setTheme(style::Theme theme);
    // Shown for a while (presentation), not remembered; showChosen() goes back.
    void showTemporarily(style::Theme theme);
    void showChosen();

Q_SIGNALS:
    void themeChanged(style::Theme shown);

private:
    void apply(style::Theme theme);

    style::Theme m_theme = style::Theme::Light;
    style::Theme m_shown = style::Theme::Light;
    QActionGroup *m_group = nullptr;
};

} // namespace hopscope::app
