#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace brickdesk {

class CodeEditor;

// "Go to line (1–120):" above a CodeEditor's text (Ctrl+G). Takes "LINE" or "LINE:COLUMN"; a line
// past either end goes to the first or last line. Enter goes there and closes the bar; Esc closes.
class GoToLineBar : public QWidget
{
    Q_OBJECT

public:
    explicit GoToLineBar(CodeEditor *editor);

    void open();
    void dismiss();
    // Goes to the line typed; false (and the field turns red) when it is not a number.
    bool go();

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *rangeLabel() const { return m_label; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    CodeEditor *m_editor;
    QLabel *m_label;
    QLineEdit *m_edit;
};

} // namespace brickdesk
