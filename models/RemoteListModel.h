#pragma once

#include "ApiClient.h"
#include "Paginator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace brickdesk {

// A table filled from a paged list call. Pages are merged in as they arrive: known rows are
// updated in place, new rows appended, and rows the server no longer lists are removed once the
// last page is in. A refresh never resets the model, so selection and scroll position survive.
// The model starts loads and cancels them explicitly; it never lets a call outlive it.
class RemoteListModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    ~RemoteListModelBase() override;

    // Starts (or restarts) loading with `client`; a load in flight is cancelled first.
    void load(ApiClient *client);
    void cancel();
    bool isLoading() const { return m_paginator && m_paginator->isRunning(); }
    bool hasLoaded() const { return m_loadedOnce; }
    QString errorText() const { return m_errorText; }
    // Empties the model, e.g. when switching to another workspace.
    void clear();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

protected:
    virtual ApiRequest firstPageRequest() const = 0;
    virtual QString itemsKey() const = 0;
    virtual Paginator::Style pagingStyle() const { return Paginator::Style::PageToken; }
    // Merge one page; remember each key seen in `seen`.
    virtual void mergePage(const QJsonArray &items, QSet<QString> &seen) = 0;
    virtual void removeRowsNotIn(const QSet<QString> &seen) = 0;
    virtual void clearRows() = 0;
    // A load starts: changes made locally from now on win over the pages of this load, which
    // were read before them.
    virtual void beginLoad() = 0;

private:
    std::unique_ptr<Paginator> m_paginator;
    QSet<QString> m_seen;
    QString m_errorText;
    bool m_loadedOnce = false;
};

// The row bookkeeping for one item type. Item must have `static std::optional<Item>
// fromJson(const QJsonObject &)`, `operator==`, and a key given by `keyOf`.
template<typename Item>
class RemoteListModel : public RemoteListModelBase
{
public:
    using RemoteListModelBase::RemoteListModelBase;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }
    const Item &itemAt(int row) const { return m_items.at(row); }
    std::optional<int> rowOf(const QString &key) const
    {
        const auto it = m_rowByKey.constFind(key);
        return it == m_rowByKey.cend() ? std::nullopt : std::optional<int>(*it);
    }

    // One item changed outside a load (a watched cluster moved on): update it or add it.
    void upsertItem(const Item &item)
    {
        const QString key = keyOf(item);
        if (isLoading()) {
            m_changedDuringLoad.insert(key);
            m_removedDuringLoad.remove(key);
        }
        if (const std::optional<int> row = rowOf(key)) {
            if (!(m_items[*row] == item)) {
                m_items[*row] = item;
                Q_EMIT dataChanged(index(*row, 0), index(*row, columnCount() - 1));
            }
            return;
        }
        const int row = static_cast<int>(m_items.size());
        beginInsertRows({}, row, row);
        m_rowByKey.insert(key, row);
        m_items.append(item);
        endInsertRows();
    }

    bool removeItem(const QString &key)
    {
        if (isLoading()) {
            m_removedDuringLoad.insert(key);
            m_changedDuringLoad.remove(key);
        }
        const std::optional<int> row = rowOf(key);
        if (!row)
            return false;
        beginRemoveRows({}, *row, *row);
        m_items.removeAt(*row);
        reindex(); // before endRemoveRows: listeners look rows up by key
        endRemoveRows();
        return true;
    }

    // Every row's data changed in a way only the model knows (e.g. a clock column).
    void refreshColumn(int column)
    {
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, column), index(static_cast<int>(m_items.size()) - 1, column));
    }

protected:
    virtual QString keyOf(const Item &item) const = 0;

    void mergePage(const QJsonArray &items, QSet<QString> &seen) override
    {
        QList<Item> added;
        for (const QJsonValue &value : items) {
            std::optional<Item> item = Item::fromJson(value.toObject());
            if (!item)
                continue; // an entry without an id cannot be shown or acted on
            const QString key = keyOf(*item);
            if (seen.contains(key))
                continue; // listed twice across pages: keep the first
            seen.insert(key);
            if (m_removedDuringLoad.contains(key) || m_changedDuringLoad.contains(key))
                continue; // this page was read before the local change: the change is newer
            if (const std::optional<int> row = rowOf(key)) {
                if (!(m_items[*row] == *item)) {
                    m_items[*row] = std::move(*item);
                    Q_EMIT dataChanged(index(*row, 0), index(*row, columnCount() - 1));
                }
            } else {
                bool duplicateInPage = false;
                for (const Item &pending : std::as_const(added))
                    duplicateInPage |= keyOf(pending) == key;
                if (!duplicateInPage)
                    added.append(std::move(*item));
            }
        }
        if (added.isEmpty())
            return;
        const int first = static_cast<int>(m_items.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (Item &item : added) {
            m_rowByKey.insert(keyOf(item), static_cast<int>(m_items.size()));
            m_items.append(std::move(item));
        }
        endInsertRows();
    }

    void removeRowsNotIn(const QSet<QString> &seen) override
    {
        // From the bottom up, one contiguous block at a time.
        // Rows added or changed locally during the load stay: the load started before them.
        auto keep = [&](const Item &item) {
            const QString key = keyOf(item);
            return seen.contains(key) || m_changedDuringLoad.contains(key);
        };
        for (int row = static_cast<int>(m_items.size()) - 1; row >= 0;) {
            if (keep(m_items[row])) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !keep(m_items[first - 1]))
                --first;
            beginRemoveRows({}, first, row);
            m_items.remove(first, row - first + 1);
            reindex(); // before endRemoveRows: listeners look rows up by key
            endRemoveRows();
            row = first - 1;
        }
        m_changedDuringLoad.clear();
        m_removedDuringLoad.clear();
    }

    void beginLoad() override
    {
        m_changedDuringLoad.clear();
        m_removedDuringLoad.clear();
    }

    void clearRows() override
    {
        if (m_items.isEmpty())
            return;
        beginRemoveRows({}, 0, static_cast<int>(m_items.size()) - 1);
        m_items.clear();
        m_rowByKey.clear();
        endRemoveRows();
        beginLoad();
    }

private:
    void reindex()
    {
        m_rowByKey.clear();
        for (int row = 0; row < m_items.size(); ++row)
            m_rowByKey.insert(keyOf(m_items[row]), row);
    }

    QList<Item> m_items;
    QHash<QString, int> m_rowByKey;
    QSet<QString> m_changedDuringLoad;
    QSet<QString> m_removedDuringLoad;
};

} // namespace brickdesk
