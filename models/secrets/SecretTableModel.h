#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <algorithm>
#include <optional>

namespace brickdesk {

// What every list of the Secrets section says about its loading and its actions, so that pages
// can show loading, empty and error states the same way for scopes, secrets, ACLs and vaults.
class SecretTableBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; } // of the last load; empty when it worked

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);
    // An action (create, put, delete, grant ...) finished; `message` is for the user.
    void actionSucceeded(const QString &message);
    void actionFailed(const QString &message);

protected:
    void startLoading();
    void finishLoading(const QString &error);
    void forgetLoad(); // back to "never loaded", e.g. when the client goes away

private:
    bool m_loading = false;
    bool m_loaded = false;
    QString m_error;
};

// Rows of Items kept sorted by key (case-insensitively, as the services compare names).
// replaceAll() merges a fresh listing: unchanged rows stay untouched, changed rows report
// dataChanged, new rows are inserted where they sort and vanished rows removed, so a refresh
// keeps selection and scroll position.
template<typename Item> class SecretTableModel : public SecretTableBase
{
public:
    using SecretTableBase::SecretTableBase;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }
    const QList<Item> &items() const { return m_items; }
    const Item &itemAt(int row) const { return m_items.at(row); }
    std::optional<int> rowOf(const QString &key) const
    {
        const int row = lowerBound(key);
        if (row < m_items.size() && compareKeys(keyOf(m_items.at(row)), key) == 0)
            return row;
        return std::nullopt;
    }

protected:
    virtual QString keyOf(const Item &item) const = 0;
    virtual bool sameItem(const Item &a, const Item &b) const = 0;

    static int compareKeys(const QString &a, const QString &b)
    {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded : a.compare(b);
    }

    void replaceAll(QList<Item> fresh)
    {
        std::sort(fresh.begin(), fresh.end(), [this](const Item &a, const Item &b) {
            return compareKeys(keyOf(a), keyOf(b)) < 0;
        });
        // Removed rows first, bottom up in blocks; then updates and inserts in one pass.
        QList<QString> keep;
        for (const Item &item : std::as_const(fresh))
            keep.append(keyOf(item));
        const auto kept = [&](int row) {
            const QString key = keyOf(m_items.at(row));
            return std::binary_search(
                keep.cbegin(), keep.cend(), key,
                [](const QString &a, const QString &b) { return compareKeys(a, b) < 0; });
        };
        for (int row = static_cast<int>(m_items.size()) - 1; row >= 0;) {
            if (kept(row)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !kept(first - 1))
                --first;
            beginRemoveRows({}, first, row);
            m_items.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        for (Item &item : fresh)
            upsert(std::move(item));
    }

    void upsert(Item item)
    {
        const QString key = keyOf(item);
        const int row = lowerBound(key);
        if (row < m_items.size() && compareKeys(keyOf(m_items.at(row)), key) == 0) {
            if (!sameItem(m_items.at(row), item)) {
                m_items[row] = std::move(item);
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
            return;
        }
        beginInsertRows({}, row, row);
        m_items.insert(row, std::move(item));
        endInsertRows();
    }

    bool removeKey(const QString &key)
    {
        const std::optional<int> row = rowOf(key);
        if (!row)
            return false;
        beginRemoveRows({}, *row, *row);
        m_items.removeAt(*row);
        endRemoveRows();
        return true;
    }

    void clearRows()
    {
        if (m_items.isEmpty())
            return;
        beginRemoveRows({}, 0, static_cast<int>(m_items.size()) - 1);
        m_items.clear();
        endRemoveRows();
    }

private:
    int lowerBound(const QString &key) const
    {
        const auto it = std::lower_bound(
            m_items.cbegin(), m_items.cend(), key,
            [this](const Item &item, const QString &k) { return compareKeys(keyOf(item), k) < 0; });
        return static_cast<int>(it - m_items.cbegin());
    }

    QList<Item> m_items;
};

} // namespace brickdesk
