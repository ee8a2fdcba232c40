#pragma once

#include "SecretScope.h"
#include "SecretTableModel.h"
#include "SecretsClient.h"

#include <QPointer>

namespace brickdesk {

// Who may do what with one scope: principal (a user, a group such as "users", a service
// principal's application id) and READ, WRITE or MANAGE.
class SecretAclModel final : public SecretTableModel<SecretAcl>
{
    Q_OBJECT

public:
    enum Column
    {
        Principal,
        Permission,
        ColumnCount
    };
    enum Role
    {
        PrincipalRole = Qt::UserRole + 1,
        PermissionRole, // SecretPermission as int
    };

    explicit SecretAclModel(QObject *parent = nullptr);

    void setClient(SecretsClient *client); // empties the model
    void setScope(const QString &scope);   // lists the scope's ACLs; empty: no scope
    QString scope() const { return m_scope; }
    void refresh();

    // Sets `principal`'s permission (a new ACL or a changed one).
    void grant(const QString &principal, SecretPermission permission);
    void revoke(const QString &principal);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const SecretAcl &acl) const override { return acl.principal; }
    bool sameItem(const SecretAcl &a, const SecretAcl &b) const override;

private:
    QPointer<SecretsClient> m_client;
    QString m_scope;
    quint64 m_generation = 0;
};

QString secretPermissionLabel(SecretPermission permission); // "Read", "Write", "Manage"

} // namespace brickdesk
