#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace brickdesk {

// PageHeader of parquet.thrift with the v1 data, v2 data and dictionary page headers folded in.
struct ParquetPageHeader
{
    qint32 type = -1;
    qint32 uncompressedSize = -1;
    qint32 compressedSize = -1;
    qint32 numValues = -1;
    qint32 encoding = -1;
    qint32 definitionLevelEncoding = -1;    // v1
    qint32 repetitionLevelEncoding = -1;    // v1
    qint32 definitionLevelsByteLength = -1; // v2
    qint32 repetitionLevelsByteLength = -1; // v2
    bool isCompressed = true;               // v2
    qint64 headerSize = 0;
};

// Reads the page header at `offset`, which must end before `end`; the page's own sizes are checked
// to be non-negative, not against the file.
std::optional<ParquetPageHeader> readParquetPageHeader(const QByteArray &file, qint64 offset,
                                                       qint64 end, QString *error);

} // namespace brickdesk
