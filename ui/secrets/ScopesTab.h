#pragma once

#include "WorkspacePage.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace brickdesk {

class ListStatusLabel;
class SecretAclModel;
class SecretListModel;
class SecretScopeModel;
class SecretsClient;

// The scopes of the connected workspace side by side with the secrets of the selected scope
// and its ACLs. Create and delete scopes (Databricks- or Key Vault-backed), put and delete
// secrets, grant and revoke permissions, copy a dbutils snippet. Destructive actions ask first,
// on a prod profile by typing the profile name. Key Vault-backed scopes are read-only here, and
// say so.
class ScopesTab : public QWidget
{
    Q_OBJECT

public:
    explicit ScopesTab(QWidget *parent = nullptr);
    ~ScopesTab() override;

    void connectTo(const ConnectedWorkspace &workspace);
    void disconnectFrom(const QString &whyNot);
    bool isSettled() const { return m_settled; }

    bool selectScope(const QString &name);
    bool selectSecret(const QString &key);
    bool selectAcl(const QString &principal);
    QString selectedScope() const;
    QString selectedSecret() const;
    QString selectedAcl() const;

    SecretScopeModel *scopeModel() const { return m_scopes; }
    SecretListModel *secretModel() const { return m_secrets; }
    SecretAclModel *aclModel() const { return m_acls; }
    SecretsClient *client() const { return m_client; }
    QTableView *scopeView() const { return m_scopeView; }
    QTableView *secretView() const { return m_secretView; }
    QTableView *aclView() const { return m_aclView; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *readOnlyLabel() const { return m_readOnly; }

    QAction *newScopeAction() const { return m_newScope; }
    QAction *deleteScopeAction() const { return m_deleteScope; }
    QAction *putSecretAction() const { return m_putSecret; }
    QAction *deleteSecretAction() const { return m_deleteSecret; }
    QAction *copySnippetAction() const { return m_copySnippet; }
    QAction *grantAction() const { return m_grant; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *refreshAction() const { return m_refresh; }

Q_SIGNALS:
    void settledChanged();
    void statusMessage(const QString &text);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip,
                        const char *icon);
    void buildActions();
    void buildLayout();
    void wireModels();
    void updateActions();
    void onScopeSelected();
    void showResult(const QString &text);
    void showFailure(const QString &text);

    void createScope();
    void deleteScope();
    void putSecret();
    void deleteSecret();
    void copySnippet();
    void grant();
    void revoke();
    void refresh();

    ConnectedWorkspace m_workspace;
    QPointer<SecretsClient> m_client;
    SecretScopeModel *m_scopes;
    SecretListModel *m_secrets;
    SecretAclModel *m_acls;
    QSortFilterProxyModel *m_secretProxy;
    QTableView *m_scopeView;
    QTableView *m_secretView;
    QTableView *m_aclView;
    ListStatusLabel *m_scopeStatus;
    ListStatusLabel *m_secretStatus;
    ListStatusLabel *m_aclStatus;
    QLabel *m_secretTitle;
    QLabel *m_aclTitle;
    QLabel *m_readOnly;
    QLabel *m_message;
    QString m_selectWhenListed; // a scope just created
    bool m_settled = false;

    QAction *m_newScope = nullptr;
    QAction *m_deleteScope = nullptr;
    QAction *m_putSecret = nullptr;
    QAction *m_deleteSecret = nullptr;
    QAction *m_copySnippet = nullptr;
    QAction *m_grant = nullptr;
    QAction *m_revoke = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace brickdesk
