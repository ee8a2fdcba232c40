#include "ParquetRleDecoder.h"

#include <algorithm>
#include <limits>

namespace brickdesk {

int parquetBitWidth(quint32 maxValue)
{
    int width = 0;
    while (maxValue) {
        ++width;
        maxValue >>= 1;
    }
    return width;
}

ParquetRleDecoder::ParquetRleDecoder(QByteArrayView data, int bitWidth)
    : m_data(data)
    , m_bitWidth(bitWidth)
    , m_endless(false)
{}

bool ParquetRleDecoder::readVarint(quint64 *value)
{
    quint64 result = 0;
    // A run header counts at most 2^31 values, so five bytes are enough.
    for (int shift = 0; shift < 35; shift += 7) {
        if (m_pos >= m_data.size())
            return false;
        const quint8 byte = static_cast<quint8>(m_data[m_pos++]);
        result |= static_cast<quint64>(byte & 0x7fu) << shift;
        if (!(byte & 0x80u)) {
            *value = result;
            return true;
        }
    }
    return false;
}

bool ParquetRleDecoder::nextRun(QString *error)
{
    while (m_left == 0) {
        const qsizetype headerAt = m_pos;
        quint64 header = 0;
        if (!readVarint(&header)) {
            *error = QStringLiteral("RLE data ends early at byte %1 of %2")
                         .arg(headerAt)
                         .arg(m_data.size());
            return false;
        }
        const quint64 count = header >> 1;
        if (header & 1) {
            // Bit-packed groups of eight values; a final group cut short still yields the values
            // whose bits are there.
            const quint64 available =
                m_bitWidth == 0 ? count * 8
                                : static_cast<quint64>(m_data.size() - m_pos) * 8 / m_bitWidth;
            const quint64 values = std::min(count * 8, available);
            if (m_bitWidth == 0) {
                // No bits per value: a run of zeros, taken in one step.
                m_packed = false;
                m_value = 0;
                m_left = static_cast<qint64>(values);
                continue;
            }
            m_packed = true;
            m_packedStart = m_pos;
            m_packedIndex = 0;
            m_left = static_cast<qint64>(values);
            const quint64 bytes = std::min(count * static_cast<quint64>(m_bitWidth),
                                           static_cast<quint64>(m_data.size() - m_pos));
            m_pos += static_cast<qsizetype>(bytes);
            if (values == 0 && count > 0) {
                *error = QStringLiteral("RLE data ends inside a bit-packed run at byte %1")
                             .arg(headerAt);
                return false;
            }
        } else {
            const int bytes = (m_bitWidth + 7) / 8;
            if (m_data.size() - m_pos < bytes) {
                *error = QStringLiteral("RLE data ends inside a run at byte %1").arg(headerAt);
                return false;
            }
            quint64 value = 0;
            for (int i = 0; i < bytes; ++i)
                value |= static_cast<quint64>(static_cast<quint8>(m_data[m_pos++])) << (8 * i);
            if (m_bitWidth < 32 && value >> m_bitWidth) {
                *error = QStringLiteral("RLE run at byte %1 repeats %2, wider than %3 bits")
                             .arg(headerAt)
                             .arg(value)
                             .arg(m_bitWidth);
                return false;
            }
            m_packed = false;
            m_value = static_cast<quint32>(value);
            m_left = static_cast<qint64>(count);
        }
    }
    return true;
}

bool ParquetRleDecoder::peek(quint32 *value, qint64 *length, QString *error)
{
    if (m_endless) {
        *value = 0;
        *length = std::numeric_limits<qint64>::max();
        return true;
    }
    if (m_left == 0 && !nextRun(error))
        return false;
    if (!m_packed) {
        *value = m_value;
        *length = m_left;
        return true;
    }
    // Values are packed from the least significant bit of each byte on.
    const quint64 bit = static_cast<quint64>(m_packedIndex) * static_cast<quint64>(m_bitWidth);
    qsizetype byte = m_packedStart + static_cast<qsizetype>(bit / 8);
    const int shift = static_cast<int>(bit % 8);
    quint64 bits = 0;
    const int needed = (shift + m_bitWidth + 7) / 8;
    for (int i = 0; i < needed && byte < m_data.size(); ++i, ++byte)
        bits |= static_cast<quint64>(static_cast<quint8>(m_data[byte])) << (8 * i);
    bits >>= shift;
    *value = static_cast<quint32>(m_bitWidth >= 32 ? bits : bits & ((1ULL << m_bitWidth) - 1));
    *length = 1;
    return true;
}

void ParquetRleDecoder::consume(qint64 count)
{
    if (m_endless)
        return;
    if (m_packed) {
        m_packedIndex += count;
    }
    m_left -= count;
}

} // namespace brickdesk
