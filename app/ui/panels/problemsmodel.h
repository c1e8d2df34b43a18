#pragma once

// The rows of the Problems panel: one per diagnostic of the last load (severity, code,
// file:line:col, message; the hint as the tooltip and a second line), and a proxy that sorts them
// (severity sorts by rank: errors first) and filters them by severity.

#include "core/base/diagnostic.h"
#include "scene/items/problemmarkitem.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace hopscope::app {

class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role {
        SeverityRankRole = Qt::UserRole + 1, // 0 error, 1 warning, 2 info
        EntityRole,                          // the entity id, or ""
        SortRole,                            // what the proxy sorts by
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(const Diagnostics &problems);
    const Diagnostics &problems() const { return m_problems; }
    const Diagnostic &problem(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static int rank(Severity s)
    {
        return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
    }
    // "error", "warning", "info" in the user's language.
    static QString severityLabel(Severity s);
    static QColor severityColor(Severity s);
    // "file:line:col" with the file's name only (the full path is the tooltip).
    static QString locationText(const SourceLocation &where);

private:
    Diagnostics m_problems;
};

class ProblemsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProblemsFilter(QObject *parent = nullptr);
    void setSeverityShown(Severity s, bool shown);
    bool isSeverityShown(Severity s) const { return m_shown[ProblemsModel::rank(s)]; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_shown[3] = {true, true, true};
};

// What the scene marks: one mark per entity named by the problems (the worst severity; the
// problems as tooltip lines, "warning selector-no-pods (web.yaml:12:3): …").
QList<ProblemMark> problemMarks(const Diagnostics &problems);

} // namespace hopscope::app
