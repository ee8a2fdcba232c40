// "Compare environments" over three emulated workspaces (dev, staging, prod) with planted
// differences: a missing key, an extra key, a missing scope, and a scope that is Databricks-backed
// in one workspace and Key Vault-backed in the others. The matrix under the model tester, the
// "only differences" filter, and "Put missing…" through the tab — a typed value, and a value
// read from a Key Vault into Key Vault-backed scopes (the key mapped to the vault's name rules),
// with the prod target confirmed by its name. No secret value may reach the log.
#include "ClientSecretCredential.h"
#include "CompareTab.h"
#include "ConfirmByNameDialog.h"
#include "EmulatorOptionsFor.h"
#include "KeyVaultClient.h"
#include "ProfileVaults.h"
#include "PutMissingDialog.h"
#include "SecretMatrixLoader.h"
#include "SecretMatrixModel.h"
#include "SecretMatrixProxy.h"
#include "SecretValueEditor.h"
#include "SecretsClient.h"
#include "SecretsTestSupport.h"
#include "SecretsUiTestSupport.h"
#include "WorkspaceSessionPool.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace brickdesk;
using secretstest::await;
using secretstest::spinUntil;

namespace {

// With BRICKDESK_SECRETS_SCREENSHOT_DIR set: a widget as it looks now, to look at by eye.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BRICKDESK_SECRETS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

const QString kClientSecret = QStringLiteral("matrix~entra+secret");
const QString kClientId = QStringLiteral("brickdesk-demo-app");
const QString kTypedValue = QStringLiteral("typed-into-staging-3b9e");
const QString kVaultValue = QStringLiteral("from-the-team-vault-Ω-81c4");
const QString kStagingOnly = QStringLiteral("only-in-staging-6d20");
const QString kStagingDb = QStringLiteral("staging-db-password-aa17");

struct Workspace
{
    QString token;
    std::unique_ptr<emulator::WorkspaceEmulator> emulator;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SecretsClient> secrets;
    Profile profile;
};

template<typename T>
CallResult<T> wait(std::function<void(std::function<void(const CallResult<T> &)>)> start)
{
    return await<CallResult<T>>(start).value_or(CallResult<T>{});
}

} // namespace

class TestSecretsMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matrixOverThreeWorkspaces();
    void compareTabDefaultsAndFilter();
    void putMissingTypedValue();
    void putMissingFromKeyVaultIntoVaultBackedScopes();
    void putMissingCreatesTheMissingScope();
    void profileListFollowsTheProfiles();

private:
    void start(Workspace &workspace, const QString &name, EnvironmentTag tag,
               const QStringList &vaults);
    void plantDifferences();
    void openTab();
    int row(const QString &scope, const QString &key) const;
    SecretCellState state(const QString &scope, const QString &key, const QString &profile) const;
    QString vaultValue(Workspace &workspace, const QString &vault, const QString &name);

    std::unique_ptr<secretstest::LogCapture> m_logs;
    QNetworkAccessManager m_network;
    secretsuitest::MemoryTokenStore m_tokens;
    Workspace m_dev;
    Workspace m_staging;
    Workspace m_prod;
    std::unique_ptr<AzureSignIn> m_azure;
    std::unique_ptr<WorkspaceSessionPool> m_pool;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileVaults> m_vaults;
    std::unique_ptr<CompareTab> m_tab;
    secretsuitest::DialogAnswerer m_answers;
};

void TestSecretsMatrix::start(Workspace &workspace, const QString &name, EnvironmentTag tag,
                              const QStringList &vaults)
{
    workspace.token = QStringLiteral("matrix-token-") + name;
    emulator::EmulatorOptions options = emulatorOptionsFor(workspace.token);
    options.azure.clientSecret = kClientSecret;
    options.azure.vaults = vaults;
    workspace.emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY2(workspace.emulator->listen(), qPrintable(workspace.emulator->errorString()));
    workspace.api = std::make_unique<ApiClient>(&m_network, nullptr);
    workspace.api->setConnection({name, workspace.emulator->baseUrl(), workspace.token, {}});
    workspace.secrets = std::make_unique<SecretsClient>(workspace.api.get());
    Profile &profile = workspace.profile;
    profile.name = name;
    profile.host = workspace.emulator->baseUrl().toString();
    profile.authType = QStringLiteral("pat");
    profile.environment = tag;
    profile.colour = defaultEnvironmentColour(tag);
    // Each workspace's vaults trust its own emulated Entra ID.
    profile.azureSignIn.method = QStringLiteral("client-secret");
    profile.azureSignIn.tenantId = workspace.emulator->entraTenantId();
    profile.azureSignIn.clientId = kClientId;
    profile.azureSignIn.authorityHost = workspace.emulator->entraAuthorityUrl().toString();
    profile.inlineClientSecret = kClientSecret;
}

void TestSecretsMatrix::init()
{
    m_logs = std::make_unique<secretstest::LogCapture>();
    start(m_dev, QStringLiteral("dev"), EnvironmentTag::Dev,
          {QStringLiteral("brickdesk-demo"), QStringLiteral("team-vault")});
    start(m_staging, QStringLiteral("staging"), EnvironmentTag::Staging,
          {QStringLiteral("brickdesk-demo")});
    start(m_prod, QStringLiteral("prod"), EnvironmentTag::Prod, {QStringLiteral("brickdesk-demo")});
    plantDifferences();

    m_azure = std::make_unique<AzureSignIn>(&m_network, nullptr, &m_tokens);
    m_pool = std::make_unique<WorkspaceSessionPool>(&m_network, nullptr, &m_tokens);
    m_pool->setAzureSignIn(m_azure.get());
    Profile sandbox;
    sandbox.name = QStringLiteral("sandbox");
    sandbox.host = QStringLiteral("https://adb-1.2.azuredatabricks.net");
    sandbox.environment = EnvironmentTag::Other;
    m_pool->setProfiles({m_prod.profile, sandbox, m_staging.profile, m_dev.profile});
    for (Workspace *workspace : {&m_dev, &m_staging, &m_prod})
        m_pool->setDemoToken(workspace->profile.name, workspace->token);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_settingsDir->filePath("settings.ini"), QSettings::IniFormat);
    m_vaults = std::make_unique<ProfileVaults>(m_settings.get());
    m_vaults->setTransientVaults(
        QStringLiteral("dev"),
        {m_dev.emulator->keyVaultUrl(QStringLiteral("team-vault")).toString()});
    m_answers.reset();
}

void TestSecretsMatrix::cleanup()
{
    QVERIFY2(!m_answers.missed(), "a dialog the test expected never appeared");
    m_tab.reset();
    m_vaults.reset();
    m_settings.reset();
    m_pool.reset();
    m_azure.reset();
    for (Workspace *workspace : {&m_dev, &m_staging, &m_prod}) {
        workspace->secrets.reset();
        workspace->api.reset();
        workspace->emulator.reset();
    }
    const QString logs = m_logs->text();
    m_logs.reset();
    for (const QString &secret : {kTypedValue, kVaultValue, kStagingOnly, kStagingDb, kClientSecret,
                                  QStringLiteral("Tr0ub4dor&3-etl-warehouse")})
        QVERIFY2(!logs.contains(secret), "a secret value reached the log (not printed)");
}

void TestSecretsMatrix::plantDifferences()
{
    SecretsClient *staging = m_staging.secrets.get();
    QVERIFY(wait<Done>([&](auto done) {
                staging->deleteSecret("etl", "jdbc-password", this, done);
            }).ok());
    QVERIFY(wait<Done>([&](auto done) {
                staging->putString("ml-models", "new-key", kStagingOnly, this, done);
            }).ok());
    // kv-shared is Key Vault-backed in dev and prod; staging keeps it in Databricks, under a key
    // Key Vault could not hold.
    QVERIFY(wait<Done>([&](auto done) { staging->deleteScope("kv-shared", this, done); }).ok());
    SecretScopeSpec spec;
    spec.name = QStringLiteral("kv-shared");
    QVERIFY(wait<Done>([&](auto done) { staging->createScope(spec, this, done); }).ok());
    QVERIFY(wait<Done>([&](auto done) {
                staging->putString("kv-shared", "db_password", kStagingDb, this, done);
            }).ok());
    QVERIFY(
        wait<Done>([&](auto done) { m_prod.secrets->deleteScope("ml-models", this, done); }).ok());
    QVERIFY(m_dev.emulator->setKeyVaultSecret("team-vault", "shared-db-password",
                                              kVaultValue.toUtf8()));
}

void TestSecretsMatrix::openTab()
{
    m_tab = std::make_unique<CompareTab>();
    SecretsServices services;
    services.network = &m_network;
    services.azure = m_azure.get();
    services.sessions = m_pool.get();
    services.vaults = m_vaults.get();
    m_tab->setServices(services);
    m_tab->resize(1300, 700);
    m_tab->show();
    QSignalSpy settled(m_tab.get(), &CompareTab::settledChanged);
    m_tab->connectTo(m_dev.profile);
    m_tab->activate();
    QVERIFY(spinUntil([&] { return m_tab->isSettled(); }));
    QVERIFY(m_tab->model()->isComplete());
}

int TestSecretsMatrix::row(const QString &scope, const QString &key) const
{
    return m_tab->model()->rowOf(scope, key);
}

SecretCellState TestSecretsMatrix::state(const QString &scope, const QString &key,
                                         const QString &profile) const
{
    const int at = row(scope, key);
    return at < 0 ? SecretCellState::Loading : m_tab->model()->cell(at, profile).state;
}

QString TestSecretsMatrix::vaultValue(Workspace &workspace, const QString &vault,
                                      const QString &name)
{
    ClientSecretCredential credential(
        &m_network, nullptr,
        {workspace.emulator->entraAuthorityUrl(), workspace.emulator->entraTenantId(), kClientId},
        kClientSecret);
    KeyVaultClient client(&m_network, nullptr);
    client.setVault(workspace.emulator->keyVaultUrl(vault), &credential);
    const CallResult<KeyVaultSecret> result =
        wait<KeyVaultSecret>([&](auto done) { client.getSecret(name, QString(), this, done); });
    return result.ok() && result.value.value ? *result.value.value : QString();
}

void TestSecretsMatrix::matrixOverThreeWorkspaces()
{
    SecretMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SecretMatrixProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setOnlyDifferences(true);
    SecretMatrixLoader loader(m_pool.get(), &model);
    QSignalSpy arrived(&model, &SecretMatrixModel::profileArrived);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy finished(&loader, &SecretMatrixLoader::finished);
    loader.load({"dev", "staging", "prod"});
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(arrived.count(), 3);
    QCOMPARE(resets.count(), 0);
    QVERIFY(loader.client("prod"));

    const auto cell = [&](const char *scope, const char *key, const char *profile) {
        const int at = model.rowOf(scope, key);
        return at < 0 ? SecretCellState::Loading : model.cell(at, profile).state;
    };
    using S = SecretCellState;
    // The same everywhere.
    QCOMPARE(cell("etl", "api.token", "dev"), S::Present);
    QCOMPARE(cell("etl", "api.token", "staging"), S::Present);
    QCOMPARE(cell("etl", "api.token", "prod"), S::Present);
    QVERIFY(model.cell(model.rowOf("etl", "api.token"), "prod").lastUpdated.isValid());
    // A key missing in staging.
    QCOMPARE(cell("etl", "jdbc-password", "dev"), S::Present);
    QCOMPARE(cell("etl", "jdbc-password", "staging"), S::Missing);
    QCOMPARE(cell("etl", "jdbc-password", "prod"), S::Present);
    // A key only staging has.
    QCOMPARE(cell("ml-models", "new-key", "staging"), S::Present);
    QCOMPARE(cell("ml-models", "new-key", "dev"), S::Missing);
    QCOMPARE(cell("ml-models", "new-key", "prod"), S::ScopeMissing);
    // A scope prod does not have.
    QCOMPARE(cell("ml-models", "huggingface-token", "dev"), S::Present);
    QCOMPARE(cell("ml-models", "huggingface-token", "staging"), S::Present);
    QCOMPARE(cell("ml-models", "huggingface-token", "prod"), S::ScopeMissing);
    QCOMPARE(cell("finance-readonly", "sap-password", "prod"), S::Present);
    // Key Vault-backed in dev and prod, Databricks-backed in staging.
    QCOMPARE(cell("kv-shared", "db_password", "staging"), S::Present);
    QCOMPARE(cell("kv-shared", "db_password", "dev"), S::Missing);
    QCOMPARE(cell("kv-shared", "sql-admin-password", "prod"), S::Present);
    QCOMPARE(cell("kv-shared", "sql-admin-password", "staging"), S::Missing);
    const int kvRow = model.rowOf("kv-shared", "db_password");
    QVERIFY(model.index(kvRow, model.columnOf("prod"))
                .data(SecretMatrixModel::IsKeyVaultScopeRole)
                .toBool());
    QVERIFY(!model.index(kvRow, model.columnOf("staging"))
                 .data(SecretMatrixModel::IsKeyVaultScopeRole)
                 .toBool());

    // Only differences: exactly the rows some workspace lacks.
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.append(proxy.index(r, 0).data(SecretMatrixModel::ScopeRole).toString() + "/" +
                     proxy.index(r, 0).data(SecretMatrixModel::KeyRole).toString());
    QVERIFY(shown.contains("etl/jdbc-password"));
    QVERIFY(shown.contains("ml-models/new-key"));
    QVERIFY(shown.contains("ml-models/huggingface-token"));
    QVERIFY(shown.contains("kv-shared/db_password"));
    QVERIFY(!shown.contains("etl/api.token"));
    QVERIFY(!shown.contains("finance-readonly/sap-password"));
    int differing = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        differing += model.isDifferent(r) ? 1 : 0;
    QCOMPARE(proxy.rowCount(), differing);
    QVERIFY(proxy.rowCount() < model.rowCount());

    // Fixing a difference in staging and loading it again takes the row out of the filter.
    QVERIFY(wait<Done>([&](auto done) {
                m_staging.secrets->putString("etl", "jdbc-password", kTypedValue, this, done);
            }).ok());
    finished.clear();
    loader.reload("staging");
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(cell("etl", "jdbc-password", "staging"), S::Present);
    QCOMPARE(proxy.rowCount(), differing - 1);
    QCOMPARE(resets.count(), 0);
}

void TestSecretsMatrix::compareTabDefaultsAndFilter()
{
    openTab();
    // The current profile and every tagged one; "other" only when asked for. Columns go dev,
    // staging, prod.
    QCOMPARE(m_tab->checkedProfiles(), QStringList({"dev", "staging", "prod"}));
    QCOMPARE(m_tab->model()->profiles(), QStringList({"dev", "staging", "prod"}));
    QCOMPARE(m_tab->profileList()->count(), 4);
    QCOMPARE(m_tab->view()->model()->headerData(SecretMatrixModel::FirstProfileColumn + 2,
                                                Qt::Horizontal),
             QVariant("prod"));
    const int all = m_tab->view()->model()->rowCount();
    m_tab->onlyDifferencesBox()->click();
    const int differing = m_tab->view()->model()->rowCount();
    QVERIFY(differing > 0 && differing < all);
    QVERIFY(m_tab->summaryLabel()->text().contains(QString::number(differing)));
    m_tab->onlyDifferencesBox()->click();
    QCOMPARE(m_tab->view()->model()->rowCount(), all);

    // Unchecking a profile drops its column; checking it again loads it.
    QListWidgetItem *staging = nullptr;
    for (int i = 0; i < m_tab->profileList()->count(); ++i) {
        if (m_tab->profileList()->item(i)->data(Qt::UserRole).toString() == "staging")
            staging = m_tab->profileList()->item(i);
    }
    QVERIFY(staging);
    staging->setCheckState(Qt::Unchecked);
    QCOMPARE(m_tab->model()->profiles(), QStringList({"dev", "prod"}));
    QCOMPARE(m_tab->model()->rowOf("ml-models", "new-key"), -1);
    staging->setCheckState(Qt::Checked);
    QVERIFY(spinUntil([&] { return !m_tab->model()->isLoading("staging"); }));
    QCOMPARE(state("ml-models", "new-key", "staging"), SecretCellState::Present);
}

void TestSecretsMatrix::putMissingTypedValue()
{
    openTab();
    QCOMPARE(state("etl", "jdbc-password", "staging"), SecretCellState::Missing);
    QVERIFY(m_tab->selectCells("etl", "jdbc-password", {"staging"}));
    QCOMPARE(m_tab->selectedTargets().size(), 1);
    QVERIFY(m_tab->putMissingAction()->isEnabled());
    int shownSteps = -1;
    m_answers.expect<PutMissingDialog>([&](PutMissingDialog *dialog) {
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        shownSteps = dialog->stepList()->topLevelItemCount();
        QVERIFY(!dialog->okButton()->isEnabled() || dialog->editor()->problem().isEmpty());
        // Over the limit: said at once, OK disabled.
        dialog->editor()->lineEdit()->setText(QString(129 * 1024, QLatin1Char('v')));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->editor()->errorLabel()->text().contains("128 KB"));
        dialog->editor()->lineEdit()->setText(kTypedValue);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
    });
    QSignalSpy filled(m_tab->filler(), &SecretMatrixFiller::finished);
    m_tab->putMissingAction()->trigger();
    QVERIFY(spinUntil([&] { return !filled.isEmpty(); }));
    QCOMPARE(shownSteps, 1);
    QVERIFY2(m_staging.emulator->secretValue("etl", "jdbc-password") ==
                 std::optional(kTypedValue.toUtf8()),
             "the value differs (not printed)");
    // Staging is loaded again by itself: the cell turns present.
    QVERIFY(spinUntil(
        [&] { return state("etl", "jdbc-password", "staging") == SecretCellState::Present; }));
    QVERIFY(m_tab->messageLabel()->text().contains("Put into 1 place"));
    QVERIFY(!m_tab->messageLabel()->text().contains(kTypedValue));
}

void TestSecretsMatrix::putMissingFromKeyVaultIntoVaultBackedScopes()
{
    openTab();
    QCOMPARE(state("kv-shared", "db_password", "dev"), SecretCellState::Missing);
    QCOMPARE(state("kv-shared", "db_password", "prod"), SecretCellState::Missing);
    // The whole row: its key cell stands for every missing cell in it.
    const int sourceRow = row("kv-shared", "db_password");
    const QModelIndex keyCell = m_tab->proxy()->mapFromSource(
        m_tab->model()->index(sourceRow, SecretMatrixModel::KeyColumn));
    m_tab->view()->selectionModel()->select(keyCell, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(m_tab->selectedTargets().size(), 2);

    // First time the prod name is not typed: nothing is written anywhere.
    const int prodRequests = m_prod.emulator->requestCount();
    QStringList whereShown;
    const auto chooseVaultSecret = [&](PutMissingDialog *dialog, bool record) {
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        if (record) {
            for (int i = 0; i < dialog->stepList()->topLevelItemCount(); ++i)
                whereShown.append(dialog->stepList()->topLevelItem(i)->text(3));
        }
        QVERIFY(dialog->vaultChoice()->isEnabled());
        dialog->vaultChoice()->click();
        QVERIFY(spinUntil([&] { return dialog->vaultSecretBox()->count() > 0; }));
        dialog->vaultSecretBox()->setCurrentIndex(
            dialog->vaultSecretBox()->findText("shared-db-password"));
        QVERIFY(dialog->okButton()->isEnabled());
        if (record)
            saveScreenshot(dialog, "put-missing-from-vault.png");
        dialog->okButton()->click();
    };
    m_answers.expect<PutMissingDialog>([&](PutMissingDialog *d) { chooseVaultSecret(d, true); });
    m_answers.expect<ConfirmByNameDialog>([](ConfirmByNameDialog *confirm) {
        const auto closeAnyway = qScopeGuard([confirm] {
            if (confirm->isVisible())
                confirm->reject();
        });
        QTest::keyClicks(confirm->nameEdit(), "pro");
        QVERIFY(!confirm->isConfirmEnabled());
        confirm->reject();
    });
    m_tab->putMissingAction()->trigger();
    QVERIFY(spinUntil([&] { return m_answers.isIdle(); }));
    QCOMPARE(whereShown.size(), 2);
    for (const QString &where : std::as_const(whereShown))
        QVERIFY2(where.contains("→ secret db-password"), qPrintable(where));
    // Settled: no write reached either workspace (prod's only requests are this test's reads).
    QTest::qWait(300);
    QCOMPARE(m_prod.emulator->requestCount(), prodRequests);
    QVERIFY(vaultValue(m_prod, "brickdesk-demo", "db-password").isEmpty());
    QVERIFY(vaultValue(m_dev, "brickdesk-demo", "db-password").isEmpty());

    // Now with the name typed: both vaults get exactly the team vault's value.
    m_tab->view()->selectionModel()->select(keyCell, QItemSelectionModel::ClearAndSelect);
    m_answers.expect<PutMissingDialog>([&](PutMissingDialog *d) { chooseVaultSecret(d, false); });
    m_answers.expect<ConfirmByNameDialog>([](ConfirmByNameDialog *confirm) {
        const auto closeAnyway = qScopeGuard([confirm] {
            if (confirm->isVisible())
                confirm->reject();
        });
        QTest::keyClicks(confirm->nameEdit(), "prod");
        QVERIFY(confirm->isConfirmEnabled());
        confirm->accept();
    });
    QSignalSpy filled(m_tab->filler(), &SecretMatrixFiller::finished);
    m_tab->putMissingAction()->trigger();
    QVERIFY(spinUntil([&] { return !filled.isEmpty(); }));
    const auto results = filled.first().first().value<QList<SecretFillResult>>();
    QCOMPARE(results.size(), 2);
    for (const SecretFillResult &result : results) {
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.step.toKeyVault);
        QCOMPARE(result.step.keyVaultName, QStringLiteral("db-password"));
    }
    QVERIFY2(vaultValue(m_prod, "brickdesk-demo", "db-password") == kVaultValue,
             "the value differs (not printed)");
    QVERIFY2(vaultValue(m_dev, "brickdesk-demo", "db-password") == kVaultValue,
             "the value differs (not printed)");
    QVERIFY2(m_prod.emulator->secretValue("kv-shared", "db-password") ==
                 std::optional(kVaultValue.toUtf8()),
             "the value differs (not printed)");
    // Staging's own value is untouched, and the vault-backed scopes now list the mapped name.
    QVERIFY2(m_staging.emulator->secretValue("kv-shared", "db_password") ==
                 std::optional(kStagingDb.toUtf8()),
             "the value differs (not printed)");
    // The written profiles reload: the db_password row counts the vaults' db-password as present
    // (one row, no difference left), and says under which name.
    QVERIFY(spinUntil([&] {
        return state("kv-shared", "db_password", "prod") == SecretCellState::Present &&
               state("kv-shared", "db_password", "dev") == SecretCellState::Present;
    }));
    SecretMatrixModel *model = m_tab->model();
    QCOMPARE(model->rowOf("kv-shared", "db-password"), -1);
    QVERIFY(!model->isDifferent(row("kv-shared", "db_password")));
    const QString tip =
        model
            ->data(model->index(row("kv-shared", "db_password"), model->columnOf("prod")),
                   Qt::ToolTipRole)
            .toString();
    QVERIFY2(tip.contains("present as db-password"), qPrintable(tip));
}

void TestSecretsMatrix::profileListFollowsTheProfiles()
{
    openTab();
    const auto names = [this] {
        QStringList listed;
        for (int i = 0; i < m_tab->profileList()->count(); ++i)
            listed.append(m_tab->profileList()->item(i)->data(Qt::UserRole).toString());
        return listed;
    };
    QVERIFY(!names().contains("qa"));
    // A profile added in the profile dialog (the window reloads the pool's profiles) shows up,
    // and the profiles checked before stay checked.
    const QStringList checkedBefore = m_tab->checkedProfiles();
    Profile qa;
    qa.name = QStringLiteral("qa");
    qa.host = QStringLiteral("https://adb-3.4.azuredatabricks.net");
    qa.environment = EnvironmentTag::Staging;
    m_pool->setProfiles({m_prod.profile, qa, m_staging.profile, m_dev.profile});
    QVERIFY(names().contains("qa"));
    QVERIFY(!names().contains("sandbox"));
    for (const QString &profile : checkedBefore)
        QVERIFY(m_tab->checkedProfiles().contains(profile));
}

void TestSecretsMatrix::putMissingCreatesTheMissingScope()
{
    openTab();
    saveScreenshot(m_tab.get(), "compare-tab.png");
    QCOMPARE(state("ml-models", "new-key", "prod"), SecretCellState::ScopeMissing);
    QVERIFY(m_tab->selectCells("ml-models", "new-key", {"prod", "dev"}));
    QString where;
    m_answers.expect<PutMissingDialog>([&](PutMissingDialog *dialog) {
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->stepList()->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i) {
            if (dialog->stepList()->topLevelItem(i)->text(0).startsWith("prod"))
                where = dialog->stepList()->topLevelItem(i)->text(3);
        }
        dialog->editor()->lineEdit()->setText(kTypedValue);
        saveScreenshot(dialog, "put-missing-typed.png");
        dialog->okButton()->click();
    });
    m_answers.expect<ConfirmByNameDialog>([](ConfirmByNameDialog *confirm) {
        const auto closeAnyway = qScopeGuard([confirm] {
            if (confirm->isVisible())
                confirm->reject();
        });
        QVERIFY(confirm->findChild<QLabel *>()->text().contains("Put a secret into prod"));
        QTest::keyClicks(confirm->nameEdit(), "prod");
        confirm->accept();
    });
    QSignalSpy filled(m_tab->filler(), &SecretMatrixFiller::finished);
    m_tab->putMissingAction()->trigger();
    QVERIFY(spinUntil([&] { return !filled.isEmpty(); }));
    QVERIFY2(where.contains("new Databricks-backed scope"), qPrintable(where));
    QVERIFY2(m_prod.emulator->secretValue("ml-models", "new-key") ==
                 std::optional(kTypedValue.toUtf8()),
             "the value differs (not printed)");
    QVERIFY2(m_dev.emulator->secretValue("ml-models", "new-key") ==
                 std::optional(kTypedValue.toUtf8()),
             "the value differs (not printed)");
    QVERIFY(spinUntil([&] {
        return state("ml-models", "new-key", "prod") == SecretCellState::Present &&
               state("ml-models", "new-key", "dev") == SecretCellState::Present;
    }));
    // prod's other ml-models keys are still missing, now as keys rather than a scope.
    QCOMPARE(state("ml-models", "huggingface-token", "prod"), SecretCellState::Missing);
}

QTEST_MAIN(TestSecretsMatrix)
#include "tst_secretsmatrix.moc"
