#pragma once

#include "NotebookSource.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// A notebook converted from an import format: its source text and language.
struct ConvertedNotebook
{
    QByteArray source;
    NotebookLanguage language;
};

// JUPYTER: a minimal nbformat 4 notebook. "%md" cells become markdown cells, other cells code
// cells (a magic cell keeps its "%sql" first line, as Databricks exports it); the language is in
// the Databricks metadata, the kernelspec and language_info.
QByteArray jupyterFromNotebook(const QByteArray &source, const NotebookLanguage &language,
                               const QString &name);
// The notebook's language comes from the file's metadata, else `fallback`. Nothing when the
// content is not a Jupyter notebook.
std::optional<ConvertedNotebook>
notebookFromJupyter(const QByteArray &ipynb, const std::optional<NotebookLanguage> &fallback);
bool looksLikeJupyter(const QByteArray &content);

// HTML: a page holding the source, escaped, in one <pre> element (the service's pages embed
// their own viewer; this is what a reader needs). Import reads such a page back.
QByteArray htmlFromNotebook(const QByteArray &source, const NotebookLanguage &language,
                            const QString &name);
std::optional<ConvertedNotebook> notebookFromHtml(const QByteArray &html,
                                                  const std::optional<NotebookLanguage> &fallback);

} // namespace brickdesk::emulator
