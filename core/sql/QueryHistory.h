#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QThreadPool;

namespace brickdesk {

// One statement the user ran: what, where, when, how it went. Never its rows, never a token.
struct QueryHistoryEntry
{
    QString text;
    bool textTruncated = false; // longer than kMaxTextChars: only the start was kept
    QString warehouseId;
    QString warehouseName;
    QDateTime startedAt; // UTC
    qint64 durationMs = 0;
    qint64 rows = -1; // -1: no result rows (failed, canceled)
    QString status;   // SUCCEEDED, FAILED, CANCELED ... (StatementState ids)
    QString errorMessage;

    bool operator==(const QueryHistoryEntry &) const = default;
};

// The statements run on one profile, newest first, at most kMaxEntries, kept as JSON in
// <directory>/<profile>.json (the name sanitised and made unique by a hash of the profile name)
// and written with QSaveFile off the GUI thread. Bearer tokens and Entra tokens that appear in a
// statement or an error message are masked before anything is kept.
class QueryHistory : public QObject
{
    Q_OBJECT

public:
    // Reads the profile's file (if there is one) at once.
    explicit QueryHistory(const QString &profile, const QString &directory = defaultDirectory(),
                          QObject *parent = nullptr);
    ~QueryHistory() override; // waits for the last write

    static QString defaultDirectory(); // AppDataLocation/query-history
    static QString fileNameFor(const QString &profile);
    // The text with anything that looks like a token (dapi…, a JWT, Bearer …) masked.
    static QString maskSecrets(const QString &text);

    QString profile() const { return m_profile; }
    QString filePath() const { return m_path; }
    QString loadError() const
    {
        return m_loadError;
    } // empty when the file read well (or was absent)

    const QList<QueryHistoryEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    const QueryHistoryEntry &at(int index) const { return m_entries.at(index); }
    // Indexes of the entries whose text, warehouse or error holds `needle` (any case), newest
    // first; all of them for an empty needle.
    QList<int> search(const QString &needle) const;
    static bool matches(const QueryHistoryEntry &entry, const QString &needle);

    void add(QueryHistoryEntry entry); // becomes entry 0; the oldest beyond the cap go
    void remove(int index);
    void clear();

    // Blocks until every change so far is on disk (tests, shutdown). False when writing failed.
    bool flush();
    QString lastWriteError() const;

    static constexpr int kMaxEntries = 1000;
    static constexpr int kMaxTextChars = 64 * 1024;

Q_SIGNALS:
    // Each change comes as "about to" and "done", as item models want them.
    void entryAdded();                              // at index 0
    void entriesAboutToBeTrimmed(int firstRemoved); // entries from this index on go (the cap)
    void entriesTrimmed(int firstRemoved);
    void entryAboutToBeRemoved(int index);
    void entryRemoved(int index);
    void aboutToClear();
    void cleared();

private:
    void load();
    void scheduleSave();
    void save();

    QString m_profile;
    QString m_path;
    QString m_loadError;
    QList<QueryHistoryEntry> m_entries;
    bool m_savePending = false;
    std::unique_ptr<QThreadPool> m_writer;
    struct WriteStatus;
    std::shared_ptr<WriteStatus> m_writeStatus;
};

} // namespace brickdesk
