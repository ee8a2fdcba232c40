#pragma once

#include "SecretInventory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace brickdesk {

// One cell of the environment matrix: is scope/key there in this profile's workspace?
enum class SecretCellState
{
    Loading,      // the profile has not answered yet
    Present,      // there, with its last update
    Missing,      // the scope is there, the key is not
    ScopeMissing, // the profile has no such scope
    Error,        // the profile (or this scope's listing) failed
};

// Secrets across several workspaces: rows are scope/key, columns the profiles compared (after
// a Scope and a Key column). Profiles arrive one by one (setInventory): rows new to the matrix
// are inserted where they sort, rows nobody has any more removed, and the profile's column
// reports dataChanged; nothing is ever reset. A scope that holds no secret in any profile gets
// one row of its own with an empty key, so a missing scope still shows.
class SecretMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScopeColumn,
        KeyColumn,
        FirstProfileColumn
    };
    enum Role
    {
        CellStateRole = Qt::UserRole + 1, // SecretCellState as int (profile columns)
        LastUpdatedRole,                  // QDateTime when present
        ErrorRole,                        // why a cell is in error
        ScopeRole,                        // every column
        KeyRole,                          // every column; empty for a scope's own row
        ProfileRole,                      // profile columns (and headerData)
        IsDifferentRole,                  // bool, every column: some profile lacks this row
        IsKeyVaultScopeRole,              // bool, profile columns: that profile's scope is
                                          // backed by Azure Key Vault
        SortRole,
    };

    explicit SecretMatrixModel(QObject *parent = nullptr);

    // The profiles compared, as columns in this order. Columns of profiles no longer listed are
    // removed, new ones inserted (Loading); the inventories of profiles kept stay.
    void setProfiles(const QStringList &profiles);
    QStringList profiles() const;
    int columnOf(const QString &profile) const; // -1 when not a column
    QString profileAt(int column) const;
    // How a profile's column header looks: its environment colour as a swatch, its tag in the
    // tooltip, and prod in bold red.
    void setProfileLook(const QString &profile, const QString &colour, const QString &tagLabel,
                        bool isProd);

    // The profile is (re)loading: a first load shows Loading, a reload keeps the cells it had.
    void setLoading(const QString &profile);
    void setInventory(const QString &profile, const SecretInventory &inventory);
    void setProfileError(const QString &profile, const QString &error);
    const SecretInventory *inventory(const QString &profile) const; // nullptr until it arrives
    bool isLoading(const QString &profile) const;
    bool isComplete() const; // every profile has answered (or failed)

    struct Cell
    {
        SecretCellState state = SecretCellState::Loading;
        QDateTime lastUpdated;
        QString error;
        const SecretScope *scope = nullptr; // the profile's scope, when it has one
        // Present under another name: a Key Vault-backed scope lists the vault's name, which
        // allows only letters, digits and '-' (db_password is stored as db-password).
        QString storedAs;
    };
    Cell cell(int row, const QString &profile) const;
    QString scopeAt(int row) const;
    QString keyAt(int row) const;
    int rowOf(const QString &scope, const QString &key) const; // -1 when not a row
    bool isDifferent(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void profileArrived(const QString &profile);

private:
    struct RowKey
    {
        QString scope;
        QString key;
    };
    struct ProfileColumn
    {
        QString profile;
        bool loading = true;
        bool hasInventory = false;
        SecretInventory inventory;
        QString error; // the profile could not be compared at all
        // Lookups built once per inventory, so that a cell costs two hash lookups however
        // large the workspace: scope index by case-folded name, last update by scope and key.
        QHash<QString, int> scopeByName;
        QHash<QString, QHash<QString, QDateTime>> updated;

        void index();
    };

    static bool lessThan(const RowKey &a, const RowKey &b);
    static bool sameRow(const RowKey &a, const RowKey &b);
    int lowerBound(const RowKey &key) const;
    QList<RowKey> wantedRows() const;
    void syncRows();
    void columnChanged(int column);
    QVariant profileCellData(int row, int column, int role) const;

    struct Look
    {
        QString colour;
        QString tag;
        bool isProd = false;
    };

    QList<ProfileColumn> m_columns;
    QHash<QString, Look> m_looks;
    QList<RowKey> m_rows; // sorted by lessThan
};

QString secretCellStateLabel(SecretCellState state);

} // namespace brickdesk
