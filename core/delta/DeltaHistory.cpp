#include "DeltaHistory.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <algorithm>
#include <functional>
#include <limits>

namespace brickdesk {

namespace {

QString versionRange(qint64 first, qint64 last)
{
    return first == last ? QStringLiteral("version %1").arg(first)
                         : QStringLiteral("versions %1–%2").arg(first).arg(last);
}

// Snapshot reads share the in-flight set with commit reads under a key no commit has.
qint64 snapshotKey(qint64 version)
{
    return -version - 1;
}

} // namespace

QStringList DeltaHistoryEntry::warnings() const
{
    QStringList all;
    if (!readError.isEmpty())
        all.append(readError);
    else if (!commit.hasCommitInfo)
        all.append(QStringLiteral("no commitInfo action: DESCRIBE HISTORY shows this version "
                                  "without operation, user or metrics"));
    all += commit.warnings;
    all += findings;
    return all;
}

DeltaHistory::DeltaHistory(DeltaLogSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    source->setParent(this);
}

DeltaHistory::~DeltaHistory()
{
    if (m_source)
        m_source->cancelAll();
}

QString DeltaHistory::tableLocation() const
{
    return m_source ? m_source->tableLocation() : QString();
}

void DeltaHistory::open()
{
    cancel();
    m_open = false;
    m_openError.clear();
    m_versions.clear();
    m_commitFiles.clear();
    m_checksumFiles.clear();
    m_checkpoints.clear();
    m_checkpointFiles.clear();
    m_snapshotVersions.clear();
    m_fileTimestamps.clear();
    m_lastCheckpoint.reset();
    m_tableWarnings.clear();
    m_parsed.clear();
    m_rows.clear();
    m_wantedRows = 0;
    m_snapshots.clear();
    m_states.clear();
    emit cleared();
    m_listing = true;
    setBusy();
    m_source->listLog(
        [this](const std::optional<QList<DeltaLogEntry>> &entries, const QString &error) {
            m_listing = false;
            if (!entries) {
                m_openError = error;
                setBusy();
                emit openFailed(error);
                return;
            }
            takeListing(*entries);
            setBusy();
        });
}

void DeltaHistory::cancel()
{
    if (m_source)
        m_source->cancelAll();
    ++m_generation; // parses still running on the pool are dropped when they come back
    m_listing = false;
    m_reading.clear();
    m_readQueue.clear();
    m_snapshotReads.clear();
    m_walks.clear();
    m_wantedRows = loadedCount();
    setBusy();
}

void DeltaHistory::takeListing(const QList<DeltaLogEntry> &entries)
{
    const DeltaLogEntry *lastCheckpointEntry = nullptr;
    QMap<qint64, QList<std::pair<DeltaLogFile, DeltaLogEntry>>> checkpointFiles;
    for (const DeltaLogEntry &entry : entries) {
        const std::optional<DeltaLogFile> file = classifyDeltaLogFile(entry.name);
        if (!file)
            continue;
        switch (file->kind) {
        case DeltaLogFile::Kind::Commit:
            m_versions.append(file->version);
            m_commitFiles.insert(file->version, entry);
            break;
        case DeltaLogFile::Kind::Checksum:
            m_checksumFiles.insert(file->version, entry);
            break;
        case DeltaLogFile::Kind::Checkpoint:
        case DeltaLogFile::Kind::MultiPartCheckpoint:
        case DeltaLogFile::Kind::V2Checkpoint:
            checkpointFiles[file->version].append({*file, entry});
            break;
        case DeltaLogFile::Kind::LastCheckpoint:
            lastCheckpointEntry = &entry;
            break;
        case DeltaLogFile::Kind::Compaction:
            break; // a compaction repeats commits that are still there one by one
        }
    }
    std::sort(m_versions.begin(), m_versions.end());
    if (m_versions.isEmpty()) {
        m_openError = QStringLiteral("%1/_delta_log holds no commit files (<version>.json): "
                                     "there is no history to show")
                          .arg(tableLocation());
        emit openFailed(m_openError);
        return;
    }
    for (qsizetype i = 1; i < m_versions.size(); ++i)
        if (m_versions.at(i) > m_versions.at(i - 1) + 1)
            m_tableWarnings.append(
                QStringLiteral("%1 missing from the log: the history skips them")
                    .arg(versionRange(m_versions.at(i - 1) + 1, m_versions.at(i) - 1)));
    for (auto it = checkpointFiles.cbegin(); it != checkpointFiles.cend(); ++it)
        chooseCheckpoint(it.key(), it.value());
    // Versions whose whole state one file holds (a checksum or a chosen checkpoint), for walks.
    m_snapshotVersions = m_checksumFiles.keys() + m_checkpoints.keys();
    std::sort(m_snapshotVersions.begin(), m_snapshotVersions.end());
    m_snapshotVersions.erase(std::unique(m_snapshotVersions.begin(), m_snapshotVersions.end()),
                             m_snapshotVersions.end());
    computeTimestamps();
    m_open = true;
    emit opened();
    if (!m_tableWarnings.isEmpty())
        emit tableWarningsChanged();
    if (lastCheckpointEntry)
        readLastCheckpoint(*lastCheckpointEntry);
    loadMore(kPageSize);
}

void DeltaHistory::chooseCheckpoint(qint64 version,
                                    QList<std::pair<DeltaLogFile, DeltaLogEntry>> files)
{
    // One version may have several checkpoints (a v2 one beside a classic copy, or multi-part
    // sets of different sizes); any complete one holds the whole state, so one is chosen.
    std::sort(files.begin(), files.end(),
              [](const auto &a, const auto &b) { return a.second.name < b.second.name; });
    const auto choose = [&](const QList<std::pair<DeltaLogFile, DeltaLogEntry>> &chosen) {
        for (const auto &[file, entry] : chosen) {
            m_checkpoints[version].append(file);
            m_checkpointFiles[version].append(entry);
        }
    };
    for (const DeltaLogFile::Kind kind :
         {DeltaLogFile::Kind::V2Checkpoint, DeltaLogFile::Kind::Checkpoint}) {
        for (const auto &candidate : std::as_const(files)) {
            if (candidate.first.kind == kind) {
                choose({candidate});
                return;
            }
        }
    }
    QMap<int, QList<std::pair<DeltaLogFile, DeltaLogEntry>>> sets; // by their number of parts
    for (const auto &candidate : std::as_const(files))
        sets[candidate.first.parts].append(candidate);
    for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
        QSet<int> parts;
        for (const auto &candidate : it.value())
            parts.insert(candidate.first.part);
        if (parts.size() == it.key()) {
            choose(it.value());
            return;
        }
    }
    // Readers must ignore a multi-part checkpoint with parts missing.
    const auto first = sets.cbegin();
    m_tableWarnings.append(QStringLiteral("the checkpoint at version %1 has %2 of its %3 parts; "
                                          "it is not used")
                               .arg(QString::number(version), QString::number(first->size()),
                                    QString::number(first.key())));
}

void DeltaHistory::readLastCheckpoint(const DeltaLogEntry &entry)
{
    // A key of its own among the reads in flight.
    const qint64 key = std::numeric_limits<qint64>::min();
    m_reading.insert(key);
    m_source->readLogFile(
        entry.name, entry.size,
        [this, key](const std::optional<QByteArray> &content, const QString &error) {
            m_reading.remove(key);
            if (!content) {
                addTableWarning(QStringLiteral("_last_checkpoint could not be "
                                               "read: ") +
                                error);
            } else {
                QString parseError;
                m_lastCheckpoint = parseLastCheckpoint(*content, &parseError);
                if (!m_lastCheckpoint)
                    addTableWarning(parseError);
                else
                    checkLastCheckpoint();
            }
            setBusy();
        });
}

void DeltaHistory::checkLastCheckpoint()
{
    const qint64 version = m_lastCheckpoint->version;
    if (version > latestVersion()) {
        addTableWarning(QStringLiteral("_last_checkpoint names version %1, newer than the newest "
                                       "commit (%2)")
                            .arg(version)
                            .arg(latestVersion()));
    } else if (!m_checkpoints.contains(version)) {
        addTableWarning(QStringLiteral("_last_checkpoint names a checkpoint at version %1, but "
                                       "the log has no complete checkpoint for it")
                            .arg(version));
    } else if (m_lastCheckpoint->parts &&
               m_checkpoints.value(version).first().kind ==
                   DeltaLogFile::Kind::MultiPartCheckpoint &&
               *m_lastCheckpoint->parts != m_checkpoints.value(version).first().parts) {
        addTableWarning(QStringLiteral("_last_checkpoint says the checkpoint at version %1 has "
                                       "%2 parts; its files say %3")
                            .arg(version)
                            .arg(*m_lastCheckpoint->parts)
                            .arg(m_checkpoints.value(version).first().parts));
    }
}

void DeltaHistory::addTableWarning(const QString &warning)
{
    m_tableWarnings.append(warning);
    emit tableWarningsChanged();
}

void DeltaHistory::computeTimestamps()
{
    qint64 previous = 0;
    for (const qint64 version : std::as_const(m_versions)) {
        qint64 modified = m_commitFiles.value(version).modifiedMs;
        if (modified <= 0)
            continue; // the store did not say; the commit's own timestamp is used
        if (previous > 0 && modified <= previous)
            modified = previous + 1;
        m_fileTimestamps.insert(version, modified);
        previous = modified;
    }
}

int DeltaHistory::rowOfVersion(qint64 version) const
{
    const auto found = std::lower_bound(m_versions.cbegin(), m_versions.cend(), version);
    if (found == m_versions.cend() || *found != version)
        return -1;
    const int row = commitCount() - 1 - static_cast<int>(found - m_versions.cbegin());
    return row < loadedCount() ? row : -1;
}

qint64 DeltaHistory::previousVersion(qint64 version) const
{
    const auto found = std::lower_bound(m_versions.cbegin(), m_versions.cend(), version);
    return found == m_versions.cbegin() ? -1 : *(found - 1);
}

void DeltaHistory::loadMore(int count)
{
    if (!m_open || count <= 0)
        return;
    m_wantedRows = std::min(commitCount(), std::max(m_wantedRows, loadedCount() + count));
    advance();
}

void DeltaHistory::requestState(qint64 version)
{
    if (!m_open)
        return;
    if (m_states.contains(version)) {
        emit stateReady(version);
        return;
    }
    for (const StateWalk &walk : std::as_const(m_walks))
        if (walk.target == version)
            return;
    StateWalk walk;
    walk.target = version;
    walk.cursor = version;
    walk.state.version = version;
    m_walks.append(walk);
    advance();
}

std::optional<DeltaTableState> DeltaHistory::stateAt(qint64 version) const
{
    const auto found = m_states.constFind(version);
    if (found == m_states.cend())
        return std::nullopt;
    return *found;
}

void DeltaHistory::advance()
{
    publishRows();
    QList<qint64> ready;
    for (qsizetype i = 0; i < m_walks.size();) {
        if (advanceWalk(&m_walks[i])) {
            m_states.insert(m_walks.at(i).target, m_walks.at(i).state);
            ready.append(m_walks.at(i).target);
            m_walks.removeAt(i);
        } else {
            ++i;
        }
    }
    schedule();
    setBusy();
    for (const qint64 version : std::as_const(ready))
        emit stateReady(version);
}

void DeltaHistory::publishRows()
{
    const int first = loadedCount();
    while (loadedCount() < m_wantedRows) {
        const qint64 version = m_versions.at(commitCount() - 1 - loadedCount());
        const auto parsed = m_parsed.constFind(version);
        if (parsed == m_parsed.cend())
            break;
        m_rows.append(*parsed);
    }
    if (loadedCount() > first)
        emit rowsLoaded(first, loadedCount() - first);
}

bool DeltaHistory::advanceWalk(StateWalk *walk)
{
    DeltaTableState &state = walk->state;
    const auto largestAtOrBelow = [](const auto &sortedVersions, qint64 limit) -> qint64 {
        const auto found = std::upper_bound(sortedVersions.cbegin(), sortedVersions.cend(), limit);
        return found == sortedVersions.cbegin() ? -1 : *(found - 1);
    };
    const auto take = [&](const std::optional<QJsonObject> &metaData,
                          const std::optional<QJsonObject> &protocol, qint64 at,
                          const QString &source) {
        if (metaData && !state.schema && state.schemaVersion < 0) {
            QString error;
            state.schema = parseDeltaSchema(*metaData, &error);
            state.schemaVersion = at;
            state.schemaSource = source;
            if (!state.schema)
                state.problems.append(source + QStringLiteral(": ") + error);
        }
        if (protocol && !state.protocol && state.protocolVersion < 0) {
            QString error;
            state.protocol = parseDeltaProtocol(*protocol, &error);
            state.protocolVersion = at;
            state.protocolSource = source;
            if (!state.protocol)
                state.problems.append(source + QStringLiteral(": ") + error);
        }
        return state.schemaVersion >= 0 && state.protocolVersion >= 0;
    };

    while (true) {
        const qint64 commit = largestAtOrBelow(m_versions, walk->cursor);
        const qint64 snapshot = largestAtOrBelow(m_snapshotVersions, walk->cursor);
        const qint64 at = std::max(commit, snapshot);
        if (at < 0) {
            if (state.schemaVersion < 0)
                state.problems.append(
                    QStringLiteral("no commit, checksum or checkpoint at or before version %1 "
                                   "holds the table's metadata (the log starts at version %2)")
                        .arg(walk->target)
                        .arg(earliestVersion()));
            if (state.protocolVersion < 0)
                state.problems.append(
                    QStringLiteral("no protocol action at or before version %1 is in the log")
                        .arg(walk->target));
            return true;
        }
        if (const auto known = m_states.constFind(at);
            known != m_states.cend() && at != walk->target) {
            // Everything at or before `at` is already worked out.
            if (state.schemaVersion < 0) {
                state.schema = known->schema;
                state.schemaVersion = known->schemaVersion;
                state.schemaSource = known->schemaSource;
            }
            if (state.protocolVersion < 0) {
                state.protocol = known->protocol;
                state.protocolVersion = known->protocolVersion;
                state.protocolSource = known->protocolSource;
            }
            for (const QString &problem : known->problems)
                if (!state.problems.contains(problem))
                    state.problems.append(problem);
            return true;
        }
        const bool commitHere = commit == at;
        if (commitHere && m_parsed.contains(at)) {
            const DeltaHistoryEntry &parsed = *m_parsed.value(at);
            const QString unread = QStringLiteral("version %1 could not be read: a change of "
                                                  "schema or protocol in it is not seen")
                                       .arg(at);
            if (!parsed.readError.isEmpty() && !state.problems.contains(unread))
                state.problems.append(unread);
            if (take(parsed.commit.metaData, parsed.commit.protocol, at,
                     QStringLiteral("commit %1").arg(at)))
                return true;
        }
        // A checksum or checkpoint holds the whole state at its version: one read instead of
        // walking further back.
        if (snapshot == at) {
            const auto known = m_snapshots.constFind(at);
            if (known == m_snapshots.cend()) {
                readSnapshot(at);
                return false;
            }
            const QString source = m_checksumFiles.contains(at)
                                       ? QStringLiteral("checksum %1").arg(at)
                                       : QStringLiteral("checkpoint %1").arg(at);
            if (known->file) {
                if (take(known->file->metaData, known->file->protocol, at, source))
                    return true;
            } else {
                const QString problem =
                    source + QStringLiteral(" could not be read: ") + known->error;
                if (!state.problems.contains(problem))
                    state.problems.append(problem);
            }
        }
        if (commitHere && !m_parsed.contains(at)) {
            // Read this commit and a few below it at once: walks are usually short.
            qint64 next = at;
            for (int i = 0; i < m_source->parallelReads() && next >= 0; ++i) {
                if (!m_parsed.contains(next) && !m_readQueue.contains(next))
                    m_readQueue.append(next);
                next = previousVersion(next);
            }
            return false;
        }
        // Walking over versions the log does not have: whatever they changed is not seen.
        const qint64 below = std::max(largestAtOrBelow(m_versions, at - 1),
                                      largestAtOrBelow(m_snapshotVersions, at - 1));
        if (below >= 0 && below < at - 1)
            state.problems.append(QStringLiteral("%1 missing from the log: a change of schema or "
                                                 "protocol there is not seen")
                                      .arg(versionRange(below + 1, at - 1)));
        walk->cursor = at - 1;
    }
}

void DeltaHistory::readSnapshot(qint64 version)
{
    const qint64 key = snapshotKey(version);
    if (m_snapshotReads.contains(version))
        return;
    m_snapshotReads.insert(version);
    m_reading.insert(key);
    const bool checksum = m_checksumFiles.contains(version);
    const QList<DeltaLogEntry> files = checksum
                                           ? QList<DeltaLogEntry>{m_checksumFiles.value(version)}
                                           : m_checkpointFiles.value(version);
    const bool jsonCheckpoint = !checksum && files.first().name.endsWith(QLatin1String(".json"));
    // Multi-part checkpoints: part order by file name, which is by part number.
    QList<DeltaLogEntry> ordered = files;
    std::sort(ordered.begin(), ordered.end(),
              [](const DeltaLogEntry &a, const DeltaLogEntry &b) { return a.name < b.name; });
    // Parts one after the other: a checkpoint of forty parts is one read at a time, within the
    // bound every other read keeps.
    auto parts = std::make_shared<QList<QByteArray>>();
    auto readNext = std::make_shared<std::function<void()>>();
    *readNext = [this, version, key, ordered, parts, checksum, jsonCheckpoint,
                 weakNext = std::weak_ptr<std::function<void()>>(readNext)] {
        const DeltaLogEntry &part = ordered.at(parts->size());
        m_source->readLogFile(
            part.name, part.size,
            [this, version, key, ordered, parts, checksum, jsonCheckpoint, next = weakNext.lock()](
                const std::optional<QByteArray> &content, const QString &error) {
                if (!content) {
                    Snapshot failed;
                    failed.error = error;
                    takeSnapshot(version, key, failed);
                    return;
                }
                parts->append(*content);
                if (parts->size() < ordered.size()) {
                    (*next)();
                    return;
                }
                const auto parse = [checksum, jsonCheckpoint](const QList<QByteArray> &bytes) {
                    Snapshot snapshot;
                    snapshot.file =
                        checksum ? parseDeltaChecksum(bytes.first(), &snapshot.error)
                                 : parseDeltaCheckpoint(bytes, jsonCheckpoint, &snapshot.error);
                    return snapshot;
                };
                qsizetype total = 0;
                for (const QByteArray &bytes : std::as_const(*parts))
                    total += bytes.size();
                if (total <= kParseInlineBytes) {
                    takeSnapshot(version, key, parse(*parts));
                    return;
                }
                // A checkpoint of many files is decoded on a pool thread, as large commits are.
                QPointer<DeltaHistory> self(this);
                QThreadPool::globalInstance()->start(
                    [self, generation = m_generation, version, key, parse, bytes = *parts] {
                        const Snapshot snapshot = parse(bytes);
                        QMetaObject::invokeMethod(
                            QCoreApplication::instance(),
                            [self, generation, version, key, snapshot] {
                                if (self && self->m_generation == generation)
                                    self->takeSnapshot(version, key, snapshot);
                            },
                            Qt::QueuedConnection);
                    });
            });
    };
    (*readNext)();
}

void DeltaHistory::takeSnapshot(qint64 version, qint64 key, const Snapshot &snapshot)
{
    m_reading.remove(key);
    m_snapshotReads.remove(version);
    m_snapshots.insert(version, snapshot);
    advance();
}

void DeltaHistory::schedule()
{
    const int limit = m_source ? m_source->parallelReads() : 0;
    const auto start = [&](qint64 version) {
        if (m_reading.size() >= limit)
            return false;
        if (!m_parsed.contains(version) && !m_reading.contains(version))
            readCommit(version);
        return true;
    };
    for (int row = loadedCount(); row < m_wantedRows; ++row)
        if (!start(m_versions.at(commitCount() - 1 - row)))
            return;
    while (!m_readQueue.isEmpty()) {
        if (!start(m_readQueue.first()))
            return;
        m_readQueue.removeFirst();
    }
}

void DeltaHistory::readCommit(qint64 version)
{
    const DeltaLogEntry file = m_commitFiles.value(version);
    const qint64 fileTimestamp = m_fileTimestamps.value(version, 0);
    const quint64 generation = m_generation;
    m_reading.insert(version);
    m_source->readLogFile(
        file.name, file.size,
        [this, version, file, fileTimestamp, generation](const std::optional<QByteArray> &content,
                                                         const QString &error) {
            if (!content || content->size() <= kParseInlineBytes) {
                takeEntry(version, buildEntry(version, file, fileTimestamp, content, error));
                return;
            }
            // A large commit (an OPTIMIZE of many files) is parsed on a pool thread; the answer
            // comes back through the application object, which outlives everything, and is
            // dropped when this history is gone or has started over. The read stays counted
            // until then, so the bound on work in flight holds.
            QPointer<DeltaHistory> self(this);
            QThreadPool::globalInstance()->start(
                [self, version, file, fileTimestamp, generation, bytes = *content] {
                    auto entry = buildEntry(version, file, fileTimestamp, bytes, QString());
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, version, generation, entry] {
                            if (self && self->m_generation == generation)
                                self->takeEntry(version, entry);
                        },
                        Qt::QueuedConnection);
                });
        });
}

void DeltaHistory::takeEntry(qint64 version, std::shared_ptr<const DeltaHistoryEntry> entry)
{
    m_reading.remove(version);
    m_parsed.insert(version, std::move(entry));
    advance();
}

std::shared_ptr<const DeltaHistoryEntry>
DeltaHistory::buildEntry(qint64 version, const DeltaLogEntry &file, qint64 fileTimestamp,
                         const std::optional<QByteArray> &content, const QString &error)
{
    auto entry = std::make_shared<DeltaHistoryEntry>();
    entry->version = version;
    entry->fileSize = file.size;
    if (file.modifiedMs > 0)
        entry->fileModified = QDateTime::fromMSecsSinceEpoch(file.modifiedMs, Qt::UTC);
    if (!content) {
        entry->readError = QStringLiteral("the commit file could not be read: ") + error;
        entry->commit.version = version;
    } else {
        entry->commit = parseDeltaCommit(version, *content);
    }
    if (entry->commit.inCommitTimestamp) {
        entry->timestamp =
            QDateTime::fromMSecsSinceEpoch(*entry->commit.inCommitTimestamp, Qt::UTC);
        entry->timestampFromInCommit = true;
    } else if (fileTimestamp > 0) {
        entry->timestamp = QDateTime::fromMSecsSinceEpoch(fileTimestamp, Qt::UTC);
    } else {
        entry->timestamp = entry->commit.commitInfoTimestamp;
    }
    if (entry->commit.protocol) {
        QString protocolError;
        const std::optional<DeltaProtocol> protocol =
            parseDeltaProtocol(*entry->commit.protocol, &protocolError);
        if (!protocol)
            entry->findings.append(protocolError);
        else if (!protocol->unknownFeatures().isEmpty())
            entry->findings.append(
                QStringLiteral("unknown table features %1: a newer writer's; the history is "
                               "read, but Brickdesk cannot say what they mean")
                    .arg(protocol->unknownFeatures().join(QStringLiteral(", "))));
    }
    if (entry->commit.metaData) {
        QString schemaError;
        if (!parseDeltaSchema(*entry->commit.metaData, &schemaError))
            entry->findings.append(schemaError);
    }
    return entry;
}

void DeltaHistory::setBusy()
{
    if (isBusy() == m_wasBusy)
        return;
    m_wasBusy = isBusy();
    emit busyChanged(m_wasBusy);
}

} // namespace brickdesk
