#pragma once

#include "DeltaHistory.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace brickdesk {

// The rows of a DeltaHistory, newest first, as they are loaded: fetchMore() asks the history for
// the next page of older versions. The model does not own the history or its reads: cancelling
// is the history's (DeltaHistory::cancel).
class DeltaHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VersionColumn,
        TimestampColumn,
        OperationColumn,
        UserColumn,
        ParametersColumn,
        RowsColumn,
        FilesColumn,
        BytesColumn,
        EngineColumn,
        WarningsColumn,
        ColumnCount
    };
    enum Role
    {
        VersionRole = Qt::UserRole + 1,
        SortRole,         // numbers and times as numbers
        RowsInsertedRole, // qint64, -1 when unknown
        RowsDeletedRole,
        BytesAddedRole,
        BytesRemovedRole,
        OperationRole,
    };

    explicit DeltaHistoryModel(QObject *parent = nullptr);

    void setHistory(DeltaHistory *history); // nullptr: empty
    DeltaHistory *history() const { return m_history; }
    const DeltaHistoryEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The distinct operations among the loaded rows, sorted (for the filter).
    QStringList operations() const;

Q_SIGNALS:
    void operationsChanged();

private:
    void onRowsLoaded(int first, int count);

    QPointer<DeltaHistory> m_history;
    int m_rows = 0;
    QStringList m_operations;
};

} // namespace brickdesk
