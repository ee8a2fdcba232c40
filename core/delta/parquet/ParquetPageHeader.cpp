#include "ParquetPageHeader.h"

#include "ParquetTypes.h"
#include "ThriftCompactReader.h"

namespace brickdesk {

namespace {

template<typename Field> bool readStruct(ThriftCompactReader &reader, ThriftType type, Field field)
{
    if (type != ThriftType::Struct)
        return reader.fail(QStringLiteral("a page header part is not a struct"));
    if (!reader.beginStruct())
        return false;
    qint16 last = 0;
    for (;;) {
        qint16 id = 0;
        ThriftType fieldType = ThriftType::Stop;
        if (!reader.readFieldHeader(&last, &id, &fieldType))
            return false;
        if (fieldType == ThriftType::Stop)
            break;
        if (!field(id, fieldType))
            return false;
    }
    reader.endStruct();
    return true;
}

} // namespace

std::optional<ParquetPageHeader> readParquetPageHeader(const QByteArray &file, qint64 offset,
                                                       qint64 end, QString *error)
{
    if (offset < 0 || end > file.size() || offset >= end) {
        *error = QStringLiteral("page header truncated at byte %1").arg(offset);
        return std::nullopt;
    }
    ThriftCompactReader reader(file.constData() + offset, static_cast<qsizetype>(end - offset),
                               offset, QStringLiteral("page header"));
    ParquetPageHeader header;
    qint16 detailsField = 0; // which of the page kinds' headers came
    const auto dataPage = [&](qint16 id, ThriftType type) {
        switch (id) {
        case 1:
            return reader.readI32(type, &header.numValues);
        case 2:
            return reader.readI32(type, &header.encoding);
        case 3:
            return reader.readI32(type, &header.definitionLevelEncoding);
        case 4:
            return reader.readI32(type, &header.repetitionLevelEncoding);
        default:
            return reader.skip(type);
        }
    };
    const auto dictionaryPage = [&](qint16 id, ThriftType type) {
        switch (id) {
        case 1:
            return reader.readI32(type, &header.numValues);
        case 2:
            return reader.readI32(type, &header.encoding);
        default:
            return reader.skip(type);
        }
    };
    const auto dataPageV2 = [&](qint16 id, ThriftType type) {
        switch (id) {
        case 1:
            return reader.readI32(type, &header.numValues);
        case 4:
            return reader.readI32(type, &header.encoding);
        case 5:
            return reader.readI32(type, &header.definitionLevelsByteLength);
        case 6:
            return reader.readI32(type, &header.repetitionLevelsByteLength);
        case 7:
            return reader.readBool(type, &header.isCompressed);
        default:
            return reader.skip(type);
        }
    };
    const bool ok = readStruct(reader, ThriftType::Struct, [&](qint16 id, ThriftType type) {
        switch (id) {
        case 1:
            return reader.readI32(type, &header.type);
        case 2:
            return reader.readI32(type, &header.uncompressedSize);
        case 3:
            return reader.readI32(type, &header.compressedSize);
        case 5:
            detailsField = 5;
            return readStruct(reader, type, dataPage);
        case 7:
            detailsField = 7;
            return readStruct(reader, type, dictionaryPage);
        case 8:
            detailsField = 8;
            return readStruct(reader, type, dataPageV2);
        default:
            return reader.skip(type);
        }
    });
    if (!ok) {
        *error = reader.error();
        return std::nullopt;
    }
    header.headerSize = reader.consumed();
    const qint16 neededField = header.type == parquet::DataPage         ? 5
                               : header.type == parquet::DictionaryPage ? 7
                               : header.type == parquet::DataPageV2     ? 8
                                                                        : 0;
    if (header.type < 0 || header.uncompressedSize < 0 || header.compressedSize < 0 ||
        (neededField && (detailsField != neededField || header.numValues < 0))) {
        *error = QStringLiteral("page header at byte %1 lacks its type, sizes or value count, or "
                                "has a negative one")
                     .arg(offset);
        return std::nullopt;
    }
    return header;
}

} // namespace brickdesk
