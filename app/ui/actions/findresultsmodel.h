#pragma once

// The rows Find's completer shows: the core query's answer for the text typed so far
// (core/model/entityfinder.h), replaced on every keystroke. The completer does not filter it.

#include "core/model/entityfinder.h"

#include <QAbstractListModel>

namespace hopscope::app {

class FindResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    // Data roles beyond display (the row's text) and edit (the entity's id, which finds it again).
    enum Role { EntityRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    void setResults(const QList<FoundEntity> &results);
    const QList<FoundEntity> &results() const { return m_results; }
    const FoundEntity *at(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // "Pod default/web-0 · app=web", the kind in the user's language.
    static QString rowText(const FoundEntity &found);
    static QString kindName(const QString &kind);

private:
    QList<FoundEntity> m_results;
};

} // namespace hopscope::app
