#pragma once

#include <QString>

namespace brickdesk {

// Enum values of parquet.thrift that the checkpoint reader looks at.
namespace parquet {

enum PhysicalType : qint32
{
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
};

enum Repetition : qint32
{
    Required = 0,
    Optional = 1,
    Repeated = 2
};

enum Codec : qint32
{
    Uncompressed = 0,
    Snappy = 1,
    Gzip = 2,
    Lzo = 3,
    Brotli = 4,
    Lz4 = 5,
    Zstd = 6,
    Lz4Raw = 7,
};

enum Encoding : qint32
{
    Plain = 0,
    PlainDictionary = 2,
    Rle = 3,
    BitPacked = 4,
    RleDictionary = 8,
};

enum PageType : qint32
{
    DataPage = 0,
    IndexPage = 1,
    DictionaryPage = 2,
    DataPageV2 = 3
};

QString typeName(qint32 type);
QString codecName(qint32 codec);
QString encodingName(qint32 encoding);

} // namespace parquet

} // namespace brickdesk
