#pragma once

#include "TransferQueue.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace brickdesk {

class Transfer;

// The transfers of a TransferQueue, one row each, in the queue's order. Rows follow the queue's
// signals one for one; a progress change repaints only its row.
class TransferListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DirectionColumn,
        ProgressColumn,
        SpeedColumn,
        EtaColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        TransferIdRole = Qt::UserRole + 1,
        BytesDoneRole,
        BytesTotalRole, // -1 until known
        StateRole,      // TransferState as int
        IsFinalRole
    };

    explicit TransferListModel(QObject *parent = nullptr);

    void setQueue(TransferQueue *queue); // nullptr: empty
    TransferQueue *queue() const { return m_queue; }
    Transfer *transferAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<TransferQueue> m_queue;
    // The rows announced so far: the queue adds a transfer before it says so, and the model
    // must not show it before beginInsertRows.
    int m_rows = 0;
};

} // namespace brickdesk
