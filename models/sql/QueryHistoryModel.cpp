#include "QueryHistoryModel.h"

#include "StatementResult.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace brickdesk {

namespace {

QColor statusColour(const QString &status)
{
    if (status == QLatin1String("SUCCEEDED"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("FAILED"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

QIcon statusIcon(const QString &status)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColour(status));
    painter.drawEllipse(QRectF(4, 4, 8, 8));
    painter.end();
    return QIcon(pixmap);
}

// The statement on one line: leading comment lines dropped, white space collapsed.
QString oneLine(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (lines.size() > 1 && (lines.first().trimmed().isEmpty() ||
                                lines.first().trimmed().startsWith(QLatin1String("--"))))
        lines.removeFirst();
    const QString line = lines.join(QLatin1Char(' ')).left(400).simplified();
    return line.size() > 160 ? QString(line.left(160) + QStringLiteral("…")) : line;
}

} // namespace

QueryHistoryModel::QueryHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void QueryHistoryModel::setHistory(QueryHistory *history)
{
    if (m_history == history)
        return;
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    if (history) {
        connect(history, &QueryHistory::entryAdded, this, &QueryHistoryModel::onEntryAdded);
        connect(history, &QueryHistory::entriesAboutToBeTrimmed, this,
                &QueryHistoryModel::onEntriesAboutToBeTrimmed);
        connect(history, &QueryHistory::entriesTrimmed, this, &QueryHistoryModel::onEntriesTrimmed);
        connect(history, &QueryHistory::entryAboutToBeRemoved, this,
                &QueryHistoryModel::onEntryAboutToBeRemoved);
        connect(history, &QueryHistory::entryRemoved, this, &QueryHistoryModel::onEntryRemoved);
        connect(history, &QueryHistory::aboutToClear, this, [this] { beginResetModel(); });
        connect(history, &QueryHistory::cleared, this, [this] {
            m_rows.clear();
            endResetModel();
        });
        connect(history, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            m_history = nullptr;
            endResetModel();
        });
    }
    rebuild();
}

void QueryHistoryModel::setFilterText(const QString &text)
{
    if (m_filter == text)
        return;
    m_filter = text;
    rebuild();
}

const QueryHistoryEntry *QueryHistoryModel::entryAt(int row) const
{
    if (!m_history || row < 0 || row >= m_rows.size() || m_rows.at(row) >= m_history->count())
        return nullptr;
    return &m_history->at(m_rows.at(row));
}

void QueryHistoryModel::rebuild()
{
    beginResetModel();
    m_rows = m_history ? m_history->search(m_filter) : QList<int>();
    endResetModel();
}

void QueryHistoryModel::onEntryAdded()
{
    // Every index moves down by one; the new entry is 0.
    for (int &index : m_rows)
        ++index;
    if (QueryHistory::matches(m_history->at(0), m_filter)) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(0);
        endInsertRows();
    }
}

void QueryHistoryModel::onEntriesAboutToBeTrimmed(int firstRemoved)
{
    int first = int(m_rows.size());
    while (first > 0 && m_rows.at(first - 1) >= firstRemoved)
        --first;
    m_removingFrom = first < m_rows.size() ? first : -1;
    if (m_removingFrom >= 0)
        beginRemoveRows({}, m_removingFrom, int(m_rows.size()) - 1);
}

void QueryHistoryModel::onEntriesTrimmed()
{
    if (m_removingFrom < 0)
        return;
    m_rows.resize(m_removingFrom);
    m_removingFrom = -1;
    endRemoveRows();
}

void QueryHistoryModel::onEntryAboutToBeRemoved(int index)
{
    m_removingFrom = int(m_rows.indexOf(index));
    if (m_removingFrom >= 0)
        beginRemoveRows({}, m_removingFrom, m_removingFrom);
}

void QueryHistoryModel::onEntryRemoved(int index)
{
    if (m_removingFrom >= 0)
        m_rows.removeAt(m_removingFrom);
    for (int &shown : m_rows) {
        if (shown > index)
            --shown;
    }
    if (std::exchange(m_removingFrom, -1) >= 0)
        endRemoveRows();
}

int QueryHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString QueryHistoryModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant QueryHistoryModel::data(const QModelIndex &index, int role) const
{
    const QueryHistoryEntry *entry = entryAt(index.isValid() ? index.row() : -1);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        // When (the time alone for today), where, what came back, how long; the state only
        // when it did not succeed (the icon's colour says it too).
        QStringList details;
        const QDateTime started = entry->startedAt.toLocalTime();
        details.append(started.date() == QDate::currentDate()
                           ? QLocale().toString(started.time(), QLocale::ShortFormat)
                           : QLocale().toString(started, QLocale::ShortFormat));
        if (!entry->warehouseName.isEmpty())
            details.append(entry->warehouseName);
        if (entry->rows >= 0)
            details.append(entry->rows == 1 ? tr("1 row")
                                            : tr("%1 rows").arg(QLocale().toString(entry->rows)));
        if (entry->status != QLatin1String("SUCCEEDED"))
            details.append(statementStateName(statementStateFromId(entry->status)));
        details.append(durationText(entry->durationMs));
        return QString(oneLine(entry->text) + QLatin1Char('\n') +
                       details.join(QStringLiteral(" · ")));
    }
    case Qt::ToolTipRole: {
        QString tip = entry->text.left(2000);
        if (!entry->errorMessage.isEmpty())
            tip += QStringLiteral("\n\n") + entry->errorMessage;
        return tip;
    }
    case Qt::DecorationRole:
        return statusIcon(entry->status);
    case TextRole:
        return entry->text;
    case WarehouseIdRole:
        return entry->warehouseId;
    case WarehouseNameRole:
        return entry->warehouseName;
    case StartedAtRole:
        return entry->startedAt;
    case DurationMsRole:
        return entry->durationMs;
    case RowsRole:
        return entry->rows;
    case StatusRole:
        return entry->status;
    case ErrorRole:
        return entry->errorMessage;
    case HistoryIndexRole:
        return m_rows.at(index.row());
    case TextTruncatedRole:
        return entry->textTruncated;
    default:
        return {};
    }
}

} // namespace brickdesk
