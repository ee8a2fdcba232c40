#include "ParquetFooter.h"

#include "ThriftCompactReader.h"

#include <QtEndian>

namespace brickdesk {

namespace {

// A checkpoint's footer grows with its row groups and columns; hundreds of MiB is damage.
constexpr qint64 kMaxFooterBytes = 256LL * 1024 * 1024;
// Each decoded column chunk takes far more memory than its bytes on the wire, so their number is
// capped on its own (a checkpoint has about a hundred columns and a few row groups).
constexpr qint64 kMaxColumnChunks = 4 * 1024 * 1024;

// Reads one struct: calls `field(id, type)` for each field, which reads or skips its value.
template<typename Field> bool readStruct(ThriftCompactReader &reader, Field field)
{
    if (!reader.beginStruct())
        return false;
    qint16 last = 0;
    for (;;) {
        qint16 id = 0;
        ThriftType type = ThriftType::Stop;
        if (!reader.readFieldHeader(&last, &id, &type))
            return false;
        if (type == ThriftType::Stop)
            break;
        if (!field(id, type))
            return false;
    }
    reader.endStruct();
    return true;
}

// Reads a list whose elements are structs (or, for `element`, whatever it reads).
template<typename Element>
bool readList(ThriftCompactReader &reader, ThriftType type, ThriftType expectedElement,
              Element element)
{
    ThriftType elementType = ThriftType::Stop;
    qint64 count = 0;
    if (!reader.readListHeader(type, &elementType, &count))
        return false;
    if (elementType != expectedElement)
        return reader.fail(QStringLiteral("a list holds the wrong element type"));
    if (!reader.spendListElements(count))
        return false;
    for (qint64 i = 0; i < count; ++i) {
        if (!element())
            return false;
    }
    return true;
}

bool readSchemaElement(ThriftCompactReader &reader, ParquetSchemaElement *element)
{
    bool hasName = false;
    const bool ok = readStruct(reader, [&](qint16 id, ThriftType type) {
        qint32 value = 0;
        switch (id) {
        case 1:
            if (!reader.readI32(type, &value))
                return false;
            element->type = value;
            return true;
        case 3:
            if (!reader.readI32(type, &value))
                return false;
            element->repetition = value;
            return true;
        case 4:
            hasName = true;
            return reader.readString(type, &element->name);
        case 5:
            if (!reader.readI32(type, &value))
                return false;
            element->numChildren = value;
            return true;
        default:
            return reader.skip(type);
        }
    });
    if (ok && !hasName)
        return reader.fail(QStringLiteral("a schema element has no name"));
    return ok;
}

bool readColumnMetaData(ThriftCompactReader &reader, ParquetColumnChunk *chunk)
{
    bool hasPath = false;
    const bool ok = readStruct(reader, [&](qint16 id, ThriftType type) {
        switch (id) {
        case 1:
            return reader.readI32(type, &chunk->type);
        case 3:
            hasPath = true;
            return readList(reader, type, ThriftType::Binary, [&] {
                QString name;
                if (!reader.readStringElement(&name))
                    return false;
                chunk->path.append(name);
                return true;
            });
        case 4:
            return reader.readI32(type, &chunk->codec);
        case 5:
            return reader.readI64(type, &chunk->numValues);
        case 7:
            return reader.readI64(type, &chunk->totalCompressedSize);
        case 9:
            return reader.readI64(type, &chunk->dataPageOffset);
        case 11: {
            qint64 offset = 0;
            if (!reader.readI64(type, &offset))
                return false;
            chunk->dictionaryPageOffset = offset;
            return true;
        }
        default:
            return reader.skip(type);
        }
    });
    if (!ok)
        return false;
    if (!hasPath || chunk->type < 0 || chunk->codec < 0 || chunk->numValues < 0 ||
        chunk->totalCompressedSize < 0 || chunk->dataPageOffset < 0)
        return reader.fail(QStringLiteral("column metadata lacks a required field or has a "
                                          "negative size"));
    return true;
}

bool readColumnChunk(ThriftCompactReader &reader, ParquetColumnChunk *chunk)
{
    bool hasMetaData = false;
    bool elsewhere = false;
    bool encrypted = false;
    const bool ok = readStruct(reader, [&](qint16 id, ThriftType type) {
        switch (id) {
        case 1: {
            QByteArray path;
            elsewhere = true;
            return reader.readBinary(type, &path);
        }
        case 3:
            if (type != ThriftType::Struct)
                return reader.fail(QStringLiteral("column metadata is not a struct"));
            hasMetaData = true;
            return readColumnMetaData(reader, chunk);
        case 8:
        case 9:
            encrypted = true;
            return reader.skip(type);
        default:
            return reader.skip(type);
        }
    });
    if (!ok)
        return false;
    if (encrypted)
        return reader.fail(QStringLiteral("a column is encrypted"));
    if (elsewhere)
        return reader.fail(QStringLiteral("a column is stored in another file"));
    if (!hasMetaData)
        return reader.fail(QStringLiteral("a column chunk has no metadata"));
    return true;
}

bool readRowGroup(ThriftCompactReader &reader, ParquetRowGroup *group, qint64 *chunkBudget)
{
    bool hasColumns = false;
    const bool ok = readStruct(reader, [&](qint16 id, ThriftType type) {
        switch (id) {
        case 1:
            hasColumns = true;
            return readList(reader, type, ThriftType::Struct, [&] {
                if (--*chunkBudget < 0)
                    return reader.fail(
                        QStringLiteral("more than %1 column chunks").arg(kMaxColumnChunks));
                ParquetColumnChunk chunk;
                if (!readColumnChunk(reader, &chunk))
                    return false;
                group->columns.append(std::move(chunk));
                return true;
            });
        case 3:
            return reader.readI64(type, &group->numRows);
        default:
            return reader.skip(type);
        }
    });
    if (ok && (!hasColumns || group->numRows < 0))
        return reader.fail(QStringLiteral("a row group lacks its columns or row count"));
    return ok;
}

} // namespace

std::optional<ParquetFileMetaData> readParquetFooter(const QByteArray &file, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const qint64 size = file.size();
    if (size == 0)
        return failWith(QStringLiteral("file is empty"));
    // "PAR1", the footer, its 4-byte length and "PAR1" again.
    if (size < 12)
        return failWith(QStringLiteral("file is %1 bytes, too short for Parquet").arg(size));
    const QByteArrayView tail = QByteArrayView(file).last(4);
    if (tail == "PARE")
        return failWith(QStringLiteral("file is encrypted Parquet (PARE magic), which Brickdesk "
                                       "does not read"));
    if (tail != "PAR1")
        return failWith(QStringLiteral("footer is not Parquet (no PAR1 magic)"));
    if (QByteArrayView(file).first(4) != "PAR1")
        return failWith(QStringLiteral("file is not Parquet (no PAR1 magic at its start)"));
    const quint32 length = qFromLittleEndian<quint32>(file.constData() + size - 8);
    if (length > static_cast<quint64>(size - 12))
        return failWith(QStringLiteral("footer length %1 points outside the file (%2 bytes)")
                            .arg(length)
                            .arg(size));
    if (length > kMaxFooterBytes)
        return failWith(
            QStringLiteral("footer is %1 bytes, more than Brickdesk reads").arg(length));

    ParquetFileMetaData meta;
    meta.footerOffset = size - 8 - length;
    ThriftCompactReader reader(file.constData() + meta.footerOffset, length, meta.footerOffset,
                               QStringLiteral("footer"));
    bool hasSchema = false;
    bool hasRowGroups = false;
    qint64 chunkBudget = kMaxColumnChunks;
    const bool ok = readStruct(reader, [&](qint16 id, ThriftType type) {
        switch (id) {
        case 2:
            hasSchema = true;
            return readList(reader, type, ThriftType::Struct, [&] {
                ParquetSchemaElement element;
                if (!readSchemaElement(reader, &element))
                    return false;
                meta.schema.append(std::move(element));
                return true;
            });
        case 3:
            return reader.readI64(type, &meta.numRows);
        case 4:
            hasRowGroups = true;
            return readList(reader, type, ThriftType::Struct, [&] {
                ParquetRowGroup group;
                if (!readRowGroup(reader, &group, &chunkBudget))
                    return false;
                meta.rowGroups.append(std::move(group));
                return true;
            });
        case 6:
            return reader.readString(type, &meta.createdBy);
        case 8:
            return reader.fail(QStringLiteral("the file is encrypted"));
        default:
            return reader.skip(type);
        }
    });
    if (!ok)
        return failWith(reader.error());
    if (!hasSchema || meta.schema.isEmpty() || !hasRowGroups || meta.numRows < 0)
        return failWith(QStringLiteral("footer lacks the schema, the row count or the row groups"));
    return meta;
}

} // namespace brickdesk
