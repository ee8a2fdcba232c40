#pragma once

#include <QByteArrayView>
#include <QString>

namespace brickdesk {

// Parquet's RLE / bit-packed hybrid encoding (definition and repetition levels, dictionary
// indices), read run by run so that a run of a million equal levels costs one step, not a million.
class ParquetRleDecoder
{
public:
    // A decoder that yields zeros without end: a column whose maximum level is 0 stores no levels.
    ParquetRleDecoder() = default;
    ParquetRleDecoder(QByteArrayView data, int bitWidth);

    // The current run: `*value` repeated `*length` times (a bit-packed value is a run of one).
    bool peek(quint32 *value, qint64 *length, QString *error);
    // Drops `count` values of the current run (at most its length).
    void consume(qint64 count);

private:
    bool nextRun(QString *error);
    bool readVarint(quint64 *value);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_bitWidth = 0;
    bool m_endless = true;
    // The current run.
    bool m_packed = false;
    qint64 m_left = 0;
    quint32 m_value = 0;
    qsizetype m_packedStart = 0; // byte where the bit-packed run's values start
    qint64 m_packedIndex = 0;    // next value of the bit-packed run
};

// Bits needed for values up to `maxValue` (0 for 0).
int parquetBitWidth(quint32 maxValue);

} // namespace brickdesk
