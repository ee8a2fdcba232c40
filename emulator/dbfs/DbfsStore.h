#pragma once

#include "ApiMessage.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>
#include <unordered_map>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

namespace brickdesk::emulator {

// The largest block add-block and put (JSON) take, and the largest read: 1 MB, decoded.
inline constexpr qint64 kDbfsMaxBlockBytes = 1024 * 1024;
inline constexpr qint64 kDbfsDefaultReadBytes = 512 * 1024;
inline constexpr int kDbfsDefaultDeleteBatch = 10000;
inline constexpr qint64 kDbfsHandleIdleTimeoutMs = 10 * 60 * 1000;

// A DBFS error answer with the status the service gives its code: RESOURCE_DOES_NOT_EXIST 404,
// PARTIAL_DELETE 503, everything else 400.
ApiResponse dbfsError(const QString &errorCode, const QString &message);

// Checks and normalises a DBFS path: "/a/b" or "dbfs:/a/b" become "/a/b" (empty and "."
// segments dropped); a relative or empty path, or one with a ".." segment, answers 400
// INVALID_PARAMETER_VALUE.
std::optional<ApiResponse> normaliseDbfsPath(const QString &path, QString *normalised);

// One entry as the API describes it (FileInfo).
struct DbfsFileInfo
{
    QString path; // normalised, "/a/b"
    bool isDir = false;
    qint64 size = 0;
    qint64 modificationTime = 0; // epoch ms
};

// DBFS kept as real files and folders under one root folder: <stateDir>/dbfs when there is a state
// folder (it survives a restart), otherwise a temporary folder owned by the store. Every DBFS path
// maps to root + normalised path, and normalisation refuses "..", so nothing outside the root is
// ever reached. Uploads in progress (create / add-block) live in a sibling folder, never in the
// tree. Not thread-safe: used from the emulator's thread only.
class DbfsStore
{
public:
    explicit DbfsStore(const QString &stateDir);
    ~DbfsStore();
    Q_DISABLE_COPY_MOVE(DbfsStore)

    // Creates the folders. False with *error set when that fails.
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    QString rootPath() const { return m_root; }
    bool isEmpty() const;

    // The local file or folder for a normalised DBFS path.
    QString localPath(const QString &dbfsPath) const;

    void setDeleteBatchSize(int size);
    void setHandleIdleTimeoutMs(qint64 timeoutMs);

    // Each returns the error answer to send, or nothing on success. Paths are normalised.
    std::optional<ApiResponse> status(const QString &path, DbfsFileInfo *info) const;
    // Children of a folder (sorted by name), or the file itself when path is a file.
    std::optional<ApiResponse> list(const QString &path, QList<DbfsFileInfo> *entries) const;
    // Appends up to `length` bytes from `offset` to *data (nothing past the end).
    std::optional<ApiResponse> read(const QString &path, qint64 offset, qint64 length,
                                    QByteArray *data) const;
    std::optional<ApiResponse> mkdirs(const QString &path);
    std::optional<ApiResponse> remove(const QString &path, bool recursive);
    std::optional<ApiResponse> move(const QString &source, const QString &destination);
    // Writes a whole file at once (put): it appears complete or not at all.
    std::optional<ApiResponse> write(const QString &path, bool overwrite, const QByteArray &data);

    // Streaming uploads. The data of a handle goes to a temporary blob beside the tree and the
    // file appears at its path only on close (renamed into place, replacing an older file when
    // overwrite was asked). This is a choice, not something the service documents: a reader never
    // sees half an upload and an abandoned handle leaves nothing behind. Parent folders are made
    // at create (mkdir -p, as the service does) and again at close if they went away meanwhile.
    // Handles idle for 10 minutes expire.
    std::optional<ApiResponse> create(const QString &path, bool overwrite, qint64 *handle);
    std::optional<ApiResponse> addBlock(qint64 handle, const QByteArray &data);
    std::optional<ApiResponse> close(qint64 handle);
    int openHandleCount() const { return static_cast<int>(m_uploads.size()); }

    // entryCount empty files part-000001.csv ... in `path` (made with its parents; the number
    // has at least six digits). For lists of many entries in tests and benchmarks.
    std::optional<ApiResponse> generateFolder(const QString &path, int entryCount);

private:
    struct Upload
    {
        QString path;
        bool overwrite = false;
        std::unique_ptr<QFile> blob;
        QElapsedTimer idle;
    };

    std::optional<ApiResponse> makeParents(const QString &path);
    std::optional<ApiResponse> checkWritable(const QString &path, bool overwrite) const;
    std::optional<ApiResponse> placeFile(const QString &blobPath, const QString &path,
                                         bool overwrite);
    bool removeTree(const QString &localDir, int *budget, int *removed);
    void expireIdleUploads();
    QString newBlobPath();

    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_stateDir;
    QString m_root;
    QString m_uploadsDir;
    bool m_open = false;
    int m_deleteBatchSize = kDbfsDefaultDeleteBatch;
    qint64 m_idleTimeoutMs = kDbfsHandleIdleTimeoutMs;
    qint64 m_nextHandle = 0;
    qint64 m_nextBlob = 0;
    std::unordered_map<qint64, Upload> m_uploads;
};

} // namespace brickdesk::emulator
