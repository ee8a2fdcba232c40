#include "PreviewContent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace brickdesk::preview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PreviewContent", text);
}

QString suffixOf(const QString &name)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : name.mid(dot + 1).toLower();
}

// The bytes up to the last line break: a file cut at 1 MB ends in the middle of a line (and
// maybe of a UTF-8 sequence), which is dropped rather than shown garbled.
QByteArray completeLines(const QByteArray &head)
{
    const qsizetype end = head.lastIndexOf('\n');
    return end < 0 ? QByteArray() : head.left(end + 1);
}

// Text and data suffixes whose content must not be guessed to be CSV.
bool isKnownTextSuffix(const QString &suffix)
{
    static const QStringList kText = {
        QStringLiteral("txt"),   QStringLiteral("md"),   QStringLiteral("log"),
        QStringLiteral("py"),    QStringLiteral("sql"),  QStringLiteral("scala"),
        QStringLiteral("r"),     QStringLiteral("sh"),   QStringLiteral("yaml"),
        QStringLiteral("yml"),   QStringLiteral("xml"),  QStringLiteral("html"),
        QStringLiteral("ipynb"), QStringLiteral("conf"), QStringLiteral("ini"),
        QStringLiteral("cfg"),   QStringLiteral("java"), QStringLiteral("js")};
    return kText.contains(suffix);
}

bool startsLikeJson(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xFEFF))
            continue;
        return c == QLatin1Char('{') || c == QLatin1Char('[');
    }
    return false;
}

QString pretty(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

// JSON Lines: each line pretty-printed on its own; true when every non-empty line parsed.
bool prettyJsonLines(const QString &text, QString *out)
{
    QStringList parts;
    int parsed = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        parts.append(pretty(document));
        ++parsed;
    }
    if (parsed < 2)
        return false;
    *out = parts.join(QStringLiteral("\n\n"));
    return true;
}

} // namespace

bool looksBinary(const QByteArray &head)
{
    const QByteArray sniff = head.left(PreviewContent::kSniffBytes);
    if (sniff.contains('\0'))
        return true;
    // A stateful decoder keeps a sequence cut at the 8 KB mark pending instead of calling it an
    // error: only real invalid bytes count.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(sniff);
    Q_UNUSED(decoded);
    return decoder.hasError();
}

QChar sniffDelimiter(const QString &text)
{
    const QStringList lines = text.left(PreviewContent::kSniffBytes).split(QLatin1Char('\n'));
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char('\t')}) {
        int common = -1;
        int checked = 0;
        for (int i = 0; i < lines.size() && checked < 20; ++i) {
            const QString &line = lines.at(i);
            // The last piece may be cut off at the sniffing limit.
            if (line.trimmed().isEmpty() || i == lines.size() - 1)
                continue;
            const int count = static_cast<int>(line.count(delimiter));
            if (common < 0)
                common = count;
            if (count != common || count == 0) {
                common = 0;
                break;
            }
            ++checked;
        }
        if (common > 0 && checked >= 2)
            return delimiter;
    }
    return {};
}

CsvResult parseCsv(const QString &text, QChar delimiter, bool inputWasCut, int maxRows)
{
    CsvResult result;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordStarted = false;
    int line = 1;
    int quoteOpenedOnLine = 0;

    auto endField = [&] {
        if (record.size() < PreviewContent::kMaxColumns)
            record.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        result.columnCount = qMax(result.columnCount, static_cast<int>(record.size()));
        result.rows.append(record);
        record.clear();
        recordStarted = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            recordStarted = true;
            quoteOpenedOnLine = line;
        } else if (c == delimiter) {
            endField();
            recordStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            if (recordStarted || !field.isEmpty() || !record.isEmpty())
                endRecord();
            if (result.rows.size() >= maxRows) {
                result.hitRowCap = i + 1 < size;
                return result;
            }
        } else {
            // A stray quote inside an unquoted field is kept as text, as most readers do.
            field.append(c);
            recordStarted = true;
        }
    }

    const bool pending = recordStarted || !field.isEmpty() || !record.isEmpty();
    if (inQuotes && !inputWasCut) {
        result.warning =
            tr("A quoted field opened on line %1 is never closed.").arg(quoteOpenedOnLine);
    }
    if (pending) {
        if (inputWasCut)
            result.droppedIncompleteLast = true;
        else
            endRecord();
    }
    return result;
}

PreviewContent make(const QByteArray &head, const QString &name, qint64 fullSize)
{
    PreviewContent content;
    content.fullSize = qMax(fullSize, static_cast<qint64>(head.size()));
    const bool cut = content.fullSize > head.size();
    content.truncated = cut;
    if (looksBinary(head)) {
        content.kind = PreviewContent::Kind::Binary;
        return content;
    }
    const QString text = QString::fromUtf8(cut ? completeLines(head) : head);
    const QString suffix = suffixOf(name);

    const bool jsonSuffix = suffix == QLatin1String("json");
    const bool jsonLinesSuffix =
        suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson");
    if (jsonSuffix || jsonLinesSuffix || startsLikeJson(text)) {
        QJsonParseError error{};
        const QJsonDocument document =
            cut ? QJsonDocument() : QJsonDocument::fromJson(head, &error);
        if (!cut && error.error == QJsonParseError::NoError) {
            content.kind = PreviewContent::Kind::Json;
            content.text = pretty(document);
            return content;
        }
        QString lines;
        if (prettyJsonLines(text, &lines)) {
            content.kind = PreviewContent::Kind::Json;
            content.text = lines;
            return content;
        }
        if (jsonSuffix || jsonLinesSuffix) {
            content.kind = PreviewContent::Kind::Text;
            content.text = text;
            content.warning = cut ? tr("Only the start of this JSON file was read; shown as text.")
                                  : tr("Not valid JSON (%1 at offset %2); shown as text.")
                                        .arg(error.errorString())
                                        .arg(error.offset);
            return content;
        }
    }

    QChar delimiter;
    if (suffix == QLatin1String("csv"))
        delimiter = QLatin1Char(',');
    else if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        delimiter = QLatin1Char('\t');
    else if (!isKnownTextSuffix(suffix))
        delimiter = sniffDelimiter(text);
    if (!delimiter.isNull()) {
        // The text was already cut at the last line break; a quoted field spanning it still
        // leaves an incomplete record, which parseCsv drops.
        const CsvResult csv = parseCsv(text, delimiter, cut, PreviewContent::kMaxRows);
        content.kind = PreviewContent::Kind::Csv;
        content.rows = csv.rows;
        content.columnCount = csv.columnCount;
        content.delimiter = delimiter;
        content.truncated = cut || csv.hitRowCap;
        content.warning = csv.warning;
        return content;
    }
    content.kind = PreviewContent::Kind::Text;
    content.text = text;
    return content;
}

} // namespace brickdesk::preview
