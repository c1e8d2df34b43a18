#pragma once

// Help ▸ User Guide (F1): the offline guide, what the README's "In class" part says with
// pictures, in the UI's language (resources/guide/guide-<lang>.html, rendered by
// `hopscope render`). One dialog per window, shown again when asked again; it follows a language
// change.

#include <QDialog>

class QTextBrowser;

namespace hopscope::app {

class UserGuideDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    // The window's guide, made the first time and shown again after.
    static UserGuideDialog *showFor(QWidget *window);

    QTextBrowser *browser() const { return m_browser; }
    // "qrc:/guide/guide-ko.html" for the language in use (English for any other).
    static QUrl pageFor(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTextBrowser *m_browser;
};

} // namespace hopscope::app
