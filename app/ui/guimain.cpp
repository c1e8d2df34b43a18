#include "ui/guimain.h"

#include "i18n.h"

#include <QApplication>
#include <QMainWindow>

namespace hopscope::app {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hopscope"));
    QApplication::setOrganizationName(QStringLiteral("hopscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hopscope"));
    installTranslators(QString(), true);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Hopscope"));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

} // namespace hopscope::app
