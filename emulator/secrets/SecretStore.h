#pragma once

#include "SecretPermission.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace brickdesk::emulator {

// A secret's value (never answered over REST) and when it last changed (epoch ms).
struct StoredSecret
{
    QByteArray value;
    qint64 lastUpdatedMs = 0;
};

// A secret scope. A Key Vault-backed scope keeps no secrets of its own: it reads a vault.
struct SecretScope
{
    QString name;
    bool keyVaultBacked = false;
    QString resourceId; // backend_azure_keyvault.resource_id
    QString dnsName;    // backend_azure_keyvault.dns_name as given; empty for a seeded scope
    // The emulator's vault the scope reads, when its dns_name named one (or it was seeded).
    // Kept by name so that the scope still finds it when the emulator listens on another port.
    QString emulatorVault;
    std::map<QString, StoredSecret> secrets;  // by key (case-sensitive)
    std::map<QString, SecretPermission> acls; // by principal
};

// The workspace's secret scopes, their secrets and ACLs. Scope names are unique without regard
// to case and are found the same way. Pure data: the API checks and answers, the caller persists.
class SecretStore
{
public:
    static const QString kAllUsers; // the group every user belongs to: "users"

    const SecretScope *scope(const QString &name) const;
    SecretScope *scope(const QString &name);
    QList<const SecretScope *> scopes() const; // by name, without regard to case
    int scopeCount() const { return static_cast<int>(m_scopes.size()); }
    bool isEmpty() const { return m_scopes.empty(); }

    SecretScope &addScope(const SecretScope &scope); // replaces one with the same name
    bool removeScope(const QString &name);

    // The principal's permission on the scope: its own ACL or the users group's, whichever is
    // higher; nothing when it has neither.
    static std::optional<SecretPermission> permissionOf(const SecretScope &scope,
                                                        const QString &principal);

    QJsonObject toJson() const;
    // Replaces everything with `json` (the toJson() shape), or leaves the store as it was.
    bool fromJson(const QJsonValue &json, QString *error);

private:
    std::map<QString, SecretScope> m_scopes; // by case-folded name
};

} // namespace brickdesk::emulator
