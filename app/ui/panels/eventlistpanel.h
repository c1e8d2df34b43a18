#pragma once

// The event list (Packet Tracer's): one row per hop of the request and its reply — number,
// where, action, src → dst. The current hop is selected; selecting a row jumps there. Failure
// rows are red, reply rows marked "↩".

#include "core/model/trace.h"

#include <QAbstractTableModel>
#include <QWidget>

class QTableView;

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

Q_SIGNALS:
    void hopActivated(int hop);

protected:
    void changeEvent(QEvent *event) override;

private:
    EventListModel *m_model;
    QTableView *m_view;
    bool m_following = false;
};

} // namespace hopscope::app
