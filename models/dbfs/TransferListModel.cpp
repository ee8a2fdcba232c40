#include "TransferListModel.h"

#include "DbfsFormat.h"
#include "DbfsPath.h"
#include "Transfer.h"
#include "TransferQueue.h"

namespace brickdesk {

TransferListModel::TransferListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TransferListModel::setQueue(TransferQueue *queue)
{
    beginResetModel();
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    m_rows = queue ? queue->count() : 0;
    if (queue) {
        connect(queue, &TransferQueue::transferAdded, this, [this](int row) {
            // The queue appends; announce every row up to the new one.
            if (row < m_rows)
                return;
            beginInsertRows({}, m_rows, row);
            m_rows = row + 1;
            endInsertRows();
        });
        connect(queue, &TransferQueue::transferChanged, this, [this](int row) {
            if (row >= 0 && row < m_rows)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        connect(queue, &TransferQueue::aboutToRemoveRows, this, [this](int first, int last) {
            beginRemoveRows({}, first, last);
            m_rows -= last - first + 1;
        });
        connect(queue, &TransferQueue::rowsRemoved, this, [this] { endRemoveRows(); });
        connect(queue, &QObject::destroyed, this, [this] { setQueue(nullptr); });
    }
    endResetModel();
}

Transfer *TransferListModel::transferAt(int row) const
{
    return m_queue && row >= 0 && row < m_rows ? m_queue->at(row) : nullptr;
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TransferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transfer *transfer = transferAt(index.row());
    if (!transfer)
        return {};
    const bool upload = transfer->direction() == TransferDirection::Upload;
    const qint64 done = transfer->bytesDone();
    const qint64 total = transfer->bytesTotal();
    const TransferState state = transfer->state();
    switch (role) {
    case TransferIdRole:
        return transfer->id();
    case BytesDoneRole:
        return done;
    case BytesTotalRole:
        return total;
    case StateRole:
        return static_cast<int>(state);
    case IsFinalRole:
        return isFinal(state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            const QString shown =
                transfer->finalPath().isEmpty() ? transfer->remotePath() : transfer->finalPath();
            return dbfspath::nameOf(shown);
        }
        case DirectionColumn:
            return upload ? tr("Upload") : tr("Download");
        case ProgressColumn:
            if (state == TransferState::Done)
                return 100;
            return total > 0 ? static_cast<int>(qMin<qint64>(100, done * 100 / total)) : 0;
        case SpeedColumn:
            return state == TransferState::Running
                       ? dbfsformat::humanRate(transfer->bytesPerSecond())
                       : QString();
        case EtaColumn:
            return state == TransferState::Running
                       ? dbfsformat::humanDuration(transfer->etaSeconds())
                       : QString();
        case StateColumn:
            return transferStateName(state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !transfer->errorText().isEmpty())
            return transfer->errorText();
        if (index.column() == NameColumn) {
            return upload ? tr("%1 → %2").arg(transfer->localPath(),
                                              dbfspath::toUri(transfer->remotePath()))
                          : tr("%1 → %2").arg(dbfspath::toUri(transfer->remotePath()),
                                              transfer->localPath());
        }
        if (index.column() == ProgressColumn) {
            return total >= 0 ? tr("%1 of %2")
                                    .arg(dbfsformat::humanSize(done), dbfsformat::humanSize(total))
                              : dbfsformat::humanSize(done);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SpeedColumn || index.column() == EtaColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DirectionColumn:
        return tr("Direction");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("ETA");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace brickdesk
