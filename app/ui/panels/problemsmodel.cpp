#include "ui/panels/problemsmodel.h"

#include "scene/style.h"

#include <QApplication>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QStyle>

namespace hopscope::app {

void ProblemsModel::setProblems(const Diagnostics &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        break;
    }
    return tr("info");
}

QColor ProblemsModel::severityColor(Severity s)
{
    return style::severityColor(s);
}

QString ProblemsModel::locationText(const SourceLocation &where)
{
    QString name = where.file == u"-" || where.file == u"<stdin>" ? tr("standard input")
                                                                 : QFileInfo(where.file).fileName();
    if (name.isEmpty())
        name = where.file;
    if (where.line > 0)
        name += QStringLiteral(":%1").arg(where.line);
    if (where.line > 0 && where.column > 0)
        name += QStringLiteral(":%1").arg(where.column);
    return name;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Diagnostic &d = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(d.severity);
        case CodeColumn:
            return d.code;
        case LocationColumn:
            return locationText(d.where);
        case MessageColumn:
            // The hint as a second line, so that a projector shows it without hovering.
            return d.hint.isEmpty() ? d.message : d.message + u'\n' + tr("hint: %1").arg(d.hint);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<p><b>%1</b> %2 · %3</p><p>%4</p>")
                          .arg(severityLabel(d.severity).toHtmlEscaped(), d.code.toHtmlEscaped(),
                               d.where.toString().toHtmlEscaped(), d.message.toHtmlEscaped());
        if (!d.hint.isEmpty())
            tip +=
                QStringLiteral("<p><i>%1</i></p>").arg(tr("hint: %1").arg(d.hint).toHtmlEscaped());
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            const QStyle::StandardPixmap icon =
                d.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                : d.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                  : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return severityColor(d.severity).darker(d.severity == Severity::Warning ? 140 : 100);
        break;
    case SeverityRankRole:
        return rank(d.severity);
    case EntityRole:
        return d.entity;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return rank(d.severity) * 1000000 + index.row(); // stable within a severity
        case CodeColumn:
            return d.code;
        case LocationColumn:
            return index.row(); // the load's order: file, line, column
        case MessageColumn:
            return d.message;
        }
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case LocationColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

QList<ProblemMark> problemMarks(const Diagnostics &problems)
{
    QList<ProblemMark> marks;
    QHash<QString, int> index;
    for (const Diagnostic &d : problems) {
        if (d.entity.isEmpty())
            continue;
        const QString line = ProblemsModel::tr("%1 %2 (%3): %4")
                                 .arg(ProblemsModel::severityLabel(d.severity), d.code,
                                      ProblemsModel::locationText(d.where), d.message);
        const auto it = index.constFind(d.entity);
        if (it == index.cend()) {
            index.insert(d.entity, int(marks.size()));
            marks.append({d.entity, d.severity, line});
            continue;
        }
        ProblemMark &m = marks[it.value()];
        if (ProblemsModel::rank(d.severity) < ProblemsModel::rank(m.severity))
            m.severity = d.severity;
        m.text += u'\n' + line;
    }
    return marks;
}

ProblemsFilter::ProblemsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemsModel::SortRole);
}

void ProblemsFilter::setSeverityShown(Severity s, bool shown)
{
    if (m_shown[ProblemsModel::rank(s)] == shown)
        return;
    m_shown[ProblemsModel::rank(s)] = shown;
    invalidateFilter();
}

bool ProblemsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    const int rank = index.data(ProblemsModel::SeverityRankRole).toInt();
    return rank >= 0 && rank < 3 && m_shown[rank];
}

bool ProblemsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ProblemsModel::SortRole);
    const QVariant b = right.data(ProblemsModel::SortRole);
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    const int c = a.toString().localeAwareCompare(b.toString());
    return c != 0 ? c < 0 : left.row() < right.row();
}

} // namespace hopscope::app
