#include "SecretListModel.h"

#include "SecretFormat.h"
#include "SecretsClient.h"

namespace brickdesk {

SecretListModel::SecretListModel(QObject *parent)
    : SecretTableModel(parent)
{}

void SecretListModel::setClient(SecretsClient *client)
{
    ++m_generation;
    m_client = client;
    m_scope = SecretScope{};
    clearRows();
    forgetLoad();
}

void SecretListModel::setScope(const SecretScope &scope)
{
    const bool sameScope = scope.name == m_scope.name;
    m_scope = scope;
    if (!sameScope) {
        ++m_generation;
        clearRows();
        forgetLoad();
    }
    refresh();
}

void SecretListModel::refresh()
{
    if (!m_client || m_scope.name.isEmpty())
        return;
    startLoading();
    const quint64 generation = m_generation;
    m_client->listSecrets(m_scope.name, this,
                          [this, generation](const CallResult<QList<SecretMetadata>> &result) {
                              if (generation != m_generation)
                                  return;
                              if (result.ok())
                                  replaceAll(result.value);
                              finishLoading(result.ok() ? QString() : result.error.summary());
                          });
}

void SecretListModel::putText(const QString &key, const QString &value)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    const QString scope = m_scope.name;
    m_client->putString(scope, key, value, this,
                        [this, generation, scope, key](const CallResult<Done> &result) {
                            if (generation == m_generation)
                                onPut(scope, key, result.error);
                        });
}

void SecretListModel::putBytes(const QString &key, const QByteArray &value)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    const QString scope = m_scope.name;
    m_client->putBytes(scope, key, value, this,
                       [this, generation, scope, key](const CallResult<Done> &result) {
                           if (generation == m_generation)
                               onPut(scope, key, result.error);
                       });
}

void SecretListModel::onPut(const QString &scope, const QString &key, const ApiError &error)
{
    if (error.isError()) {
        Q_EMIT actionFailed(tr("Secret '%1' was not saved: %2").arg(key, error.summary()));
        return;
    }
    // Shown at once; the listing that follows brings the workspace's own timestamp.
    upsert(SecretMetadata{key, QDateTime::currentDateTimeUtc()});
    Q_EMIT secretPut(scope, key);
    Q_EMIT actionSucceeded(tr("Secret '%1' saved in scope '%2'.").arg(key, scope));
    refresh();
}

void SecretListModel::deleteSecret(const QString &key)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    const QString scope = m_scope.name;
    m_client->deleteSecret(
        scope, key, this, [this, generation, scope, key](const CallResult<Done> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                Q_EMIT actionFailed(
                    tr("Secret '%1' was not deleted: %2").arg(key, result.error.summary()));
                return;
            }
            removeKey(key);
            Q_EMIT actionSucceeded(tr("Secret '%1' deleted from scope '%2'.").arg(key, scope));
        });
}

bool SecretListModel::sameItem(const SecretMetadata &a, const SecretMetadata &b) const
{
    return a.key == b.key && a.lastUpdated == b.lastUpdated;
}

int SecretListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretMetadata &secret = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Key ? secret.key : secretformat::shortTime(secret.lastUpdated);
    case Qt::ToolTipRole:
        return tr("Last updated %1")
            .arg(secretformat::longTime(secret.lastUpdated, QDateTime::currentDateTimeUtc()));
    case KeyRole:
        return secret.key;
    case LastUpdatedRole:
        return secret.lastUpdated;
    case SortRole:
        if (index.column() == Key)
            return secret.key.toLower();
        return secret.lastUpdated.isValid() ? secret.lastUpdated.toMSecsSinceEpoch() : qint64(0);
    default:
        return {};
    }
}

QVariant SecretListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Key)
        return tr("Key");
    if (section == LastUpdated)
        return tr("Last updated");
    return {};
}

} // namespace brickdesk
