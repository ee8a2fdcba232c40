#pragma once

#include "QueryHistory.h"

#include <QAbstractListModel>
#include <QPointer>

namespace brickdesk {

// A profile's query history for a list, newest first, filtered by a search text (statement,
// warehouse or error, any case). Each row shows the statement's first line and, under it, when,
// where, how long and how many rows; the full statement is the tooltip and TextRole.
class QueryHistoryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TextRole = Qt::UserRole + 1, // the whole statement
        WarehouseIdRole,
        WarehouseNameRole,
        StartedAtRole, // QDateTime (UTC)
        DurationMsRole,
        RowsRole,   // -1 without rows
        StatusRole, // SUCCEEDED, FAILED ...
        ErrorRole,
        HistoryIndexRole,  // the entry's index in QueryHistory
        TextTruncatedRole, // only the start of the statement was kept
    };

    explicit QueryHistoryModel(QObject *parent = nullptr);

    void setHistory(QueryHistory *history); // not owned; nullptr: empty
    QueryHistory *history() const { return m_history; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    // The history entry of a row (nullptr for a bad row).
    const QueryHistoryEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString durationText(qint64 ms); // "412 ms", "3.4 s", "2 min 05 s"

private:
    void rebuild();
    void onEntryAdded();
    void onEntriesAboutToBeTrimmed(int firstRemoved);
    void onEntriesTrimmed();
    void onEntryAboutToBeRemoved(int index);
    void onEntryRemoved(int index);

    QPointer<QueryHistory> m_history;
    QString m_filter;
    QList<int> m_rows; // history indexes shown, ascending (newest first)
    // Between an "about to" and its "done": the rows going (first row, or -1 for none).
    int m_removingFrom = -1;
};

} // namespace brickdesk
