#pragma once

// Quiz mode in the classroom (Packet Tracer's challenge mode, for Kubernetes): while it is on,
// the clock stops before each hop core/quiz.h asks about, the panel shows the question and its
// 3–4 choices; once the student answers, it says whether that was right, gives the hop's
// explanation and the score (right / attempted), and "Show the hop" moves on. At the end of the
// trace it sums the quiz up. The questions and the score come from core; this only shows them
// and holds the clock.

#include "core/classroom/quiz.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;

namespace hopscope::app {

class Classroom;
struct StepPosition;

class QuizPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit QuizPanel(Classroom *classroom, QWidget *parent = nullptr);

    // The checkable "Quiz Mode" action (a menu and the panel share it).
    QAction *toggleAction() const { return m_toggle; }
    bool isQuizMode() const;
    void setQuizMode(bool on);

    // The question waiting for an answer, if any.
    const std::optional<QuizQuestion> &question() const { return m_question; }
    bool isAnswered() const { return m_answered; }
    QList<QPushButton *> choiceButtons() const { return m_choices; }
    const QuizScore &score() const { return m_score; }
    QString feedbackText() const;
    QString summaryText() const;

public Q_SLOTS:
    // The student picks choice `index` of the question shown.
    void answer(int index);
    // After an answer: shows the hop the question was about.
    void showHop();

Q_SIGNALS:
    void quizModeChanged(bool on);
    void answered(bool right);
    // "Show hop" moved the clock on (its button may be gone).
    void hopShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void traceChanged();
    void positionChanged(const StepPosition &position);
    void ask(const QuizQuestion &question);
    void clearQuestion();
    void updateScore();

    Classroom *m_classroom;
    QAction *m_toggle;
    QCheckBox *m_check;
    QLabel *m_prompt;
    QList<QPushButton *> m_choices;
    QLabel *m_feedback;
    QPushButton *m_continue;
    QLabel *m_score_label;
    QList<QuizQuestion> m_questions;
    std::optional<QuizQuestion> m_question;
    QuizScore m_score;
    bool m_answered = false;
    bool m_holding = false; // moving the clock back: ignore the position it reports
};

} // namespace hopscope::app
