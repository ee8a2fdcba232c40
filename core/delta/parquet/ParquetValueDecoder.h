#pragma once

#include "ParquetRleDecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace brickdesk {

// One value of an INT32, INT64 or BYTE_ARRAY column. `bytes` points into a page or dictionary
// buffer and is valid only while that page is being read.
struct ParquetValue
{
    qint64 integer = 0;
    QByteArrayView bytes;
};

// PLAIN encoding: little-endian integers, byte arrays each behind a 4-byte length.
class ParquetPlainDecoder
{
public:
    ParquetPlainDecoder() = default;
    ParquetPlainDecoder(QByteArrayView data, qint32 physicalType);
    bool next(ParquetValue *value, QString *error);
    qsizetype bytesLeft() const { return m_data.size() - m_pos; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qint32 m_type = -1;
};

// A dictionary page's values; the buffer they point into is kept with them.
struct ParquetDictionary
{
    QByteArray buffer;
    QList<ParquetValue> values;
};

bool decodeParquetDictionary(QByteArray buffer, qint64 count, qint32 physicalType,
                             ParquetDictionary *dictionary, QString *error);

// The values of one data page: PLAIN, or dictionary indices in the RLE / bit-packed hybrid.
class ParquetValueDecoder
{
public:
    ParquetValueDecoder() = default;
    static ParquetValueDecoder plain(QByteArrayView data, qint32 physicalType);
    static bool dictionaryIndices(QByteArrayView data, const ParquetDictionary *dictionary,
                                  ParquetValueDecoder *decoder, QString *error);
    bool next(ParquetValue *value, QString *error);

private:
    ParquetPlainDecoder m_plain;
    ParquetRleDecoder m_indices;
    const ParquetDictionary *m_dictionary = nullptr;
};

} // namespace brickdesk
