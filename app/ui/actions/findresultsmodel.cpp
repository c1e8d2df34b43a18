#include "ui/actions/findresultsmodel.h"

#include <QCoreApplication>

namespace hopscope::app {

void FindResultsModel::setResults(const QList<FoundEntity> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const FoundEntity *FindResultsModel::at(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results[row] : nullptr;
}

int FindResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant FindResultsModel::data(const QModelIndex &index, int role) const
{
    const FoundEntity *found = at(index.row());
    if (!found)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return rowText(*found);
    case Qt::EditRole:
        return found->id;
    case Qt::ToolTipRole:
        return found->id;
    case EntityRole:
        return found->show;
    default:
        return {};
    }
}

QString FindResultsModel::kindName(const QString &kind)
{
    // The glossary's terms (translations/hopscope_ko.ts); other kinds as Kubernetes writes them.
    static const char *const kinds[][2] = {
        {"Node", QT_TRANSLATE_NOOP("hopscope::app::FindResultsModel", "Node")},
        {"Pod", QT_TRANSLATE_NOOP("hopscope::app::FindResultsModel", "Pod")},
        {"Service", QT_TRANSLATE_NOOP("hopscope::app::FindResultsModel", "Service")},
        {"Deployment", QT_TRANSLATE_NOOP("hopscope::app::FindResultsModel", "Deployment")},
        {"ReplicaSet", QT_TRANSLATE_NOOP("hopscope::app::FindResultsModel", "ReplicaSet")},
        {"StatefulSet", QT_TRANSLATE_NOOP("hopscope::app::FindResultsModel", "StatefulSet")},
        {"DaemonSet", QT_TRANSLATE_NOOP("hopscope::app::FindResultsModel", "DaemonSet")},
    };
    for (const auto &k : kinds)
        if (kind == QLatin1String(k[0]))
            return QCoreApplication::translate("hopscope::app::FindResultsModel", k[1]);
    return kind;
}

QString FindResultsModel::rowText(const FoundEntity &found)
{
    QString text = kindName(found.kind) + QStringLiteral("  ") + found.name;
    if (found.how != FindMatch::Name)
        text += QStringLiteral("  ·  ") + found.matched;
    return text;
}

} // namespace hopscope::app
