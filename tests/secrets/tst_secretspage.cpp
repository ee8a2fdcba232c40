// The Secrets page as a user drives it, offscreen, against the demo emulator over real HTTP:
// scopes created, secrets put (one line, several lines, a file's bytes) and checked in the
// emulator, ACLs granted and revoked, a 129 KB value refused before any request, deletes on a
// prod profile confirmed by typing its name, Key Vault-backed scopes read-only; the Key Vault tab
// signed in with a device code, values revealed on click and hidden on selection change, copied
// and cleared from the clipboard. Every log line is captured; no secret value may be in it.
#include "AzureSignIn.h"
#include "AzureSignInPrompter.h"
#include "ClipboardGuard.h"
#include "ConfirmByNameDialog.h"
#include "CreateScopeDialog.h"
#include "DeviceCodeDialog.h"
#include "EmulatorOptionsFor.h"
#include "GrantAclDialog.h"
#include "KeyVaultSecretModel.h"
#include "KeyVaultTab.h"
#include "ProfileVaults.h"
#include "PutSecretDialog.h"
#include "ScopesTab.h"
#include "SecretAclModel.h"
#include "SecretListModel.h"
#include "SecretScopeModel.h"
#include "SecretValueEditor.h"
#include "SecretsPage.h"
#include "SecretsTestSupport.h"
#include "SecretsUiTestSupport.h"
#include "WorkspaceSessionPool.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk;
using secretstest::spinUntil;

namespace {

const QString kToken = QStringLiteral("secrets-page-test-token");
const QString kClientId = QStringLiteral("brickdesk-demo-app");
const QString kLineValue = QStringLiteral("one-line-value-0c7e");
const QString kTextValue = QStringLiteral("first line 5d21\nsecond line");
const QByteArray kFileBytes = QByteArray("\x00\xff\x10"
                                         "file-bytes-e4a0",
                                         18);
const QString kVaultValue = QStringLiteral("vault-page-value-93fd");
const QString kNewVaultValue = QStringLiteral("vault-page-new-value-2b6c");

// With BRICKDESK_SECRETS_SCREENSHOT_DIR set: a widget as it looks now, to look at by eye.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BRICKDESK_SECRETS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

template<typename Dialog> void closeIfOpen(Dialog *dialog)
{
    if (dialog->isVisible())
        dialog->reject();
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    ok->click();
}

} // namespace

class TestSecretsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createScopePutSecretsGrantAndRevoke();
    void keyVaultBackedScopeCreateShowsTheServersMessage();
    void oversizedValueIsRefusedBeforeAnyRequest();
    void prodDeletesNeedTheProfileName();
    void keyVaultBackedScopeIsReadOnly();
    void keyVaultTabSignsInRevealsAndCopies();
    void keyVaultTabActions();

private:
    void connectPage(bool prod = false);
    void openKeyVaultTab();
    void selectVaultSecret(const QString &name);

    std::unique_ptr<secretstest::LogCapture> m_logs;
    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    secretsuitest::MemoryTokenStore m_tokens;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AzureSignIn> m_azure;
    std::unique_ptr<WorkspaceSessionPool> m_pool;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileVaults> m_vaults;
    std::unique_ptr<SecretsPage> m_page;
    std::unique_ptr<AzureSignInPrompter> m_prompter;
    Profile m_profile;
    secretsuitest::DialogAnswerer m_answers;
};

void TestSecretsPage::init()
{
    m_logs = std::make_unique<secretstest::LogCapture>();
    emulator::EmulatorOptions options = emulatorOptionsFor(kToken);
    options.azure.deviceCodePollsBeforeApproval = 0;
    options.azure.deviceCodeIntervalSeconds = 1;
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    QVERIFY(m_emulator->setKeyVaultSecret("brickdesk-demo", "page-secret", kVaultValue.toUtf8()));
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_client->setRetryPolicy(RetryPolicy::none());

    m_azure = std::make_unique<AzureSignIn>(&m_network, nullptr, &m_tokens);
    m_azure->setInteractive(true);
    m_pool = std::make_unique<WorkspaceSessionPool>(&m_network, nullptr, &m_tokens);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_settingsDir->filePath("settings.ini"), QSettings::IniFormat);
    m_vaults = std::make_unique<ProfileVaults>(m_settings.get());

    m_page = std::make_unique<SecretsPage>();
    SecretsServices services;
    services.network = &m_network;
    services.azure = m_azure.get();
    services.sessions = m_pool.get();
    services.vaults = m_vaults.get();
    m_page->setServices(services);
    m_prompter = std::make_unique<AzureSignInPrompter>(m_azure.get(), m_page.get());
    m_page->resize(1400, 820);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_answers.reset();
}

void TestSecretsPage::cleanup()
{
    QVERIFY2(!m_answers.missed(), "a dialog the test expected never appeared");
    m_prompter.reset();
    m_page.reset();
    m_pool.reset();
    m_azure.reset();
    m_vaults.reset();
    m_settings.reset();
    m_client.reset();
    m_emulator.reset();
    QApplication::clipboard()->clear();
    const QString logs = m_logs->text();
    m_logs.reset();
    for (const QString &secret :
         {kLineValue, kTextValue.left(15), kVaultValue, kNewVaultValue,
          QStringLiteral("file-bytes-e4a0"), QStringLiteral("Tr0ub4dor&3-etl-warehouse")})
        QVERIFY2(!logs.contains(secret), "a secret value reached the log (not printed)");
}

void TestSecretsPage::connectPage(bool prod)
{
    m_profile = Profile{};
    m_profile.name = prod ? QStringLiteral("acme-prod") : QStringLiteral("dev");
    m_profile.host = m_emulator->baseUrl().toString();
    m_profile.environment = prod ? EnvironmentTag::Prod : EnvironmentTag::Dev;
    m_profile.azureSignIn.method = QStringLiteral("device-code");
    m_profile.azureSignIn.tenantId = m_emulator->entraTenantId();
    m_profile.azureSignIn.clientId = kClientId;
    m_profile.azureSignIn.authorityHost = m_emulator->entraAuthorityUrl().toString();
    m_vaults->setTransientVaults(
        m_profile.name, {m_emulator->keyVaultUrl(QStringLiteral("brickdesk-demo")).toString()});
    ConnectedWorkspace workspace;
    workspace.client = m_client.get();
    workspace.profile = m_profile;
    workspace.userName = QStringLiteral("demo.user@brickdesk.example");
    QVERIFY(!m_page->isSettled());
    m_page->connectTo(workspace);
    QVERIFY(spinUntil([&] { return m_page->isSettled(); }));
    ScopesTab *scopes = m_page->scopesTab();
    // The first scope opens by itself, with its secrets and ACLs.
    QCOMPARE(scopes->selectedScope(), QStringLiteral("etl"));
    QVERIFY(spinUntil(
        [&] { return scopes->secretModel()->hasLoaded() && scopes->aclModel()->hasLoaded(); }));
    QCOMPARE(scopes->secretModel()->rowCount(), 5);
}

void TestSecretsPage::createScopePutSecretsGrantAndRevoke()
{
    connectPage();
    ScopesTab *tab = m_page->scopesTab();

    m_answers.expect<CreateScopeDialog>([](CreateScopeDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        QTest::keyClicks(dialog->nameEdit(), "team x");
        QVERIFY(!dialog->isOkEnabled());
        QVERIFY(dialog->errorLabel()->text().contains("letters, digits"));
        saveScreenshot(dialog, "create-scope-bad-name.png");
        dialog->nameEdit()->setText("team-x");
        dialog->usersCanManageBox()->setChecked(true);
        clickOk(dialog);
    });
    tab->newScopeAction()->trigger();
    QVERIFY(spinUntil([&] { return tab->selectedScope() == "team-x"; }));
    QVERIFY(spinUntil([&] { return tab->secretModel()->hasLoaded(); }));
    QCOMPARE(tab->secretModel()->rowCount(), 0);
    QVERIFY(tab->messageLabel()->text().contains("created"));
    // "users" may manage it, as asked.
    QVERIFY(spinUntil([&] { return tab->aclModel()->rowOf("users").has_value(); }));

    // One line.
    m_answers.expect<PutSecretDialog>([](PutSecretDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->keyEdit(), "db-url");
        QTest::keyClicks(dialog->editor()->lineEdit(), kLineValue);
        QCOMPARE(dialog->editor()->lineEdit()->echoMode(), QLineEdit::Password);
        dialog->okButton()->click();
    });
    tab->putSecretAction()->trigger();
    QVERIFY(spinUntil([&] { return m_emulator->secretValue("team-x", "db-url").has_value(); }));
    QVERIFY2(*m_emulator->secretValue("team-x", "db-url") == kLineValue.toUtf8(),
             "the value differs (not printed)");
    QVERIFY(spinUntil([&] { return tab->selectedSecret() == "db-url"; }));

    // Several lines.
    m_answers.expect<PutSecretDialog>([](PutSecretDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        dialog->keyEdit()->setText("cert");
        dialog->editor()->setSource(SecretValueEditor::Source::MultiLine);
        dialog->editor()->textEdit()->setPlainText(kTextValue);
        dialog->okButton()->click();
    });
    tab->putSecretAction()->trigger();
    QVERIFY(spinUntil([&] { return m_emulator->secretValue("team-x", "cert").has_value(); }));
    QVERIFY2(*m_emulator->secretValue("team-x", "cert") == kTextValue.toUtf8(),
             "the value differs (not printed)");

    // A file's bytes, exactly.
    QTemporaryDir files;
    QFile file(files.filePath("keystore.bin"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kFileBytes);
    file.close();
    m_answers.expect<PutSecretDialog>([&](PutSecretDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        dialog->keyEdit()->setText("keystore");
        dialog->editor()->setFile(file.fileName());
        QVERIFY(!dialog->isText());
        dialog->okButton()->click();
    });
    tab->putSecretAction()->trigger();
    QVERIFY(spinUntil([&] { return m_emulator->secretValue("team-x", "keystore").has_value(); }));
    QVERIFY2(*m_emulator->secretValue("team-x", "keystore") == kFileBytes,
             "the value differs (not printed)");
    QVERIFY(spinUntil([&] { return tab->secretModel()->rowCount() == 3; }));

    // Replacing a value asks first (a plain question off prod).
    QVERIFY(tab->selectSecret("db-url"));
    m_answers.expect<PutSecretDialog>([](PutSecretDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        QCOMPARE(dialog->key(), QStringLiteral("db-url"));
        dialog->editor()->lineEdit()->setText(kLineValue + "-2");
        dialog->okButton()->click();
    });
    m_answers.expect<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains("Replace the value of secret 'db-url'"));
        box->button(QMessageBox::Yes)->click();
    });
    tab->putSecretAction()->trigger();
    QVERIFY(spinUntil([&] {
        return m_emulator->secretValue("team-x", "db-url") == (kLineValue + "-2").toUtf8();
    }));

    // dbutils snippet.
    QVERIFY(tab->selectSecret("cert"));
    tab->copySnippetAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("dbutils.secrets.get(scope=\"team-x\", key=\"cert\")"));

    // Grant, then revoke.
    m_answers.expect<GrantAclDialog>([](GrantAclDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        dialog->principalEdit()->setText("analysts");
        dialog->permissionBox()->setCurrentIndex(
            dialog->permissionBox()->findText(QStringLiteral("WRITE")));
        clickOk(dialog);
    });
    tab->grantAction()->trigger();
    QVERIFY(spinUntil([&] { return tab->aclModel()->rowOf("analysts").has_value(); }));
    tab->aclModel()->refresh();
    QVERIFY(spinUntil([&] { return !tab->aclModel()->isLoading(); }));
    QCOMPARE(tab->aclModel()
                 ->index(*tab->aclModel()->rowOf("analysts"), SecretAclModel::Permission)
                 .data()
                 .toString(),
             QStringLiteral("WRITE"));
    QVERIFY(tab->selectAcl("analysts"));
    m_answers.expect<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains("Revoke the permission of analysts"));
        box->button(QMessageBox::Yes)->click();
    });
    tab->revokeAction()->trigger();
    QVERIFY(spinUntil([&] { return !tab->aclModel()->rowOf("analysts").has_value(); }));
    tab->aclModel()->refresh();
    QVERIFY(spinUntil([&] { return !tab->aclModel()->isLoading(); }));
    QVERIFY(!tab->aclModel()->rowOf("analysts"));
}

void TestSecretsPage::keyVaultBackedScopeCreateShowsTheServersMessage()
{
    connectPage();
    ScopesTab *tab = m_page->scopesTab();
    m_answers.expect<CreateScopeDialog>([](CreateScopeDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        dialog->nameEdit()->setText("kv-team");
        dialog->keyVaultChoice()->click();
        QVERIFY(!dialog->isOkEnabled());
        dialog->resourceIdEdit()->setText(
            "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/team-kv");
        // The DNS name follows from the resource id when left empty.
        QCOMPARE(dialog->spec().keyVaultDnsName,
                 QStringLiteral("https://team-kv.vault.azure.net/"));
        QVERIFY(dialog->isOkEnabled());
        clickOk(dialog);
    });
    tab->newScopeAction()->trigger();
    // A personal access token cannot make a Key Vault-backed scope: the workspace says why.
    QVERIFY(spinUntil([&] { return tab->messageLabel()->text().contains("userAADToken"); }));
    QVERIFY(tab->messageLabel()->text().contains("kv-team"));
    QVERIFY(!tab->scopeModel()->rowOf("kv-team"));
}

void TestSecretsPage::oversizedValueIsRefusedBeforeAnyRequest()
{
    connectPage();
    ScopesTab *tab = m_page->scopesTab();
    QVERIFY(spinUntil(
        [&] { return !tab->secretModel()->isLoading() && !tab->aclModel()->isLoading(); }));
    const int requests = m_emulator->requestCount();
    QTemporaryDir files;
    QFile big(files.filePath("big.bin"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(129 * 1024, 'b'));
    big.close();
    bool checked = false;
    m_answers.expect<PutSecretDialog>([&](PutSecretDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        dialog->keyEdit()->setText("too-big");
        // Typed (or pasted): refused as it comes in.
        dialog->editor()->lineEdit()->setText(QString(129 * 1024, QLatin1Char('x')));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->editor()->errorLabel()->isVisible());
        QVERIFY2(dialog->editor()->errorLabel()->text().contains("at most 128 KB"),
                 qPrintable(dialog->editor()->errorLabel()->text()));
        QVERIFY(dialog->editor()->sizeLabel()->text().contains("129"));
        saveScreenshot(dialog, "put-secret-too-big.png");
        // Just under the limit is fine.
        dialog->editor()->lineEdit()->setText(QString(128 * 1024, QLatin1Char('x')));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!dialog->editor()->errorLabel()->isVisible());
        // A file: refused from its size.
        dialog->editor()->setFile(big.fileName());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->editor()->errorLabel()->text().contains("big.bin"));
        QVERIFY(dialog->editor()->errorLabel()->text().contains("128 KB"));
        // OK cannot be forced through either.
        dialog->findChild<QDialogButtonBox *>()->accepted();
        QVERIFY(dialog->isVisible());
        checked = true;
    });
    tab->putSecretAction()->trigger();
    QVERIFY(checked);
    QCOMPARE(m_emulator->requestCount(), requests);
    QVERIFY(!m_emulator->secretValue("etl", "too-big"));
}

void TestSecretsPage::prodDeletesNeedTheProfileName()
{
    connectPage(true);
    ScopesTab *tab = m_page->scopesTab();
    QVERIFY(tab->selectSecret("jdbc-password"));
    QString question;
    m_answers.expect<ConfirmByNameDialog>([&](ConfirmByNameDialog *confirm) {
        const auto close = qScopeGuard([confirm] { closeIfOpen(confirm); });
        question = confirm->findChild<QLabel *>()->text();
        QTest::keyClicks(confirm->nameEdit(), "acme");
        QVERIFY(!confirm->isConfirmEnabled());
        confirm->reject();
    });
    const int requests = m_emulator->requestCount();
    tab->deleteSecretAction()->trigger();
    QVERIFY(question.contains("Delete secret 'jdbc-password' from scope 'etl'"));
    QVERIFY(question.contains("acme-prod"));
    QCOMPARE(m_emulator->requestCount(), requests);
    QVERIFY(m_emulator->secretValue("etl", "jdbc-password"));

    m_answers.expect<ConfirmByNameDialog>([](ConfirmByNameDialog *confirm) {
        const auto close = qScopeGuard([confirm] { closeIfOpen(confirm); });
        QTest::keyClicks(confirm->nameEdit(), "acme-prod");
        QVERIFY(confirm->isConfirmEnabled());
        confirm->accept();
    });
    tab->deleteSecretAction()->trigger();
    QVERIFY(spinUntil([&] { return !m_emulator->secretValue("etl", "jdbc-password"); }));
    QVERIFY(spinUntil([&] { return !tab->secretModel()->rowOf("jdbc-password"); }));

    // A whole scope, with its secrets counted in the question.
    QVERIFY(tab->selectScope("ml-models"));
    QVERIFY(spinUntil([&] {
        return tab->secretModel()->scope().name == "ml-models" && tab->secretModel()->hasLoaded() &&
               !tab->secretModel()->isLoading();
    }));
    m_answers.expect<ConfirmByNameDialog>([&](ConfirmByNameDialog *confirm) {
        const auto close = qScopeGuard([confirm] { closeIfOpen(confirm); });
        question = confirm->findChild<QLabel *>()->text();
        QTest::keyClicks(confirm->nameEdit(), "acme-prod");
        confirm->accept();
    });
    tab->deleteScopeAction()->trigger();
    QVERIFY2(question.contains("Delete scope 'ml-models' and its 3 secrets"), qPrintable(question));
    QVERIFY(spinUntil([&] { return !tab->scopeModel()->rowOf("ml-models"); }));
    QVERIFY(!m_emulator->secretValue("ml-models", "huggingface-token"));
}

void TestSecretsPage::keyVaultBackedScopeIsReadOnly()
{
    connectPage();
    ScopesTab *tab = m_page->scopesTab();
    QVERIFY(tab->selectScope("kv-shared"));
    QVERIFY(spinUntil([&] {
        return tab->secretModel()->scope().name == "kv-shared" && tab->secretModel()->hasLoaded();
    }));
    QVERIFY(tab->secretModel()->rowOf("page-secret")); // listed from the vault
    QVERIFY(tab->readOnlyLabel()->isVisible());
    QVERIFY(tab->readOnlyLabel()->text().contains("Azure Key Vault"));
    saveScreenshot(m_page.get(), "scopes-key-vault-backed.png");
    QVERIFY(!tab->putSecretAction()->isEnabled());
    QVERIFY(tab->selectSecret("page-secret"));
    QVERIFY(!tab->deleteSecretAction()->isEnabled());
    QVERIFY(tab->copySnippetAction()->isEnabled());
    QVERIFY(tab->grantAction()->isEnabled()); // ACLs are Databricks' own
}

void TestSecretsPage::openKeyVaultTab()
{
    QPointer<DeviceCodeDialog> dialog;
    bool shown = false;
    connect(m_prompter.get(), &AzureSignInPrompter::dialogShown, this,
            [&](DeviceCodeDialog *opened) {
                dialog = opened;
                shown = true;
            });
    m_page->showTab(SecretsPage::Tab::KeyVault);
    QVERIFY(!m_page->isSettled());
    // Sign-in: the device code is shown, with where to enter it; the emulator approves it.
    QVERIFY(spinUntil([&] { return shown; }));
    QVERIFY(spinUntil([&] { return !dialog || !dialog->userCode().isEmpty(); }));
    if (dialog) {
        QVERIFY(dialog->codeField()->isReadOnly());
        QVERIFY(dialog->copyButton()->isEnabled());
        QVERIFY(dialog->verificationUri().isValid());
        saveScreenshot(dialog, "device-code.png");
        dialog->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), dialog->userCode());
    }
    saveScreenshot(m_page.get(), "key-vault-tab.png");
    QVERIFY(spinUntil([&] { return m_page->isSettled(); }));
    QVERIFY(!dialog); // closed by itself once signed in
    KeyVaultTab *tab = m_page->keyVaultTab();
    QVERIFY2(tab->model()->errorText().isEmpty(), qPrintable(tab->model()->errorText()));
    QVERIFY(tab->model()->rowOf("page-secret"));
    QVERIFY(tab->signInLabel()->text().contains("Azure"));
}

void TestSecretsPage::selectVaultSecret(const QString &name)
{
    QVERIFY(m_page->keyVaultTab()->selectSecret(name));
    QCOMPARE(m_page->keyVaultTab()->selectedSecret(), name);
}

void TestSecretsPage::keyVaultTabSignsInRevealsAndCopies()
{
    connectPage();
    openKeyVaultTab();
    KeyVaultTab *tab = m_page->keyVaultTab();
    // Expiry in colour.
    const QModelIndex expired = tab->secretView()->model()->index(
        tab->secretView()
            ->model()
            ->match(tab->secretView()->model()->index(0, 0), KeyVaultSecretModel::NameRole,
                    "sql-admin-password")
            .first()
            .row(),
        KeyVaultSecretModel::Expires);
    QCOMPARE(expired.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));

    // Hidden until Reveal; hidden again when the selection moves.
    selectVaultSecret("page-secret");
    QVERIFY(tab->valueField()->text().isEmpty());
    QVERIFY(tab->revealButton()->isEnabled());
    tab->revealButton()->click();
    QVERIFY(spinUntil([&] { return tab->isValueRevealed(); }));
    QVERIFY2(tab->valueField()->text() == kVaultValue, "the value differs (not printed)");
    saveScreenshot(m_page.get(), "key-vault-revealed.png");
    selectVaultSecret("api-gateway-key");
    QVERIFY(!tab->isValueRevealed());
    QVERIFY(tab->valueField()->text().isEmpty());
    // A reveal whose answer comes after the selection moved shows nothing.
    selectVaultSecret("page-secret");
    tab->reveal();
    selectVaultSecret("api-gateway-key");
    // The reveal's answer arrives (the vault client goes idle) and is dropped.
    QVERIFY(spinUntil([&] { return !tab->model()->client()->isBusy(); }));
    QVERIFY(tab->valueField()->text().isEmpty());

    // Copy: on the clipboard, then off it after the (shortened) interval.
    tab->clipboardGuard()->setClearIntervalMs(300);
    selectVaultSecret("page-secret");
    QSignalSpy cleared(tab->clipboardGuard(), &ClipboardGuard::cleared);
    tab->copyButton()->click();
    QVERIFY(spinUntil([&] { return QApplication::clipboard()->text() == kVaultValue; }));
    QVERIFY(tab->valueField()->text().isEmpty()); // copying does not show it
    QVERIFY(tab->messageLabel()->text().contains("cleared in"));
    QVERIFY(spinUntil([&] { return !cleared.isEmpty(); }));
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    // What the user copied meanwhile stays (and nothing claims it was cleared).
    tab->copyButton()->click();
    QVERIFY(spinUntil([&] { return QApplication::clipboard()->text() == kVaultValue; }));
    QApplication::clipboard()->setText("something the user copied");
    QTest::qWait(600); // past the 300 ms interval
    QCOMPARE(cleared.count(), 1);
    QVERIFY2(QApplication::clipboard()->text() == QStringLiteral("something the user copied"),
             "the clipboard holds something else (not printed)");

    // Versions of the selected secret.
    selectVaultSecret("storage-connection-string");
    QVERIFY(spinUntil([&] { return tab->versionModel()->rowCount() == 3; }));
}

void TestSecretsPage::keyVaultTabActions()
{
    connectPage();
    openKeyVaultTab();
    KeyVaultTab *tab = m_page->keyVaultTab();
    selectVaultSecret("page-secret");
    m_answers.expect<PutSecretDialog>([](PutSecretDialog *dialog) {
        const auto close = qScopeGuard([dialog] { closeIfOpen(dialog); });
        QVERIFY(dialog->keyEdit()->isReadOnly());
        // Key Vault's limit is 25 KB.
        dialog->editor()->lineEdit()->setText(QString(26 * 1024, QLatin1Char('k')));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->editor()->errorLabel()->text().contains("25 KB"));
        dialog->editor()->lineEdit()->setText(kNewVaultValue);
        dialog->okButton()->click();
    });
    tab->setNewValue();
    QVERIFY(spinUntil([&] { return tab->messageLabel()->text().contains("new version"); }));
    tab->reveal();
    QVERIFY(spinUntil([&] { return tab->isValueRevealed(); }));
    QVERIFY2(tab->valueField()->text() == kNewVaultValue, "the value differs (not printed)");
    QVERIFY(spinUntil([&] { return tab->versionModel()->rowCount() == 2; }));

    // Disable, then enable again.
    tab->toggleEnabled();
    QVERIFY(spinUntil([&] {
        const auto row = tab->model()->rowOf("page-secret");
        return row && !tab->model()->itemAt(*row).attributes.enabled;
    }));
    tab->toggleEnabled();
    QVERIFY(spinUntil([&] {
        const auto row = tab->model()->rowOf("page-secret");
        return row && tab->model()->itemAt(*row).attributes.enabled;
    }));

    // Delete (asks), recover from the deleted view, delete again and purge (asks).
    m_answers.expect<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains("recoverable until purged"));
        box->button(QMessageBox::Yes)->click();
    });
    tab->deleteSecret();
    QVERIFY(spinUntil([&] { return !tab->model()->rowOf("page-secret"); }));
    tab->showDeleted(true);
    QVERIFY(spinUntil([&] { return tab->model()->rowOf("page-secret").has_value(); }));
    selectVaultSecret("page-secret");
    tab->recoverSecret();
    QVERIFY(spinUntil([&] { return !tab->model()->rowOf("page-secret"); }));
    tab->showDeleted(false);
    QVERIFY(spinUntil([&] { return tab->model()->rowOf("page-secret").has_value(); }));
    selectVaultSecret("page-secret");
    m_answers.expect<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    tab->deleteSecret();
    QVERIFY(spinUntil([&] { return !tab->model()->rowOf("page-secret"); }));
    tab->showDeleted(true);
    QVERIFY(spinUntil([&] { return tab->model()->rowOf("page-secret").has_value(); }));
    selectVaultSecret("page-secret");
    m_answers.expect<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains("Purge page-secret"));
        box->button(QMessageBox::Yes)->click();
    });
    tab->purgeSecret();
    QVERIFY(spinUntil([&] { return !tab->model()->rowOf("page-secret"); }));
    tab->model()->refresh();
    QVERIFY(spinUntil([&] { return !tab->model()->isLoading(); }));
    QVERIFY(!tab->model()->rowOf("page-secret"));
}

QTEST_MAIN(TestSecretsPage)
#include "tst_secretspage.moc"
