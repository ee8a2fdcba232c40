#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <optional>
#include <vector>

namespace brickdesk {

struct DeltaHistoryEntry;
struct DeltaTableState;

// Everything about one version as a two-column tree (name, value): the commit's DESCRIBE HISTORY
// fields, its operation parameters and metrics, the files and partitions it added and removed,
// how the schema, table properties and protocol changed against the version before, and its
// warnings. Rebuilt whole by setVersion(); the states may come later (setStates()).
class DeltaDetailModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit DeltaDetailModel(QObject *parent = nullptr);
    ~DeltaDetailModel() override;

    void clear();
    // `state` is the table at the entry's version, `previous` at the version before it; either
    // may be missing while it is worked out (or absent for the first version).
    void setVersion(const DeltaHistoryEntry &entry, const std::optional<DeltaTableState> &state,
                    const std::optional<DeltaTableState> &previous, bool isFirstVersion);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The section with this title, for views that expand some by default.
    QModelIndex section(const QString &title) const;

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace brickdesk
