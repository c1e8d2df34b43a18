#pragma once

// The Problems panel: the diagnostics of the last load, one row each (severity, code,
// file:line:col, message and hint), sortable, filtered by severity; clicking a row shows that
// file read-only in a source view, scrolled to the line, and says which entity it concerns
// (problemActivated), so the window can select it on the scene.

#include "core/base/diagnostic.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace hopscope::app {

class ProblemsFilter;
class ProblemsModel;
class SourceView;

class ProblemsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const Diagnostics &problems);
    int count() const;
    // "Problems (3)": the dock's title.
    QString title() const;

    QTreeView *view() const { return m_view; }
    SourceView *sourceView() const { return m_source; }
    ProblemsModel *model() const { return m_model; }
    ProblemsFilter *filter() const { return m_filter; }
    QToolButton *severityButton(Severity s) const;

    // Shows the problem of a row of the view (as a click does).
    void activateRow(int row);
    // Another cluster was opened: the file shown for the last one's problem goes.
    void clearPreview();

Q_SIGNALS:
    void problemActivated(const hopscope::Diagnostic &problem);
    void titleChanged(const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(const QModelIndex &index);
    void updateButtons();

    ProblemsModel *m_model;
    ProblemsFilter *m_filter;
    QTreeView *m_view;
    SourceView *m_source;
    QLabel *m_sourceTitle;
    QToolButton *m_buttons[3];
};

} // namespace hopscope::app
