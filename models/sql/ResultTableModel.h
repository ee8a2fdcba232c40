#pragma once

#include "ResultChunkCache.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace brickdesk {

// The rows of a finished statement for a table view, read through a ResultChunkCache: every row
// of the result is there from the start (rowCount is the result's row count), and a row whose
// chunk is not in memory shows "…" (IsLoadingRole) while its chunk is fetched, then the view
// hears dataChanged for that chunk's rows. NULL shows as an italic grey "NULL" and is told apart
// from an empty string by IsNullRole. Rows of a chunk that could not be fetched show the error
// (IsErrorRole, the message as tooltip) until retry().
class ResultTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IsNullRole = Qt::UserRole + 1, // bool: the value is SQL NULL
        IsLoadingRole,                 // bool: the row's chunk is being fetched
        IsErrorRole,                   // bool: the row's chunk failed (ErrorRole says why)
        ErrorRole,                     // QString
        RawValueRole,                  // QString as the API sent it; an invalid QVariant for NULL
                                       // and for rows not loaded
        ColumnTypeRole,                // headerData: type_text (BIGINT, DECIMAL(10,2) ...)
        ColumnNameRole,                // headerData: the column's name alone
        IsNumericRole,                 // headerData and data: the column holds numbers
    };

    // The model does not own `cache`; it keeps showing nothing once the cache is gone.
    explicit ResultTableModel(ResultChunkCache *cache, QObject *parent = nullptr);

    ResultChunkCache *cache() const { return m_cache; }
    // Header text with the type under the name ("fare\nDOUBLE"); on by default.
    void setTypesInHeader(bool on);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Fetches a failed row's chunk again.
    void retry(int row);

    static QString loadingText();
    static QString nullText();

private:
    void onChunkLoaded(int chunkIndex, qint64 firstRow, qint64 rows);
    void onChunkFailed(int chunkIndex);
    void emitRowsChanged(qint64 firstRow, qint64 rows);

    QPointer<ResultChunkCache> m_cache;
    int m_rows = 0;
    int m_columns = 0;
    bool m_typesInHeader = true;
};

} // namespace brickdesk
