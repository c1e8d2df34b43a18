#include "ui/panels/notespanel.h"

#include "ui/classroom.h"
#include "document/stepcontroller.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace hopscope::app {

NotesPanel::NotesPanel(Classroom *classroom, QWidget *parent)
    : QWidget(parent), m_classroom(classroom), m_request(new QLabel(this)),
      m_requestNote(new QLineEdit(this)), m_step(new QLabel(this)),
      m_hopNote(new QPlainTextEdit(this)), m_requestLabel(new QLabel(this)),
      m_stepLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_request->setWordWrap(true);
    m_requestNote->setObjectName(QStringLiteral("requestNote"));
    m_hopNote->setObjectName(QStringLiteral("hopNote"));
    m_hopNote->setTabChangesFocus(true);
    m_hopNote->setMaximumHeight(90);
    auto *form = new QFormLayout(this);
    form->addRow(m_request);
    form->addRow(m_requestLabel, m_requestNote);
    form->addRow(m_step);
    form->addRow(m_stepLabel, m_hopNote);
    retranslate();

    connect(m_requestNote, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_updating)
            m_classroom->setRequestNote(text);
    });
    connect(m_hopNote, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && m_hop >= 0)
            m_classroom->setHopNote(m_hop, m_hopNote->toPlainText());
    });
    connect(m_classroom, &Classroom::traceChanged, this, &NotesPanel::refresh);
    connect(m_classroom, &Classroom::notesChanged, this, &NotesPanel::refresh);
    connect(m_classroom->controller(), &StepController::positionChanged, this,
            &NotesPanel::refresh);
    refresh();
}

void NotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void NotesPanel::retranslate()
{
    m_requestNote->setPlaceholderText(tr("Said with this request (shown to the class)"));
    m_hopNote->setPlaceholderText(tr("Said at this step (shown to the class)"));
    m_requestLabel->setText(tr("Request note:"));
    m_stepLabel->setText(tr("Step note:"));
}

void NotesPanel::refresh()
{
    m_updating = true;
    const Trace &trace = m_classroom->trace();
    const int hop = trace.hops.isEmpty() ? -1 : m_classroom->controller()->currentHop();
    const int preset = m_classroom->currentRequest();
    if (trace.hops.isEmpty())
        m_request->setText(tr("Send a request to write notes for it."));
    else if (preset >= 0)
        m_request->setText(
            tr("Preset: %1").arg(m_classroom->presetTitle(preset)));
    else
        m_request->setText(tr("%1 → %2 (a note keeps it in the lesson)")
                               .arg(trace.request.from, trace.request.to));
    if (m_requestNote->text() != m_classroom->requestNote())
        m_requestNote->setText(m_classroom->requestNote());
    m_requestNote->setEnabled(!trace.hops.isEmpty());
    m_step->setText(hop >= 0 && hop < trace.hops.size()
                        ? tr("Step %1: %2").arg(hop + 1).arg(trace.hops[hop].actionLabel())
                        : QString());
    if (hop != m_hop || m_hopNote->toPlainText() != m_classroom->hopNote(hop)) {
        m_hop = hop;
        if (m_hopNote->toPlainText() != m_classroom->hopNote(hop))
            m_hopNote->setPlainText(m_classroom->hopNote(hop));
    }
    m_hopNote->setEnabled(hop >= 0);
    m_updating = false;
}

} // namespace hopscope::app
