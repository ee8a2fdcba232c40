#include "NotebookFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace brickdesk::emulator {

namespace {

const QString kDatabricksMetadata = QStringLiteral("application/vnd.databricks.v1+notebook");
const QString kHtmlPreStart = QStringLiteral("<pre class=\"databricks-notebook-source\">");
const QString kHtmlLanguageMeta = QStringLiteral("<meta name=\"databricks-notebook-language\" "
                                                 "content=\"");

// Jupyter keeps a cell's text as lines, each but the last ending in "\n".
QJsonArray jupyterLines(const QString &text)
{
    QJsonArray lines;
    if (text.isEmpty())
        return lines;
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < parts.size(); ++i)
        lines.append(i + 1 < parts.size() ? QString(parts.at(i) + QLatin1Char('\n')) : parts.at(i));
    return lines;
}

QString jupyterText(const QJsonValue &source)
{
    if (source.isString())
        return source.toString();
    QString text;
    const QJsonArray lines = source.toArray();
    for (const QJsonValue &line : lines)
        text += line.toString();
    return text;
}

QJsonObject jupyterCell(const NotebookCell &cell)
{
    if (cell.magic == QStringLiteral("md")) {
        return QJsonObject{{QStringLiteral("cell_type"), QStringLiteral("markdown")},
                           {QStringLiteral("metadata"), QJsonObject()},
                           {QStringLiteral("source"), jupyterLines(cell.text)}};
    }
    QString text = cell.text;
    if (!cell.magic.isEmpty())
        text = QLatin1Char('%') + cell.magic +
               (text.isEmpty() ? QString() : QString(QLatin1Char('\n') + text));
    return QJsonObject{{QStringLiteral("cell_type"), QStringLiteral("code")},
                       {QStringLiteral("execution_count"), QJsonValue()},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("outputs"), QJsonArray()},
                       {QStringLiteral("source"), jupyterLines(text)}};
}

// A code cell whose first line is "%name" is a magic cell in the source format.
NotebookCell cellFromJupyter(const QJsonObject &cell)
{
    NotebookCell result;
    QString text = jupyterText(cell.value(QStringLiteral("source")));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (cell.value(QStringLiteral("cell_type")).toString() == QStringLiteral("markdown")) {
        result.magic = QStringLiteral("md");
        result.text = text;
        return result;
    }
    if (text.startsWith(QLatin1Char('%'))) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        const QString command = text.mid(1, end < 0 ? -1 : end - 1).trimmed();
        if (!command.isEmpty() && !command.contains(QLatin1Char(' '))) {
            result.magic = command;
            result.text = end < 0 ? QString() : text.mid(end + 1);
            return result;
        }
    }
    result.text = text;
    return result;
}

std::optional<NotebookLanguage> languageFromJupyterMetadata(const QJsonObject &metadata)
{
    for (const QString &name : {metadata.value(kDatabricksMetadata)
                                    .toObject()
                                    .value(QStringLiteral("language"))
                                    .toString(),
                                metadata.value(QStringLiteral("kernelspec"))
                                    .toObject()
                                    .value(QStringLiteral("language"))
                                    .toString(),
                                metadata.value(QStringLiteral("language_info"))
                                    .toObject()
                                    .value(QStringLiteral("name"))
                                    .toString()}) {
        if (std::optional<NotebookLanguage> language = notebookLanguage(name))
            return language;
    }
    return std::nullopt;
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString unescapeHtml(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

QByteArray jupyterFromNotebook(const QByteArray &source, const NotebookLanguage &language,
                               const QString &name)
{
    QJsonArray cells;
    const QList<NotebookCell> parsed = parseNotebookCells(source, language);
    for (const NotebookCell &cell : parsed)
        cells.append(jupyterCell(cell));
    const QJsonObject metadata{
        {kDatabricksMetadata, QJsonObject{{QStringLiteral("language"), language.jupyterName},
                                          {QStringLiteral("notebookName"), name},
                                          {QStringLiteral("dashboards"), QJsonArray()},
                                          {QStringLiteral("widgets"), QJsonObject()}}},
        {QStringLiteral("kernelspec"),
         QJsonObject{{QStringLiteral("display_name"), language.jupyterName},
                     {QStringLiteral("language"), language.jupyterName},
                     {QStringLiteral("name"), language.jupyterName}}},
        {QStringLiteral("language_info"),
         QJsonObject{{QStringLiteral("name"), language.jupyterName}}}};
    const QJsonObject notebook{{QStringLiteral("cells"), cells},
                               {QStringLiteral("metadata"), metadata},
                               {QStringLiteral("nbformat"), 4},
                               {QStringLiteral("nbformat_minor"), 0}};
    return QJsonDocument(notebook).toJson(QJsonDocument::Indented);
}

bool looksLikeJupyter(const QByteArray &content)
{
    const QJsonObject root = QJsonDocument::fromJson(content).object();
    return root.value(QStringLiteral("cells")).isArray() &&
           root.value(QStringLiteral("nbformat")).isDouble();
}

std::optional<ConvertedNotebook>
notebookFromJupyter(const QByteArray &ipynb, const std::optional<NotebookLanguage> &fallback)
{
    if (!looksLikeJupyter(ipynb))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(ipynb).object();
    std::optional<NotebookLanguage> language =
        languageFromJupyterMetadata(root.value(QStringLiteral("metadata")).toObject());
    if (!language)
        language = fallback ? fallback : notebookLanguage(QStringLiteral("PYTHON"));
    QList<NotebookCell> cells;
    const QJsonArray items = root.value(QStringLiteral("cells")).toArray();
    for (const QJsonValue &item : items) {
        const QString type = item.toObject().value(QStringLiteral("cell_type")).toString();
        if (type == QStringLiteral("code") || type == QStringLiteral("markdown"))
            cells.append(cellFromJupyter(item.toObject()));
    }
    return ConvertedNotebook{notebookSource(cells, *language), *language};
}

QByteArray htmlFromNotebook(const QByteArray &source, const NotebookLanguage &language,
                            const QString &name)
{
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>") +
        escapeHtml(name) + QStringLiteral(" - Databricks</title>\n") + kHtmlLanguageMeta +
        language.name + QStringLiteral("\">\n</head>\n<body>\n") + kHtmlPreStart +
        escapeHtml(QString::fromUtf8(source)) + QStringLiteral("</pre>\n</body>\n</html>\n");
    return page.toUtf8();
}

std::optional<ConvertedNotebook> notebookFromHtml(const QByteArray &html,
                                                  const std::optional<NotebookLanguage> &fallback)
{
    const QString page = QString::fromUtf8(html);
    const qsizetype start = page.indexOf(kHtmlPreStart);
    const qsizetype end = start < 0 ? -1 : page.indexOf(QStringLiteral("</pre>"), start);
    if (end < 0)
        return std::nullopt;
    std::optional<NotebookLanguage> language = fallback;
    const qsizetype meta = page.indexOf(kHtmlLanguageMeta);
    if (meta >= 0) {
        const qsizetype valueStart = meta + kHtmlLanguageMeta.size();
        const qsizetype valueEnd = page.indexOf(QLatin1Char('"'), valueStart);
        if (std::optional<NotebookLanguage> named =
                notebookLanguage(page.mid(valueStart, valueEnd - valueStart)))
            language = named;
    }
    if (!language)
        return std::nullopt;
    const qsizetype textStart = start + kHtmlPreStart.size();
    return ConvertedNotebook{unescapeHtml(page.mid(textStart, end - textStart)).toUtf8(),
                             *language};
}

} // namespace brickdesk::emulator
