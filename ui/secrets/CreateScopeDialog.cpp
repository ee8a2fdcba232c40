#include "CreateScopeDialog.h"

#include "KeyVaultSecret.h"
#include "SecretRules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

// /subscriptions/{id}/resourceGroups/{group}/providers/Microsoft.KeyVault/vaults/{name}
const QRegularExpression &resourceIdPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/"
                       "Microsoft\\.KeyVault/vaults/([A-Za-z0-9-]{3,24})$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

CreateScopeDialog::CreateScopeDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_databricks(new QRadioButton(tr("&Databricks: the workspace keeps the secrets"), this))
    , m_keyVault(new QRadioButton(tr("Azure &Key Vault: the scope reads a vault's secrets"), this))
    , m_vaultFields(new QWidget(this))
    , m_resourceId(new QLineEdit(m_vaultFields))
    , m_dnsName(new QLineEdit(m_vaultFields))
    , m_usersCanManage(
          new QCheckBox(tr("All &users can manage this scope (needed on the Standard tier)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New secret scope"));
    m_name->setPlaceholderText(tr("e.g. team-ml"));
    m_name->setAccessibleName(tr("Scope name"));
    m_databricks->setChecked(true);
    m_resourceId->setPlaceholderText(QStringLiteral(
        "/subscriptions/…/resourceGroups/…/providers/Microsoft.KeyVault/vaults/NAME"));
    m_resourceId->setAccessibleName(tr("Key Vault resource id"));
    m_dnsName->setPlaceholderText(QStringLiteral("https://NAME.vault.azure.net/"));
    m_dnsName->setAccessibleName(tr("Key Vault DNS name"));
    m_usersCanManage->setToolTip(
        tr("Sends initial_manage_principal = users. Workspaces on the Standard pricing tier "
           "refuse a scope without it."));

    auto *vaultForm = new QFormLayout(m_vaultFields);
    vaultForm->setContentsMargins(24, 0, 0, 0);
    vaultForm->addRow(tr("&Resource id:"), m_resourceId);
    vaultForm->addRow(tr("D&NS name:"), m_dnsName);
    auto *vaultHint = new QLabel(
        tr("Find both on the vault's Properties page in the Azure portal. Azure Databricks "
           "creates such a scope only for a Microsoft Entra ID sign-in (not a personal access "
           "token), and needs Get and List permissions on the vault's secrets. The scope is "
           "read-only here: its secrets are changed in the vault."),
        m_vaultFields);
    vaultHint->setWordWrap(true);
    vaultHint->setStyleSheet(QStringLiteral("color: #616161;"));
    vaultForm->addRow(vaultHint);
    m_vaultFields->setEnabled(false);

    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Backend:"), this));
    layout->addWidget(m_databricks);
    layout->addWidget(m_keyVault);
    layout->addWidget(m_vaultFields);
    layout->addWidget(m_usersCanManage);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(620, 360);

    connect(m_keyVault, &QRadioButton::toggled, this, [this](bool on) {
        m_vaultFields->setEnabled(on);
        validate();
    });
    connect(m_resourceId, &QLineEdit::textChanged, this, [this] {
        // The DNS name follows from the vault's name in the resource id, in the public cloud.
        const QRegularExpressionMatch match =
            resourceIdPattern().match(m_resourceId->text().trimmed());
        m_suggestedDnsName =
            match.hasMatch()
                ? QStringLiteral("https://%1.vault.azure.net/").arg(match.captured(1).toLower())
                : QString();
        m_dnsName->setPlaceholderText(m_suggestedDnsName.isEmpty()
                                          ? QStringLiteral("https://NAME.vault.azure.net/")
                                          : m_suggestedDnsName);
        validate();
    });
    for (QLineEdit *edit : {m_name, m_dnsName})
        connect(edit, &QLineEdit::textChanged, this, &CreateScopeDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isOkEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

SecretScopeSpec CreateScopeDialog::spec() const
{
    SecretScopeSpec spec;
    spec.name = m_name->text().trimmed();
    spec.usersCanManage = m_usersCanManage->isChecked();
    if (m_keyVault->isChecked()) {
        spec.backend = SecretBackend::AzureKeyVault;
        spec.keyVaultResourceId = m_resourceId->text().trimmed();
        spec.keyVaultDnsName = m_dnsName->text().trimmed().isEmpty() ? m_suggestedDnsName
                                                                     : m_dnsName->text().trimmed();
    }
    return spec;
}

bool CreateScopeDialog::isOkEnabled() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void CreateScopeDialog::validate()
{
    const SecretScopeSpec wanted = spec();
    QString problem = secretRules::checkScopeName(wanted.name);
    const bool nameTyped = !wanted.name.isEmpty();
    if (problem.isEmpty() && wanted.backend == SecretBackend::AzureKeyVault) {
        if (!resourceIdPattern().match(wanted.keyVaultResourceId).hasMatch())
            problem = tr("The resource id must look like /subscriptions/…/resourceGroups/…/"
                         "providers/Microsoft.KeyVault/vaults/NAME.");
        else if (wanted.keyVaultDnsName.isEmpty())
            problem = tr("Give the vault's DNS name.");
        else {
            QString urlError;
            if (normaliseVaultUrl(wanted.keyVaultDnsName, &urlError).isEmpty())
                problem = tr("The DNS name cannot be used: %1").arg(urlError);
        }
    }
    m_error->setText(nameTyped ? problem : QString());
    m_error->setVisible(nameTyped && !problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace brickdesk
