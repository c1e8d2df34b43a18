#pragma once

// The hop-details pane: where and what (the action), the packet before and after the hop with
// the fields it changed highlighted (DNAT, SNAT, un-DNAT, VXLAN outer header), what decided it
// (the iptables rule, the route or the conntrack entry) and the explanation for students.

#include "core/model/trace.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace hopscope::app {

class HopDetailsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HopDetailsPanel(QWidget *parent = nullptr);

    void setTrace(const Trace &trace);
    void setCurrentHop(int hop);
    int currentHop() const { return m_hop; }

    // What the pane shows (tests read it): the title, the keys of the highlighted fields, the
    // "decided by" text and the explanation.
    QString titleText() const;
    QStringList changedFields() const { return m_changed; }
    QString decidedByText() const;
    QString explanationText() const;
    // The manifest problems that explain this hop (a failing hop; core/traceproblems.h), as
    // plain text, "" when there are none.
    QString problemsText() const;
    QTableWidget *fieldTable() const { return m_fields; }
    // The theme changed: the highlighted fields and the title are painted again.
    void restyle() { showHop(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showHop();
    void showProblems(const Hop *hop);
    void retranslate();

    Trace m_trace;
    int m_hop = -1;
    QStringList m_changed;
    QLabel *m_title;
    QTableWidget *m_fields;
    QLabel *m_decided;
    QLabel *m_explanation;
    QLabel *m_decidedCaption;
    QLabel *m_explainCaption;
    QLabel *m_problemsCaption;
    QLabel *m_problems;
};

} // namespace hopscope::app
