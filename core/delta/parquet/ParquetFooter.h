#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// The parts of a Parquet file's footer (FileMetaData in parquet.thrift) that locate and describe
// column data. Sizes and offsets are as the file states them: callers check them before use.
struct ParquetSchemaElement
{
    QString name;
    std::optional<qint32> type; // set on leaves only
    std::optional<qint32> repetition;
    std::optional<qint32> numChildren; // set on groups only
};

struct ParquetColumnChunk
{
    QStringList path;
    qint32 type = -1;
    qint32 codec = -1;
    qint64 numValues = -1;
    qint64 totalCompressedSize = -1;
    qint64 dataPageOffset = -1;
    std::optional<qint64> dictionaryPageOffset;
};

struct ParquetRowGroup
{
    qint64 numRows = -1;
    QList<ParquetColumnChunk> columns;
};

struct ParquetFileMetaData
{
    QList<ParquetSchemaElement> schema;
    qint64 numRows = -1;
    QList<ParquetRowGroup> rowGroups;
    QString createdBy;
    qint64 footerOffset = 0; // where the footer starts, so where column data must end
};

// Finds and decodes the footer of `file`. Errors start with "footer" or "file" so that callers can
// put the kind of file in front ("checkpoint footer …").
std::optional<ParquetFileMetaData> readParquetFooter(const QByteArray &file, QString *error);

} // namespace brickdesk
