#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace brickdesk {

// A file in a table's `_delta_log` folder as a listing gives it.
struct DeltaLogEntry
{
    QString name;
    qint64 size = 0;
    qint64 modifiedMs = 0; // epoch ms; 0 when the store does not say
};

// Where a Delta table's `_delta_log` is read from: a local folder or DBFS. Asynchronous, and
// handlers run only while the source lives; cancelAll() drops every call in flight without
// calling its handler.
class DeltaLogSource : public QObject
{
    Q_OBJECT

public:
    // A commit file larger than this is refused, not read into memory (real commits of a
    // million files stay well below it).
    static constexpr qint64 kMaxLogFileBytes = 512LL * 1024 * 1024;

    using ListHandler = std::function<void(const std::optional<QList<DeltaLogEntry>> &entries,
                                           const QString &error)>;
    using ReadHandler =
        std::function<void(const std::optional<QByteArray> &content, const QString &error)>;

    using QObject::QObject;

    // The table folder as the user knows it ("dbfs:/delta/trips", "/home/me/table").
    virtual QString tableLocation() const = 0;
    // The files of `_delta_log` (not of `_delta_log/_sidecars`). An error says why there is no
    // log (no such folder, no access, ...).
    virtual void listLog(ListHandler handler) = 0;
    // One file of `_delta_log` ("00000000000000000012.json", "_sidecars/x.parquet").
    virtual void readLogFile(const QString &name, qint64 size, ReadHandler handler) = 0;
    virtual void cancelAll() = 0;
    // How many reads may run at once without hurting the service.
    virtual int parallelReads() const { return 8; }
};

} // namespace brickdesk
