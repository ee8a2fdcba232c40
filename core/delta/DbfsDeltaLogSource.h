#pragma once

#include "DeltaLogSource.h"

#include <QPointer>

namespace brickdesk {

class DbfsClient;

// A table folder on DBFS, read through the DBFS API: one listing of `_delta_log`, and each file
// in reads of at most a megabyte (the API's limit), one after the other.
class DbfsDeltaLogSource : public DeltaLogSource
{
    Q_OBJECT

public:
    // `tablePath` is a normalised DBFS path ("/delta/trips").
    DbfsDeltaLogSource(DbfsClient *client, QString tablePath, QObject *parent = nullptr);
    ~DbfsDeltaLogSource() override;

    QString tableLocation() const override;
    void listLog(ListHandler handler) override;
    void readLogFile(const QString &name, qint64 size, ReadHandler handler) override;
    void cancelAll() override;

private:
    void failLater(ReadHandler handler, const QString &error);
    void readFrom(const QString &path, qint64 offset, qint64 size,
                  std::shared_ptr<QByteArray> content, ReadHandler handler);

    QPointer<DbfsClient> m_client;
    QString m_tablePath;
    // Answers are delivered to this context; replacing it drops every call in flight.
    QObject *m_context = nullptr;
};

} // namespace brickdesk
