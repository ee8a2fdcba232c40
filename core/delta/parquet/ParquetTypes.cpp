#include "ParquetTypes.h"

namespace brickdesk::parquet {

namespace {

QString nameAt(qint32 value, std::initializer_list<const char *> names)
{
    if (value >= 0 && static_cast<size_t>(value) < names.size())
        return QLatin1String(names.begin()[value]);
    return QStringLiteral("unknown (%1)").arg(value);
}

} // namespace

QString typeName(qint32 type)
{
    return nameAt(type, {"BOOLEAN", "INT32", "INT64", "INT96", "FLOAT", "DOUBLE", "BYTE_ARRAY",
                         "FIXED_LEN_BYTE_ARRAY"});
}

QString codecName(qint32 codec)
{
    return nameAt(codec,
                  {"UNCOMPRESSED", "SNAPPY", "GZIP", "LZO", "BROTLI", "LZ4", "ZSTD", "LZ4_RAW"});
}

QString encodingName(qint32 encoding)
{
    return nameAt(encoding, {"PLAIN", "GROUP_VAR_INT", "PLAIN_DICTIONARY", "RLE", "BIT_PACKED",
                             "DELTA_BINARY_PACKED", "DELTA_LENGTH_BYTE_ARRAY", "DELTA_BYTE_ARRAY",
                             "RLE_DICTIONARY", "BYTE_STREAM_SPLIT"});
}

} // namespace brickdesk::parquet
