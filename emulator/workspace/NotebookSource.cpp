#include "NotebookSource.h"

#include <QStringList>
#include <array>

namespace brickdesk::emulator {

namespace {

struct LanguageRow
{
    const char *name;
    const char *extension;
    const char *commentPrefix;
    const char *jupyterName;
};

constexpr std::array<LanguageRow, 4> kLanguages = {{
    {"PYTHON", "py", "#", "python"},
    {"SCALA", "scala", "//", "scala"},
    {"SQL", "sql", "--", "sql"},
    {"R", "r", "#", "r"},
}};

NotebookLanguage languageOf(const LanguageRow &row)
{
    return NotebookLanguage{QString::fromLatin1(row.name), QString::fromLatin1(row.extension),
                            QString::fromLatin1(row.commentPrefix),
                            QString::fromLatin1(row.jupyterName)};
}

QString separatorLine(const QString &prefix)
{
    return prefix + QStringLiteral(" COMMAND ----------");
}

QString magicPrefix(const QString &prefix)
{
    return prefix + QStringLiteral(" MAGIC");
}

// Drops blank lines at both ends of a cell (the separator is surrounded by them).
QStringList trimmedLines(QStringList lines)
{
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

NotebookCell cellOf(const QStringList &lines, const QString &prefix)
{
    const QString magic = magicPrefix(prefix);
    bool allMagic = !lines.isEmpty();
    for (const QString &line : lines)
        allMagic = allMagic && (line == magic || line.startsWith(magic + QLatin1Char(' ')));
    NotebookCell cell;
    if (!allMagic) {
        cell.text = lines.join(QLatin1Char('\n'));
        return cell;
    }
    QStringList body;
    for (const QString &line : lines)
        body.append(line.mid(magic.size() + 1));
    QString first = body.takeFirst();
    if (!first.startsWith(QLatin1Char('%'))) { // MAGIC lines without a command: keep them
        cell.text = lines.join(QLatin1Char('\n'));
        return cell;
    }
    const qsizetype space = first.indexOf(QLatin1Char(' '));
    cell.magic = first.mid(1, space < 0 ? -1 : space - 1);
    if (space >= 0)
        body.prepend(first.mid(space + 1));
    cell.text = body.join(QLatin1Char('\n'));
    return cell;
}

} // namespace

std::optional<NotebookLanguage> notebookLanguage(const QString &name)
{
    for (const LanguageRow &row : kLanguages) {
        if (name.compare(QLatin1String(row.name), Qt::CaseInsensitive) == 0)
            return languageOf(row);
    }
    return std::nullopt;
}

std::optional<NotebookLanguage> notebookLanguageForExtension(const QString &extension)
{
    for (const LanguageRow &row : kLanguages) {
        if (extension.compare(QLatin1String(row.extension), Qt::CaseInsensitive) == 0)
            return languageOf(row);
    }
    return std::nullopt;
}

QString notebookSourceHeader(const NotebookLanguage &language)
{
    return language.commentPrefix + QStringLiteral(" Databricks notebook source");
}

bool hasNotebookSourceHeader(const QByteArray &source, QString *prefix)
{
    const qsizetype end = source.indexOf('\n');
    const QString firstLine = QString::fromUtf8(end < 0 ? source : source.left(end)).trimmed();
    for (const char *candidate : {"#", "--", "//"}) {
        if (firstLine ==
            QString::fromLatin1(candidate) + QStringLiteral(" Databricks notebook source")) {
            if (prefix)
                *prefix = QString::fromLatin1(candidate);
            return true;
        }
    }
    return false;
}

QList<NotebookCell> parseNotebookCells(const QByteArray &source, const NotebookLanguage &language)
{
    QString text = QString::fromUtf8(source);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constFirst().trimmed() == notebookSourceHeader(language))
        lines.removeFirst();
    QList<NotebookCell> cells;
    QStringList current;
    const QString separator = separatorLine(language.commentPrefix);
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed() == separator) {
            cells.append(cellOf(trimmedLines(current), language.commentPrefix));
            current.clear();
        } else {
            current.append(line);
        }
    }
    const QStringList last = trimmedLines(current);
    if (!last.isEmpty() || cells.isEmpty())
        cells.append(cellOf(last, language.commentPrefix));
    return cells;
}

QByteArray notebookSource(const QList<NotebookCell> &cells, const NotebookLanguage &language)
{
    QStringList rendered;
    const QString magic = magicPrefix(language.commentPrefix);
    for (const NotebookCell &cell : cells) {
        if (cell.magic.isEmpty()) {
            rendered.append(cell.text);
            continue;
        }
        QStringList lines{magic + QStringLiteral(" %") + cell.magic};
        if (!cell.text.isEmpty()) {
            const QStringList body = cell.text.split(QLatin1Char('\n'));
            for (const QString &line : body)
                lines.append(line.isEmpty() ? magic : magic + QLatin1Char(' ') + line);
        }
        rendered.append(lines.join(QLatin1Char('\n')));
    }
    const QString separator =
        QStringLiteral("\n\n") + separatorLine(language.commentPrefix) + QStringLiteral("\n\n");
    const QString text = notebookSourceHeader(language) + QLatin1Char('\n') +
                         rendered.join(separator) + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace brickdesk::emulator
