#pragma once

#include "CodeEditor.h"

#include <QCompleter>

namespace brickdesk {

// The SQL tab's editor: the shared CodeEditor (line numbers, find/replace, Spark SQL
// highlighting, completion) behind the few calls the page makes.
inline CodeEditor *createSqlEditor(QWidget *parent)
{
    auto *editor = new CodeEditor(parent);
    editor->setLanguage(CodeLanguage::Sql);
    return editor;
}

inline QString sqlEditorText(const CodeEditor *editor)
{
    return editor->text();
}

// Replaces the whole text as one undoable edit.
inline void replaceSqlEditorText(CodeEditor *editor, const QString &text)
{
    editor->replaceText(text);
}

inline void setSqlEditorCompleter(CodeEditor *editor, QCompleter *completer)
{
    editor->setCompleter(completer);
}

} // namespace brickdesk
