#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace brickdesk {

// The largest page Brickdesk decompresses: far above what Delta writers produce (about 1 MiB), low
// enough that a forged size cannot exhaust memory.
constexpr qint64 kMaxParquetPageBytes = 256LL * 1024 * 1024;

// UNCOMPRESSED, SNAPPY (the Spark and delta-rs default), GZIP and ZSTD.
bool isSupportedParquetCodec(qint32 codec);

// Decompresses one page (or the values of a v2 page) that must come out exactly
// `uncompressedSize` bytes long.
std::optional<QByteArray> decompressParquet(qint32 codec, QByteArrayView input,
                                            qint64 uncompressedSize, QString *error);

} // namespace brickdesk
