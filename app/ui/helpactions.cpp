#include "ui/helpactions.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hopscope::app {

namespace {

const QString DismissedKey = QStringLiteral("help/guideDismissed");

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

} // namespace

HelpActions::HelpActions(QWidget *window, QWidget *view)
    : QObject(window), m_window(window), m_view(view), m_shortcuts(new QAction(this)),
      m_guideAction(new QAction(this)), m_guide(new QFrame(view)), m_guideText(new QLabel),
      m_dismiss(new QPushButton)
{
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    m_guideAction->setObjectName(QStringLiteral("firstSteps"));
    connect(m_guideAction, &QAction::triggered, this, &HelpActions::showGuide);

    m_guide->setObjectName(QStringLiteral("firstRunGuide"));
    m_guide->setFrameShape(QFrame::StyledPanel);
    m_guide->setAutoFillBackground(true);
    m_guide->setFixedWidth(380);
    auto *layout = new QVBoxLayout(m_guide);
    m_guideText->setWordWrap(true);
    m_guideText->setTextFormat(Qt::RichText);
    layout->addWidget(m_guideText);
    m_dismiss->setObjectName(QStringLiteral("guideDismiss"));
    m_dismiss->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_dismiss, 0, Qt::AlignRight);
    m_guide->hide();
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        QSettings().setValue(DismissedKey, true);
        m_guide->hide();
    });
    view->installEventFilter(this);
    retranslate();
}

void HelpActions::retranslate()
{
    m_shortcuts->setText(tr("&Keyboard Shortcuts…"));
    m_guideAction->setText(tr("&First Steps"));
    m_guideText->setText(
        tr("<b>Where to start</b><ol>"
           "<li>Pick a request from <b>Requests</b> (or the box at the left of the request "
           "bar) — or click the client, then a Service on the drawing.</li>"
           "<li>Press <b>→</b> or <b>PageDown</b> to step hop by hop; <b>Space</b> plays.</li>"
           "<li>Read <b>What happens</b> in Hop details; the <b>Rules</b> pane shows the "
           "iptables rules the hop walked.</li></ol>"
           "Help ▸ Keyboard Shortcuts lists every key."));
    m_dismiss->setText(tr("Got it"));
    m_guide->adjustSize();
    placeGuide();
}

QList<QPair<QString, QString>> HelpActions::shortcutRows() const
{
    QList<QPair<QString, QString>> rows;
    QList<const QAction *> seen;
    auto add = [&](const QAction *a) {
        if (seen.contains(a) || a->shortcuts().isEmpty() || a->text().isEmpty())
            return;
        seen << a;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.append({plainText(a), keys.join(QStringLiteral(", "))});
    };
    // The menus first, in their order, then what only the window and its bars hold.
    for (const QMenu *menu : m_window->findChildren<QMenu *>())
        for (const QAction *a : menu->actions())
            add(a);
    for (const QAction *a : m_window->findChildren<QAction *>())
        add(a);
    return rows;
}

void HelpActions::showShortcuts()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    const QList<QPair<QString, QString>> rows = shortcutRows();
    auto *table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void HelpActions::showGuideIfFirstRun()
{
    if (!QSettings().value(DismissedKey, false).toBool())
        showGuide();
}

void HelpActions::showGuide()
{
    m_guide->adjustSize();
    placeGuide();
    m_guide->show();
    m_guide->raise();
}

void HelpActions::placeGuide()
{
    // The top right corner of the drawing: the client, the legend and the nodes' names start
    // at the left.
    m_guide->move(qMax(8, m_view->width() - m_guide->width() - 24), 12);
}

bool HelpActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        placeGuide();
    return QObject::eventFilter(watched, event);
}

} // namespace hopscope::app
