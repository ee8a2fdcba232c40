#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk {

// One entry of dbfs/list or the answer of dbfs/get-status.
struct DbfsFileInfo
{
    QString path; // absolute, "/a/b"
    bool isDir = false;
    qint64 size = 0;       // bytes; 0 for folders
    qint64 modifiedMs = 0; // epoch milliseconds; 0 when the service did not say

    QString name() const;

    // Refuses anything but the documented shape: a non-empty absolute path, a boolean is_dir,
    // non-negative whole numbers. *error names the field.
    static std::optional<DbfsFileInfo> fromJson(const QJsonObject &json, QString *error);
};

// dbfs/list: `files` is absent for an empty folder. One malformed entry refuses the whole answer
// (with its index), so the view never shows half a folder as if it were all of it.
std::optional<QList<DbfsFileInfo>> dbfsListingFromJson(const QJsonObject &json, QString *error);

inline constexpr qint64 kDbfsMaxBlockBytes = 1024 * 1024; // read and add-block limit

struct DbfsReadAnswer
{
    qint64 bytesRead = 0;
    QByteArray data; // decoded
};

// dbfs/read: bytes_read and base64 data that must decode to exactly that many bytes.
std::optional<DbfsReadAnswer> dbfsReadAnswerFromJson(const QJsonObject &json, QString *error);
// The same from the answer's bytes. The plain shape servers send ({"bytes_read":n,"data":"..."})
// is read without building a JSON document — a megabyte of base64 is most of a read's cost
// otherwise; anything else (escapes, other keys, odd spacing) goes through the full JSON parser.
std::optional<DbfsReadAnswer> dbfsReadAnswerFromBytes(const QByteArray &body, QString *error);
// dbfs/create: {"handle": n}.
std::optional<qint64> dbfsHandleFromJson(const QJsonObject &json, QString *error);

// The number of files a PARTIAL_DELETE message says were deleted ("... deleted 10000 files ..."),
// or -1 when it does not say.
qint64 partialDeleteCount(const QString &message);

} // namespace brickdesk
