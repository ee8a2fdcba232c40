// DBFS answers (list, get-status, read, create, PARTIAL_DELETE messages) and typed paths are
// outside input. Besides not crashing, what the parsers accept must hold their promises.
#include "Base64.h"
#include "DbfsFileInfo.h"
#include "DbfsPath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonObject root = QJsonDocument::fromJson(input).object();
    QString error;
    if (const auto entries = brickdesk::dbfsListingFromJson(root, &error)) {
        for (const brickdesk::DbfsFileInfo &entry : *entries) {
            if (!entry.path.startsWith(QLatin1Char('/')) || entry.size < 0 || entry.modifiedMs < 0)
                std::abort();
            (void)entry.name();
        }
    }
    (void)brickdesk::DbfsFileInfo::fromJson(root, &error);
    if (const auto answer = brickdesk::dbfsReadAnswerFromJson(root, &error)) {
        if (answer->data.size() != answer->bytesRead)
            std::abort();
    }
    (void)brickdesk::dbfsHandleFromJson(root, &error);
    if (const auto answer = brickdesk::dbfsReadAnswerFromBytes(input, &error)) {
        if (answer->data.size() != answer->bytesRead)
            std::abort();
    }
    // The fast decoder accepts only what Qt's decoder reads the same way.
    if (const auto decoded = brickdesk::decodeBase64Strict(input)) {
        const auto qt =
            QByteArray::fromBase64Encoding(input, QByteArray::AbortOnBase64DecodingErrors);
        if (!qt || qt.decoded != *decoded || decoded->toBase64() != input)
            std::abort();
    }
    const QString text = QString::fromUtf8(input);
    (void)brickdesk::partialDeleteCount(text);
    if (const auto path = brickdesk::dbfspath::normalize(text, &error)) {
        // A normalized path is absolute, has no empty, "." or ".." segment, and its dbfs:/ form
        // reads back as itself (unless it ends in a space, which the path bar trims).
        if (!path->startsWith(QLatin1Char('/')) || path->contains(QLatin1String("//")) ||
            path->split(QLatin1Char('/')).contains(QLatin1String("..")))
            std::abort();
        QString again;
        if (*path == path->trimmed() &&
            brickdesk::dbfspath::normalize(brickdesk::dbfspath::toUri(*path), &again) != path)
            std::abort();
        (void)brickdesk::dbfspath::parentOf(*path);
        (void)brickdesk::dbfspath::numberedName(brickdesk::dbfspath::nameOf(*path), 2);
    }
    return 0;
}
