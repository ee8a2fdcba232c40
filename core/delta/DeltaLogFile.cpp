#include "DeltaLogFile.h"

#include <QRegularExpression>

namespace brickdesk {

namespace {

// Versions are zero-padded to 20 digits; a longer run would not fit a signed 64-bit version.
const QString kVersion = QStringLiteral("(\\d{20})");

std::optional<qint64> toVersion(const QString &digits)
{
    bool ok = false;
    const qint64 version = digits.toLongLong(&ok);
    if (!ok || version < 0)
        return std::nullopt;
    return version;
}

} // namespace

std::optional<DeltaLogFile> classifyDeltaLogFile(const QString &fileName)
{
    if (fileName == QLatin1String("_last_checkpoint"))
        return DeltaLogFile{DeltaLogFile::Kind::LastCheckpoint};
    static const QRegularExpression commit(QStringLiteral("^") + kVersion +
                                           QStringLiteral("\\.json$"));
    static const QRegularExpression checksum(QStringLiteral("^") + kVersion +
                                             QStringLiteral("\\.crc$"));
    static const QRegularExpression classic(QStringLiteral("^") + kVersion +
                                            QStringLiteral("\\.checkpoint\\.parquet$"));
    static const QRegularExpression multiPart(
        QStringLiteral("^") + kVersion +
        QStringLiteral("\\.checkpoint\\.(\\d{10})\\.(\\d{10})\\.parquet$"));
    static const QRegularExpression v2(
        QStringLiteral("^") + kVersion +
        QStringLiteral("\\.checkpoint\\.[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\.(json|parquet)$"));
    static const QRegularExpression compaction(QStringLiteral("^") + kVersion +
                                               QStringLiteral("\\.") + kVersion +
                                               QStringLiteral("\\.compacted\\.json$"));
    const struct
    {
        const QRegularExpression &pattern;
        DeltaLogFile::Kind kind;
    } kinds[] = {{commit, DeltaLogFile::Kind::Commit},
                 {checksum, DeltaLogFile::Kind::Checksum},
                 {classic, DeltaLogFile::Kind::Checkpoint},
                 {multiPart, DeltaLogFile::Kind::MultiPartCheckpoint},
                 {v2, DeltaLogFile::Kind::V2Checkpoint},
                 {compaction, DeltaLogFile::Kind::Compaction}};
    for (const auto &candidate : kinds) {
        const QRegularExpressionMatch match = candidate.pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        const std::optional<qint64> version = toVersion(match.captured(1));
        if (!version)
            return std::nullopt;
        DeltaLogFile file;
        file.kind = candidate.kind;
        file.version = *version;
        if (candidate.kind == DeltaLogFile::Kind::MultiPartCheckpoint) {
            file.part = match.captured(2).toInt();
            file.parts = match.captured(3).toInt();
            if (file.part < 1 || file.part > file.parts)
                return std::nullopt;
        } else if (candidate.kind == DeltaLogFile::Kind::Compaction) {
            const std::optional<qint64> end = toVersion(match.captured(2));
            if (!end || *end < file.version)
                return std::nullopt;
            file.endVersion = *end;
        }
        return file;
    }
    return std::nullopt;
}

} // namespace brickdesk
