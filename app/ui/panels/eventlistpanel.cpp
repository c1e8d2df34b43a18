#include "ui/panels/eventlistpanel.h"

#include "scene/hopcaption.h"
#include "scene/style.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hopscope::app {

void EventListModel::setTrace(const Trace &trace)
{
    beginResetModel();
    m_hops = trace.hops;
    m_current = m_hops.isEmpty() ? -1 : 0;
    endResetModel();
}

void EventListModel::setCurrentHop(int hop)
{
    if (hop == m_current)
        return;
    const int old = m_current;
    m_current = hop;
    for (int row : {old, hop})
        if (row >= 0 && row < m_hops.size())
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EventListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_hops.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_hops.size()) - 1, ColumnCount - 1));
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hops.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventListModel::whereText(const Hop &hop)
{
    return HopCaption::whereText(hop); // "node-1 eth0", "클라이언트 eth0"
}

QString EventListModel::packetText(const PacketHeader &h)
{
    auto end = [](const QString &ip, int port) {
        return port > 0 ? QStringLiteral("%1:%2").arg(ip).arg(port) : ip;
    };
    QString text = end(h.srcIP, h.srcPort) + QStringLiteral(" → ") + end(h.dstIP, h.dstPort);
    if (h.encapsulated)
        text = QStringLiteral("[VXLAN %1 → %2] ").arg(h.outerSrcIP, h.outerDstIP) + text;
    return text;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hops.size())
        return {};
    const Hop &hop = m_hops[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return QString(QString::number(index.row() + 1) +
                           (hop.reply ? QStringLiteral(" ↩") : QString()));
        case WhereColumn:
            return whereText(hop);
        case ActionColumn:
            return hop.failure ? QStringLiteral("✗ ") + hop.actionLabel() : hop.actionLabel();
        case PacketColumn:
            return packetText(hop.after);
        }
        break;
    case Qt::ToolTipRole:
        return hop.explanation;
    case Qt::ForegroundRole:
        if (hop.failure)
            return style::theme() == style::Theme::Dark ? style::failureColor()
                                                        : style::failureColor().darker(120);
        break;
    case Qt::BackgroundRole:
        if (hop.failure)
            return style::failureRowFill();
        if (const QColor fill = kindRowFill(hopKind(hop)); fill.isValid())
            return fill;
        break;
    case Qt::DecorationRole:
        if (index.column() == NumberColumn)
            return kindColor(hopKind(hop));
        break;
    case Qt::FontRole:
        if (index.row() == m_current || hop.failure) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::UserRole:
        return hop.failure;
    default:
        break;
    }
    return {};
}

QColor EventListModel::kindColor(HopKind kind)
{
    // Okabe–Ito, as the drawing: blue for DNAT, orange for SNAT, purple for the overlay, green
    // for a delivery, vermillion for a failure, sky blue for the way back.
    switch (kind) {
    case HopKind::SendRoute:
        return QColor(0x999999);
    case HopKind::Dnat:
        return QColor(style::OkabeBlue);
    case HopKind::Snat:
        return QColor(style::OkabeOrange);
    case HopKind::Vxlan:
        return QColor(style::OkabePurple);
    case HopKind::Deliver:
        return QColor(style::OkabeGreen);
    case HopKind::Failure:
        return style::failureColor();
    case HopKind::Reply:
        return QColor(style::OkabeSkyBlue);
    }
    return {};
}

QColor EventListModel::kindRowFill(HopKind kind)
{
    if (kind == HopKind::Failure)
        return style::failureRowFill();
    if (kind == HopKind::SendRoute)
        return {}; // the plain rows stay plain: the coloured ones stand out
    const QColor base = style::surface();
    const QColor tint = kindColor(kind);
    const qreal a = style::theme() == style::Theme::Dark ? 0.30 : 0.20;
    return QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                            base.greenF() * (1 - a) + tint.greenF() * a,
                            base.blueF() * (1 - a) + tint.blueF() * a);
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case WhereColumn:
        return tr("Where");
    case ActionColumn:
        return tr("Action");
    case PacketColumn:
        return tr("Packet (src → dst)");
    }
    return {};
}

EventListPanel::EventListPanel(QWidget *parent)
    : QWidget(parent), m_model(new EventListModel(this)), m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The legend: one button per kind, its colour and name; unchecked, its rows are hidden.
    auto *legend = new QHBoxLayout;
    legend->setContentsMargins(4, 2, 4, 0);
    legend->setSpacing(4);
    for (int k = 0; k < HopKindCount; ++k) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("eventKind%1").arg(k));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::toggled, this, &EventListPanel::applyFilter);
        legend->addWidget(button);
        m_kindButtons[k] = button;
    }
    legend->addStretch(1);
    layout->addLayout(legend);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(false);
    m_view->setObjectName(QStringLiteral("eventList"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_following && current.isValid())
                    Q_EMIT hopActivated(current.row());
            });
    retranslate();
    restyle();
}

void EventListPanel::retranslate()
{
    for (int k = 0; k < HopKindCount; ++k) {
        m_kindButtons[k]->setText(hopKindLabel(HopKind(k)));
        const QString kind = hopKindLabel(HopKind(k));
        m_kindButtons[k]->setToolTip(tr("Show or hide the %1 events").arg(kind));
    }
}

void EventListPanel::setKindShown(HopKind kind, bool shown)
{
    m_kindButtons[int(kind)]->setChecked(shown);
}

bool EventListPanel::isKindShown(HopKind kind) const
{
    return m_kindButtons[int(kind)]->isChecked();
}

bool EventListPanel::isRowShown(int row) const
{
    return row >= 0 && row < m_model->rowCount() && !m_view->isRowHidden(row);
}

void EventListPanel::applyFilter()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setRowHidden(row, !isKindShown(m_model->kindAt(row)));
}

void EventListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void EventListPanel::setTrace(const Trace &trace)
{
    m_following = true;
    m_model->setTrace(trace);
    applyFilter();
    m_following = false;
    setCurrentHop(trace.hops.isEmpty() ? -1 : 0);
}

void EventListPanel::setCurrentHop(int hop)
{
    m_following = true;
    m_model->setCurrentHop(hop);
    if (hop >= 0 && hop < m_model->rowCount()) {
        const QModelIndex index = m_model->index(hop, 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_following = false;
}

void EventListModel::restyle()
{
    if (!m_hops.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole, Qt::DecorationRole});
}

void EventListPanel::restyle()
{
    m_model->restyle();
    for (int k = 0; k < HopKindCount; ++k) {
        // A swatch with a dark rim: the colour is never the only thing (the label says it).
        QPixmap swatch(14, 14);
        swatch.fill(Qt::transparent);
        QPainter p(&swatch);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(style::ink(), 1));
        p.setBrush(EventListModel::kindColor(HopKind(k)));
        p.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 2, 2);
        p.end();
        m_kindButtons[k]->setIcon(QIcon(swatch));
    }
}

} // namespace hopscope::app
