#pragma once

// The rules pane: the iptables tables kube-proxy wrote on the node the packet is on (the
// iptables-restore text of NodeProxyRules), scrolled to the rule that decided the current hop
// and highlighting it; the other rules the hop's walk went through (its trail) are tinted.

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace hopscope::app {

class RulesPanel final : public QWidget
{
    Q_OBJECT
public:
    struct RuleRef
    {
        QString table; // "nat", "filter"
        QString rule;  // "-A CHAIN …"
    };

    explicit RulesPanel(QWidget *parent = nullptr);

    // The node's rules text (empty node: outside the cluster, nothing to show).
    void showNode(const QString &node, const QString &restoreText);
    // Highlights `decided` (may be empty) and tints `trail`; scrolls to the decided rule.
    void highlight(const RuleRef &decided, const QList<RuleRef> &trail);

    QString node() const { return m_node; }
    // The highlighted line's text and its 0-based line number (-1 when none).
    QString highlightedLine() const;
    int highlightedLineNumber() const { return m_highlighted; }
    QList<int> trailLineNumbers() const { return m_trail; }
    QPlainTextEdit *editor() const { return m_text; }
    // The theme changed: the trail and the decided rule are tinted again.
    void restyle() { applySelections(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCaption();
    int lineOf(const RuleRef &ref) const;
    void applySelections();

    QLabel *m_caption;
    QPlainTextEdit *m_text;
    QString m_node;
    QStringList m_lines;
    int m_highlighted = -1;
    QList<int> m_trail;
};

} // namespace hopscope::app
