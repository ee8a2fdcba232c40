#pragma once

#include "CodeLanguage.h"
#include "NotebookSource.h"

#include <QCompleter>
#include <QList>
#include <QPlainTextEdit>
#include <QPointer>
#include <memory>

class QAction;
class QTimer;

namespace brickdesk {

class FindReplaceBar;
class GoToLineBar;
class SyntaxHighlighting;

// The code editor of notebook tabs and the SQL tab: a QPlainTextEdit with a line-number gutter,
// the current line highlighted, a fixed-width font, Tab inserting 4 spaces (Shift+Tab and
// Backspace in indentation take them back), Enter keeping the line's indentation, syntax
// highlighting by language, a find/replace bar (Ctrl+F, Ctrl+H, F3, Shift+F3, Esc) and Go to line
// (Ctrl+G) shown above the text, and optional word completion.
//
// Notebook mode: the text is a Databricks source notebook in language(); each cell is highlighted
// in its own language, a thin line separates cells, the gutter shows each cell's number, and
// notebookOutline() follows edits (parsed 250 ms after the last change).
//
// Everything else is QPlainTextEdit's: textCursor(), document(), setReadOnly(), the undo stack.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kIndentWidth = 4;
    // Completion pops up by itself after this many word characters (Ctrl+Space: at once).
    static constexpr int kCompletionPrefixLength = 3;

    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // The whole text with "\n" line ends, exactly as typed (toPlainText() turns no-break spaces
    // into spaces; this does not).
    QString text() const;
    // Replaces the whole text as one undoable edit (setPlainText() clears the undo history).
    void replaceText(const QString &text);

    // Highlighting. In notebook mode `language` is the notebook's own language.
    void setLanguage(CodeLanguage language);
    CodeLanguage language() const { return m_language; }
    void setNotebookMode(bool notebook);
    bool isNotebookMode() const { return m_notebook; }
    SyntaxHighlighting *highlighting() const { return m_highlighting.get(); }

    // Notebook mode: the cells as of the last parse, and parsing now rather than after the pause.
    const NotebookOutline &notebookOutline() const { return m_outline; }
    void refreshNotebookOutline();
    // The 0-based index of the cell holding 0-based `line` (a marker belongs to the cell after
    // it); -1 outside notebook mode.
    int cellIndexAtLine(int line) const;

    // 1-based; out-of-range values are clamped. Centres the line and focuses the editor.
    void goToLine(int line, int column = 1);
    int cursorLine() const;   // 1-based
    int cursorColumn() const; // 1-based, in characters

    // Find / replace and Go to line, as the shortcuts do (the actions below are also on toolbars).
    void showFind();
    void showReplace();
    void showGoToLine();
    bool findNext();
    bool findPrevious();
    FindReplaceBar *findReplaceBar() const { return m_findBar; }
    GoToLineBar *goToLineBar() const { return m_goToLineBar; }
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }
    QAction *goToLineAction() const { return m_goToLineAction; }

    // Word completion: the completer's popup offers completions of the word before the cursor
    // (Ctrl+Space, or by itself after kCompletionPrefixLength word characters); choosing one
    // replaces that word. Not owned; nullptr removes it. While the popup is hidden, Enter, Tab
    // and Esc are the editor's.
    void setCompleter(QCompleter *completer);
    QCompleter *completer() const { return m_completer; }
    QString wordBeforeCursor() const;

    // For the find bar: ranges (start, length) to mark as search results.
    void setSearchHighlights(const QList<std::pair<int, int>> &ranges);

    int gutterWidth() const;

Q_SIGNALS:
    void notebookOutlineChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool wantsEscape() const;
    friend class CodeEditorGutter;

    void paintGutter(QPaintEvent *event);
    void layoutChrome();
    void updateGutterWidth();
    void updateExtraSelections();
    void applyTheme();
    void insertCompletion(const QString &completion);
    void updateCompletionPopup(bool forced);
    bool handleEditingKey(QKeyEvent *event);
    void newLineWithIndent();
    void indentSelection(bool indent);
    bool backspaceIndent();

    CodeLanguage m_language = CodeLanguage::Plain;
    bool m_notebook = false;
    std::unique_ptr<SyntaxHighlighting> m_highlighting;
    QWidget *m_gutter;
    FindReplaceBar *m_findBar;
    GoToLineBar *m_goToLineBar;
    QPointer<QCompleter> m_completer;
    QTimer *m_outlineTimer;
    NotebookOutline m_outline;
    QList<int> m_cellStarts; // 0-based first line of each cell (a marker's line for cells > 1)
    QList<int> m_badgeLines; // where the gutter shows each cell's number
    QList<QTextEdit::ExtraSelection> m_searchSelections;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QAction *m_goToLineAction;
};

} // namespace brickdesk
