#pragma once

#include "AzureCredential.h"
#include "CallResult.h"
#include "KeyVaultClient.h"
#include "KeyVaultSecret.h"
#include "SecretTableModel.h"

#include <QPointer>
#include <functional>

namespace brickdesk {

// One Azure Key Vault's secrets, in one of three views: the secrets, the versions of one secret,
// or the deleted secrets (soft-deleted, recoverable until purged). Values are never kept:
// fetchValue() hands one to its caller, and answers that carry a value are stripped of it.
class KeyVaultSecretModel final : public SecretTableModel<KeyVaultSecret>
{
    Q_OBJECT

public:
    enum class View
    {
        Secrets,
        Versions,
        Deleted
    };
    Q_ENUM(View)
    enum Column
    {
        Name,
        Version,
        Enabled,
        ContentType,
        Expires,
        Updated,
        Tags,
        DeletedOn,
        PurgeOn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        VersionRole,
        IdRole,
        EnabledRole,     // bool
        ExpiryStateRole, // KeyVaultExpiry as int
        ExpiresRole,     // QDateTime, invalid when it never expires
        UpdatedRole,     // QDateTime
        ManagedRole,     // bool: backs a certificate, read-only
        SortRole,        // per column
    };
    using ValueHandler = std::function<void(const CallResult<QString> &)>;

    explicit KeyVaultSecretModel(QObject *parent = nullptr);

    void setClient(KeyVaultClient *client); // empties the model
    KeyVaultClient *client() const { return m_client; }
    View view() const { return m_view; }
    QString versionsOf() const { return m_versionsOf; } // the secret of the Versions view
    // Each switches the view and lists it.
    void showSecrets();
    void showVersions(const QString &name);
    void showDeleted();
    void refresh();
    // Columns a view leaves empty (Version outside Versions, DeletedOn/PurgeOn outside Deleted).
    bool isColumnUsed(int column) const;
    // Expiry colours are measured against this clock (tests set it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The value of `name` (the latest version when `version` is empty), for `handler` only.
    void fetchValue(const QString &name, const QString &version, QObject *context,
                    ValueHandler handler);
    void setValue(const QString &name, const QString &value);
    // An empty `version` changes the current (newest) version.
    void setEnabled(const QString &name, const QString &version, bool enabled);
    void deleteSecret(const QString &name); // soft delete
    void recoverSecret(const QString &name);
    void purgeSecret(const QString &name);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void viewChanged(brickdesk::KeyVaultSecretModel::View view);
    void progress(int secretsSoFar);

protected:
    QString keyOf(const KeyVaultSecret &secret) const override;
    bool sameItem(const KeyVaultSecret &a, const KeyVaultSecret &b) const override;

private:
    void switchView(View view, const QString &versionsOf);
    void listed(quint64 generation, const CallResult<QList<KeyVaultSecret>> &result);
    // Runs `onOk` with the answer when it is for this model's current client and view.
    std::function<void(const CallResult<KeyVaultSecret> &)>
    action(const QString &failureText, std::function<void(KeyVaultSecret)> onOk);
    void updateEnabled(const QString &name, const QString &version, bool enabled, bool isCurrent);
    QVariant display(const KeyVaultSecret &secret, int column) const;

    QPointer<KeyVaultClient> m_client;
    View m_view = View::Secrets;
    QString m_versionsOf;
    quint64 m_generation = 0;
    std::function<QDateTime()> m_now;
};

QString keyVaultExpiryLabel(KeyVaultExpiry expiry); // "never", "valid", "expires soon", "expired"

} // namespace brickdesk
