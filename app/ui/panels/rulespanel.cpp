#include "ui/panels/rulespanel.h"

#include "scene/style.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace hopscope::app {

RulesPanel::RulesPanel(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_text, 1);
    m_caption->setWordWrap(true);
    m_text->setReadOnly(true);
    // Wrapped: a kube-proxy rule is long, and its end (-j DNAT --to-destination …) matters.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setObjectName(QStringLiteral("rulesText"));
    showNode(QString(), QString());
}

void RulesPanel::showNode(const QString &node, const QString &restoreText)
{
    if (node == m_node && !node.isEmpty())
        return;
    m_node = node;
    m_highlighted = -1;
    m_trail.clear();
    showCaption();
    if (node.isEmpty()) {
        m_lines.clear();
        m_text->clear();
        return;
    }
    m_lines = restoreText.split(u'\n');
    if (!m_lines.isEmpty() && m_lines.last().isEmpty())
        m_lines.removeLast();
    m_text->setPlainText(m_lines.join(u'\n'));
}

void RulesPanel::showCaption()
{
    m_caption->setText(
        m_node.isEmpty() ? tr("Outside the cluster: no kube-proxy rules here.")
                         : tr("iptables rules kube-proxy wrote on %1 (iptables-save)").arg(m_node));
}

void RulesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showCaption();
    QWidget::changeEvent(event);
}

int RulesPanel::lineOf(const RuleRef &ref) const
{
    if (ref.rule.isEmpty())
        return -1;
    const QString section = u'*' + (ref.table.isEmpty() ? QStringLiteral("nat") : ref.table);
    bool inTable = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString &line = m_lines[i];
        if (line.startsWith(u'*'))
            inTable = line == section;
        else if (inTable && line == ref.rule)
            return i;
    }
    return -1;
}

void RulesPanel::highlight(const RuleRef &decided, const QList<RuleRef> &trail)
{
    m_highlighted = lineOf(decided);
    m_trail.clear();
    for (const RuleRef &r : trail) {
        const int line = lineOf(r);
        if (line >= 0 && line != m_highlighted)
            m_trail << line;
    }
    applySelections();
    const int target = m_highlighted >= 0 ? m_highlighted : m_trail.value(0, -1);
    if (target >= 0) {
        QTextCursor cursor(m_text->document()->findBlockByNumber(target));
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }
}

QString RulesPanel::highlightedLine() const
{
    return m_lines.value(m_highlighted);
}

void RulesPanel::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto select = [&](int line, const QColor &fill, bool bold) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document()->findBlockByNumber(line));
        s.format.setBackground(fill);
        s.format.setForeground(style::markText());
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        if (bold)
            s.format.setFontWeight(QFont::Bold);
        selections << s;
    };
    for (int line : std::as_const(m_trail))
        select(line, style::markFill(), false);
    if (m_highlighted >= 0)
        select(m_highlighted, style::markStrongFill(), true);
    m_text->setExtraSelections(selections);
}

} // namespace hopscope::app
