#include "DeltaHistoryModel.h"

#include "DeltaHistory.h"
#include "JsonFields.h"

#include <QColor>
#include <QLocale>

namespace brickdesk {

namespace {

QString signedCount(qint64 added, qint64 removed)
{
    if (added <= 0 && removed <= 0)
        return QString();
    QStringList parts;
    if (added > 0)
        parts.append(QLatin1Char('+') + QLocale().toString(added));
    if (removed > 0)
        parts.append(QStringLiteral("−") + QLocale().toString(removed));
    return parts.join(QLatin1Char(' '));
}

QString parametersSummary(const QJsonObject &parameters)
{
    QStringList parts;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        QString value = jsonValueText(it.value(), QStringLiteral("null"));
        if (value.size() > 60)
            value = value.left(57) + QStringLiteral("…");
        parts.append(it.key() + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

DeltaHistoryModel::DeltaHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeltaHistoryModel::setHistory(DeltaHistory *history)
{
    beginResetModel();
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    m_rows = history ? history->loadedCount() : 0;
    m_operations.clear();
    if (history) {
        connect(history, &DeltaHistory::rowsLoaded, this, &DeltaHistoryModel::onRowsLoaded);
        connect(history, &DeltaHistory::cleared, this, [this] {
            // open() starts over: the rows shown before are gone.
            beginResetModel();
            m_rows = m_history->loadedCount();
            m_operations.clear();
            endResetModel();
            emit operationsChanged();
        });
        for (int row = 0; row < m_rows; ++row)
            if (!m_operations.contains(history->entryAt(row).commit.operation))
                m_operations.append(history->entryAt(row).commit.operation);
        m_operations.sort();
    }
    endResetModel();
    emit operationsChanged();
}

void DeltaHistoryModel::onRowsLoaded(int first, int count)
{
    if (first != m_rows || count <= 0) {
        // Not the rows after ours: start over from what the history holds.
        beginResetModel();
        m_rows = m_history->loadedCount();
        endResetModel();
        return;
    }
    beginInsertRows(QModelIndex(), first, first + count - 1);
    m_rows += count;
    endInsertRows();
    bool added = false;
    for (int row = first; row < first + count; ++row) {
        const QString operation = m_history->entryAt(row).commit.operation;
        if (!m_operations.contains(operation)) {
            m_operations.append(operation);
            added = true;
        }
    }
    if (added) {
        m_operations.sort();
        emit operationsChanged();
    }
}

const DeltaHistoryEntry *DeltaHistoryModel::entry(int row) const
{
    if (!m_history || row < 0 || row >= m_rows || row >= m_history->loadedCount())
        return nullptr;
    return &m_history->entryAt(row);
}

QStringList DeltaHistoryModel::operations() const
{
    return m_operations;
}

int DeltaHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DeltaHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DeltaHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_history && m_history->isOpen() && m_history->canLoadMore();
}

void DeltaHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_history->loadMore();
}

QVariant DeltaHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case TimestampColumn:
        return tr("Timestamp");
    case OperationColumn:
        return tr("Operation");
    case UserColumn:
        return tr("User");
    case ParametersColumn:
        return tr("Parameters");
    case RowsColumn:
        return tr("Rows");
    case FilesColumn:
        return tr("Files");
    case BytesColumn:
        return tr("Bytes");
    case EngineColumn:
        return tr("Engine");
    case WarningsColumn:
        return tr("Warnings");
    }
    return {};
}

QVariant DeltaHistoryModel::data(const QModelIndex &index, int role) const
{
    const DeltaHistoryEntry *row = index.isValid() ? entry(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    const DeltaCommit &commit = row->commit;
    const DeltaRowChanges rows = rowChangesOf(commit);
    switch (role) {
    case VersionRole:
        return row->version;
    case OperationRole:
        return commit.operation;
    case RowsInsertedRole:
        return rows.inserted;
    case RowsDeletedRole:
        return rows.deleted;
    case BytesAddedRole:
        return commit.bytesAdded;
    case BytesRemovedRole:
        return commit.bytesRemoved;
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case VersionColumn:
            return row->version;
        case TimestampColumn:
            return row->timestamp.toMSecsSinceEpoch();
        case RowsColumn:
            return std::max<qint64>(rows.inserted, 0) + std::max<qint64>(rows.updated, 0) +
                   std::max<qint64>(rows.deleted, 0);
        case FilesColumn:
            return commit.filesAdded + commit.filesRemoved;
        case BytesColumn:
            return commit.bytesAdded + commit.bytesRemoved;
        case WarningsColumn:
            return static_cast<int>(row->warnings().size());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == VersionColumn || column == RowsColumn || column == FilesColumn ||
            column == BytesColumn || column == WarningsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == WarningsColumn || (column == VersionColumn && !row->warnings().isEmpty()))
            return row->warnings().join(QLatin1Char('\n'));
        if (column == TimestampColumn)
            return tr("DESCRIBE HISTORY timestamp%1\ncommitInfo.timestamp: %2\nfile modified: %3")
                .arg(row->timestampFromInCommit ? tr(" (in-commit timestamp)") : QString(),
                     commit.commitInfoTimestamp.isValid()
                         ? commit.commitInfoTimestamp.toString(Qt::ISODateWithMs)
                         : tr("none"),
                     row->fileModified.isValid() ? row->fileModified.toString(Qt::ISODateWithMs)
                                                 : tr("unknown"));
        if (column == ParametersColumn)
            return parametersSummary(commit.operationParameters);
        if (column == RowsColumn && rows.updated > 0)
            return tr("%1 rows updated").arg(QLocale().toString(rows.updated));
        return {};
    }
    if (role == Qt::ForegroundRole && column == WarningsColumn && !row->warnings().isEmpty())
        return QColor(0xb0, 0x5a, 0x00);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case VersionColumn:
        return row->version;
    case TimestampColumn:
        return row->timestamp.isValid() ? QLocale().toString(row->timestamp.toLocalTime(),
                                                             QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                        : QString();
    case OperationColumn:
        return commit.operation.isEmpty() && !commit.hasCommitInfo ? tr("(no commitInfo)")
                                                                   : commit.operation;
    case UserColumn:
        return commit.userName.isEmpty() ? commit.userId : commit.userName;
    case ParametersColumn:
        return parametersSummary(commit.operationParameters);
    case RowsColumn: {
        QString text = signedCount(rows.inserted, rows.deleted);
        if (rows.updated > 0)
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("~") +
                    QLocale().toString(rows.updated);
        return text;
    }
    case FilesColumn:
        return signedCount(commit.filesAdded, commit.filesRemoved);
    case BytesColumn: {
        QStringList parts;
        if (commit.bytesAdded > 0)
            parts.append(QLatin1Char('+') + QLocale().formattedDataSize(commit.bytesAdded));
        if (commit.bytesRemoved > 0)
            parts.append(QStringLiteral("−") + QLocale().formattedDataSize(commit.bytesRemoved));
        return parts.join(QLatin1Char(' '));
    }
    case EngineColumn:
        return commit.engineInfo;
    case WarningsColumn:
        return row->warnings().isEmpty() ? QString() : QString::number(row->warnings().size());
    }
    return {};
}

} // namespace brickdesk
