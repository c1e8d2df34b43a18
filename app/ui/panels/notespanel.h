#pragma once

// The teacher's notes editor: a note for the request shown and one for the current step of it
// (saved in the lesson, core/lesson.h: `note` and `hop-notes`). The class sees them in the
// request bar's hint line while that request, or that step, is on screen.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hopscope::app {

class Classroom;
struct StepPosition;

class NotesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(Classroom *classroom, QWidget *parent = nullptr);

    QLineEdit *requestNoteEdit() const { return m_requestNote; }
    QPlainTextEdit *hopNoteEdit() const { return m_hopNote; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    Classroom *m_classroom;
    QLabel *m_request;
    QLineEdit *m_requestNote;
    QLabel *m_step;
    QPlainTextEdit *m_hopNote;
    QLabel *m_requestLabel;
    QLabel *m_stepLabel;
    int m_hop = -1;
    bool m_updating = false;
};

} // namespace hopscope::app
