#pragma once

#include "SecretScope.h"
#include "SecretTableModel.h"
#include "SecretsClient.h"

#include <QPointer>

namespace brickdesk {

// The secret scopes of one workspace: name, backend, and for Azure Key Vault-backed scopes the
// vault's DNS name and resource id. Create and delete change only their own row.
class SecretScopeModel final : public SecretTableModel<SecretScope>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Backend,
        KeyVault,
        ResourceId,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        BackendRole,    // SecretBackend as int
        IsKeyVaultRole, // bool
        DnsNameRole,
        ResourceIdRole,
    };

    explicit SecretScopeModel(QObject *parent = nullptr);

    // Empties the model and stops every call; with a client, refresh() lists the scopes.
    void setClient(SecretsClient *client);
    SecretsClient *client() const { return m_client; }
    void refresh();

    void createScope(const SecretScopeSpec &spec);
    void deleteScope(const QString &name);
    const SecretScope *scope(const QString &name) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void scopeCreated(const QString &name);
    void scopeDeleted(const QString &name);

protected:
    QString keyOf(const SecretScope &scope) const override { return scope.name; }
    bool sameItem(const SecretScope &a, const SecretScope &b) const override;

private:
    QPointer<SecretsClient> m_client;
    quint64 m_generation = 0; // answers for an earlier client are dropped
};

QString secretBackendLabel(SecretBackend backend); // "Databricks", "Azure Key Vault"

} // namespace brickdesk
