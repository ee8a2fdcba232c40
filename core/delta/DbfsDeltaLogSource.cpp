#include "DbfsDeltaLogSource.h"

#include "DbfsClient.h"
#include "DbfsPath.h"

#include <QTimer>
#include <algorithm>
#include <memory>

namespace brickdesk {

DbfsDeltaLogSource::DbfsDeltaLogSource(DbfsClient *client, QString tablePath, QObject *parent)
    : DeltaLogSource(parent)
    , m_client(client)
    , m_tablePath(std::move(tablePath))
    , m_context(new QObject(this))
{}

DbfsDeltaLogSource::~DbfsDeltaLogSource() = default;

QString DbfsDeltaLogSource::tableLocation() const
{
    return dbfspath::toUri(m_tablePath);
}

void DbfsDeltaLogSource::cancelAll()
{
    // The DBFS client's handlers run only while their context lives.
    delete m_context;
    m_context = new QObject(this);
}

// Errors found before asking anything are answered from the event loop too: callers count on
// a handler never running inside the call that started it.
void DbfsDeltaLogSource::failLater(ReadHandler handler, const QString &error)
{
    QTimer::singleShot(0, m_context, [handler, error] { handler(std::nullopt, error); });
}

void DbfsDeltaLogSource::listLog(ListHandler handler)
{
    if (!m_client) {
        QTimer::singleShot(0, m_context,
                           [handler] { handler(std::nullopt, QStringLiteral("not connected")); });
        return;
    }
    const QString logFolder = dbfspath::join(m_tablePath, QStringLiteral("_delta_log"));
    m_client->list(logFolder, m_context,
                   [this, handler](const DbfsResult<QList<DbfsFileInfo>> &result) {
                       if (result.isMissing()) {
                           handler(std::nullopt,
                                   QStringLiteral("%1 has no _delta_log folder: it is not a Delta "
                                                  "table")
                                       .arg(tableLocation()));
                           return;
                       }
                       if (!result.ok()) {
                           handler(std::nullopt, result.error.summary());
                           return;
                       }
                       QList<DeltaLogEntry> entries;
                       for (const DbfsFileInfo &file : result.value)
                           if (!file.isDir)
                               entries.append({file.name(), file.size, file.modifiedMs});
                       handler(entries, QString());
                   });
}

void DbfsDeltaLogSource::readLogFile(const QString &name, qint64 size, ReadHandler handler)
{
    if (!m_client) {
        failLater(std::move(handler), QStringLiteral("not connected"));
        return;
    }
    if (size > kMaxLogFileBytes) {
        failLater(std::move(handler),
                  QStringLiteral("%1 is %2 bytes, more than Brickdesk reads (%3)")
                      .arg(name, QString::number(size), QString::number(kMaxLogFileBytes)));
        return;
    }
    const QString path =
        dbfspath::join(dbfspath::join(m_tablePath, QStringLiteral("_delta_log")), name);
    auto content = std::make_shared<QByteArray>();
    // The listing's size is a hint, not a promise: reserve no more than a few blocks on it.
    content->reserve(std::min<qint64>(size, 8 * DbfsClient::kMaxBlockBytes));
    readFrom(path, 0, size, content, std::move(handler));
}

void DbfsDeltaLogSource::readFrom(const QString &path, qint64 offset, qint64 size,
                                  std::shared_ptr<QByteArray> content, ReadHandler handler)
{
    m_client->read(
        path, offset, DbfsClient::kMaxBlockBytes, m_context,
        [this, path, offset, size, content, handler](const DbfsResult<DbfsReadAnswer> &result) {
            if (!result.ok()) {
                handler(std::nullopt,
                        dbfspath::nameOf(path) + QStringLiteral(": ") + result.error.summary());
                return;
            }
            content->append(result.value.data);
            const qint64 next = offset + result.value.bytesRead;
            // A short read is the end of the file: the listing's size may be stale.
            if (result.value.bytesRead < DbfsClient::kMaxBlockBytes) {
                handler(*content, QString());
                return;
            }
            if (!m_client) {
                handler(std::nullopt, QStringLiteral("not connected"));
                return;
            }
            if (next > kMaxLogFileBytes) {
                handler(std::nullopt, QStringLiteral("%1 grew past %2 bytes while being read")
                                          .arg(dbfspath::nameOf(path))
                                          .arg(kMaxLogFileBytes));
                return;
            }
            readFrom(path, next, size, content, handler);
        });
}

} // namespace brickdesk
