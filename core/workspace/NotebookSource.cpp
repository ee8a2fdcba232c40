#include "NotebookSource.h"

#include <QRegularExpression>

namespace brickdesk::notebookSource {

namespace {

const QLatin1String kHeaderText("Databricks notebook source");
const QLatin1String kMarkerText("COMMAND ----------");
const QLatin1String kMagicWord("MAGIC");
const QLatin1String kTitleWord("DBTITLE");

const QStringList &prefixes()
{
    static const QStringList all = {QStringLiteral("#"), QStringLiteral("--"),
                                    QStringLiteral("//")};
    return all;
}

// The rest of `line` after one of the comment prefixes and a space, or nothing.
std::optional<QStringView> afterComment(QStringView line)
{
    for (const QString &prefix : prefixes()) {
        if (line.startsWith(prefix) && line.size() > prefix.size() &&
            line.at(prefix.size()) == QLatin1Char(' '))
            return line.mid(prefix.size() + 1);
    }
    return std::nullopt;
}

QStringView withoutTrailingSpace(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

} // namespace

QString commentPrefix(CodeLanguage notebookLanguage)
{
    switch (notebookLanguage) {
    case CodeLanguage::Sql:
        return QStringLiteral("--");
    case CodeLanguage::Scala:
        return QStringLiteral("//");
    default:
        return QStringLiteral("#");
    }
}

QString headerLine(CodeLanguage notebookLanguage)
{
    return commentPrefix(notebookLanguage) + QLatin1Char(' ') + kHeaderText;
}

QString cellMarkerLine(CodeLanguage notebookLanguage)
{
    return commentPrefix(notebookLanguage) + QLatin1Char(' ') + kMarkerText;
}

NotebookLineRole lineRole(const QString &line)
{
    const std::optional<QStringView> rest = afterComment(withoutTrailingSpace(line));
    if (!rest)
        return NotebookLineRole::Code;
    if (*rest == kHeaderText)
        return NotebookLineRole::Header;
    if (*rest == kMarkerText)
        return NotebookLineRole::CellMarker;
    if (rest->startsWith(kTitleWord) &&
        (rest->size() == kTitleWord.size() || rest->at(kTitleWord.size()) == QLatin1Char(' ')))
        return NotebookLineRole::Title;
    if (rest->startsWith(kMagicWord) &&
        (rest->size() == kMagicWord.size() || rest->at(kMagicWord.size()) == QLatin1Char(' ')))
        return NotebookLineRole::Magic;
    return NotebookLineRole::Code;
}

std::optional<QString> magicBody(const QString &line)
{
    QStringView view(line);
    if (view.endsWith(QLatin1Char('\r')))
        view.chop(1);
    const std::optional<QStringView> rest = afterComment(view);
    if (!rest || !rest->startsWith(kMagicWord))
        return std::nullopt;
    QStringView body = rest->mid(kMagicWord.size());
    if (body.isEmpty())
        return QString();
    if (body.at(0) != QLatin1Char(' '))
        return std::nullopt;
    return body.mid(1).toString();
}

CodeLanguage languageOfMagic(const QString &magic)
{
    const QString name = magic.toLower();
    if (name == QLatin1String("md") || name == QLatin1String("md-sandbox"))
        return CodeLanguage::Markdown;
    if (name == QLatin1String("sql"))
        return CodeLanguage::Sql;
    if (name == QLatin1String("python"))
        return CodeLanguage::Python;
    if (name == QLatin1String("scala"))
        return CodeLanguage::Scala;
    if (name == QLatin1String("r"))
        return CodeLanguage::R;
    if (name == QLatin1String("sh") || name == QLatin1String("fs") ||
        name == QLatin1String("pip") || name == QLatin1String("conda"))
        return CodeLanguage::Shell;
    return CodeLanguage::Plain;
}

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

namespace {

// A cell's magic and title: a leading title line, then the first MAGIC line with text.
void describeCell(const QStringList &lines, CodeLanguage notebookLanguage, NotebookCell *cell)
{
    cell->language = notebookLanguage;
    for (int i = cell->firstLine; i < cell->firstLine + cell->lineCount; ++i) {
        const QString &line = lines.at(i);
        const NotebookLineRole role = lineRole(line);
        if (role == NotebookLineRole::Title) {
            const QString rest = afterComment(line)->mid(kTitleWord.size()).trimmed().toString();
            const qsizetype comma = rest.indexOf(QLatin1Char(','));
            cell->title = comma >= 0 ? rest.mid(comma + 1).trimmed() : rest;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (role != NotebookLineRole::Magic)
            return;
        const QString body = magicBody(line).value_or(QString()).trimmed();
        if (body.isEmpty())
            continue;
        if (!body.startsWith(QLatin1Char('%')))
            return;
        static const QRegularExpression word(QStringLiteral("^%([A-Za-z][A-Za-z0-9_-]*)"));
        const QRegularExpressionMatch match = word.match(body);
        if (!match.hasMatch())
            return;
        cell->magic = match.captured(1);
        const CodeLanguage language = languageOfMagic(cell->magic);
        if (language != CodeLanguage::Plain ||
            cell->magic.compare(QLatin1String("run"), Qt::CaseInsensitive) == 0)
            cell->language = language;
        return;
    }
}

} // namespace

NotebookOutline parse(const QString &text, CodeLanguage notebookLanguage)
{
    NotebookOutline outline;
    outline.language = notebookLanguage;
    const QStringList lines = splitLines(text);
    int start = 0;
    if (!lines.isEmpty() && lineRole(lines.first()) == NotebookLineRole::Header) {
        outline.hasHeader = true;
        start = 1;
    }
    const auto closeCell = [&](int end) {
        NotebookCell cell;
        cell.firstLine = start;
        cell.lineCount = end - start;
        describeCell(lines, notebookLanguage, &cell);
        outline.cells.append(cell);
    };
    for (int i = start; i < lines.size(); ++i) {
        if (lineRole(lines.at(i)) == NotebookLineRole::CellMarker) {
            closeCell(i);
            start = i + 1;
        }
    }
    closeCell(static_cast<int>(lines.size()));
    return outline;
}

CodeLanguage languageOfHeader(const QString &text, CodeLanguage hint)
{
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    if (lineRole(first) != NotebookLineRole::Header)
        return CodeLanguage::Plain;
    if (first.startsWith(QLatin1String("--")))
        return CodeLanguage::Sql;
    if (first.startsWith(QLatin1String("//")))
        return CodeLanguage::Scala;
    return hint == CodeLanguage::R ? CodeLanguage::R : CodeLanguage::Python;
}

QString cellCode(const QStringList &lines, const NotebookCell &cell)
{
    QStringList code;
    const bool magicCell = !cell.magic.isEmpty();
    for (int i = cell.firstLine; i < cell.firstLine + cell.lineCount && i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const NotebookLineRole role = lineRole(line);
        if (role == NotebookLineRole::Title)
            continue;
        if (magicCell && role == NotebookLineRole::Magic)
            code.append(magicBody(line).value_or(QString()));
        else
            code.append(line);
    }
    // The format puts a blank line on either side of each marker.
    while (!code.isEmpty() && code.first().trimmed().isEmpty())
        code.removeFirst();
    while (!code.isEmpty() && code.last().trimmed().isEmpty())
        code.removeLast();
    return code.join(QLatin1Char('\n'));
}

QString compose(CodeLanguage notebookLanguage, const QStringList &cellCodes)
{
    const QString prefix = commentPrefix(notebookLanguage);
    QStringList out = {headerLine(notebookLanguage)};
    for (qsizetype i = 0; i < cellCodes.size(); ++i) {
        if (i > 0)
            out << QString() << cellMarkerLine(notebookLanguage);
        out << QString();
        const QStringList lines = splitLines(cellCodes.at(i));
        const bool magic = !lines.isEmpty() && lines.first().startsWith(QLatin1Char('%'));
        for (const QString &line : lines) {
            if (!magic)
                out << line;
            else if (line.isEmpty())
                out << prefix + QLatin1Char(' ') + kMagicWord;
            else
                out << prefix + QLatin1Char(' ') + kMagicWord + QLatin1Char(' ') + line;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace brickdesk::notebookSource
