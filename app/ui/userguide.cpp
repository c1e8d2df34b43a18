#include "ui/userguide.h"

#include "i18n.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hopscope::app {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);
    load();
}

UserGuideDialog *UserGuideDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<UserGuideDialog *>();
    if (!dialog)
        dialog = new UserGuideDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QUrl UserGuideDialog::pageFor(const QString &language)
{
    return QUrl(language == u"ko" ? QStringLiteral("qrc:/guide/guide-ko.html")
                                  : QStringLiteral("qrc:/guide/guide-en.html"));
}

void UserGuideDialog::load()
{
    setWindowTitle(tr("Hopscope User Guide"));
    m_browser->setSource(pageFor(currentLanguage()));
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

} // namespace hopscope::app
