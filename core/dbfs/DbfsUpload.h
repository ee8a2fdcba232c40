#pragma once

#include "Transfer.h"

#include <QFile>
#include <QPointer>
#include <memory>

namespace brickdesk {

class DbfsClient;
class ApiCall;

// A local file to DBFS: create a hidden temporary file next to the target, add-block in pieces
// of up to 1 MB, close, then move into place (after deleting the old file when overwriting).
// Throttling (429/503) is retried per block by the API client. A connection lost during an
// add-block leaves it unknown whether the block was appended, so the file is started again
// (a few times at most) rather than risk a corrupt copy. Cancel or failure closes the handle and
// deletes the temporary file.
class DbfsUpload : public Transfer
{
    Q_OBJECT

public:
    DbfsUpload(int id, DbfsClient *client, QString localPath, QString remotePath,
               QObject *parent = nullptr);
    ~DbfsUpload() override;

    void setBlockBytes(qint64 bytes); // ≤ 1 MB

    void start() override;
    void cancel() override;

    static QString temporaryPathFor(const QString &remotePath, const QString &unique);

private:
    void continueAfterConflict(ConflictChoice choice) override;
    void releaseOnSkip() override;
    void begin();
    void decide(bool targetExists);
    void createTemporary();
    struct PreparedBlock
    {
        qint64 offset = -1;
        qint64 size = 0;
        QByteArray base64; // null when the file could not be read
    };
    void sendNextBlock();
    PreparedBlock prepareBlock(qint64 offset);
    void closeHandle();
    void placeFile();
    void moveIntoPlace();
    void restartAfterAmbiguousFailure(const ApiError &error);
    void abortWith(const QString &text, const ApiError &error = {});
    void cleanUpRemote();

    QPointer<DbfsClient> m_client;
    qint64 m_blockBytes = 1024 * 1024;
    std::unique_ptr<QFile> m_file;
    QString m_targetPath;
    QString m_temporaryPath;
    bool m_overwrite = false;
    qint64 m_handle = 0;
    qint64 m_sent = 0;
    PreparedBlock m_prepared; // the next block, read and encoded ahead
    int m_restarts = 0;
    QPointer<ApiCall> m_call;
};

} // namespace brickdesk
