#include "ProfileDialog.h"

#include "ConnectionTester.h"
#include "Profile.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace brickdesk {

ProfileDialog::ProfileDialog(QNetworkAccessManager *network, const QStringList &existingNames,
                             QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_authType(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_tokenSource(new QComboBox(this))
    , m_vaultUrl(new QLineEdit(this))
    , m_vaultSecret(new QLineEdit(this))
    , m_signInMethod(new QComboBox(this))
    , m_azureTenant(new QLineEdit(this))
    , m_azureClient(new QLineEdit(this))
    , m_azureSecret(new QLineEdit(this))
    , m_certificatePath(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_colourButton(new QPushButton(this))
    , m_caBundle(new QLineEdit(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_tester(new ConnectionTester(network, nullptr, this))
{
    setWindowTitle(tr("Add workspace profile"));
    setMinimumWidth(520);
    m_name->setPlaceholderText(tr("e.g. acme-dev"));
    m_host->setPlaceholderText(tr("https://adb-1234567890123456.7.azuredatabricks.net"));
    m_authType->addItem(tr("Personal access token"), QStringLiteral("pat"));
    m_authType->addItem(tr("Detect from the profile's keys (as the CLI does)"), QString());
    m_authType->addItem(tr("Azure service principal (client secret)"),
                        QStringLiteral("azure-client-secret"));
    m_authType->addItem(tr("Azure CLI (az login)"), QStringLiteral("azure-cli"));
    m_tokenSource->addItem(tr("System keychain"), QStringLiteral("keychain"));
    m_tokenSource->addItem(tr("Azure Key Vault secret (fetched when connecting)"),
                           QStringLiteral("key-vault"));
    m_vaultUrl->setPlaceholderText(tr("https://my-vault.vault.azure.net"));
    m_vaultSecret->setPlaceholderText(tr("Secret name, e.g. databricks-dev-pat"));
    m_signInMethod->addItem(tr("Device code (sign in in a browser)"),
                            QStringLiteral("device-code"));
    m_signInMethod->addItem(tr("Azure CLI (az login)"), QStringLiteral("azure-cli"));
    m_signInMethod->addItem(tr("Service principal (client secret)"),
                            QStringLiteral("client-secret"));
    m_signInMethod->addItem(tr("Service principal (certificate)"),
                            QStringLiteral("client-certificate"));
    m_certificatePath->setPlaceholderText(tr("PEM file with the certificate and its private key"));
    m_azureTenant->setPlaceholderText(tr("Tenant id or domain (default: organizations)"));
    m_azureClient->setPlaceholderText(tr("Application (client) id"));
    m_azureSecret->setEchoMode(QLineEdit::Password);
    m_azureSecret->setPlaceholderText(tr("Stored in the system keychain, never in a file"));
    m_azureSecret->setClearButtonEnabled(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Stored in the system keychain, never in a file"));
    m_token->setClearButtonEnabled(true);
    for (EnvironmentTag tag : {EnvironmentTag::Dev, EnvironmentTag::Staging, EnvironmentTag::Prod,
                               EnvironmentTag::Other})
        m_environment->addItem(environmentTagLabel(tag), static_cast<int>(tag));
    m_environment->setCurrentIndex(3);
    m_caBundle->setPlaceholderText(tr("Optional: extra trusted CA certificates (PEM)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("CA bundle"), QString(),
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caBundle->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);

    m_colour = defaultEnvironmentColour(EnvironmentTag::Other);
    connect(m_colourButton, &QPushButton::clicked, this, &ProfileDialog::pickColour);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_colour = defaultEnvironmentColour(
            static_cast<EnvironmentTag>(m_environment->currentData().toInt()));
        validate();
    });

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Authentication:"), m_authType);
    form->addRow(tr("Token &from:"), m_tokenSource);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("&Vault:"), m_vaultUrl);
    form->addRow(tr("&Secret name:"), m_vaultSecret);
    form->addRow(tr("Azure sign-&in:"), m_signInMethod);
    form->addRow(tr("Azure t&enant:"), m_azureTenant);
    form->addRow(tr("Azure c&lient id:"), m_azureClient);
    form->addRow(tr("Client secr&et:"), m_azureSecret);
    form->addRow(tr("Certi&ficate:"), m_certificatePath);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Colour:"), m_colourButton);
    // A label made from text gets no buddy for a row that is a layout: make the mnemonic work.
    auto *caLabel = new QLabel(tr("CA &bundle:"), this);
    caLabel->setBuddy(m_caBundle);
    form->addRow(caLabel, caRow);

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, [this] {
        showResult(tr("Testing…"), true);
        m_test->setEnabled(false);
        m_tester->test(m_host->text(), m_token->text(), m_caBundle->text().trimmed());
    });
    connect(m_tester, &ConnectionTester::succeeded, this, [this](const QString &user) {
        m_test->setEnabled(true);
        showResult(tr("Connected as %1.").arg(user.isEmpty() ? tr("(unknown user)") : user), true);
    });
    connect(m_tester, &ConnectionTester::failed, this, [this](const QString &message) {
        m_test->setEnabled(true);
        showResult(message, false);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString problem = validateProfileEdit(edit(), m_existingNames);
        if (!problem.isEmpty()) {
            showResult(problem, false);
            return;
        }
        Q_EMIT saveRequested(edit());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_host, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_authType, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateRows);
    connect(m_tokenSource, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateRows);
    connect(m_signInMethod, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateRows);
    updateRows();
    validate();
}

void ProfileDialog::updateRows()
{
    // Only the fields that matter for the choices made are shown.
    const QString authType = m_authType->currentData().toString();
    const bool azureAuth = authType.startsWith(QLatin1String("azure-"));
    const bool tokenAuth = !azureAuth;
    const bool inVault =
        tokenAuth && m_tokenSource->currentData().toString() == QLatin1String("key-vault");
    const QString signIn = m_signInMethod->currentData().toString();
    const bool certificate = inVault && signIn == QLatin1String("client-certificate");
    const bool servicePrincipal = authType == QLatin1String("azure-client-secret") ||
                                  (inVault && signIn == QLatin1String("client-secret"));
    m_form->setRowVisible(m_tokenSource, tokenAuth);
    m_form->setRowVisible(m_token, tokenAuth && !inVault);
    m_form->setRowVisible(m_vaultUrl, inVault);
    m_form->setRowVisible(m_vaultSecret, inVault);
    m_form->setRowVisible(m_signInMethod, inVault);
    m_form->setRowVisible(m_azureTenant, azureAuth || inVault);
    m_form->setRowVisible(m_azureClient, servicePrincipal || certificate ||
                                             (inVault && !m_azureClient->text().isEmpty()));
    m_form->setRowVisible(m_certificatePath, certificate);
    m_form->setRowVisible(m_azureSecret, servicePrincipal);
    m_test->setVisible(tokenAuth && !inVault); // the tester speaks personal access tokens only
    adjustSize();
}

void ProfileDialog::setProfile(const Profile &profile, const QString &caBundlePath)
{
    setWindowTitle(tr("Edit profile %1").arg(profile.name));
    m_originalName = profile.name;
    m_name->setText(profile.name);
    m_host->setText(profile.host.isEmpty() ? profile.attribute(QStringLiteral("host"))
                                           : profile.host);
    // An auth type written in the file is kept as it is unless the user picks another one.
    const QString written = profile.attribute(QStringLiteral("auth_type")).trimmed();
    if (!written.isEmpty() && written != QStringLiteral("pat")) {
        m_authType->addItem(tr("%1 (as written in the file)").arg(written), written);
        m_authType->setCurrentIndex(m_authType->count() - 1);
    } else {
        const bool pat = written == QStringLiteral("pat") ||
                         profile.authType == QStringLiteral("pat") || profile.authType.isEmpty();
        m_authType->setCurrentIndex(pat ? 0 : 1);
    }
    m_token->setPlaceholderText(profile.tokenSource == TokenSource::None
                                    ? tr("Stored in the system keychain, never in a file")
                                    : tr("Leave empty to keep the current token (%1)")
                                          .arg(tokenSourceId(profile.tokenSource)));
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(profile.environment)));
    m_azureTenant->setText(profile.azureSignIn.tenantId.isEmpty()
                               ? profile.attribute(QStringLiteral("azure_tenant_id"))
                               : profile.azureSignIn.tenantId);
    m_azureClient->setText(profile.azureSignIn.clientId.isEmpty()
                               ? profile.attribute(QStringLiteral("azure_client_id"))
                               : profile.azureSignIn.clientId);
    if (profile.authType.startsWith(QLatin1String("azure-")) &&
        m_authType->findData(profile.authType) >= 0)
        m_authType->setCurrentIndex(m_authType->findData(profile.authType));
    m_azureAuthorityHost = profile.azureSignIn.authorityHost;
    m_certificatePath->setText(profile.azureSignIn.certificatePath);
    if (profile.tokenVault.isSet()) {
        m_tokenSource->setCurrentIndex(1);
        m_vaultUrl->setText(profile.tokenVault.vaultUrl);
        m_vaultSecret->setText(profile.tokenVault.secretName);
    }
    if (const int method = m_signInMethod->findData(profile.azureSignIn.method); method >= 0)
        m_signInMethod->setCurrentIndex(method);
    if (profile.authType == QLatin1String("azure-client-secret") ||
        profile.azureSignIn.method == QLatin1String("client-secret"))
        m_azureSecret->setPlaceholderText(tr("Leave empty to keep the stored client secret"));
    updateRows();
    m_colour = profile.colour;
    m_caBundle->setText(caBundlePath);
    validate();
}

ProfileEdit ProfileDialog::edit() const
{
    ProfileEdit edit;
    edit.originalName = m_originalName;
    edit.name = m_name->text().trimmed();
    edit.host = m_host->text().trimmed();
    edit.authType = m_authType->currentData().toString();
    edit.token = m_token->text().trimmed();
    edit.environment = static_cast<EnvironmentTag>(m_environment->currentData().toInt());
    edit.colour = m_colour;
    edit.caBundlePath = m_caBundle->text().trimmed();
    const bool azureAuth = edit.authType.startsWith(QLatin1String("azure-"));
    const bool inVault =
        !azureAuth && m_tokenSource->currentData().toString() == QLatin1String("key-vault");
    edit.azureTenantId = m_azureTenant->text().trimmed();
    edit.azureClientId = m_azureClient->text().trimmed();
    edit.azureClientSecret = m_azureSecret->isVisibleTo(this) ? m_azureSecret->text() : QString();
    if (inVault) {
        edit.token.clear(); // the vault holds it
        edit.tokenVault =
            KeyVaultTokenReference{m_vaultUrl->text().trimmed(), m_vaultSecret->text().trimmed()};
        edit.azureSignIn =
            AzureSignInSettings{m_signInMethod->currentData().toString(), edit.azureTenantId,
                                m_azureClient->isVisibleTo(this) ? edit.azureClientId : QString(),
                                m_azureAuthorityHost, m_certificatePath->text().trimmed()};
    } else {
        edit.tokenVault = KeyVaultTokenReference{}; // cleared
    }
    return edit;
}

void ProfileDialog::showSaveError(const QString &message)
{
    showResult(tr("Not saved: %1").arg(message), false);
}

void ProfileDialog::validate()
{
    const bool prod =
        static_cast<EnvironmentTag>(m_environment->currentData().toInt()) == EnvironmentTag::Prod;
    if (prod)
        m_colour = defaultEnvironmentColour(EnvironmentTag::Prod); // prod is always red
    m_colourButton->setEnabled(!prod);
    m_colourButton->setText(prod ? tr("Red (production)") : m_colour);
    m_colourButton->setStyleSheet(
        QStringLiteral("background-color: %1; color: white;").arg(m_colour));
    const bool complete =
        !m_name->text().trimmed().isEmpty() && !m_host->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete);
    m_test->setEnabled(!m_host->text().trimmed().isEmpty());
}

void ProfileDialog::pickColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colour), this, tr("Profile colour"));
    if (chosen.isValid()) {
        m_colour = chosen.name();
        validate();
    }
}

void ProfileDialog::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QString() : QStringLiteral("color: #c62828;"));
}

} // namespace brickdesk
