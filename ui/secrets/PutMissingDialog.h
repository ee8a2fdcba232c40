#pragma once

#include "SecretMatrixFiller.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace brickdesk {

class KeyVaultSecretModel;
class SecretValueEditor;

// "Put missing…": lists every cell the value will go to — and for Key Vault-backed scopes the
// vault and the secret name the key maps to there — then asks for the value once: typed, or
// read from a secret of an Azure Key Vault. Cells that cannot be filled are listed with why.
class PutMissingDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Typed,
        KeyVault
    };

    explicit PutMissingDialog(const QList<SecretFillStep> &steps, QWidget *parent = nullptr);

    // Offers Key Vault as a source: the vaults to choose from, and the model that lists the
    // chosen vault's secrets (vaultChosen() asks the owner to fill it).
    void setVaultSource(const QStringList &vaultUrls, KeyVaultSecretModel *secrets);
    void setVaultStatus(const QString &text, bool isError);

    Source source() const;
    QByteArray typedValue() const;
    QString vaultUrl() const;
    QString vaultSecretName() const;
    int fillableCount() const { return m_fillable; }

    QTreeWidget *stepList() const { return m_steps; }
    SecretValueEditor *editor() const { return m_editor; }
    QRadioButton *typedChoice() const { return m_typed; }
    QRadioButton *vaultChoice() const { return m_fromVault; }
    QComboBox *vaultBox() const { return m_vaults; }
    QComboBox *vaultSecretBox() const { return m_vaultSecrets; }
    QPushButton *okButton() const;

Q_SIGNALS:
    void vaultChosen(const QString &vaultUrl);

private:
    void validate();

    QTreeWidget *m_steps;
    QLabel *m_summary;
    QRadioButton *m_typed;
    QRadioButton *m_fromVault;
    SecretValueEditor *m_editor;
    QWidget *m_vaultFields;
    QComboBox *m_vaults;
    QComboBox *m_vaultSecrets;
    QLabel *m_vaultStatus;
    QDialogButtonBox *m_buttons;
    int m_fillable = 0;
};

} // namespace brickdesk
