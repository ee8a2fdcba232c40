#pragma once

#include <QString>

namespace brickdesk {

// The language of a piece of code: a notebook's own language, or a cell's after its magic
// (%md, %sh ...). The editor highlights by it.
enum class CodeLanguage
{
    Plain,
    Python,
    Scala,
    Sql,
    R,
    Markdown,
    Shell
};

// The workspace API's notebook languages (PYTHON, SCALA, SQL, R); Plain for anything else.
CodeLanguage codeLanguageFromApi(const QString &language);
// "PYTHON" ...; empty for languages a notebook cannot have.
QString apiLanguageId(CodeLanguage language);
// For the user: "Python", "Spark SQL" ...
QString codeLanguageName(CodeLanguage language);
// A source file's extension for a notebook language (py, scala, sql, r); empty otherwise.
QString sourceExtension(CodeLanguage language);
// The notebook language a source file's extension stands for (.py, .scala, .sql, .r/.R);
// Plain when none.
CodeLanguage languageFromExtension(const QString &suffix);

} // namespace brickdesk
