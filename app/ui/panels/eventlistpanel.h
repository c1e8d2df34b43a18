#pragma once

// The event list (Packet Tracer's): one row per hop of the request and its reply — number,
// where, action, src → dst. The current hop is selected; selecting a row jumps there. Rows are
// coloured by the hop's kind (core's hopKind: send/route, DNAT, SNAT, VXLAN, deliver, failure,
// reply), reply rows marked "↩"; above the list, a legend of the kinds whose buttons filter them.

#include "core/model/trace.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QWidget>

class QTableView;
class QToolButton;

namespace hopscope::app {

class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, WhereColumn, ActionColumn, PacketColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setTrace(const Trace &trace);
    void setCurrentHop(int hop);
    int currentHop() const { return m_current; }
    // The language changed: headers and rows say it again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The theme changed: the row colours are asked again.
    void restyle();

    // The colour of a kind's swatch and the tint of its rows (theme-aware).
    static QColor kindColor(HopKind kind);
    static QColor kindRowFill(HopKind kind);
    HopKind kindAt(int row) const { return hopKind(m_hops.at(row)); }

    static QString whereText(const Hop &hop);
    static QString packetText(const PacketHeader &h);

private:
    QList<Hop> m_hops;
    int m_current = -1;
};

class EventListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EventListPanel(QWidget *parent = nullptr);

    void setTrace(const Trace &trace);
    void setCurrentHop(int hop);
    EventListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void restyle();
    // The filter by kind (the legend's buttons): hidden kinds' rows are hidden.
    void setKindShown(HopKind kind, bool shown);
    bool isKindShown(HopKind kind) const;
    QToolButton *kindButton(HopKind kind) const { return m_kindButtons[int(kind)]; }
    bool isRowShown(int row) const;

Q_SIGNALS:
    void hopActivated(int hop);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();

    EventListModel *m_model;
    QTableView *m_view;
    QToolButton *m_kindButtons[HopKindCount] = {};
    bool m_following = false;
};

} // namespace hopscope::app
