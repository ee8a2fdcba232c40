#include "ParquetValueDecoder.h"

#include "ParquetTypes.h"

#include <QtEndian>
#include <algorithm>

namespace brickdesk {

ParquetPlainDecoder::ParquetPlainDecoder(QByteArrayView data, qint32 physicalType)
    : m_data(data)
    , m_type(physicalType)
{}

bool ParquetPlainDecoder::next(ParquetValue *value, QString *error)
{
    const qsizetype left = m_data.size() - m_pos;
    const char *at = m_data.data() + m_pos;
    switch (m_type) {
    case parquet::Int32:
        if (left < 4)
            break;
        value->integer = qFromLittleEndian<qint32>(at);
        m_pos += 4;
        return true;
    case parquet::Int64:
        if (left < 8)
            break;
        value->integer = qFromLittleEndian<qint64>(at);
        m_pos += 8;
        return true;
    case parquet::ByteArray: {
        if (left < 4)
            break;
        const quint32 length = qFromLittleEndian<quint32>(at);
        if (length > static_cast<quint64>(left - 4)) {
            *error = QStringLiteral("a %1-byte value at byte %2 runs past the %3 bytes of its page")
                         .arg(length)
                         .arg(m_pos)
                         .arg(m_data.size());
            return false;
        }
        value->bytes = QByteArrayView(at + 4, static_cast<qsizetype>(length));
        m_pos += 4 + static_cast<qsizetype>(length);
        return true;
    }
    default:
        *error = QStringLiteral("values of type %1 are not decoded").arg(parquet::typeName(m_type));
        return false;
    }
    *error = QStringLiteral("values end early at byte %1 of %2").arg(m_pos).arg(m_data.size());
    return false;
}

bool decodeParquetDictionary(QByteArray buffer, qint64 count, qint32 physicalType,
                             ParquetDictionary *dictionary, QString *error)
{
    dictionary->buffer = std::move(buffer);
    dictionary->values.clear();
    if (count < 0) {
        *error = QStringLiteral("dictionary page has %1 values").arg(count);
        return false;
    }
    // Every value takes at least four bytes, so the page size bounds the allocation.
    dictionary->values.reserve(std::min<qint64>(count, dictionary->buffer.size() / 4));
    ParquetPlainDecoder plain(dictionary->buffer, physicalType);
    for (qint64 i = 0; i < count; ++i) {
        ParquetValue value;
        if (!plain.next(&value, error)) {
            *error = QStringLiteral("dictionary page: ") + *error;
            return false;
        }
        dictionary->values.append(value);
    }
    return true;
}

ParquetValueDecoder ParquetValueDecoder::plain(QByteArrayView data, qint32 physicalType)
{
    ParquetValueDecoder decoder;
    decoder.m_plain = ParquetPlainDecoder(data, physicalType);
    return decoder;
}

bool ParquetValueDecoder::dictionaryIndices(QByteArrayView data,
                                            const ParquetDictionary *dictionary,
                                            ParquetValueDecoder *decoder, QString *error)
{
    if (!dictionary) {
        *error = QStringLiteral("a dictionary-encoded page comes without a dictionary page");
        return false;
    }
    if (data.isEmpty()) {
        *error = QStringLiteral("a dictionary-encoded page has no index bit width");
        return false;
    }
    const int bitWidth = static_cast<quint8>(data.front());
    if (bitWidth > 32) {
        *error = QStringLiteral("dictionary indices are %1 bits wide").arg(bitWidth);
        return false;
    }
    decoder->m_dictionary = dictionary;
    decoder->m_indices = ParquetRleDecoder(data.sliced(1), bitWidth);
    return true;
}

bool ParquetValueDecoder::next(ParquetValue *value, QString *error)
{
    if (!m_dictionary)
        return m_plain.next(value, error);
    quint32 index = 0;
    qint64 run = 0;
    if (!m_indices.peek(&index, &run, error)) {
        *error = QStringLiteral("dictionary indices: ") + *error;
        return false;
    }
    if (index >= static_cast<quint64>(m_dictionary->values.size())) {
        *error = QStringLiteral("dictionary index %1 is past the %2 dictionary values")
                     .arg(index)
                     .arg(m_dictionary->values.size());
        return false;
    }
    m_indices.consume(1);
    *value = m_dictionary->values.at(index);
    return true;
}

} // namespace brickdesk
