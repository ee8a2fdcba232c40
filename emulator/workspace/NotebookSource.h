#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// A notebook language as the API names it (PYTHON, SCALA, SQL, R) with what its source files
// look like.
struct NotebookLanguage
{
    QString name;          // "PYTHON"
    QString extension;     // "py" (the export's file_type)
    QString commentPrefix; // "#"
    QString jupyterName;   // "python"
};

// Any case. Nothing for another name.
std::optional<NotebookLanguage> notebookLanguage(const QString &name);
// From a file extension without the dot ("py", "scala", "sql", "r", any case).
std::optional<NotebookLanguage> notebookLanguageForExtension(const QString &extension);

// One cell of a notebook. A magic cell ("%md", "%sql", "%sh", ...) keeps the command without
// the percent sign in `magic` and the lines after it in `text`; a cell in the notebook's own
// language has no magic.
struct NotebookCell
{
    QString magic;
    QString text;
};

// The source format of exported notebooks: the first line "# Databricks notebook source"
// ("--" in SQL, "//" in Scala), cells separated by a blank line, "# COMMAND ----------" and a
// blank line, magic cells as "# MAGIC %md" lines.
QString notebookSourceHeader(const NotebookLanguage &language);
// True when the text starts with a source header of any language; *prefix gets its comment
// prefix.
bool hasNotebookSourceHeader(const QByteArray &source, QString *prefix = nullptr);
QList<NotebookCell> parseNotebookCells(const QByteArray &source, const NotebookLanguage &language);
QByteArray notebookSource(const QList<NotebookCell> &cells, const NotebookLanguage &language);

} // namespace brickdesk::emulator
