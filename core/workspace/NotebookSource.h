#pragma once

#include "CodeLanguage.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// One cell of a notebook in Databricks source format: the lines between two
// "# COMMAND ----------" markers (marker lines not included).
struct NotebookCell
{
    CodeLanguage language = CodeLanguage::Plain; // after its magic, if any
    QString magic;     // "md", "sql", "sh", "run", "pip" ...; empty: the notebook's own language
    QString title;     // from a "# DBTITLE 1,<title>" line
    int firstLine = 0; // 0-based line of the source text
    int lineCount = 0;
    bool operator==(const NotebookCell &) const = default;
};

struct NotebookOutline
{
    CodeLanguage language = CodeLanguage::Plain;
    bool hasHeader = false; // the first line says "Databricks notebook source"
    QList<NotebookCell> cells;
};

// What a line of a source notebook is, for the highlighter and the outline.
enum class NotebookLineRole
{
    Header,     // # Databricks notebook source
    CellMarker, // # COMMAND ----------
    Title,      // # DBTITLE 1,Load the trips
    Magic,      // # MAGIC %sql / # MAGIC SELECT ...
    Code
};

// The Databricks notebook source format, as `workspace/export?format=SOURCE` writes it and
// `workspace/import` reads it: a header line, cells split by COMMAND markers, and cells in another
// language as "# MAGIC" comment lines. The comment is "#" (Python, R), "--" (SQL) or "//" (Scala);
// markers in any of the three styles are recognised, whatever the notebook's language.
namespace notebookSource {

QString commentPrefix(CodeLanguage notebookLanguage);
QString headerLine(CodeLanguage notebookLanguage);
QString cellMarkerLine(CodeLanguage notebookLanguage);

NotebookLineRole lineRole(const QString &line);
// The text after "<comment> MAGIC" with the one separating space removed ("%sql" from
// "# MAGIC %sql"); nothing when the line is not a MAGIC line.
std::optional<QString> magicBody(const QString &line);
// The language a magic command switches a cell to: md → Markdown, sql → Sql, sh/fs/pip → Shell,
// python, scala, r; anything else (run, ...) → Plain.
CodeLanguage languageOfMagic(const QString &magic);

// Splits the text into cells. Lines may end in "\n" or "\r\n".
NotebookOutline parse(const QString &text, CodeLanguage notebookLanguage);
QStringList splitLines(const QString &text);

// The language a source file's header line gives away: "--" SQL, "//" Scala, "#" Python (an R
// notebook looks the same; the caller's hint wins). Plain when the text has no header.
CodeLanguage languageOfHeader(const QString &text, CodeLanguage hint = CodeLanguage::Plain);

// The code of a cell as the user would type it: MAGIC prefixes and the title line removed.
QString cellCode(const QStringList &lines, const NotebookCell &cell);

// Builds the source text of a notebook from cell codes written in the notebook's language (a cell
// starting with "%md" etc. is written as MAGIC lines), as the workspace exports it.
QString compose(CodeLanguage notebookLanguage, const QStringList &cellCodes);

} // namespace notebookSource
} // namespace brickdesk
