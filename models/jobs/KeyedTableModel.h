#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace brickdesk {

// A table whose rows are replaced as a whole from time to time (a run's tasks while it runs, a
// job's task list after a refresh) without a reset: rows with the same key are updated in place,
// vanished rows removed, new rows inserted where they belong. Selection and scroll position
// survive, and views never see a row jump.
template<typename Item> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    const Item &itemAt(int row) const { return m_rows.at(row); }
    const QList<Item> &items() const { return m_rows; }
    int rowOfKey(const QString &key) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows[row]) == key)
                return row;
        }
        return -1;
    }

    void setItems(const QList<Item> &next)
    {
        QSet<QString> nextKeys;
        for (const Item &item : next)
            nextKeys.insert(keyOf(item));
        // 1. Remove rows whose key is gone, bottom up.
        for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
            if (!nextKeys.contains(keyOf(m_rows[row]))) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        // 2. Walk the new order: same key at this row → update; otherwise insert here. A key that
        // exists further down (the order changed) is removed there first, then inserted here.
        for (int row = 0; row < next.size(); ++row) {
            const QString key = keyOf(next[row]);
            if (row < m_rows.size() && keyOf(m_rows[row]) == key) {
                if (!(m_rows[row] == next[row])) {
                    m_rows[row] = next[row];
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
                continue;
            }
            for (int later = row + 1; later < m_rows.size(); ++later) {
                if (keyOf(m_rows[later]) == key) {
                    beginRemoveRows({}, later, later);
                    m_rows.removeAt(later);
                    endRemoveRows();
                    break;
                }
            }
            beginInsertRows({}, row, row);
            m_rows.insert(row, next[row]);
            endInsertRows();
        }
        // 3. Whatever is left below (only with duplicate keys) goes.
        if (m_rows.size() > next.size()) {
            beginRemoveRows({}, static_cast<int>(next.size()), static_cast<int>(m_rows.size()) - 1);
            m_rows.resize(next.size());
            endRemoveRows();
        }
    }

    void clearItems()
    {
        if (m_rows.isEmpty())
            return;
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }

protected:
    virtual QString keyOf(const Item &item) const = 0;

private:
    QList<Item> m_rows;
};

} // namespace brickdesk
