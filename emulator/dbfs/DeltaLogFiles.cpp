// The generated table's data files: the commits that add and remove them (appends, MERGE, UPDATE,
// DELETE, OPTIMIZE, RESTORE) and the live file set they keep up to date.
#include "DeltaLogGenerator.h"

#include <QSet>
#include <algorithm>

namespace brickdesk::emulator {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;
// Files below this are what OPTIMIZE compacts.
constexpr qint64 kSmallFileBytes = 32 * kMiB;

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

std::size_t DeltaLogGenerator::smallFileCount() const
{
    return static_cast<std::size_t>(std::count_if(
        m_live.begin(), m_live.end(), [](const DataFile &f) { return f.size < kSmallFileBytes; }));
}

DeltaLogGenerator::DataFile DeltaLogGenerator::newFile(const QString &date, qint64 size,
                                                       qint64 records, int part)
{
    DataFile file;
    file.date = date;
    file.path = QStringLiteral("date=") + date + QStringLiteral("/part-") +
                QStringLiteral("%1").arg(part, 5, 10, QLatin1Char('0')) + QLatin1Char('-') +
                uuid() + QStringLiteral(".c000.snappy.parquet");
    file.size = std::max<qint64>(size, 1024);
    file.records = std::max<qint64>(records, 1);
    file.firstTripId = m_nextTripId;
    m_nextTripId += file.records;
    return file;
}

QByteArray DeltaLogGenerator::addAction(const DataFile &file, qint64 at, bool dataChange) const
{
    // Stats name columns by their physical names once column mapping is on.
    const QByteArray tripId = m_schema.physicalName(QStringLiteral("trip_id")).toUtf8();
    const OrderedJson stats =
        OrderedJson()
            .number("numRecords", file.records)
            .object("minValues", OrderedJson().number(tripId, file.firstTripId))
            .object("maxValues", OrderedJson().number(tripId, file.firstTripId + file.records - 1))
            .object("nullCount", OrderedJson().number(tripId, 0));
    const OrderedJson add =
        OrderedJson()
            .text("path", file.path)
            .object("partitionValues",
                    OrderedJson().text(m_schema.physicalName(QStringLiteral("date")).toUtf8(),
                                       file.date))
            .number("size", file.size)
            .number("modificationTime", at)
            .boolean("dataChange", dataChange)
            .text("stats", stats.jsonText());
    return OrderedJson().object("add", add).json() + '\n';
}

QByteArray DeltaLogGenerator::removeAction(const DataFile &file, qint64 at, bool dataChange) const
{
    const OrderedJson remove =
        OrderedJson()
            .text("path", file.path)
            .number("deletionTimestamp", at)
            .boolean("dataChange", dataChange)
            .boolean("extendedFileMetadata", true)
            .object("partitionValues",
                    OrderedJson().text(m_schema.physicalName(QStringLiteral("date")).toUtf8(),
                                       file.date))
            .number("size", file.size);
    return OrderedJson().object("remove", remove).json() + '\n';
}

std::vector<DeltaLogGenerator::DataFile> DeltaLogGenerator::takeLiveFiles(int count)
{
    std::vector<DataFile> taken;
    while (static_cast<int>(taken.size()) < count && !m_live.empty()) {
        const auto index =
            static_cast<std::size_t>(between(0, static_cast<qint64>(m_live.size()) - 1));
        std::swap(m_live.at(index), m_live.back());
        taken.push_back(m_live.back());
        m_live.pop_back();
    }
    return taken;
}

DeltaLogGenerator::Commit DeltaLogGenerator::append(int version, bool fromJob)
{
    const qint64 at = commitTimestamp(version);
    const int count = static_cast<int>(between(1, 4));
    Commit commit;
    qint64 rows = 0;
    qint64 bytes = 0;
    for (int part = 0; part < count; ++part) {
        // Some trips arrive late and land in yesterday's partition.
        const QString date = dateOf(between(0, 4) == 0 ? at - kDayMs : at);
        const qint64 size = between(300 * kKiB, 12 * kMiB);
        const DataFile file = newFile(date, size, size / between(45, 70), part);
        commit.actions += addAction(file, at - between(500, 5000), true);
        rows += file.records;
        bytes += file.size;
        m_live.push_back(file);
    }
    const OrderedJson parameters = OrderedJson()
                                       .text("mode", QStringLiteral("Append"))
                                       .text("statsOnLoad", QStringLiteral("false"))
                                       .text("partitionBy", QStringLiteral("[\"date\"]"));
    const OrderedJson metrics = OrderedJson()
                                    .text("numFiles", number(count))
                                    .text("numOutputRows", number(rows))
                                    .text("numOutputBytes", number(bytes));
    commit.commitInfo = commitInfo(version, QStringLiteral("WRITE"), parameters, metrics,
                                   "WriteSerializable", true, fromJob);
    return commit;
}

DeltaLogGenerator::Commit DeltaLogGenerator::merge(int version)
{
    const qint64 at = commitTimestamp(version);
    const std::vector<DataFile> touched = takeLiveFiles(static_cast<int>(between(1, 3)));
    const qint64 sourceRows = between(200, 20000);
    qint64 updated = 0;
    qint64 copied = 0;
    qint64 bytesRemoved = 0;
    qint64 bytesAdded = 0;
    qint64 inserted = 0;
    Commit commit;
    for (std::size_t i = 0; i < touched.size(); ++i) {
        const DataFile &old = touched.at(i);
        const qint64 matched =
            std::min(old.records, between(1, std::max<qint64>(1, old.records / 8)));
        updated += matched;
        copied += old.records - matched;
        // The rows that matched nothing are inserted into the first rewritten file.
        const qint64 added = i == 0 ? std::max<qint64>(0, sourceRows - matched) : 0;
        inserted += added;
        const qint64 records = old.records + added;
        const DataFile rewritten =
            newFile(old.date, old.size / old.records * records, records, static_cast<int>(i));
        commit.actions += removeAction(old, at, true);
        commit.actions += addAction(rewritten, at - between(500, 5000), true);
        bytesRemoved += old.size;
        bytesAdded += rewritten.size;
        m_live.push_back(rewritten);
    }
    const qint64 left = between(1000, 99999);
    const OrderedJson parameters =
        OrderedJson()
            .text("predicate", QStringLiteral("[\"(trip_id#%1L = trip_id#%2L)\"]")
                                   .arg(left)
                                   .arg(left + between(2, 40)))
            .text("matchedPredicates", QStringLiteral("[{\"actionType\":\"update\"}]"))
            .text("notMatchedPredicates", QStringLiteral("[{\"actionType\":\"insert\"}]"))
            .text("notMatchedBySourcePredicates", QStringLiteral("[]"));
    const auto files = static_cast<qint64>(touched.size());
    const qint64 executionMs = between(2000, 40000);
    const OrderedJson metrics = OrderedJson()
                                    .text("numTargetRowsCopied", number(copied))
                                    .text("numTargetRowsDeleted", number(0))
                                    .text("numTargetFilesAdded", number(files))
                                    .text("numTargetBytesAdded", number(bytesAdded))
                                    .text("numTargetBytesRemoved", number(bytesRemoved))
                                    .text("numTargetDeletionVectorsAdded", number(0))
                                    .text("numTargetRowsMatchedUpdated", number(updated))
                                    .text("executionTimeMs", number(executionMs))
                                    .text("numTargetRowsInserted", number(inserted))
                                    .text("numTargetRowsMatchedDeleted", number(0))
                                    .text("scanTimeMs", number(executionMs / 3))
                                    .text("numTargetRowsUpdated", number(updated))
                                    .text("numOutputRows", number(updated + inserted + copied))
                                    .text("numTargetChangeFilesAdded", number(0))
                                    .text("numSourceRows", number(sourceRows))
                                    .text("numTargetFilesRemoved", number(files))
                                    .text("rewriteTimeMs", number(executionMs / 2));
    commit.commitInfo = commitInfo(version, QStringLiteral("MERGE"), parameters, metrics,
                                   "WriteSerializable", false, false);
    return commit;
}

DeltaLogGenerator::Commit DeltaLogGenerator::update(int version)
{
    const qint64 at = commitTimestamp(version);
    const std::vector<DataFile> touched = takeLiveFiles(static_cast<int>(between(1, 2)));
    qint64 updated = 0;
    qint64 copied = 0;
    qint64 bytesRemoved = 0;
    qint64 bytesAdded = 0;
    Commit commit;
    for (std::size_t i = 0; i < touched.size(); ++i) {
        const DataFile &old = touched.at(i);
        const qint64 changed =
            std::min(old.records, between(1, std::max<qint64>(1, old.records / 20)));
        updated += changed;
        copied += old.records - changed;
        const DataFile rewritten =
            newFile(old.date, old.size + between(-old.size / 50, old.size / 50), old.records,
                    static_cast<int>(i));
        commit.actions += removeAction(old, at, true);
        commit.actions += addAction(rewritten, at - between(500, 5000), true);
        bytesRemoved += old.size;
        bytesAdded += rewritten.size;
        m_live.push_back(rewritten);
    }
    // The fare column is renamed halfway through the history: predicates use its name then.
    const QString fare = m_schema.column(QStringLiteral("fare_amount"))
                             ? QStringLiteral("fare_amount")
                             : QStringLiteral("fare");
    const OrderedJson parameters = OrderedJson().text(
        "predicate", QStringLiteral("[\"(%1#%2 < 0.0)\"]").arg(fare).arg(between(1000, 99999)));
    const auto files = static_cast<qint64>(touched.size());
    const qint64 executionMs = between(1500, 20000);
    const OrderedJson metrics = OrderedJson()
                                    .text("numRemovedFiles", number(files))
                                    .text("numRemovedBytes", number(bytesRemoved))
                                    .text("numCopiedRows", number(copied))
                                    .text("numDeletionVectorsAdded", number(0))
                                    .text("numDeletionVectorsRemoved", number(0))
                                    .text("numAddedChangeFiles", number(0))
                                    .text("executionTimeMs", number(executionMs))
                                    .text("scanTimeMs", number(executionMs / 3))
                                    .text("numAddedFiles", number(files))
                                    .text("numUpdatedRows", number(updated))
                                    .text("numAddedBytes", number(bytesAdded))
                                    .text("rewriteTimeMs", number(executionMs / 2));
    commit.commitInfo = commitInfo(version, QStringLiteral("UPDATE"), parameters, metrics,
                                   "WriteSerializable", false, false);
    return commit;
}

// DELETE: now and then a whole old partition (a metadata-only delete, which also keeps the live
// file set of a long history bounded), otherwise a few rows rewritten out of one or two files.
DeltaLogGenerator::Commit DeltaLogGenerator::remove(int version)
{
    const qint64 at = commitTimestamp(version);
    QSet<QString> dates;
    QString oldest;
    for (const DataFile &file : m_live) {
        dates.insert(file.date);
        if (oldest.isEmpty() || file.date < oldest)
            oldest = file.date;
    }
    const bool partitionDelete = dates.size() >= 3 && between(0, 1) == 0;
    std::vector<DataFile> touched;
    if (partitionDelete) {
        const auto firstKept =
            std::stable_partition(m_live.begin(), m_live.end(),
                                  [&oldest](const DataFile &f) { return f.date == oldest; });
        touched.assign(m_live.begin(), firstKept);
        m_live.erase(m_live.begin(), firstKept);
    } else {
        touched = takeLiveFiles(static_cast<int>(between(1, 2)));
    }
    qint64 deleted = 0;
    qint64 copied = 0;
    qint64 bytesRemoved = 0;
    qint64 bytesAdded = 0;
    qint64 added = 0;
    Commit commit;
    for (std::size_t i = 0; i < touched.size(); ++i) {
        const DataFile &old = touched.at(i);
        commit.actions += removeAction(old, at, true);
        bytesRemoved += old.size;
        const qint64 gone =
            partitionDelete
                ? old.records
                : std::min(old.records, between(1, std::max<qint64>(1, old.records / 10)));
        deleted += gone;
        if (gone == old.records)
            continue;
        copied += old.records - gone;
        const qint64 records = old.records - gone;
        const DataFile rewritten =
            newFile(old.date, old.size / old.records * records, records, static_cast<int>(i));
        commit.actions += addAction(rewritten, at - between(500, 5000), true);
        bytesAdded += rewritten.size;
        ++added;
        m_live.push_back(rewritten);
    }
    const qint64 expression = between(1000, 99999);
    const QString predicate =
        partitionDelete ? QStringLiteral("[\"(date#%1 <= %2)\"]").arg(expression).arg(oldest)
                        : QStringLiteral("[\"(passenger_count#%1 = 0)\"]").arg(expression);
    const qint64 executionMs = between(800, 15000);
    const OrderedJson metrics =
        OrderedJson()
            .text("numRemovedFiles", number(static_cast<qint64>(touched.size())))
            .text("numRemovedBytes", number(bytesRemoved))
            .text("numCopiedRows", number(copied))
            .text("numDeletionVectorsAdded", number(0))
            .text("numDeletionVectorsRemoved", number(0))
            .text("numAddedChangeFiles", number(0))
            .text("executionTimeMs", number(executionMs))
            .text("numDeletionVectorsUpdated", number(0))
            .text("numDeletedRows", number(deleted))
            .text("scanTimeMs", number(executionMs / 3))
            .text("numAddedFiles", number(added))
            .text("numAddedBytes", number(bytesAdded))
            .text("rewriteTimeMs", number(partitionDelete ? 0 : executionMs / 2));
    commit.commitInfo =
        commitInfo(version, QStringLiteral("DELETE"), OrderedJson().text("predicate", predicate),
                   metrics, "WriteSerializable", false, false);
    return commit;
}

// OPTIMIZE: the small files of up to three partitions (those with the most) become one large
// file each; no data changes (dataChange false on both sides). False when nothing is worth it.
bool DeltaLogGenerator::optimize(int version, Commit *commit)
{
    QHash<QString, int> smallFiles;
    for (const DataFile &file : m_live) {
        if (file.size < kSmallFileBytes)
            ++smallFiles[file.date];
    }
    QStringList dates;
    for (auto it = smallFiles.cbegin(); it != smallFiles.cend(); ++it) {
        if (it.value() >= 2)
            dates.append(it.key());
    }
    if (dates.isEmpty())
        return false;
    std::sort(dates.begin(), dates.end(), [&smallFiles](const QString &a, const QString &b) {
        return smallFiles.value(a) != smallFiles.value(b)
                   ? smallFiles.value(a) > smallFiles.value(b)
                   : a < b;
    });
    dates = dates.mid(0, 3);
    std::sort(dates.begin(), dates.end());

    const qint64 at = commitTimestamp(version);
    const auto compacted = [&dates](const DataFile &f) {
        return f.size < kSmallFileBytes && dates.contains(f.date);
    };
    const auto firstKept = std::stable_partition(m_live.begin(), m_live.end(), compacted);
    const std::vector<DataFile> removed(m_live.begin(), firstKept);
    m_live.erase(m_live.begin(), firstKept);

    QList<qint64> addedSizes;
    qint64 bytesRemoved = 0;
    for (int i = 0; i < dates.size(); ++i) {
        qint64 size = 0;
        qint64 records = 0;
        for (const DataFile &file : removed) {
            if (file.date == dates.at(i)) {
                commit->actions += removeAction(file, at, false);
                size += file.size;
                records += file.records;
            }
        }
        bytesRemoved += size;
        const DataFile large = newFile(dates.at(i), size * 93 / 100, records, i);
        commit->actions += addAction(large, at - between(500, 5000), false);
        addedSizes.append(large.size);
        m_live.push_back(large);
    }
    std::sort(addedSizes.begin(), addedSizes.end());
    const auto percentile = [&addedSizes](int p) {
        return number(addedSizes.at((addedSizes.size() - 1) * p / 100));
    };
    qint64 bytesAdded = 0;
    for (const qint64 size : std::as_const(addedSizes))
        bytesAdded += size;
    const OrderedJson parameters = OrderedJson()
                                       .text("predicate", QStringLiteral("[]"))
                                       .text("zOrderBy", QStringLiteral("[]"))
                                       .text("batchId", QStringLiteral("0"))
                                       .text("auto", QStringLiteral("false"))
                                       .text("clusterBy", QStringLiteral("[]"));
    const OrderedJson metrics =
        OrderedJson()
            .text("numRemovedFiles", number(static_cast<qint64>(removed.size())))
            .text("numRemovedBytes", number(bytesRemoved))
            .text("p25FileSize", percentile(25))
            .text("numDeletionVectorsRemoved", number(0))
            .text("minFileSize", percentile(0))
            .text("numAddedFiles", number(addedSizes.size()))
            .text("maxFileSize", percentile(100))
            .text("p75FileSize", percentile(75))
            .text("p50FileSize", percentile(50))
            .text("numAddedBytes", number(bytesAdded));
    commit->commitInfo = commitInfo(version, QStringLiteral("OPTIMIZE"), parameters, metrics,
                                    "SnapshotIsolation", false, false);
    return true;
}

// RESTORE to the version kRestoreDistance back: the files added since are removed and the ones
// removed since come back.
DeltaLogGenerator::Commit DeltaLogGenerator::restore(int version)
{
    const qint64 at = commitTimestamp(version);
    QSet<QString> before;
    for (const DataFile &file : m_restoreSnapshot)
        before.insert(file.path);
    QSet<QString> now;
    for (const DataFile &file : m_live)
        now.insert(file.path);
    Commit commit;
    qint64 removedFiles = 0;
    qint64 removedBytes = 0;
    for (const DataFile &file : m_live) {
        if (!before.contains(file.path)) {
            commit.actions += removeAction(file, at, true);
            ++removedFiles;
            removedBytes += file.size;
        }
    }
    qint64 restoredFiles = 0;
    qint64 restoredBytes = 0;
    qint64 tableBytes = 0;
    for (const DataFile &file : m_restoreSnapshot) {
        tableBytes += file.size;
        if (!now.contains(file.path)) {
            commit.actions += addAction(file, at, true);
            ++restoredFiles;
            restoredBytes += file.size;
        }
    }
    m_live = m_restoreSnapshot;
    const OrderedJson parameters =
        OrderedJson().text("version", number(m_restoreTarget)).null("timestamp");
    const OrderedJson metrics =
        OrderedJson()
            .text("numRestoredFiles", number(restoredFiles))
            .text("removedFilesSize", number(removedBytes))
            .text("numRemovedFiles", number(removedFiles))
            .text("restoredFilesSize", number(restoredBytes))
            .text("numOfFilesAfterRestore", number(static_cast<qint64>(m_live.size())))
            .text("tableSizeAfterRestore", number(tableBytes));
    commit.commitInfo = commitInfo(version, QStringLiteral("RESTORE"), parameters, metrics,
                                   "Serializable", false, false);
    return commit;
}

} // namespace brickdesk::emulator
