#include "SecretScopeModel.h"

#include "SecretsClient.h"

namespace brickdesk {

QString secretBackendLabel(SecretBackend backend)
{
    return backend == SecretBackend::AzureKeyVault ? SecretScopeModel::tr("Azure Key Vault")
                                                   : SecretScopeModel::tr("Databricks");
}

SecretScopeModel::SecretScopeModel(QObject *parent)
    : SecretTableModel(parent)
{}

void SecretScopeModel::setClient(SecretsClient *client)
{
    // The client is shared with the secrets and ACL lists: its calls are its owner's to cancel.
    ++m_generation;
    m_client = client;
    clearRows();
    forgetLoad();
}

void SecretScopeModel::refresh()
{
    if (!m_client)
        return;
    startLoading();
    const quint64 generation = m_generation;
    m_client->listScopes(this, [this, generation](const CallResult<QList<SecretScope>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            replaceAll(result.value);
        finishLoading(result.ok() ? QString() : result.error.summary());
    });
}

void SecretScopeModel::createScope(const SecretScopeSpec &spec)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    m_client->createScope(spec, this, [this, generation, spec](const CallResult<Done> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT actionFailed(
                tr("Scope '%1' was not created: %2").arg(spec.name, result.error.summary()));
            return;
        }
        // The listing would say just this; no need to ask again.
        SecretScope scope;
        scope.name = spec.name;
        scope.backend = spec.backend;
        scope.keyVaultDnsName = spec.keyVaultDnsName;
        scope.keyVaultResourceId = spec.keyVaultResourceId;
        upsert(scope);
        Q_EMIT scopeCreated(spec.name);
        Q_EMIT actionSucceeded(tr("Scope '%1' created.").arg(spec.name));
    });
}

void SecretScopeModel::deleteScope(const QString &name)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    m_client->deleteScope(name, this, [this, generation, name](const CallResult<Done> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT actionFailed(
                tr("Scope '%1' was not deleted: %2").arg(name, result.error.summary()));
            return;
        }
        removeKey(name);
        Q_EMIT scopeDeleted(name);
        Q_EMIT actionSucceeded(tr("Scope '%1' deleted with its secrets.").arg(name));
    });
}

const SecretScope *SecretScopeModel::scope(const QString &name) const
{
    const std::optional<int> row = rowOf(name);
    return row ? &itemAt(*row) : nullptr;
}

bool SecretScopeModel::sameItem(const SecretScope &a, const SecretScope &b) const
{
    return a.name == b.name && a.backend == b.backend && a.keyVaultDnsName == b.keyVaultDnsName &&
           a.keyVaultResourceId == b.keyVaultResourceId;
}

int SecretScopeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretScopeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretScope &scope = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return scope.name;
        case Backend:
            return secretBackendLabel(scope.backend);
        case KeyVault:
            return scope.keyVaultDnsName;
        case ResourceId:
            return scope.keyVaultResourceId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (scope.isKeyVaultBacked())
            return tr("Backed by Azure Key Vault %1\n%2\nRead-only in Databricks: change its "
                      "secrets in the vault.")
                .arg(scope.keyVaultDnsName, scope.keyVaultResourceId);
        return tr("Secrets kept by Databricks");
    case NameRole:
        return scope.name;
    case BackendRole:
        return static_cast<int>(scope.backend);
    case IsKeyVaultRole:
        return scope.isKeyVaultBacked();
    case DnsNameRole:
        return scope.keyVaultDnsName;
    case ResourceIdRole:
        return scope.keyVaultResourceId;
    default:
        return {};
    }
}

QVariant SecretScopeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Scope");
    case Backend:
        return tr("Backend");
    case KeyVault:
        return tr("Key Vault");
    case ResourceId:
        return tr("Resource id");
    default:
        return {};
    }
}

} // namespace brickdesk
