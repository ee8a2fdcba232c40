#include "SecretAclModel.h"

#include "SecretsClient.h"

namespace brickdesk {

QString secretPermissionLabel(SecretPermission permission)
{
    switch (permission) {
    case SecretPermission::Read:
        return SecretAclModel::tr("Read");
    case SecretPermission::Write:
        return SecretAclModel::tr("Write");
    case SecretPermission::Manage:
        return SecretAclModel::tr("Manage");
    }
    return {};
}

SecretAclModel::SecretAclModel(QObject *parent)
    : SecretTableModel(parent)
{}

void SecretAclModel::setClient(SecretsClient *client)
{
    ++m_generation;
    m_client = client;
    m_scope.clear();
    clearRows();
    forgetLoad();
}

void SecretAclModel::setScope(const QString &scope)
{
    if (scope != m_scope) {
        ++m_generation;
        m_scope = scope;
        clearRows();
        forgetLoad();
    }
    refresh();
}

void SecretAclModel::refresh()
{
    if (!m_client || m_scope.isEmpty())
        return;
    startLoading();
    const quint64 generation = m_generation;
    m_client->listAcls(m_scope, this,
                       [this, generation](const CallResult<QList<SecretAcl>> &result) {
                           if (generation != m_generation)
                               return;
                           if (result.ok())
                               replaceAll(result.value);
                           finishLoading(result.ok() ? QString() : result.error.summary());
                       });
}

void SecretAclModel::grant(const QString &principal, SecretPermission permission)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    const SecretAcl acl{principal, permission};
    const QString scope = m_scope;
    m_client->putAcl(
        scope, acl, this, [this, generation, acl, scope](const CallResult<Done> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                Q_EMIT actionFailed(tr("%1 was not granted to %2: %3")
                                        .arg(secretPermissionId(acl.permission), acl.principal,
                                             result.error.summary()));
                return;
            }
            upsert(acl);
            Q_EMIT actionSucceeded(
                tr("%1 may now %2 scope '%3'.")
                    .arg(acl.principal, secretPermissionLabel(acl.permission).toLower(), scope));
        });
}

void SecretAclModel::revoke(const QString &principal)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    const QString scope = m_scope;
    m_client->deleteAcl(
        scope, principal, this,
        [this, generation, principal, scope](const CallResult<Done> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                Q_EMIT actionFailed(
                    tr("The ACL of %1 was not removed: %2").arg(principal, result.error.summary()));
                return;
            }
            removeKey(principal);
            Q_EMIT actionSucceeded(
                tr("%1 no longer has an ACL on scope '%2'.").arg(principal, scope));
        });
}

bool SecretAclModel::sameItem(const SecretAcl &a, const SecretAcl &b) const
{
    return a.principal == b.principal && a.permission == b.permission;
}

int SecretAclModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretAclModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretAcl &acl = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Principal ? acl.principal : secretPermissionId(acl.permission);
    case Qt::ToolTipRole:
        switch (acl.permission) {
        case SecretPermission::Read:
            return tr("May read the scope's secrets and list them");
        case SecretPermission::Write:
            return tr("May read, put and delete secrets");
        case SecretPermission::Manage:
            return tr("May also change ACLs and delete the scope");
        }
        return {};
    case PrincipalRole:
        return acl.principal;
    case PermissionRole:
        return static_cast<int>(acl.permission);
    default:
        return {};
    }
}

QVariant SecretAclModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Principal)
        return tr("Principal");
    if (section == Permission)
        return tr("Permission");
    return {};
}

} // namespace brickdesk
