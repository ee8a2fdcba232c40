#include "DbfsTreeWalker.h"

#include "DbfsClient.h"

namespace brickdesk {

DbfsTreeWalker::DbfsTreeWalker(DbfsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void DbfsTreeWalker::start(const QString &rootPath)
{
    cancel();
    m_pending = {rootPath};
    m_files = m_folders = 0;
    m_running = true;
    next();
}

void DbfsTreeWalker::cancel()
{
    ++m_generation; // an answer already being parsed is ignored when it arrives
    m_running = false;
    m_pending.clear();
    if (m_call)
        m_call->cancel();
}

void DbfsTreeWalker::next()
{
    if (m_pending.isEmpty()) {
        m_running = false;
        Q_EMIT finished(ApiError());
        return;
    }
    if (!m_client) {
        m_running = false;
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = QStringLiteral("not connected to a workspace");
        Q_EMIT finished(error);
        return;
    }
    const QString folder = m_pending.takeFirst();
    m_call = m_client->list(
        folder, this,
        [this, generation = m_generation](const DbfsResult<QList<DbfsFileInfo>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_running = false;
                m_pending.clear();
                Q_EMIT finished(result.error);
                return;
            }
            for (const DbfsFileInfo &entry : result.value) {
                if (entry.isDir) {
                    ++m_folders;
                    m_pending.append(entry.path);
                } else {
                    ++m_files;
                }
            }
            Q_EMIT found(result.value);
            if (m_running)
                next();
        });
}

DbfsDeleter::DbfsDeleter(DbfsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void DbfsDeleter::start(const QString &path, bool recursive)
{
    m_path = path;
    m_recursive = recursive;
    m_rounds = 0;
    m_deleted = 0;
    round();
}

void DbfsDeleter::cancel()
{
    if (!m_call)
        return;
    m_call->cancel(); // a cancelled call runs no handler: say it here
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = QStringLiteral("cancelled");
    Q_EMIT finished(error);
}

void DbfsDeleter::round()
{
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = QStringLiteral("not connected to a workspace");
        Q_EMIT finished(error);
        return;
    }
    ++m_rounds;
    m_call = m_client->deleteOnce(
        m_path, m_recursive, this, [this](const DbfsResult<DbfsClient::Done> &result) {
            m_call = nullptr; // over: a cancel() from here on has nothing to stop
            if (result.error.errorCode == QLatin1String("PARTIAL_DELETE")) {
                const qint64 count = partialDeleteCount(result.error.message);
                if (count > 0)
                    m_deleted += count;
                Q_EMIT progressed(m_deleted, m_rounds);
                round();
                return;
            }
            Q_EMIT finished(result.error);
        });
}

} // namespace brickdesk
