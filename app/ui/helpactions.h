#pragma once

// Help ▸ Keyboard Shortcuts (a dialog listing every shortcut of the window, read from its
// actions themselves, so the list cannot fall behind) and the first-run guide: a card over the
// drawing that says where to click first, dismissed for good with "Got it" (QSettings
// "help/guideDismissed"); Help ▸ First Steps shows it again.

#include <QObject>
#include <QPair>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QWidget;

namespace hopscope::app {

class HelpActions final : public QObject
{
    Q_OBJECT
public:
    // `window` holds the actions listed; the guide lies over `view`.
    HelpActions(QWidget *window, QWidget *view);

    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *guideAction() const { return m_guideAction; }
    void retranslate();

    // Every action of the window with a shortcut: (what it does, its keys), in menu order.
    QList<QPair<QString, QString>> shortcutRows() const;
    void showShortcuts();

    // The guide, unless it was dismissed for good.
    void showGuideIfFirstRun();
    void showGuide();
    QFrame *guide() const { return m_guide; }
    QPushButton *dismissButton() const { return m_dismiss; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeGuide();

    QWidget *m_window;
    QWidget *m_view;
    QAction *m_shortcuts;
    QAction *m_guideAction;
    QFrame *m_guide;
    QLabel *m_guideText;
    QPushButton *m_dismiss;
};

} // namespace hopscope::app
