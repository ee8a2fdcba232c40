#pragma once

#include "SecretScope.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace brickdesk {

// A new secret scope: its name, Databricks- or Azure Key Vault-backed (the vault's resource id
// and DNS name), and whether all users may manage it — which Standard-tier workspaces require.
class CreateScopeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateScopeDialog(QWidget *parent = nullptr);

    SecretScopeSpec spec() const;

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *databricksChoice() const { return m_databricks; }
    QRadioButton *keyVaultChoice() const { return m_keyVault; }
    QLineEdit *resourceIdEdit() const { return m_resourceId; }
    QLineEdit *dnsNameEdit() const { return m_dnsName; }
    QCheckBox *usersCanManageBox() const { return m_usersCanManage; }
    QLabel *errorLabel() const { return m_error; }
    bool isOkEnabled() const;

private:
    void validate();

    QLineEdit *m_name;
    QRadioButton *m_databricks;
    QRadioButton *m_keyVault;
    QWidget *m_vaultFields;
    QLineEdit *m_resourceId;
    QLineEdit *m_dnsName;
    QCheckBox *m_usersCanManage;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_suggestedDnsName; // from the vault name in the resource id
};

} // namespace brickdesk
