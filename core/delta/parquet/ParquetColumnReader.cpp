#include "ParquetColumnReader.h"

#include "ParquetCodec.h"
#include "ParquetPageHeader.h"
#include "ParquetRleDecoder.h"
#include "ParquetTypes.h"

#include <QtEndian>
#include <algorithm>
#include <optional>

namespace brickdesk {

namespace {

class ChunkReader
{
public:
    ChunkReader(const QByteArray &file, const ParquetSchemaNode &leaf,
                const ParquetColumnChunk &chunk, bool decodeValues, ParquetColumnVisitor &visitor)
        : m_file(file)
        , m_leaf(leaf)
        , m_chunk(chunk)
        , m_decodeValues(decodeValues)
        , m_visitor(visitor)
    {}

    bool read(qint64 dataEnd, QString *error);

private:
    bool dictionaryPage(const ParquetPageHeader &header, QByteArrayView payload, QString *error);
    bool dataPage(const ParquetPageHeader &header, QByteArrayView payload, QString *error);
    bool dataPageV2(const ParquetPageHeader &header, QByteArrayView payload, QString *error);
    bool values(qint32 encoding, QByteArrayView data, ParquetValueDecoder *decoder,
                QString *error) const;
    bool entries(qint64 count, ParquetRleDecoder &repetition, ParquetRleDecoder &definition,
                 ParquetValueDecoder &values, QString *error);

    const QByteArray &m_file;
    const ParquetSchemaNode &m_leaf;
    const ParquetColumnChunk &m_chunk;
    const bool m_decodeValues;
    ParquetColumnVisitor &m_visitor;
    std::optional<ParquetDictionary> m_dictionary;
    bool m_sawDataPage = false;
    bool m_firstEntry = true;
};

// v1 pages store levels behind a 4-byte length, in the RLE / bit-packed hybrid.
bool levelsV1(QByteArrayView *rest, qint32 encoding, int maxLevel, const QString &kind,
              ParquetRleDecoder *decoder, QString *error)
{
    if (encoding != parquet::Rle) {
        *error = kind + QStringLiteral(" levels use encoding %1, which Brickdesk does not read")
                            .arg(parquet::encodingName(encoding));
        return false;
    }
    if (rest->size() < 4) {
        *error = QStringLiteral("page ends before its %1 levels").arg(kind);
        return false;
    }
    const quint32 length = qFromLittleEndian<quint32>(rest->data());
    if (length > static_cast<quint64>(rest->size() - 4)) {
        *error = QStringLiteral("%1 levels of %2 bytes run past the page's %3 bytes")
                     .arg(kind)
                     .arg(length)
                     .arg(rest->size());
        return false;
    }
    *decoder =
        ParquetRleDecoder(rest->sliced(4, length), parquetBitWidth(static_cast<quint32>(maxLevel)));
    *rest = rest->sliced(4 + static_cast<qsizetype>(length));
    return true;
}

bool ChunkReader::values(qint32 encoding, QByteArrayView data, ParquetValueDecoder *decoder,
                         QString *error) const
{
    if (!m_decodeValues)
        return true;
    switch (encoding) {
    case parquet::Plain:
        *decoder = ParquetValueDecoder::plain(data, m_leaf.physicalType);
        return true;
    case parquet::PlainDictionary:
    case parquet::RleDictionary:
        return ParquetValueDecoder::dictionaryIndices(data, m_dictionary ? &*m_dictionary : nullptr,
                                                      decoder, error);
    default:
        *error = QStringLiteral("values use encoding %1, which Brickdesk does not read")
                     .arg(parquet::encodingName(encoding));
        return false;
    }
}

bool ChunkReader::entries(qint64 count, ParquetRleDecoder &repetition,
                          ParquetRleDecoder &definition, ParquetValueDecoder &values,
                          QString *error)
{
    const int maxRep = m_leaf.repetitionLevel;
    const int maxDef = m_leaf.definitionLevel;
    qint64 left = count;
    while (left > 0) {
        quint32 rep = 0;
        quint32 def = 0;
        qint64 repRun = left;
        qint64 defRun = left;
        if (!repetition.peek(&rep, &repRun, error)) {
            *error = QStringLiteral("repetition levels: ") + *error;
            return false;
        }
        if (!definition.peek(&def, &defRun, error)) {
            *error = QStringLiteral("definition levels: ") + *error;
            return false;
        }
        if (rep > static_cast<quint32>(maxRep) || def > static_cast<quint32>(maxDef)) {
            *error = QStringLiteral("levels (%1, %2) exceed the column's maximum (%3, %4)")
                         .arg(rep)
                         .arg(def)
                         .arg(maxRep)
                         .arg(maxDef);
            return false;
        }
        if (m_firstEntry && rep != 0) {
            *error = QStringLiteral("the first value continues a row that never started");
            return false;
        }
        m_firstEntry = false;
        const qint64 run = std::min({left, repRun, defRun});
        const int r = static_cast<int>(rep);
        if (def == static_cast<quint32>(maxDef) && m_decodeValues) {
            for (qint64 i = 0; i < run; ++i) {
                ParquetValue value;
                if (!values.next(&value, error) || !m_visitor.value(r, value, error))
                    return false;
            }
        } else if (!m_visitor.entries(r, static_cast<int>(def), run, error)) {
            return false;
        }
        repetition.consume(run);
        definition.consume(run);
        left -= run;
    }
    return true;
}

bool ChunkReader::dictionaryPage(const ParquetPageHeader &header, QByteArrayView payload,
                                 QString *error)
{
    if (m_sawDataPage || m_dictionary) {
        *error = QStringLiteral("a dictionary page comes after data or another dictionary");
        return false;
    }
    if (header.encoding != parquet::Plain && header.encoding != parquet::PlainDictionary) {
        *error = QStringLiteral("the dictionary uses encoding %1, which Brickdesk does not read")
                     .arg(parquet::encodingName(header.encoding));
        return false;
    }
    m_dictionary.emplace();
    if (!m_decodeValues)
        return true;
    std::optional<QByteArray> data =
        decompressParquet(m_chunk.codec, payload, header.uncompressedSize, error);
    return data && decodeParquetDictionary(std::move(*data), header.numValues, m_leaf.physicalType,
                                           &*m_dictionary, error);
}

bool ChunkReader::dataPage(const ParquetPageHeader &header, QByteArrayView payload, QString *error)
{
    const std::optional<QByteArray> page =
        decompressParquet(m_chunk.codec, payload, header.uncompressedSize, error);
    if (!page)
        return false;
    QByteArrayView rest(*page);
    ParquetRleDecoder repetition;
    ParquetRleDecoder definition;
    if (m_leaf.repetitionLevel > 0 &&
        !levelsV1(&rest, header.repetitionLevelEncoding, m_leaf.repetitionLevel,
                  QStringLiteral("repetition"), &repetition, error))
        return false;
    if (m_leaf.definitionLevel > 0 &&
        !levelsV1(&rest, header.definitionLevelEncoding, m_leaf.definitionLevel,
                  QStringLiteral("definition"), &definition, error))
        return false;
    ParquetValueDecoder decoder;
    return values(header.encoding, rest, &decoder, error) &&
           entries(header.numValues, repetition, definition, decoder, error);
}

bool ChunkReader::dataPageV2(const ParquetPageHeader &header, QByteArrayView payload,
                             QString *error)
{
    // v2 pages keep their levels uncompressed in front of the (maybe compressed) values.
    const qint64 repBytes = header.repetitionLevelsByteLength;
    const qint64 defBytes = header.definitionLevelsByteLength;
    if (repBytes < 0 || defBytes < 0 || repBytes + defBytes > payload.size() ||
        repBytes + defBytes > header.uncompressedSize) {
        *error = QStringLiteral("a v2 page's level lengths (%1, %2) do not fit its %3 bytes")
                     .arg(repBytes)
                     .arg(defBytes)
                     .arg(payload.size());
        return false;
    }
    ParquetRleDecoder repetition;
    ParquetRleDecoder definition;
    if (m_leaf.repetitionLevel > 0)
        repetition = ParquetRleDecoder(
            payload.first(repBytes), parquetBitWidth(static_cast<quint32>(m_leaf.repetitionLevel)));
    if (m_leaf.definitionLevel > 0)
        definition =
            ParquetRleDecoder(payload.sliced(repBytes, defBytes),
                              parquetBitWidth(static_cast<quint32>(m_leaf.definitionLevel)));
    QByteArray valueBytes;
    ParquetValueDecoder decoder;
    if (m_decodeValues) {
        const QByteArrayView stored = payload.sliced(repBytes + defBytes);
        const qint64 size = header.uncompressedSize - repBytes - defBytes;
        std::optional<QByteArray> data = decompressParquet(
            header.isCompressed ? m_chunk.codec : static_cast<qint32>(parquet::Uncompressed),
            stored, size, error);
        if (!data)
            return false;
        valueBytes = std::move(*data);
        if (!values(header.encoding, valueBytes, &decoder, error))
            return false;
    }
    return entries(header.numValues, repetition, definition, decoder, error);
}

bool ChunkReader::read(qint64 dataEnd, QString *error)
{
    if (!isSupportedParquetCodec(m_chunk.codec)) {
        *error = QStringLiteral("uses codec %1, which Brickdesk does not read")
                     .arg(parquet::codecName(m_chunk.codec));
        return false;
    }
    if (m_decodeValues && m_leaf.physicalType != parquet::Int32 &&
        m_leaf.physicalType != parquet::Int64 && m_leaf.physicalType != parquet::ByteArray) {
        *error = QStringLiteral("has type %1, whose values Brickdesk does not read")
                     .arg(parquet::typeName(m_leaf.physicalType));
        return false;
    }
    qint64 start = m_chunk.dataPageOffset;
    if (m_chunk.dictionaryPageOffset && *m_chunk.dictionaryPageOffset > 0 &&
        *m_chunk.dictionaryPageOffset < start)
        start = *m_chunk.dictionaryPageOffset;
    // Column data lies between the leading "PAR1" and the footer.
    if (start < 4 || start > dataEnd || m_chunk.totalCompressedSize > dataEnd - start) {
        *error = QStringLiteral("has %1 bytes at byte %2, outside the column data (bytes 4 to %3)")
                     .arg(m_chunk.totalCompressedSize)
                     .arg(start)
                     .arg(dataEnd);
        return false;
    }
    const qint64 end = start + m_chunk.totalCompressedSize;
    qint64 pos = start;
    qint64 valuesLeft = m_chunk.numValues;
    while (valuesLeft > 0) {
        if (pos >= end) {
            *error = QStringLiteral("ends at byte %1 with %2 of its %3 values missing")
                         .arg(end)
                         .arg(valuesLeft)
                         .arg(m_chunk.numValues);
            return false;
        }
        const std::optional<ParquetPageHeader> header =
            readParquetPageHeader(m_file, pos, end, error);
        if (!header)
            return false;
        const qint64 payloadStart = pos + header->headerSize;
        if (header->compressedSize > end - payloadStart) {
            *error =
                QStringLiteral("page at byte %1 has %2 bytes, past the column's end at byte %3")
                    .arg(pos)
                    .arg(header->compressedSize)
                    .arg(end);
            return false;
        }
        const QByteArrayView payload(m_file.constData() + payloadStart, header->compressedSize);
        const qint64 pageAt = pos;
        pos = payloadStart + header->compressedSize;
        bool ok = true;
        switch (header->type) {
        case parquet::DictionaryPage:
            ok = dictionaryPage(*header, payload, error);
            break;
        case parquet::DataPage:
        case parquet::DataPageV2:
            if (header->numValues > valuesLeft) {
                *error = QStringLiteral("page at byte %1 has %2 values, more than the %3 left")
                             .arg(pageAt)
                             .arg(header->numValues)
                             .arg(valuesLeft);
                return false;
            }
            m_sawDataPage = true;
            ok = header->type == parquet::DataPage ? dataPage(*header, payload, error)
                                                   : dataPageV2(*header, payload, error);
            valuesLeft -= header->numValues;
            break;
        case parquet::IndexPage:
            break;
        default:
            *error =
                QStringLiteral("page at byte %1 has unknown type %2").arg(pageAt).arg(header->type);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("page at byte %1: ").arg(pageAt) + *error;
            return false;
        }
    }
    return true;
}

} // namespace

bool readParquetColumnChunk(const QByteArray &file, qint64 dataEnd, const ParquetSchema &schema,
                            int leaf, const ParquetColumnChunk &chunk, bool decodeValues,
                            ParquetColumnVisitor &visitor, QString *error)
{
    const ParquetSchemaNode &node = schema.nodes.at(leaf);
    const QString name = schema.pathOf(leaf).join(QLatin1Char('.'));
    QString reason;
    if (chunk.path != schema.pathOf(leaf)) {
        reason = QStringLiteral("is stored as %1 in the row group")
                     .arg(chunk.path.join(QLatin1Char('.')));
    } else if (chunk.type != node.physicalType) {
        reason = QStringLiteral("is %1 in the row group but %2 in the schema")
                     .arg(parquet::typeName(chunk.type), parquet::typeName(node.physicalType));
    } else {
        ChunkReader reader(file, node, chunk, decodeValues, visitor);
        if (reader.read(std::min<qint64>(dataEnd, file.size()), &reason))
            return true;
    }
    // Page-level reasons read as "column a.b: page at byte 9: …", the others as "column a.b uses
    // …".
    const bool sentence =
        reason.startsWith(QLatin1String("uses ")) || reason.startsWith(QLatin1String("has ")) ||
        reason.startsWith(QLatin1String("is ")) || reason.startsWith(QLatin1String("ends "));
    *error = QStringLiteral("column ") + name +
             (sentence ? QStringLiteral(" ") : QStringLiteral(": ")) + reason;
    return false;
}

} // namespace brickdesk
