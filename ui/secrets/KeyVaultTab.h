#pragma once

#include "Profile.h"
#include "SecretsServices.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabBar;
class QTableView;

namespace brickdesk {

class AzureCredential;
class ClipboardGuard;
class KeyVaultClient;
class KeyVaultConnector;
class KeyVaultSecretModel;
class ListStatusLabel;

// An Azure Key Vault browser for the profile's vaults (saved per profile, or added by URL):
// secrets with their state, content type, expiry (in colour), last update and tags; the selected
// secret's versions; values shown only after a click on Reveal and hidden again as soon as the
// selection changes; Copy value puts a value on the clipboard and takes it off after 30 s. Set
// a new value, enable or disable, delete (soft), and in the deleted secrets view recover or purge.
class KeyVaultTab : public QWidget
{
    Q_OBJECT

public:
    explicit KeyVaultTab(QWidget *parent = nullptr);
    ~KeyVaultTab() override;

    void setServices(const SecretsServices &services);
    void connectTo(const Profile &profile);
    void disconnectFrom();
    // The tab is shown: the first time, the first vault opens (and sign-in may be asked for).
    void activate();
    bool isSettled() const { return m_settled; }

    QStringList vaults() const;
    QString currentVault() const;
    bool openVault(const QString &vaultUrl);
    // Adds a vault to the profile by URL and opens it; the error says why not.
    bool addVault(const QString &input, QString *error);
    void showDeleted(bool deleted);
    bool selectSecret(const QString &name);
    bool selectVersion(const QString &version);
    QString selectedSecret() const;
    QString selectedVersion() const;
    bool isValueRevealed() const { return m_revealed; }

    void reveal();
    void hideValue();
    void copyValue();
    void setNewValue();
    void newSecret();
    void toggleEnabled();
    void deleteSecret();
    void recoverSecret();
    void purgeSecret();

    KeyVaultSecretModel *model() const { return m_secrets; }
    KeyVaultSecretModel *versionModel() const { return m_versions; }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    QComboBox *vaultBox() const { return m_vaultBox; }
    QTableView *secretView() const { return m_secretView; }
    QTableView *versionView() const { return m_versionView; }
    QLineEdit *valueField() const { return m_value; }
    QPushButton *revealButton() const { return m_revealButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *signInLabel() const { return m_signIn; }

Q_SIGNALS:
    void settledChanged();
    void statusMessage(const QString &text);

private:
    void buildLayout();
    void fillVaults();
    void onVaultChosen();
    void onOpened(KeyVaultClient *client);
    void onSecretSelected();
    void updateDetails();
    void updateActions();
    void updateColumns();
    void settle();
    bool confirm(const QString &action);
    void showResult(const QString &text);
    void showFailure(const QString &text);

    SecretsServices m_services;
    Profile m_profile;
    bool m_connected = false;
    bool m_activated = false;
    bool m_settled = false;
    bool m_revealed = false;
    quint64 m_revealGeneration = 0; // a reveal answer for an earlier selection is dropped

    KeyVaultConnector *m_connector = nullptr;
    QList<QPointer<AzureCredential>> m_watchedCredentials; // whose account changes show
    KeyVaultSecretModel *m_secrets;
    KeyVaultSecretModel *m_versions;
    QSortFilterProxyModel *m_proxy;
    ClipboardGuard *m_clipboard;
    QComboBox *m_vaultBox;
    QPushButton *m_addVault;
    QLabel *m_signIn;
    QTabBar *m_viewBar;
    QLineEdit *m_filter;
    QTableView *m_secretView;
    ListStatusLabel *m_status;
    QLabel *m_detailsTitle;
    QLabel *m_details;
    QLineEdit *m_value;
    QPushButton *m_revealButton;
    QPushButton *m_copyButton;
    QTableView *m_versionView;
    QPushButton *m_setValue;
    QPushButton *m_newSecret;
    QPushButton *m_enable;
    QPushButton *m_delete;
    QPushButton *m_recover;
    QPushButton *m_purge;
    QAction *m_refresh;
    QLabel *m_message;
};

} // namespace brickdesk
