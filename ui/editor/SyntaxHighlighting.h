#pragma once

#include "CodeLanguage.h"

#include <QString>
#include <QTextFormat>
#include <memory>

class QPalette;
class QTextCharFormat;
class QTextDocument;

namespace brickdesk {

// What a highlighted piece of text is. Every format the highlighter applies carries its style as
// the property kStyleProperty, whichever backend made it, so tests and tools can ask
// "is this a keyword?" without knowing colours.
enum class TextStyle
{
    Normal,
    Keyword,
    Type,
    Function, // built-in functions and names of defined functions
    String,
    Number,
    Comment,
    Identifier, // quoted identifiers: `name` in SQL and R
    Annotation, // @decorator, @annotation
    Variable,   // $VAR, ${var}, :param
    Heading,    // Markdown
    Emphasis,
    Strong,
    Code,
    Link,
    ListMarker,
    NotebookChrome, // header, COMMAND markers, "# MAGIC " prefixes: dimmed
    Magic,          // %sql, %md, %pip ... at the start of a cell
    CellTitle       // the title of "# DBTITLE 1,<title>"
};

// Syntax highlighting of one QTextDocument, behind one small interface with two backends chosen
// when the project is configured: KSyntaxHighlighting (KF6) when CMake finds it, otherwise
// Brickdesk's own rules (Spark SQL, Python, Scala, R, Markdown, shell).
//
// In notebook mode the document is a Databricks source notebook in `language`: the header and
// COMMAND marker lines are dimmed, and each cell is highlighted in its own language — "# MAGIC
// %sql" cells as SQL after the dimmed "# MAGIC " prefix, %md as Markdown, %sh/%pip/%fs as shell.
class SyntaxHighlighting
{
public:
    static constexpr int kStyleProperty = QTextFormat::UserProperty + 0x5e1;

    virtual ~SyntaxHighlighting();

    // A highlighter attached to `document` (not owned; the highlighter may be destroyed first).
    static std::unique_ptr<SyntaxHighlighting> create(QTextDocument *document,
                                                      CodeLanguage language, bool notebook);
    // "KSyntaxHighlighting (KF6)" or "Brickdesk" — the backend this build uses.
    static QString backendName();
    static bool isBuiltInBackend();

    // The style a format was made for (Normal when it carries none).
    static TextStyle styleOf(const QTextCharFormat &format);
    // True when text drawn on `palette`'s base colour needs the dark colour set.
    static bool isDark(const QPalette &palette);

    virtual void setLanguage(CodeLanguage language, bool notebook) = 0;
    virtual CodeLanguage language() const = 0;
    virtual bool isNotebook() const = 0;
    // Colours for a light or a dark background; re-highlights when it changes.
    virtual void setDark(bool dark) = 0;
    virtual bool isDarkTheme() const = 0;
    virtual void rehighlightAll() = 0;
};

} // namespace brickdesk
