// The Secrets models against the emulator over real HTTP, each under QAbstractItemModelTester:
// scopes, secrets and ACLs of the demo workspace with their actions, a Key Vault's secrets,
// versions and deleted secrets, and the environment matrix with its "only differences" proxy.
// Every Qt log line is captured; no secret value may appear in it.
#include "ClientSecretCredential.h"
#include "EmulatorOptionsFor.h"
#include "KeyVaultClient.h"
#include "KeyVaultSecretModel.h"
#include "SecretAclModel.h"
#include "SecretListModel.h"
#include "SecretMatrixModel.h"
#include "SecretMatrixProxy.h"
#include "SecretScopeModel.h"
#include "SecretsClient.h"
#include "SecretsTestSupport.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace brickdesk;
using secretstest::spinUntil;

namespace {

const QString kToken = QStringLiteral("secret-models-test-token");
const QString kClientSecret = QStringLiteral("models~client+secret");
const QString kClientId = QStringLiteral("brickdesk-demo-app");
const QString kTypedValue = QStringLiteral("models-typed-value-7f3a");
const QByteArray kFileBytes = QByteArray("\x00\x01\xfe\xff"
                                         "binary-models-9c1d",
                                         22);
const QString kVaultValue = QStringLiteral("models-vault-value-51be");

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

// Everything a model would show or hand out, every role of every cell.
QString everythingIn(const QAbstractItemModel &model)
{
    QStringList text;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int col = 0; col < model.columnCount(); ++col) {
            for (int role = 0; role < Qt::UserRole + 20; ++role)
                text.append(model.index(row, col).data(role).toString());
        }
    }
    return text.join(QLatin1Char('\n'));
}

SecretInventory inventory(const QString &profile,
                          const QList<std::pair<QString, QStringList>> &scopes)
{
    SecretInventory result;
    result.profile = profile;
    for (const auto &[name, keys] : scopes) {
        SecretScope scope;
        scope.name = name;
        result.scopes.append(scope);
        QList<SecretMetadata> secrets;
        for (const QString &key : keys)
            secrets.append({key, QDateTime::fromSecsSinceEpoch(1700000000)});
        result.secrets.insert(name, secrets);
    }
    return result;
}

} // namespace

class TestSecretModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scopesUnderTheTester();
    void scopeCreateAndDeleteChangeOnlyTheirRow();
    void secretsPutAndDeleteWithoutValuesInTheModel();
    void valueOver128KbIsRefusedBeforeAnyRequest();
    void aclsGrantAndRevoke();
    void keyVaultSecretsVersionsAndDeleted();
    void keyVaultActionsAndValues();
    void matrixFillsInProfileByProfile();
    void matrixDifferencesAndProxy();
    void matrixColumnsComeAndGo();

private:
    template<typename Model> void waitLoaded(Model &model);

    std::unique_ptr<secretstest::LogCapture> m_logs;
    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SecretsClient> m_client;
};

void TestSecretModels::init()
{
    m_logs = std::make_unique<secretstest::LogCapture>();
    emulator::EmulatorOptions options = emulatorOptionsFor(kToken);
    options.azure.clientSecret = kClientSecret;
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_api = std::make_unique<ApiClient>(&m_network, nullptr);
    m_api->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_api->setRetryPolicy(RetryPolicy::none());
    m_client = std::make_unique<SecretsClient>(m_api.get());
}

void TestSecretModels::cleanup()
{
    m_client.reset();
    m_api.reset();
    m_emulator.reset();
    const QString logs = m_logs->text();
    m_logs.reset();
    for (const QString &secret :
         {kTypedValue, kVaultValue, kClientSecret, QString::fromLatin1(kFileBytes.mid(4)),
          QStringLiteral("Tr0ub4dor&3-etl-warehouse")})
        QVERIFY2(!logs.contains(secret), "a secret value reached the log");
}

template<typename Model> void TestSecretModels::waitLoaded(Model &model)
{
    QVERIFY(spinUntil([&] { return model.hasLoaded() && !model.isLoading(); }));
    QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
}

void TestSecretModels::scopesUnderTheTester()
{
    SecretScopeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setClient(m_client.get());
    model.refresh();
    QVERIFY(model.isLoading());
    waitLoaded(model);
    QCOMPARE(column(model, SecretScopeModel::Name),
             QStringList({"etl", "finance-readonly", "kv-shared", "ml-models"}));
    const int kv = *model.rowOf(QStringLiteral("kv-shared"));
    QVERIFY(model.index(kv, 0).data(SecretScopeModel::IsKeyVaultRole).toBool());
    QCOMPARE(model.index(kv, SecretScopeModel::Backend).data().toString(),
             QStringLiteral("Azure Key Vault"));
    QVERIFY(model.index(kv, SecretScopeModel::KeyVault)
                .data()
                .toString()
                .startsWith(m_emulator->keyVaultUrl(QStringLiteral("brickdesk-demo")).toString()));
    QVERIFY(model.index(kv, SecretScopeModel::ResourceId)
                .data()
                .toString()
                .endsWith(QLatin1String("/providers/Microsoft.KeyVault/vaults/brickdesk-demo")));
    QCOMPARE(model.index(0, SecretScopeModel::Backend).data().toString(),
             QStringLiteral("Databricks"));
    // A second listing changes nothing: no row signals at all.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    waitLoaded(model);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestSecretModels::scopeCreateAndDeleteChangeOnlyTheirRow()
{
    SecretScopeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.refresh();
    waitLoaded(model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy created(&model, &SecretScopeModel::scopeCreated);
    QSignalSpy failed(&model, &SecretTableBase::actionFailed);
    SecretScopeSpec spec;
    spec.name = QStringLiteral("f-team");
    spec.usersCanManage = true;
    model.createScope(spec);
    QVERIFY(spinUntil([&] { return !created.isEmpty(); }));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1); // after "etl", before "finance-readonly"
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("f-team"));

    // The workspace's own refusal, word for word.
    model.createScope(spec);
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    QVERIFY2(failed.first().first().toString().contains("RESOURCE_ALREADY_EXISTS"),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(inserted.count(), 1);

    QSignalSpy deleted(&model, &SecretScopeModel::scopeDeleted);
    model.deleteScope(QStringLiteral("f-team"));
    QVERIFY(spinUntil([&] { return !deleted.isEmpty(); }));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QVERIFY(!model.rowOf(QStringLiteral("f-team")));
}

void TestSecretModels::secretsPutAndDeleteWithoutValuesInTheModel()
{
    SecretScopeModel scopes;
    scopes.setClient(m_client.get());
    scopes.refresh();
    waitLoaded(scopes);
    SecretListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.setScope(*scopes.scope(QStringLiteral("etl")));
    waitLoaded(model);
    QCOMPARE(column(model, SecretListModel::Key),
             QStringList({"api.token", "eventhub-connection-string", "jdbc-password",
                          "sftp_private_key", "storage-account-key"}));
    const QDateTime updated = model.index(*model.rowOf(QStringLiteral("jdbc-password")), 0)
                                  .data(SecretListModel::LastUpdatedRole)
                                  .toDateTime();
    QVERIFY(updated.isValid());
    QVERIFY(!model.index(0, SecretListModel::LastUpdated).data().toString().isEmpty());

    QSignalSpy put(&model, &SecretListModel::secretPut);
    QSignalSpy failed(&model, &SecretTableBase::actionFailed);
    model.putText(QStringLiteral("new-token"), kTypedValue);
    QVERIFY(spinUntil([&] { return !put.isEmpty(); }));
    QVERIFY2(m_emulator->secretValue("etl", "new-token") == std::optional(kTypedValue.toUtf8()),
             "the value differs (not printed)");
    QVERIFY(model.rowOf(QStringLiteral("new-token")));
    model.putBytes(QStringLiteral("keystore"), kFileBytes);
    QVERIFY(spinUntil([&] { return put.count() == 2; }));
    QVERIFY2(m_emulator->secretValue("etl", "keystore") == std::optional(kFileBytes),
             "the value differs (not printed)");
    QVERIFY(spinUntil([&] { return !model.isLoading(); }));
    QVERIFY(failed.isEmpty());
    // The model never holds a value.
    const QString shown = everythingIn(model);
    QVERIFY(!shown.contains(kTypedValue));
    QVERIFY(!shown.contains(QStringLiteral("binary-models")));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy succeeded(&model, &SecretTableBase::actionSucceeded);
    model.deleteSecret(QStringLiteral("new-token"));
    QVERIFY(spinUntil([&] { return !succeeded.isEmpty(); }));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_emulator->secretValue("etl", "new-token"));

    // Another scope empties the list first; the other scope's rows arrive after.
    model.setScope(*scopes.scope(QStringLiteral("ml-models")));
    QCOMPARE(model.rowCount(), 0);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 3);
}

void TestSecretModels::valueOver128KbIsRefusedBeforeAnyRequest()
{
    SecretListModel model;
    model.setClient(m_client.get());
    SecretScope etl;
    etl.name = QStringLiteral("etl");
    model.setScope(etl);
    waitLoaded(model);
    const int requests = m_emulator->requestCount();
    QSignalSpy failed(&model, &SecretTableBase::actionFailed);
    model.putText(QStringLiteral("too-big"), QString(129 * 1024, QLatin1Char('x')));
    model.putBytes(QStringLiteral("too-big-file"), QByteArray(128 * 1024 + 1, 'y'));
    QVERIFY(spinUntil([&] { return failed.count() == 2; }));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("128 KB")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(m_emulator->requestCount(), requests);
    QVERIFY(!model.rowOf(QStringLiteral("too-big")));
    // Exactly 128 KB is allowed.
    QSignalSpy put(&model, &SecretListModel::secretPut);
    model.putBytes(QStringLiteral("just-fits"), QByteArray(128 * 1024, 'z'));
    QVERIFY(spinUntil([&] { return !put.isEmpty(); }));
    QCOMPARE(m_emulator->secretValue("etl", "just-fits")->size(), 128 * 1024);
}

void TestSecretModels::aclsGrantAndRevoke()
{
    SecretAclModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.setScope(QStringLiteral("etl"));
    waitLoaded(model);
    QVERIFY(column(model, SecretAclModel::Principal).contains(QStringLiteral("data-engineers")));
    const int engineers = *model.rowOf(QStringLiteral("data-engineers"));
    QCOMPARE(model.index(engineers, SecretAclModel::Permission).data().toString(),
             QStringLiteral("WRITE"));
    const int before = model.rowCount();

    QSignalSpy succeeded(&model, &SecretTableBase::actionSucceeded);
    model.grant(QStringLiteral("auditors"), SecretPermission::Read);
    QVERIFY(spinUntil([&] { return succeeded.count() == 1; }));
    QCOMPARE(model.rowCount(), before + 1);
    // Changing a permission updates the row in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.grant(QStringLiteral("auditors"), SecretPermission::Manage);
    QVERIFY(spinUntil([&] { return succeeded.count() == 2; }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    // The workspace agrees.
    model.refresh();
    waitLoaded(model);
    QCOMPARE(model.index(*model.rowOf(QStringLiteral("auditors")), 0)
                 .data(SecretAclModel::PermissionRole)
                 .toInt(),
             int(SecretPermission::Manage));

    model.revoke(QStringLiteral("auditors"));
    QVERIFY(spinUntil([&] { return succeeded.count() == 3; }));
    QCOMPARE(model.rowCount(), before);
    model.refresh();
    waitLoaded(model);
    QVERIFY(!model.rowOf(QStringLiteral("auditors")));
}

void TestSecretModels::keyVaultSecretsVersionsAndDeleted()
{
    ClientSecretCredential credential(
        &m_network, nullptr,
        {m_emulator->entraAuthorityUrl(), m_emulator->entraTenantId(), kClientId}, kClientSecret);
    KeyVaultClient vault(&m_network, nullptr);
    vault.setVault(m_emulator->keyVaultUrl(QStringLiteral("brickdesk-demo")), &credential);
    KeyVaultSecretModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&vault);
    model.showSecrets();
    waitLoaded(model);
    const QStringList names = column(model, KeyVaultSecretModel::Name);
    QVERIFY(names.contains(QStringLiteral("sql-admin-password")));
    QVERIFY(!names.contains(QStringLiteral("old-webhook-token"))); // deleted
    const auto expiry = [&](const QString &name) {
        return KeyVaultExpiry(
            model.index(*model.rowOf(name), 0).data(KeyVaultSecretModel::ExpiryStateRole).toInt());
    };
    QCOMPARE(expiry(QStringLiteral("sql-admin-password")), KeyVaultExpiry::Expired);
    QCOMPARE(expiry(QStringLiteral("eventhub-send-key")), KeyVaultExpiry::ExpiresSoon);
    QCOMPARE(expiry(QStringLiteral("api-gateway-key")), KeyVaultExpiry::Never);
    QCOMPARE(expiry(QStringLiteral("github-deploy-token")), KeyVaultExpiry::Valid);
    const QModelIndex expired = model.index(*model.rowOf(QStringLiteral("sql-admin-password")),
                                            KeyVaultSecretModel::Expires);
    QCOMPARE(expired.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    const int legacy = *model.rowOf(QStringLiteral("legacy-ftp-password"));
    QCOMPARE(model.index(legacy, 0).data(KeyVaultSecretModel::EnabledRole).toBool(), false);
    QCOMPARE(model.index(legacy, KeyVaultSecretModel::Enabled).data().toString(),
             QStringLiteral("Disabled"));
    const int storage = *model.rowOf(QStringLiteral("storage-connection-string"));
    QCOMPARE(model.index(storage, KeyVaultSecretModel::ContentType).data().toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(model.index(storage, KeyVaultSecretModel::Tags).data().toString(),
             QStringLiteral("env=prod, owner=data-platform"));
    QVERIFY(!model.isColumnUsed(KeyVaultSecretModel::Version));

    QSignalSpy views(&model, &KeyVaultSecretModel::viewChanged);
    model.showVersions(QStringLiteral("storage-connection-string"));
    QCOMPARE(model.rowCount(), 0);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.isColumnUsed(KeyVaultSecretModel::Version));
    QVERIFY(!model.index(0, KeyVaultSecretModel::Version).data().toString().isEmpty());

    model.showDeleted();
    waitLoaded(model);
    QCOMPARE(column(model, KeyVaultSecretModel::Name), QStringList({"old-webhook-token"}));
    QVERIFY(model.index(0, KeyVaultSecretModel::PurgeOn).data().toString().size() > 0);
    QCOMPARE(views.count(), 2);
}

void TestSecretModels::keyVaultActionsAndValues()
{
    ClientSecretCredential credential(
        &m_network, nullptr,
        {m_emulator->entraAuthorityUrl(), m_emulator->entraTenantId(), kClientId}, kClientSecret);
    KeyVaultClient vault(&m_network, nullptr);
    vault.setVault(m_emulator->keyVaultUrl(QStringLiteral("brickdesk-demo")), &credential);
    KeyVaultSecretModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&vault);
    model.showSecrets();
    waitLoaded(model);
    const int before = model.rowCount();
    QSignalSpy succeeded(&model, &SecretTableBase::actionSucceeded);
    QSignalSpy failed(&model, &SecretTableBase::actionFailed);

    model.setValue(QStringLiteral("models-new"), kVaultValue);
    QVERIFY(spinUntil([&] { return succeeded.count() == 1; }));
    QCOMPARE(model.rowCount(), before + 1);
    QVERIFY(!everythingIn(model).contains(kVaultValue));
    std::optional<CallResult<QString>> value;
    model.fetchValue(QStringLiteral("models-new"), QString(), this,
                     [&](const CallResult<QString> &r) { value = r; });
    QVERIFY(spinUntil([&] { return value.has_value(); }));
    QVERIFY2(value->value == kVaultValue, "the value differs (not printed)");

    model.setEnabled(QStringLiteral("models-new"), QString(), false);
    QVERIFY(spinUntil([&] { return succeeded.count() == 2 || !failed.isEmpty(); }));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(model.index(*model.rowOf(QStringLiteral("models-new")), 0)
                 .data(KeyVaultSecretModel::EnabledRole)
                 .toBool(),
             false);
    model.deleteSecret(QStringLiteral("models-new"));
    QVERIFY(spinUntil([&] { return succeeded.count() == 3; }));
    QCOMPARE(model.rowCount(), before);

    model.showDeleted();
    waitLoaded(model);
    QVERIFY(model.rowOf(QStringLiteral("models-new")));
    model.recoverSecret(QStringLiteral("models-new"));
    QVERIFY(spinUntil([&] { return succeeded.count() == 4; }));
    QVERIFY(!model.rowOf(QStringLiteral("models-new")));
    model.purgeSecret(QStringLiteral("old-webhook-token"));
    QVERIFY(spinUntil([&] { return succeeded.count() == 5; }));
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

void TestSecretModels::matrixFillsInProfileByProfile()
{
    SecretMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setProfiles({"dev", "staging", "prod"});
    QCOMPARE(model.columnCount(), SecretMatrixModel::FirstProfileColumn + 3);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isComplete());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setInventory("staging", inventory("staging", {{"etl", {"a", "b"}}, {"ml", {"x"}}}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1); // one run of rows, in one insert
    // Only the staging column's cells changed, and the rows' "differs" flag.
    const int stagingColumn = model.columnOf("staging");
    bool columnSeen = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        if (from.column() == stagingColumn && to.column() == stagingColumn)
            columnSeen = true;
        else
            QVERIFY(to.column() <= SecretMatrixModel::KeyColumn);
    }
    QVERIFY(columnSeen);
    const int a = model.rowOf("etl", "a");
    QCOMPARE(model.cell(a, "staging").state, SecretCellState::Present);
    QCOMPARE(model.cell(a, "dev").state, SecretCellState::Loading);
    QVERIFY(!model.isDifferent(a)); // nobody else has answered yet

    inserted.clear();
    model.setInventory("dev", inventory("dev", {{"etl", {"a", "c"}}}));
    QCOMPARE(model.rowCount(), 4); // etl/c is new
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.cell(model.rowOf("etl", "b"), "dev").state, SecretCellState::Missing);
    QCOMPARE(model.cell(model.rowOf("ml", "x"), "dev").state, SecretCellState::ScopeMissing);
    QCOMPARE(model.cell(model.rowOf("etl", "c"), "staging").state, SecretCellState::Missing);
    QVERIFY(model.isDifferent(model.rowOf("etl", "b")));
    QVERIFY(!model.isDifferent(model.rowOf("etl", "a")));

    model.setProfileError("prod", "Cannot connect: 403 PERMISSION_DENIED: Invalid access token.");
    QVERIFY(model.isComplete());
    const SecretMatrixModel::Cell error = model.cell(a, "prod");
    QCOMPARE(error.state, SecretCellState::Error);
    QVERIFY(error.error.contains("Invalid access token"));
    QVERIFY(model.index(a, model.columnOf("prod"))
                .data(Qt::ToolTipRole)
                .toString()
                .contains("Invalid access token"));
    QVERIFY(model.headerData(model.columnOf("prod"), Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains("Invalid access token"));

    // A reload keeps the cells until the new inventory arrives; then vanished rows go.
    model.setLoading("staging");
    QCOMPARE(model.cell(a, "staging").state, SecretCellState::Present);
    model.setInventory("staging", inventory("staging", {{"etl", {"a"}}}));
    QCOMPARE(model.rowOf("ml", "x"), -1);
    QCOMPARE(model.rowOf("etl", "b"), -1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.count(), 0);

    // A scope without secrets anywhere gets a row of its own.
    model.setInventory("dev", inventory("dev", {{"etl", {"a", "c"}}, {"empty-scope", {}}}));
    const int scopeRow = model.rowOf("empty-scope", QString());
    QVERIFY(scopeRow >= 0);
    QCOMPARE(model.cell(scopeRow, "dev").state, SecretCellState::Present);
    QCOMPARE(model.cell(scopeRow, "staging").state, SecretCellState::ScopeMissing);
}

void TestSecretModels::matrixDifferencesAndProxy()
{
    SecretMatrixModel model;
    SecretMatrixProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles({"dev", "prod"});
    proxy.setOnlyDifferences(true);
    model.setInventory("dev", inventory("dev", {{"etl", {"a", "b"}}, {"Shared", {"k"}}}));
    QCOMPARE(proxy.rowCount(), 0); // one profile alone differs from nothing
    // Scope names compare without regard to case.
    model.setInventory("prod", inventory("prod", {{"etl", {"a"}}, {"shared", {"k"}}}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, SecretMatrixModel::KeyColumn).data().toString(), QStringLiteral("b"));
    // The row filter follows a profile that arrives again with the difference fixed.
    model.setLoading("prod");
    model.setInventory("prod", inventory("prod", {{"etl", {"a", "b"}}, {"shared", {"k"}}}));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setOnlyDifferences(false);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setText("SHAR");
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex cell = proxy.index(0, model.columnOf("prod"));
    QCOMPARE(cell.data(SecretMatrixModel::CellStateRole).toInt(), int(SecretCellState::Present));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains("last updated"));
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), QColor(0xe8, 0xf5, 0xe9));
}

void TestSecretModels::matrixColumnsComeAndGo()
{
    SecretMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles({"dev", "staging"});
    model.setInventory("dev", inventory("dev", {{"etl", {"a"}}}));
    model.setInventory("staging", inventory("staging", {{"etl", {"a"}}, {"only-staging", {"z"}}}));
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy removedColumns(&model, &QAbstractItemModel::columnsRemoved);
    QSignalSpy insertedColumns(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy movedColumns(&model, &QAbstractItemModel::columnsMoved);
    model.setProfiles({"prod", "dev"});
    QCOMPARE(removedColumns.count(), 1);
    QCOMPARE(insertedColumns.count(), 1);
    QCOMPARE(model.profiles(), QStringList({"prod", "dev"}));
    QCOMPARE(model.rowCount(), 1); // staging's own rows left with it
    QCOMPARE(model.cell(0, "dev").state, SecretCellState::Present);
    QCOMPARE(model.cell(0, "prod").state, SecretCellState::Loading);
    model.setProfiles({"dev", "prod"});
    QCOMPARE(movedColumns.count(), 1);
    QCOMPARE(model.profileAt(SecretMatrixModel::FirstProfileColumn), QStringLiteral("dev"));
}

QTEST_GUILESS_MAIN(TestSecretModels)
#include "tst_secretmodels.moc"
