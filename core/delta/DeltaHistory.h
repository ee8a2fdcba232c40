#pragma once

#include "DeltaCommit.h"
#include "DeltaLogFile.h"
#include "DeltaLogSource.h"
#include "DeltaProtocol.h"
#include "DeltaSchema.h"
#include "DeltaSnapshotFile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

namespace brickdesk {

// One row of the history: a commit with the timestamp DESCRIBE HISTORY gives it.
struct DeltaHistoryEntry
{
    qint64 version = -1;
    // The commit's file modification time made strictly increasing over the versions (as Delta
    // does), or its inCommitTimestamp when In-Commit Timestamps wrote one.
    QDateTime timestamp;
    bool timestampFromInCommit = false;
    QDateTime fileModified;
    qint64 fileSize = 0;
    DeltaCommit commit;
    QString readError;    // the commit file could not be read; `commit` is then empty
    QStringList findings; // about the version beyond its lines: unknown features, a bad schema

    QStringList warnings() const;
};

// The table's schema, properties and protocol as of one version, and where they came from.
struct DeltaTableState
{
    qint64 version = -1;
    std::optional<DeltaSchema> schema;
    qint64 schemaVersion = -1; // the version whose metaData (or snapshot) it is
    QString schemaSource;      // "commit 12", "checksum 12", "checkpoint 10"
    std::optional<DeltaProtocol> protocol;
    qint64 protocolVersion = -1;
    QString protocolSource;
    // Why the schema or protocol is missing or only partly known; empty when both are there.
    QStringList problems;
};

// The history of one Delta table, newest first and lazy: open() lists `_delta_log` once, then
// loadMore() reads the next page of older commits with a bounded number of reads at a time and
// hands the rows over in version order. requestState() finds the schema and protocol at a
// version by walking back to the nearest metaData / protocol action, checksum file or
// checkpoint. A commit that cannot be read or parsed is a row with a warning, never the end of
// the history. cancel() stops every read; nothing is read that nobody asked for.
class DeltaHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;
    // Commit files and checkpoints larger than this are parsed off the GUI thread.
    static constexpr qsizetype kParseInlineBytes = 256 * 1024;

    // Takes ownership of the source.
    explicit DeltaHistory(DeltaLogSource *source, QObject *parent = nullptr);
    ~DeltaHistory() override;

    void open();
    void cancel();

    QString tableLocation() const;
    bool isOpen() const { return m_open; }
    bool isBusy() const { return !m_reading.isEmpty() || m_listing; }
    QString openError() const { return m_openError; }

    qint64 latestVersion() const { return m_versions.isEmpty() ? -1 : m_versions.last(); }
    qint64 earliestVersion() const { return m_versions.isEmpty() ? -1 : m_versions.first(); }
    int commitCount() const { return static_cast<int>(m_versions.size()); }
    QList<qint64> checkpointVersions() const { return m_checkpoints.keys(); }
    std::optional<DeltaLastCheckpoint> lastCheckpoint() const { return m_lastCheckpoint; }
    // Problems of the log as a whole: gaps between versions, a _last_checkpoint that points at
    // nothing, files that cannot be read.
    QStringList tableWarnings() const { return m_tableWarnings; }

    int loadedCount() const { return static_cast<int>(m_rows.size()); }
    const DeltaHistoryEntry &entryAt(int row) const { return *m_rows.at(row); }
    int rowOfVersion(qint64 version) const;
    bool canLoadMore() const { return loadedCount() < commitCount(); }
    void loadMore(int count = kPageSize);
    void loadAll() { loadMore(commitCount()); }

    // The commit before `version` in the log, or -1.
    qint64 previousVersion(qint64 version) const;
    // Asks for the state at `version`; stateReady(version) follows (at once when known).
    void requestState(qint64 version);
    std::optional<DeltaTableState> stateAt(qint64 version) const;

Q_SIGNALS:
    void cleared(); // open() dropped every row: views start over
    void opened();
    void openFailed(const QString &error);
    void rowsLoaded(int firstRow, int count);
    void busyChanged(bool busy);
    void stateReady(qint64 version);
    void tableWarningsChanged();

private:
    struct StateWalk
    {
        qint64 target = -1;
        qint64 cursor = -1; // the next version to look at, walking down
        DeltaTableState state;
    };
    struct Snapshot
    {
        std::optional<DeltaSnapshotFile> file;
        QString error;
    };

    void takeListing(const QList<DeltaLogEntry> &entries);
    void chooseCheckpoint(qint64 version, QList<std::pair<DeltaLogFile, DeltaLogEntry>> files);
    void readLastCheckpoint(const DeltaLogEntry &entry);
    void checkLastCheckpoint();
    void computeTimestamps();
    void readCommit(qint64 version);
    void readSnapshot(qint64 version);
    void takeSnapshot(qint64 version, qint64 key, const Snapshot &snapshot);
    void takeEntry(qint64 version, std::shared_ptr<const DeltaHistoryEntry> entry);
    // Pure: runs on the GUI thread for small commits and on a pool thread for large ones.
    static std::shared_ptr<const DeltaHistoryEntry>
    buildEntry(qint64 version, const DeltaLogEntry &file, qint64 fileTimestamp,
               const std::optional<QByteArray> &content, const QString &error);
    void advance();
    void publishRows();
    bool advanceWalk(StateWalk *walk); // true when the walk is done
    void schedule();
    void setBusy();
    void addTableWarning(const QString &warning);

    QPointer<DeltaLogSource> m_source;
    bool m_open = false;
    bool m_listing = false;
    bool m_wasBusy = false;
    QString m_openError;

    QList<qint64> m_versions; // commit versions in the log, ascending
    QHash<qint64, DeltaLogEntry> m_commitFiles;
    QHash<qint64, DeltaLogEntry> m_checksumFiles;
    QMap<qint64, QList<DeltaLogFile>> m_checkpoints; // parts (or one v2 file) per version
    QHash<qint64, QList<DeltaLogEntry>> m_checkpointFiles;
    QList<qint64> m_snapshotVersions;       // checksum and checkpoint versions, ascending
    QHash<qint64, qint64> m_fileTimestamps; // monotonised modification times, ms
    std::optional<DeltaLastCheckpoint> m_lastCheckpoint;
    QStringList m_tableWarnings;

    QHash<qint64, std::shared_ptr<const DeltaHistoryEntry>> m_parsed;
    QList<std::shared_ptr<const DeltaHistoryEntry>> m_rows; // newest first
    int m_wantedRows = 0;

    QHash<qint64, Snapshot> m_snapshots;
    QSet<qint64> m_snapshotReads;
    QList<StateWalk> m_walks;
    QHash<qint64, DeltaTableState> m_states;

    QList<qint64> m_readQueue; // commit versions to read, in order
    QSet<qint64> m_reading;    // commits and snapshots in flight (snapshots as -version - 1)
    quint64 m_generation = 0;  // bumped by cancel(): answers of an earlier one are dropped
};

} // namespace brickdesk
