#include "ParquetCodec.h"

#include "ParquetTypes.h"

#include <QtEndian>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

namespace brickdesk {

namespace {

std::optional<QByteArray> inflateGzip(QByteArrayView input, QByteArray output, QString *error)
{
    z_stream stream{};
    // 15 + 32: zlib detects a gzip or a zlib header by itself.
    if (inflateInit2(&stream, 15 + 32) != Z_OK) {
        *error = QStringLiteral("zlib could not start");
        return std::nullopt;
    }
    // zlib's types are 32-bit; both sizes are under kMaxParquetPageBytes, checked by the caller.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = static_cast<uInt>(output.size());
    const int result = inflate(&stream, Z_FINISH);
    const qint64 produced = static_cast<qint64>(stream.total_out);
    inflateEnd(&stream);
    if (result != Z_STREAM_END) {
        *error = result == Z_BUF_ERROR && stream.avail_out == 0
                     ? QStringLiteral("GZIP data inflates past the page's declared %1 bytes")
                           .arg(output.size())
                     : QStringLiteral("GZIP data is corrupt (zlib error %1)").arg(result);
        return std::nullopt;
    }
    if (produced != output.size()) {
        *error = QStringLiteral("GZIP data inflates to %1 bytes, the page declares %2")
                     .arg(produced)
                     .arg(output.size());
        return std::nullopt;
    }
    return output;
}

} // namespace

bool isSupportedParquetCodec(qint32 codec)
{
    return codec == parquet::Uncompressed || codec == parquet::Snappy || codec == parquet::Gzip ||
           codec == parquet::Zstd;
}

std::optional<QByteArray> decompressParquet(qint32 codec, QByteArrayView input,
                                            qint64 uncompressedSize, QString *error)
{
    if (uncompressedSize < 0 || uncompressedSize > kMaxParquetPageBytes) {
        *error = QStringLiteral("a page declares %1 uncompressed bytes, more than Brickdesk reads")
                     .arg(uncompressedSize);
        return std::nullopt;
    }
    if (input.size() > kMaxParquetPageBytes) {
        *error = QStringLiteral("a page has %1 compressed bytes, more than Brickdesk reads")
                     .arg(input.size());
        return std::nullopt;
    }
    switch (codec) {
    case parquet::Uncompressed:
        if (input.size() != uncompressedSize) {
            *error = QStringLiteral("an uncompressed page has %1 bytes but declares %2")
                         .arg(input.size())
                         .arg(uncompressedSize);
            return std::nullopt;
        }
        return input.toByteArray();
    case parquet::Snappy: {
        size_t length = 0;
        if (snappy_uncompressed_length(input.data(), static_cast<size_t>(input.size()), &length) !=
            SNAPPY_OK) {
            *error = QStringLiteral("SNAPPY data is corrupt (no valid length)");
            return std::nullopt;
        }
        if (length != static_cast<quint64>(uncompressedSize)) {
            *error = QStringLiteral("SNAPPY data holds %1 bytes, the page declares %2")
                         .arg(length)
                         .arg(uncompressedSize);
            return std::nullopt;
        }
        // A forged length header must not cost an allocation: the stream is checked first.
        if (snappy_validate_compressed_buffer(input.data(), static_cast<size_t>(input.size())) !=
            SNAPPY_OK) {
            *error = QStringLiteral("SNAPPY data is corrupt");
            return std::nullopt;
        }
        QByteArray output(static_cast<qsizetype>(uncompressedSize), Qt::Uninitialized);
        size_t produced = length;
        if (snappy_uncompress(input.data(), static_cast<size_t>(input.size()), output.data(),
                              &produced) != SNAPPY_OK ||
            produced != length) {
            *error = QStringLiteral("SNAPPY data is corrupt");
            return std::nullopt;
        }
        return output;
    }
    case parquet::Gzip:
        // The gzip trailer states the size (modulo 2^32), and deflate expands at most 1032:1: a
        // page that declares more is refused before its buffer is allocated.
        if (input.size() >= 18 && qFromLittleEndian<quint32>(input.data() + input.size() - 4) !=
                                      static_cast<quint32>(uncompressedSize)) {
            *error = QStringLiteral("GZIP data holds %1 bytes, the page declares %2")
                         .arg(qFromLittleEndian<quint32>(input.data() + input.size() - 4))
                         .arg(uncompressedSize);
            return std::nullopt;
        }
        if (uncompressedSize > input.size() * 1032 + 1024) {
            *error = QStringLiteral("GZIP data of %1 bytes cannot hold the %2 the page declares")
                         .arg(input.size())
                         .arg(uncompressedSize);
            return std::nullopt;
        }
        return inflateGzip(
            input, QByteArray(static_cast<qsizetype>(uncompressedSize), Qt::Uninitialized), error);
    case parquet::Zstd: {
        const unsigned long long stated =
            ZSTD_getFrameContentSize(input.data(), static_cast<size_t>(input.size()));
        if (stated == ZSTD_CONTENTSIZE_ERROR) {
            *error = QStringLiteral("ZSTD data is corrupt (no valid frame header)");
            return std::nullopt;
        }
        // A frame that states its size is checked before the buffer is allocated.
        if (stated != ZSTD_CONTENTSIZE_UNKNOWN &&
            stated != static_cast<quint64>(uncompressedSize)) {
            *error = QStringLiteral("ZSTD data holds %1 bytes, the page declares %2")
                         .arg(stated)
                         .arg(uncompressedSize);
            return std::nullopt;
        }
        QByteArray output(static_cast<qsizetype>(uncompressedSize), Qt::Uninitialized);
        const size_t produced = ZSTD_decompress(output.data(), static_cast<size_t>(output.size()),
                                                input.data(), static_cast<size_t>(input.size()));
        if (ZSTD_isError(produced)) {
            *error = QStringLiteral("ZSTD data is corrupt or larger than the page declares (%1)")
                         .arg(QLatin1String(ZSTD_getErrorName(produced)));
            return std::nullopt;
        }
        if (produced != static_cast<quint64>(uncompressedSize)) {
            *error = QStringLiteral("ZSTD data holds %1 bytes, the page declares %2")
                         .arg(produced)
                         .arg(uncompressedSize);
            return std::nullopt;
        }
        return output;
    }
    default:
        *error =
            QStringLiteral("codec %1 is not one Brickdesk reads").arg(parquet::codecName(codec));
        return std::nullopt;
    }
}

} // namespace brickdesk
