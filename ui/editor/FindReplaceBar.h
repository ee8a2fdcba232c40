#pragma once

#include <QList>
#include <QRegularExpression>
#include <QWidget>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

class QRegularExpressionMatch;

namespace brickdesk {

class CodeEditor;

// The find / replace strip above a CodeEditor's text. Searches as you type from where the bar was
// opened, says "3 of 12" (or turns the field red when nothing matches), and marks every match.
// Options: case-sensitive, whole words, regular expression (replacement text may use \1..\9 for
// groups and \n, \t). Enter / Shift+Enter in the find field go to the next / previous match; Esc
// closes the bar. Replace all is one undo step.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxMatches = 10000; // counted; beyond it the count says "10000+"

    explicit FindReplaceBar(CodeEditor *editor);

    // Shows the bar (the replace row too when asked), seeded with the editor's one-line selection,
    // and focuses the find field.
    void open(bool withReplace);
    void dismiss(); // hides the bar and gives the focus back to the editor
    bool isReplaceShown() const;

    void setPattern(const QString &pattern);
    QString pattern() const;
    void setReplacement(const QString &replacement);
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);
    void setRegularExpression(bool on);

    // Select the next / previous match (wrapping). False when there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match (or goes to the next one first) and moves on. False when there
    // is nothing to replace.
    bool replaceCurrent();
    // Replaces every match as one undoable edit; returns how many.
    int replaceAll();

    int matchCount() const { return static_cast<int>(m_matches.size()); }
    int currentMatch() const; // 1-based index of the selected match, 0 when none is selected
    QString statusText() const;
    bool isNotFound() const { return m_notFound; }
    // Recounts now (the bar recounts by itself shortly after the text changes).
    void updateMatches();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QToolButton *caseButton() const { return m_case; }
    QToolButton *wordButton() const { return m_word; }
    QToolButton *regexButton() const { return m_regex; }
    QPushButton *replaceButton() const { return m_replaceOne; }
    QPushButton *replaceAllButton() const { return m_replaceAll; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QRegularExpression expression(QString *error) const;
    QString replacementFor(const std::pair<int, int> &match, const QString &text) const;
    static QString expandReplacement(const QString &replacement,
                                     const QRegularExpressionMatch &found);
    int matchIndexOfSelection() const;
    void selectMatch(int index);
    void searchFrom(int position);
    void showStatus();
    void setNotFound(bool notFound);

    CodeEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QLabel *m_status;
    QToolButton *m_case;
    QToolButton *m_word;
    QToolButton *m_regex;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QWidget *m_replaceRow;
    QTimer *m_recount;
    QList<std::pair<int, int>> m_matches; // (start, length), in document order
    bool m_truncated = false;
    bool m_stale = false; // the text changed since the last count
    bool m_notFound = false;
    QString m_error;
    QString m_note;   // "Replaced 4", shown until the next search
    int m_anchor = 0; // where searching as you type starts
};

} // namespace brickdesk
