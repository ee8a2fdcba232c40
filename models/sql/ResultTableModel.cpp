#include "ResultTableModel.h"

#include <QColor>
#include <QFont>
#include <limits>

namespace brickdesk {

namespace {

constexpr int kMaxDisplayChars = 1000; // a cell shows the start of a long value

const QColor kGrey(0x9e, 0x9e, 0x9e);
const QColor kErrorRed(0xc6, 0x28, 0x28);

} // namespace

ResultTableModel::ResultTableModel(ResultChunkCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    if (!cache)
        return;
    m_rows = int(std::min<qint64>(cache->rowCount(), std::numeric_limits<int>::max()));
    m_columns = cache->columnCount();
    connect(cache, &ResultChunkCache::chunkLoaded, this, &ResultTableModel::onChunkLoaded);
    connect(cache, &ResultChunkCache::chunkFailed, this,
            [this](int chunkIndex, const ApiError &) { onChunkFailed(chunkIndex); });
    connect(cache, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows = 0;
        m_columns = 0;
        endResetModel();
    });
}

QString ResultTableModel::loadingText()
{
    return QStringLiteral("…");
}

QString ResultTableModel::nullText()
{
    return QStringLiteral("NULL");
}

void ResultTableModel::setTypesInHeader(bool on)
{
    if (m_typesInHeader == on)
        return;
    m_typesInHeader = on;
    if (m_columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_cache || index.row() >= m_rows || index.column() >= m_columns)
        return {};
    const int row = index.row();
    const ResultColumn &column = m_cache->manifest().columns.at(index.column());
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (column.isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case IsNumericRole:
        return column.isNumeric();
    default:
        break;
    }

    if (const std::optional<ApiError> error = m_cache->errorForRow(row)) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? tr("⚠ Rows not loaded — double-click to retry")
                                       : QString();
        case Qt::ToolTipRole:
        case ErrorRole:
            return error->summary();
        case Qt::ForegroundRole:
            return kErrorRed;
        case IsErrorRole:
            return true;
        case IsLoadingRole:
        case IsNullRole:
            return false;
        default:
            return {};
        }
    }

    const ResultChunk *chunk = m_cache->chunkForRow(row);
    if (!chunk) {
        switch (role) {
        case Qt::DisplayRole:
            return loadingText();
        case Qt::ForegroundRole:
            return kGrey;
        case IsLoadingRole:
            return true;
        case IsErrorRole:
        case IsNullRole:
            return false;
        default:
            return {};
        }
    }

    const qint64 local = row - chunk->rowOffset;
    const bool isNull = chunk->isNull(local, index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (isNull)
            return nullText();
        const QString value = chunk->value(local, index.column());
        return value.size() > kMaxDisplayChars
                   ? QString(value.left(kMaxDisplayChars) + QStringLiteral("…"))
                   : value;
    }
    case Qt::ToolTipRole: {
        if (isNull)
            return {};
        const QString value = chunk->value(local, index.column());
        if (value.size() <= 60)
            return {};
        return value.size() > 4 * kMaxDisplayChars
                   ? QString(value.left(4 * kMaxDisplayChars) + QStringLiteral("…"))
                   : value;
    }
    case Qt::FontRole:
        if (isNull) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return isNull ? QVariant(kGrey) : QVariant();
    case IsNullRole:
        return isNull;
    case IsLoadingRole:
    case IsErrorRole:
        return false;
    case RawValueRole:
        return isNull ? QVariant() : QVariant(chunk->value(local, index.column()));
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || !m_cache || section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    const ResultColumn &column = m_cache->manifest().columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return m_typesInHeader ? QString(column.name + QLatin1Char('\n') + column.typeText)
                               : column.name;
    case Qt::ToolTipRole:
        return QString(column.name + QStringLiteral(": ") + column.typeText);
    case ColumnTypeRole:
        return column.typeText;
    case ColumnNameRole:
        return column.name;
    case IsNumericRole:
        return column.isNumeric();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (column.isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default:
        return {};
    }
}

void ResultTableModel::retry(int row)
{
    if (!m_cache || !m_cache->errorForRow(row))
        return;
    m_cache->retry(row);
    const int chunkIndex = m_cache->manifest().chunkIndexForRow(row);
    for (const ResultChunkInfo &info : m_cache->manifest().chunks) {
        if (info.index == chunkIndex)
            emitRowsChanged(info.rowOffset, info.rowCount); // back to "…"
    }
}

void ResultTableModel::onChunkLoaded(int, qint64 firstRow, qint64 rows)
{
    emitRowsChanged(firstRow, rows);
}

void ResultTableModel::onChunkFailed(int chunkIndex)
{
    if (!m_cache)
        return;
    for (const ResultChunkInfo &info : m_cache->manifest().chunks) {
        if (info.index == chunkIndex)
            emitRowsChanged(info.rowOffset, info.rowCount);
    }
}

void ResultTableModel::emitRowsChanged(qint64 firstRow, qint64 rows)
{
    if (rows <= 0 || m_columns == 0 || firstRow >= m_rows)
        return;
    const int first = int(firstRow);
    const int last = int(std::min<qint64>(firstRow + rows, m_rows) - 1);
    Q_EMIT dataChanged(index(first, 0), index(last, m_columns - 1));
}

} // namespace brickdesk
