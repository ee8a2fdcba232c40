#include "SecretMatrixModel.h"

#include "SecretFormat.h"
#include "SecretRules.h"
#include "StateColours.h"

#include <QColor>
#include <QFont>
#include <QSet>

namespace brickdesk {

QString secretCellStateLabel(SecretCellState state)
{
    switch (state) {
    case SecretCellState::Loading:
        return SecretMatrixModel::tr("loading…");
    case SecretCellState::Present:
        return SecretMatrixModel::tr("present");
    case SecretCellState::Missing:
        return SecretMatrixModel::tr("missing");
    case SecretCellState::ScopeMissing:
        return SecretMatrixModel::tr("no scope");
    case SecretCellState::Error:
        return SecretMatrixModel::tr("error");
    }
    return {};
}

SecretMatrixModel::SecretMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

// Scope names are case-insensitive in Databricks; keys are not.
bool SecretMatrixModel::lessThan(const RowKey &a, const RowKey &b)
{
    const int scope = a.scope.compare(b.scope, Qt::CaseInsensitive);
    if (scope != 0)
        return scope < 0;
    return a.key < b.key;
}

bool SecretMatrixModel::sameRow(const RowKey &a, const RowKey &b)
{
    return a.scope.compare(b.scope, Qt::CaseInsensitive) == 0 && a.key == b.key;
}

int SecretMatrixModel::lowerBound(const RowKey &key) const
{
    return static_cast<int>(std::lower_bound(m_rows.cbegin(), m_rows.cend(), key, &lessThan) -
                            m_rows.cbegin());
}

QStringList SecretMatrixModel::profiles() const
{
    QStringList names;
    for (const ProfileColumn &column : m_columns)
        names.append(column.profile);
    return names;
}

int SecretMatrixModel::columnOf(const QString &profile) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).profile == profile)
            return FirstProfileColumn + i;
    }
    return -1;
}

QString SecretMatrixModel::profileAt(int column) const
{
    const int i = column - FirstProfileColumn;
    return i >= 0 && i < m_columns.size() ? m_columns.at(i).profile : QString();
}

void SecretMatrixModel::setProfiles(const QStringList &profiles)
{
    // Columns gone first, from the right; then the wanted order, inserting or moving.
    bool removed = false;
    for (int i = static_cast<int>(m_columns.size()) - 1; i >= 0; --i) {
        if (profiles.contains(m_columns.at(i).profile))
            continue;
        beginRemoveColumns({}, FirstProfileColumn + i, FirstProfileColumn + i);
        m_columns.removeAt(i);
        endRemoveColumns();
        removed = true;
    }
    for (int i = 0; i < profiles.size(); ++i) {
        const int at = columnOf(profiles.at(i)) - FirstProfileColumn;
        if (at == i)
            continue;
        if (at > i) {
            beginMoveColumns({}, FirstProfileColumn + at, FirstProfileColumn + at, {},
                             FirstProfileColumn + i);
            m_columns.move(at, i);
            endMoveColumns();
            continue;
        }
        beginInsertColumns({}, FirstProfileColumn + i, FirstProfileColumn + i);
        ProfileColumn column;
        column.profile = profiles.at(i);
        m_columns.insert(i, column);
        endInsertColumns();
    }
    syncRows(); // a removed profile may have been the only one with some rows
    // Rows that stay may differ no longer (the "only differences" filter asks again).
    if (removed && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ScopeColumn), index(int(m_rows.size()) - 1, KeyColumn),
                           {IsDifferentRole});
}

void SecretMatrixModel::setProfileLook(const QString &profile, const QString &colour,
                                       const QString &tagLabel, bool isProd)
{
    m_looks.insert(profile, {colour, tagLabel, isProd});
    const int column = columnOf(profile);
    if (column >= 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
}

void SecretMatrixModel::setLoading(const QString &profile)
{
    const int column = columnOf(profile);
    if (column < 0)
        return;
    ProfileColumn &entry = m_columns[column - FirstProfileColumn];
    entry.loading = true;
    entry.error.clear();
    if (!entry.hasInventory)
        columnChanged(column);
}

void SecretMatrixModel::setInventory(const QString &profile, const SecretInventory &inventory)
{
    const int column = columnOf(profile);
    if (column < 0)
        return;
    ProfileColumn &entry = m_columns[column - FirstProfileColumn];
    entry.loading = false;
    entry.hasInventory = inventory.error.isEmpty();
    entry.inventory = inventory;
    entry.index();
    entry.error = inventory.error;
    syncRows();
    columnChanged(column);
    Q_EMIT profileArrived(profile);
}

void SecretMatrixModel::setProfileError(const QString &profile, const QString &error)
{
    const int column = columnOf(profile);
    if (column < 0)
        return;
    ProfileColumn &entry = m_columns[column - FirstProfileColumn];
    entry.loading = false;
    entry.hasInventory = false;
    entry.inventory = SecretInventory{};
    entry.index();
    entry.error = error;
    syncRows();
    columnChanged(column);
    Q_EMIT profileArrived(profile);
}

const SecretInventory *SecretMatrixModel::inventory(const QString &profile) const
{
    const int column = columnOf(profile);
    if (column < 0)
        return nullptr;
    const ProfileColumn &entry = m_columns.at(column - FirstProfileColumn);
    return entry.hasInventory ? &entry.inventory : nullptr;
}

bool SecretMatrixModel::isLoading(const QString &profile) const
{
    const int column = columnOf(profile);
    return column >= 0 && m_columns.at(column - FirstProfileColumn).loading;
}

bool SecretMatrixModel::isComplete() const
{
    return std::none_of(m_columns.cbegin(), m_columns.cend(),
                        [](const ProfileColumn &column) { return column.loading; });
}

QList<SecretMatrixModel::RowKey> SecretMatrixModel::wantedRows() const
{
    QList<RowKey> rows;
    QList<QString> scopesWithKeys; // case-folded
    QList<RowKey> scopeRows;
    QSet<QString> databricksKeys; // "scope\nkey" of Databricks-backed scopes, scope case-folded
    for (const ProfileColumn &column : m_columns) {
        if (!column.hasInventory)
            continue;
        for (const SecretScope &scope : column.inventory.scopes) {
            const QList<SecretMetadata> secrets = column.inventory.secrets.value(scope.name);
            for (const SecretMetadata &secret : secrets) {
                rows.append({scope.name, secret.key});
                if (!scope.isKeyVaultBacked())
                    databricksKeys.insert(scope.name.toCaseFolded() + QLatin1Char('\n') +
                                          secret.key);
            }
            if (!secrets.isEmpty())
                scopesWithKeys.append(scope.name.toCaseFolded());
            scopeRows.append({scope.name, QString()});
        }
    }
    for (const RowKey &scopeRow : std::as_const(scopeRows)) {
        if (!scopesWithKeys.contains(scopeRow.scope.toCaseFolded()))
            rows.append(scopeRow);
    }
    // A Key Vault-backed scope lists db_password as db-password: one row, db_password, stands for
    // both (cell() finds the vault name), so the vault's spelling is no difference of its own.
    QSet<QString> storedUnderOtherName; // "scope\nkey", case-folded scope
    for (const RowKey &row : std::as_const(rows)) {
        const QString vaultName = secretRules::keyVaultNameForKey(row.key);
        if (!row.key.isEmpty() && vaultName != row.key)
            storedUnderOtherName.insert(row.scope.toCaseFolded() + QLatin1Char('\n') + vaultName);
    }
    rows.removeIf([&](const RowKey &row) {
        const QString id = row.scope.toCaseFolded() + QLatin1Char('\n') + row.key;
        return storedUnderOtherName.contains(id) && !databricksKeys.contains(id);
    });
    std::stable_sort(rows.begin(), rows.end(), &lessThan);
    rows.erase(std::unique(rows.begin(), rows.end(), &sameRow), rows.end());
    return rows;
}

void SecretMatrixModel::syncRows()
{
    const QList<RowKey> wanted = wantedRows();
    const auto isWanted = [&wanted](const RowKey &key) {
        return std::binary_search(wanted.cbegin(), wanted.cend(), key, &lessThan);
    };
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
        if (isWanted(m_rows.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !isWanted(m_rows.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // New rows in runs that land at one place, one insert per run.
    for (int i = 0; i < wanted.size();) {
        const int at = lowerBound(wanted.at(i));
        if (at < m_rows.size() && sameRow(m_rows.at(at), wanted.at(i))) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < wanted.size() &&
               (at >= m_rows.size() || lessThan(wanted.at(end), m_rows.at(at))))
            ++end;
        beginInsertRows({}, at, at + (end - i) - 1);
        for (int j = i; j < end; ++j)
            m_rows.insert(at + (j - i), wanted.at(j));
        endInsertRows();
        i = end;
    }
}

void SecretMatrixModel::columnChanged(int column)
{
    if (m_rows.isEmpty())
        return;
    const int last = static_cast<int>(m_rows.size()) - 1;
    Q_EMIT dataChanged(index(0, column), index(last, column));
    // Whether a row differs depends on every profile: the leading columns carry that role.
    Q_EMIT dataChanged(index(0, ScopeColumn), index(last, KeyColumn), {IsDifferentRole});
}

void SecretMatrixModel::ProfileColumn::index()
{
    scopeByName.clear();
    updated.clear();
    for (int i = 0; i < inventory.scopes.size(); ++i) {
        const SecretScope &scope = inventory.scopes.at(i);
        const QString folded = scope.name.toCaseFolded();
        scopeByName.insert(folded, i);
        QHash<QString, QDateTime> &keys = updated[folded];
        for (const SecretMetadata &secret : inventory.secrets.value(scope.name))
            keys.insert(secret.key, secret.lastUpdated);
    }
}

SecretMatrixModel::Cell SecretMatrixModel::cell(int row, const QString &profile) const
{
    Cell cell;
    const int column = columnOf(profile);
    if (column < 0 || row < 0 || row >= m_rows.size())
        return cell;
    const ProfileColumn &entry = m_columns.at(column - FirstProfileColumn);
    if (!entry.error.isEmpty()) {
        cell.state = SecretCellState::Error;
        cell.error = entry.error;
        return cell;
    }
    if (!entry.hasInventory)
        return cell; // Loading
    const RowKey &key = m_rows.at(row);
    const QString folded = key.scope.toCaseFolded();
    const auto found = entry.scopeByName.constFind(folded);
    cell.scope = found == entry.scopeByName.cend() ? nullptr : &entry.inventory.scopes.at(*found);
    if (!cell.scope) {
        cell.state = SecretCellState::ScopeMissing;
        return cell;
    }
    const auto scopeError = entry.inventory.scopeErrors.constFind(cell.scope->name);
    if (scopeError != entry.inventory.scopeErrors.cend()) {
        cell.state = SecretCellState::Error;
        cell.error = *scopeError;
        return cell;
    }
    if (key.key.isEmpty()) {
        cell.state = SecretCellState::Present;
        return cell;
    }
    const QHash<QString, QDateTime> keys = entry.updated.value(folded);
    auto secret = keys.constFind(key.key);
    if (secret == keys.cend() && cell.scope->isKeyVaultBacked()) {
        const QString vaultName = secretRules::keyVaultNameForKey(key.key);
        secret = keys.constFind(vaultName);
        if (secret != keys.cend())
            cell.storedAs = vaultName;
    }
    if (secret != keys.cend()) {
        cell.state = SecretCellState::Present;
        cell.lastUpdated = *secret;
    } else {
        cell.state = SecretCellState::Missing;
    }
    return cell;
}

QString SecretMatrixModel::scopeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).scope : QString();
}

QString SecretMatrixModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int SecretMatrixModel::rowOf(const QString &scope, const QString &key) const
{
    const RowKey wanted{scope, key};
    const int at = lowerBound(wanted);
    return at < m_rows.size() && sameRow(m_rows.at(at), wanted) ? at : -1;
}

bool SecretMatrixModel::isDifferent(int row) const
{
    for (const ProfileColumn &column : m_columns) {
        const SecretCellState state = cell(row, column.profile).state;
        if (state == SecretCellState::Missing || state == SecretCellState::ScopeMissing)
            return true;
    }
    return false;
}

int SecretMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SecretMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstProfileColumn + static_cast<int>(m_columns.size());
}

QVariant SecretMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const RowKey &key = m_rows.at(row);
    switch (role) {
    case ScopeRole:
        return key.scope;
    case KeyRole:
        return key.key;
    case IsDifferentRole:
        return isDifferent(row);
    default:
        break;
    }
    if (index.column() >= FirstProfileColumn)
        return profileCellData(row, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ScopeColumn)
            return key.scope;
        return key.key.isEmpty() ? tr("(scope only, no secrets)") : key.key;
    case Qt::ForegroundRole:
        if (index.column() == KeyColumn && key.key.isEmpty())
            return QColor(0x75, 0x75, 0x75);
        return {};
    case SortRole:
        return index.column() == ScopeColumn ? key.scope.toCaseFolded() : key.key;
    default:
        return {};
    }
}

QVariant SecretMatrixModel::profileCellData(int row, int column, int role) const
{
    const QString profile = profileAt(column);
    const Cell cell = this->cell(row, profile);
    switch (role) {
    case Qt::DisplayRole:
        if (cell.state == SecretCellState::Present && cell.lastUpdated.isValid())
            return secretformat::shortTime(cell.lastUpdated);
        return secretCellStateLabel(cell.state);
    case Qt::ToolTipRole: {
        const QString where =
            tr("%1 / %2 in %3").arg(m_rows.at(row).scope, m_rows.at(row).key, profile);
        switch (cell.state) {
        case SecretCellState::Present:
            if (!cell.storedAs.isEmpty())
                return tr("%1: present as %2 (Key Vault names allow only letters, digits and '-'); "
                          "last updated %3")
                    .arg(where, cell.storedAs,
                         secretformat::longTime(cell.lastUpdated, QDateTime::currentDateTimeUtc()));
            return cell.lastUpdated.isValid()
                       ? tr("%1: last updated %2")
                             .arg(where, secretformat::longTime(cell.lastUpdated,
                                                                QDateTime::currentDateTimeUtc()))
                       : tr("%1: present").arg(where);
        case SecretCellState::Missing:
            return tr("%1: missing. Select it and use Put missing… to add it.").arg(where);
        case SecretCellState::ScopeMissing:
            return tr("%1: the scope does not exist in this workspace.").arg(where);
        case SecretCellState::Error:
            return tr("%1: %2").arg(where, cell.error);
        case SecretCellState::Loading:
            return tr("%1: loading…").arg(where);
        }
        return {};
    }
    case Qt::BackgroundRole:
        switch (cell.state) {
        case SecretCellState::Present:
            return QColor(0xe8, 0xf5, 0xe9);
        case SecretCellState::Missing:
            return QColor(0xff, 0xeb, 0xee);
        case SecretCellState::ScopeMissing:
            return QColor(0xff, 0xe0, 0xb2);
        case SecretCellState::Error:
            return QColor(0xf5, 0xf5, 0xf5);
        case SecretCellState::Loading:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        switch (cell.state) {
        case SecretCellState::Present:
            return QColor(0x1b, 0x5e, 0x20);
        case SecretCellState::Missing:
            return QColor(0xb7, 0x1c, 0x1c);
        case SecretCellState::ScopeMissing:
            return QColor(0xe6, 0x51, 0x00);
        default:
            return QColor(0x61, 0x61, 0x61);
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case CellStateRole:
        return static_cast<int>(cell.state);
    case LastUpdatedRole:
        return cell.lastUpdated;
    case ErrorRole:
        return cell.error;
    case ProfileRole:
        return profile;
    case IsKeyVaultScopeRole:
        return cell.scope && cell.scope->isKeyVaultBacked();
    case SortRole:
        return static_cast<int>(cell.state);
    default:
        return {};
    }
}

QVariant SecretMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= FirstProfileColumn) {
        const QString profile = profileAt(section);
        const Look look = m_looks.value(profile);
        switch (role) {
        case Qt::DisplayRole:
        case ProfileRole:
            return profile;
        case Qt::DecorationRole:
            return look.colour.isEmpty() ? QVariant() : QVariant(colourSwatch(look.colour));
        case Qt::ForegroundRole:
            return look.isProd ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
        case Qt::FontRole: {
            if (!look.isProd)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::ToolTipRole: {
            const ProfileColumn &column = m_columns.value(section - FirstProfileColumn);
            const QString name =
                look.tag.isEmpty() ? profile : QStringLiteral("%1 (%2)").arg(profile, look.tag);
            if (column.loading)
                return tr("%1: loading…").arg(name);
            if (!column.error.isEmpty())
                return tr("%1: %2").arg(name, column.error);
            return tr("%1: %2 scopes").arg(name).arg(column.inventory.scopes.size());
        }
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    return section == ScopeColumn ? tr("Scope") : tr("Key");
}

} // namespace brickdesk
