#pragma once

#include "DeltaTableSchema.h"
#include "OrderedJson.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <vector>

namespace brickdesk::emulator {

// commitInfo.engineInfo of the commits the emulator writes (generated tables, RESTORE).
inline constexpr const char *kDeltaEngineInfo = "Databricks-Runtime/15.4.x-scala2.12";

// The commits of a realistic, made-up Delta table of taxi trips partitioned by date, as
// Databricks Runtime 15.4 writes them: version 0 creates it (protocol 1/2, metaData, CREATE
// TABLE); then appends (some from a scheduled job), MERGE, UPDATE, DELETE and OPTIMIZE
// (compacting small files, dataChange false) drawn from a seeded generator, with add and remove
// actions that follow the table's live files; and, at fixed fractions of the history, schema and
// property changes: ADD COLUMNS, column mapping turned on (SET TBLPROPERTIES, protocol 2/5, ids
// and physical names), RENAME COLUMN (same id and physical name), type widening turned on
// (protocol 3/7 with table features) and an int → long CHANGE COLUMN, another ADD COLUMNS, a
// retention SET TBLPROPERTIES and a RESTORE to an earlier version. Deterministic: the same
// content for the same commit count and end time.
class DeltaLogGenerator
{
public:
    DeltaLogGenerator(int commitCount, qint64 endMs);

    // The newline-delimited actions of `version`. Versions must be asked for in order from 0.
    QByteArray commit(int version);
    // When the commit file is written (its modification time): about a minute apart, the last
    // one two seconds before endMs. commitInfo.timestamp is a few hundred ms earlier.
    qint64 fileTimeMs(int version) const;

private:
    enum class Event
    {
        AddTipColumn,
        EnableColumnMapping,
        RenameFareColumn,
        EnableTypeWidening,
        WidenPassengerCount,
        AddPaymentTypeColumn,
        SetRetention,
        Restore
    };

    struct DataFile
    {
        QString path;
        QString date;
        qint64 size = 0;
        qint64 records = 0;
        qint64 firstTripId = 0;
    };

    // A commit being written: commitInfo goes first, then the other actions in order.
    struct Commit
    {
        QByteArray commitInfo;
        QByteArray actions;
    };

    void scheduleEvents();
    quint64 next();
    qint64 between(qint64 low, qint64 high); // inclusive
    QString uuid();
    qint64 commitTimestamp(int version) const;
    QString dateOf(qint64 ms) const;

    QByteArray commitInfo(int version, const QString &operation, const OrderedJson &parameters,
                          const OrderedJson &metrics, const char *isolationLevel, bool blindAppend,
                          bool fromJob);
    DataFile newFile(const QString &date, qint64 size, qint64 records, int part);
    QByteArray addAction(const DataFile &file, qint64 at, bool dataChange) const;
    QByteArray removeAction(const DataFile &file, qint64 at, bool dataChange) const;
    // Takes `count` distinct live files out of the live set, at random.
    std::vector<DataFile> takeLiveFiles(int count);
    std::size_t smallFileCount() const;

    Commit create(int version);
    Commit schemaChange(int version, Event event);
    // Data changes (DeltaLogFiles.cpp).
    Commit append(int version, bool fromJob);
    Commit merge(int version);
    Commit update(int version);
    Commit remove(int version);
    bool optimize(int version, Commit *commit);
    Commit restore(int version);

    int m_commitCount = 0;
    qint64 m_endMs = 0;
    quint64 m_state = 0;
    QHash<int, Event> m_events;
    int m_restoreTarget = -1;
    DeltaTableSchema m_schema;
    std::vector<DataFile> m_live;
    std::vector<DataFile> m_restoreSnapshot;
    qint64 m_nextTripId = 1;
    int m_nextVersion = 0;
};

} // namespace brickdesk::emulator
