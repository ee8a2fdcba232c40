#pragma once

#include "Profile.h"
#include "SecretMatrixFiller.h"
#include "SecretsServices.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace brickdesk {

class KeyVaultConnector;
class KeyVaultSecretModel;
class PutMissingDialog;
class SecretMatrixLoader;
class SecretMatrixModel;
class SecretMatrixProxy;

// "Compare environments": the same secrets across several profiles' workspaces (by default the
// current one and every profile tagged dev, staging or prod). Rows are scope/key, columns the
// profiles; cells say present (with the last update), missing, or scope missing, in colour.
// "Only differences" hides rows every workspace has. "Put missing…" fills the selected missing
// cells with one value, typed or read from a Key Vault; prod targets ask for the profile name.
class CompareTab : public QWidget
{
    Q_OBJECT

public:
    explicit CompareTab(QWidget *parent = nullptr);
    ~CompareTab() override;

    void setServices(const SecretsServices &services);
    // The profile the window is on: it is compared, and its vaults are the Key Vault source.
    void connectTo(const Profile &current);
    void disconnectFrom();
    // The tab is shown: the first time after connecting, the comparison starts.
    void activate();
    bool isSettled() const { return m_settled; }

    void setCheckedProfiles(const QStringList &profiles);
    QStringList checkedProfiles() const;
    void compare(); // compares the checked profiles
    void refresh(); // loads every compared profile again
    // Selects the cells of (scope, key) in `profiles` (adding to the selection).
    bool selectCells(const QString &scope, const QString &key, const QStringList &profiles);
    QList<SecretFillTarget> selectedTargets() const;
    void putMissing();

    SecretMatrixModel *model() const { return m_model; }
    SecretMatrixProxy *proxy() const { return m_proxy; }
    SecretMatrixLoader *loader() const { return m_loader; }
    SecretMatrixFiller *filler() const { return m_filler; }
    QTableView *view() const { return m_view; }
    QListWidget *profileList() const { return m_profiles; }
    QCheckBox *onlyDifferencesBox() const { return m_onlyDifferences; }
    QAction *putMissingAction() const { return m_putMissing; }
    QAction *refreshAction() const { return m_refresh; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    KeyVaultSecretModel *vaultSourceModel() const { return m_vaultSecrets; }

Q_SIGNALS:
    void settledChanged();
    void statusMessage(const QString &text);
    // A Put missing… dialog is open (tests answer it).
    void putMissingDialogShown(brickdesk::PutMissingDialog *dialog);

private:
    void buildLayout();
    void fillProfileList();
    void updateSummary();
    void updateActions();
    bool confirmProdTargets(const QList<SecretFillStep> &steps);
    void startFill(const QList<SecretFillStep> &steps, const QByteArray &value);
    void onFillFinished(const QList<SecretFillResult> &results);
    void showMessage(const QString &text, bool isError);

    SecretsServices m_services;
    Profile m_current;
    SecretMatrixModel *m_model;
    SecretMatrixProxy *m_proxy;
    SecretMatrixLoader *m_loader = nullptr;
    SecretMatrixFiller *m_filler = nullptr;
    KeyVaultConnector *m_vaultSource = nullptr;
    KeyVaultSecretModel *m_vaultSecrets;
    QListWidget *m_profiles;
    QTableView *m_view;
    QCheckBox *m_onlyDifferences;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_message;
    QAction *m_putMissing;
    QAction *m_refresh;
    QPointer<PutMissingDialog> m_dialog;
    bool m_connected = false;
    bool m_activated = false;
    bool m_settled = false;
};

} // namespace brickdesk
