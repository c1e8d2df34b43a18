#include "ui/panels/quizpanel.h"

#include "ui/classroom.h"
#include "document/stepcontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hopscope::app {

namespace {
constexpr int MaxChoices = 4;
} // namespace

QuizPanel::QuizPanel(Classroom *classroom, QWidget *parent)
    : QWidget(parent), m_classroom(classroom), m_toggle(new QAction(this)),
      m_check(new QCheckBox(this)), m_prompt(new QLabel(this)), m_feedback(new QLabel(this)),
      m_continue(new QPushButton(this)), m_score_label(new QLabel(this))
{
    setObjectName(QStringLiteral("quizPanel"));
    m_toggle->setCheckable(true);
    m_toggle->setObjectName(QStringLiteral("quizMode"));
    auto *layout = new QVBoxLayout(this);
    connect(m_check, &QCheckBox::toggled, m_toggle, &QAction::setChecked);
    connect(m_toggle, &QAction::toggled, m_check, &QCheckBox::setChecked);
    layout->addWidget(m_check);
    QFont big = m_prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_prompt->setFont(big);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_prompt);
    for (int i = 0; i < MaxChoices; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("choice%1").arg(i));
        button->setMinimumHeight(34);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px;"));
        connect(button, &QPushButton::clicked, this, [this, i] { answer(i); });
        layout->addWidget(button);
        m_choices << button;
    }
    // The button and the score above the explanation, which may be long (and scrolls).
    m_continue->setObjectName(QStringLiteral("showHop"));
    connect(m_continue, &QPushButton::clicked, this, &QuizPanel::showHop);
    layout->addWidget(m_continue);
    layout->addWidget(m_score_label);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    layout->addWidget(m_feedback);
    layout->addStretch(1);

    connect(m_toggle, &QAction::toggled, this, &QuizPanel::setQuizMode);
    connect(m_classroom, &Classroom::traceChanged, this, &QuizPanel::traceChanged);
    connect(m_classroom->controller(), &StepController::positionChanged, this,
            &QuizPanel::positionChanged);
    retranslate();
    clearQuestion();
    updateScore();
}

void QuizPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuizPanel::retranslate()
{
    m_toggle->setText(tr("&Quiz Mode"));
    m_toggle->setToolTip(tr("Before each hop, the class guesses where the packet goes or what "
                            "the rule makes of it"));
    m_check->setText(tr("Quiz mode: guess each hop before it is shown"));
    if (!m_question)
        clearQuestion();
    else if (m_answered)
        m_continue->setText(tr("Show hop %1").arg(m_question->hop + 1));
    updateScore();
}

bool QuizPanel::isQuizMode() const
{
    return m_toggle->isChecked();
}

void QuizPanel::setQuizMode(bool on)
{
    if (m_toggle->isChecked() != on) {
        m_toggle->setChecked(on); // comes back here through toggled()
        return;
    }
    m_score.reset();
    clearQuestion();
    updateScore();
    if (on) {
        traceChanged();
        // Back to the sender: every hop is to be guessed.
        m_classroom->controller()->reset();
    }
    Q_EMIT quizModeChanged(on);
}

void QuizPanel::traceChanged()
{
    const Trace &trace = m_classroom->trace();
    m_score.reset();
    clearQuestion();
    m_questions = isQuizMode()
                      ? quizQuestions(trace, m_classroom->runner()->cluster(), trace.request.seed)
                      : QList<QuizQuestion>{};
    updateScore();
    positionChanged(m_classroom->controller()->position());
}

void QuizPanel::positionChanged(const StepPosition &position)
{
    if (!isQuizMode() || m_holding)
        return;
    for (const QuizQuestion &q : std::as_const(m_questions)) {
        if (q.hop > position.hop)
            break;
        if (m_score.answered(q.hop))
            continue;
        // Not shown yet: hold the packet at the hop before, and ask.
        StepController *clock = m_classroom->controller();
        m_holding = true;
        clock->pause();
        clock->setTime(StepController::arrivalTime(q.hop - 1));
        m_holding = false;
        if (!m_question || m_question->hop != q.hop)
            ask(q);
        return;
    }
    const int last = m_classroom->controller()->hopCount() - 1;
    if (position.hop == last && position.atRest() && m_score.attempted() > 0 &&
        m_score.attempted() == m_questions.size()) {
        m_feedback->setText(summaryText());
        m_continue->hide();
    }
}

void QuizPanel::ask(const QuizQuestion &question)
{
    m_question = question;
    m_answered = false;
    m_prompt->setText(question.prompt);
    for (int i = 0; i < m_choices.size(); ++i) {
        QPushButton *b = m_choices[i];
        const bool used = i < question.choices.size();
        b->setVisible(used);
        b->setEnabled(used);
        b->setText(used ? QStringLiteral("%1.  %2").arg(QChar(u'A' + i)).arg(question.choices[i])
                        : QString());
        b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px;"));
    }
    m_feedback->setText(tr("Hop %1 of %2: pick an answer.")
                            .arg(question.hop + 1)
                            .arg(m_classroom->controller()->hopCount()));
    m_continue->hide();
}

void QuizPanel::clearQuestion()
{
    m_question.reset();
    m_answered = false;
    m_prompt->setText(isQuizMode() ? tr("Send a request: the quiz asks before each hop.")
                                   : tr("Quiz mode is off."));
    for (QPushButton *b : std::as_const(m_choices))
        b->hide();
    m_feedback->clear();
    m_continue->hide();
}

void QuizPanel::answer(int index)
{
    if (!m_question || m_answered || index < 0 || index >= m_question->choices.size())
        return;
    const QuizQuestion &q = *m_question;
    const bool right = m_score.answer(q, index);
    m_answered = true;
    for (int i = 0; i < q.choices.size(); ++i) {
        QPushButton *b = m_choices[i]; // stays readable: answer() takes one answer only
        // Not by colour alone: the right answer is marked with a tick, a wrong pick with a cross.
        if (i == q.answer) {
            b->setText(QStringLiteral("✔ ") + b->text());
            b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px; "
                                            "font-weight: bold; border: 3px solid #009E73;"));
        } else if (i == index) {
            b->setText(QStringLiteral("✘ ") + b->text());
            b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px; "
                                            "border: 3px solid #D55E00;"));
        }
    }
    const QString verdict =
        right ? tr("Right!") : tr("Not quite: the answer is %1.").arg(q.choices[q.answer]);
    m_feedback->setText(q.explanation.isEmpty() ? verdict : verdict + u'\n' + q.explanation);
    m_continue->setText(tr("Show hop %1").arg(q.hop + 1));
    m_continue->show();
    updateScore();
    Q_EMIT answered(right);
}

void QuizPanel::showHop()
{
    if (!m_question || !m_answered)
        return;
    const int hop = m_question->hop;
    m_question.reset();
    m_classroom->controller()->jumpTo(hop);
    if (!m_question) { // no next question was asked on the way
        m_prompt->setText(tr("Step on: the next question comes before its hop."));
        for (QPushButton *b : std::as_const(m_choices))
            b->hide();
        if (m_feedback->text() != summaryText())
            m_continue->hide();
    }
    Q_EMIT hopShown();
}

void QuizPanel::updateScore()
{
    m_score_label->setText(isQuizMode() ? tr("Score: %1").arg(m_score.text()) : QString());
}

QString QuizPanel::feedbackText() const
{
    return m_feedback->text();
}

QString QuizPanel::summaryText() const
{
    return m_score.summary(m_classroom->trace());
}

} // namespace hopscope::app
