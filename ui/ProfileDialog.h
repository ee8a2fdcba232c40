#pragma once

#include "ProfileEditor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace brickdesk {

class ConnectionTester;
struct Profile;

// Add or edit a workspace profile: host, auth type (token, Azure service principal, Azure CLI),
// where the token lives (keychain or an Azure Key Vault secret), the Azure sign-in used for Key
// Vaults, environment tag, colour, CA bundle, and "Test connection". The dialog only collects;
// saving is the caller's.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(QNetworkAccessManager *network, const QStringList &existingNames,
                  QWidget *parent = nullptr);

    void setProfile(const Profile &profile, const QString &caBundlePath);
    ProfileEdit edit() const;
    // Shown when saving failed; the dialog stays open with everything the user typed.
    void showSaveError(const QString &message);

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *tokenEdit() const { return m_token; }
    QComboBox *authTypeBox() const { return m_authType; }
    QComboBox *tokenSourceBox() const { return m_tokenSource; }
    QLineEdit *vaultUrlEdit() const { return m_vaultUrl; }
    QLineEdit *vaultSecretEdit() const { return m_vaultSecret; }
    QComboBox *signInMethodBox() const { return m_signInMethod; }
    QLineEdit *azureTenantEdit() const { return m_azureTenant; }
    QLineEdit *azureClientEdit() const { return m_azureClient; }
    QLineEdit *azureSecretEdit() const { return m_azureSecret; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    void saveRequested(const brickdesk::ProfileEdit &edit);

private:
    void validate();
    void updateRows();
    void pickColour();
    void showResult(const QString &text, bool good);

    QStringList m_existingNames;
    QString m_originalName;
    QString m_colour;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QComboBox *m_authType;
    QLineEdit *m_token;
    QComboBox *m_tokenSource; // keychain or Azure Key Vault
    QLineEdit *m_vaultUrl;
    QLineEdit *m_vaultSecret;
    QComboBox *m_signInMethod; // how Brickdesk signs in to Entra ID for Key Vaults
    QLineEdit *m_azureTenant;
    QLineEdit *m_azureClient;
    QLineEdit *m_azureSecret;
    QLineEdit *m_certificatePath;
    QFormLayout *m_form = nullptr;
    QString m_azureAuthorityHost; // kept as it was (the demo workspace has its own)
    QComboBox *m_environment;
    QPushButton *m_colourButton;
    QLineEdit *m_caBundle;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    ConnectionTester *m_tester;
};

} // namespace brickdesk
