#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace brickdesk {

// What the preview pane shows for the first bytes of a DBFS file. Pure functions over outside
// input (any bytes at all), QtCore only so that the fuzzer can build them on their own.
struct PreviewContent
{
    enum class Kind
    {
        Text,
        Csv,
        Json,
        Binary
    };

    static constexpr qint64 kMaxBytes = 1024 * 1024; // read at most this much for a preview
    static constexpr int kMaxRows = 5000;
    static constexpr int kMaxColumns = 1000;
    static constexpr qint64 kSniffBytes = 8 * 1024;

    Kind kind = Kind::Text;
    QString text;            // Text and Json (pretty-printed)
    QList<QStringList> rows; // Csv: the records as parsed, the first one usually a header
    int columnCount = 0;     // Csv: the widest record
    QChar delimiter;         // Csv: ',' or '\t'
    bool truncated = false;  // only part of the file is shown (the 1 MB cut or the row cap)
    QString warning;         // malformed input noticed while parsing, shown under the preview
    qint64 fullSize = 0;
};

namespace preview {

// head: the first ≤ kMaxBytes of a file whose name and full size are given.
PreviewContent make(const QByteArray &head, const QString &name, qint64 fullSize);

bool looksBinary(const QByteArray &head);

struct CsvResult
{
    QList<QStringList> rows;
    int columnCount = 0;
    bool hitRowCap = false;
    bool droppedIncompleteLast = false;
    QString warning;
};
// RFC 4180: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes. With
// `inputWasCut` the last record (which may be cut anywhere) is dropped.
CsvResult parseCsv(const QString &text, QChar delimiter, bool inputWasCut, int maxRows);

// A delimiter when the text looks like CSV/TSV (two or more lines with the same number ≥ 1 of
// commas or tabs), or a null QChar.
QChar sniffDelimiter(const QString &text);

} // namespace preview

} // namespace brickdesk
