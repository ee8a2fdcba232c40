#pragma once

#include "SecretScope.h"
#include "SecretTableModel.h"
#include "SecretsClient.h"

#include <QPointer>

namespace brickdesk {

// The secrets of one scope: key and last update. Values are write-only in the Databricks API;
// this model passes a value on to put() and keeps nothing of it.
class SecretListModel final : public SecretTableModel<SecretMetadata>
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        LastUpdated,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        LastUpdatedRole, // QDateTime, invalid when unknown
        SortRole,        // per column: key, epoch ms
    };

    explicit SecretListModel(QObject *parent = nullptr);

    void setClient(SecretsClient *client); // empties the model
    // Lists `scope` (or empties the model for a scope with no name).
    void setScope(const SecretScope &scope);
    const SecretScope &scope() const { return m_scope; }
    // Key Vault-backed scopes cannot be written through Databricks.
    bool isReadOnly() const { return m_scope.isKeyVaultBacked(); }
    void refresh();

    // A text value goes as string_value, a file's bytes as bytes_value. Values over 128 KB are
    // refused before anything is sent (actionFailed).
    void putText(const QString &key, const QString &value);
    void putBytes(const QString &key, const QByteArray &value);
    void deleteSecret(const QString &key);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void secretPut(const QString &scope, const QString &key);

protected:
    QString keyOf(const SecretMetadata &secret) const override { return secret.key; }
    bool sameItem(const SecretMetadata &a, const SecretMetadata &b) const override;

private:
    void onPut(const QString &scope, const QString &key, const ApiError &error);

    QPointer<SecretsClient> m_client;
    SecretScope m_scope;
    quint64 m_generation = 0; // bumped by a new client or scope: older answers are dropped
};

} // namespace brickdesk
