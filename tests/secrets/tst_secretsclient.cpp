// The secrets API through SecretsClient, SecretInventoryLoader and SecretWriter, against the
// emulator over real HTTP: scope, secret and ACL round trips, the limits refused before any
// request, Key Vault-backed scopes written through their vault, and no value in any log line.
#include "ClientSecretCredential.h"
#include "EmulatorOptionsFor.h"
#include "KeyVaultClient.h"
#include "SecretInventory.h"
#include "SecretWriter.h"
#include "SecretsClient.h"
#include "SecretsTestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace brickdesk;
using secretstest::await;
using secretstest::spinUntil;

namespace {

const QString kToken = QStringLiteral("secrets-client-test-token");
const QString kClientSecret = QStringLiteral("client~secret+for/tests");

template<typename T> using Result = CallResult<T>;

} // namespace

class TestSecretsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scopesCreateListDelete();
    void badNamesAreRefusedBeforeAnyRequest();
    void secretsPutListDelete();
    void valueOver128KbIsRefusedBeforeAnyRequest();
    void aclsGrantListRevoke();
    void readOnlyScopeAnswersPermissionDenied();
    void inventoryHoldsEveryScopeAndKey();
    void keyVaultBackedScopeIsWrittenThroughItsVault();
    void secretValuesNeverReachTheLogs();

private:
    Result<Done> createScope(const QString &name, SecretsClient *client = nullptr);
    Result<Done> putString(const QString &scope, const QString &key, const QString &value);
    QStringList keys(const QString &scope);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SecretsClient> m_secrets;
};

void TestSecretsClient::init()
{
    emulator::EmulatorOptions options = emulatorOptionsFor(kToken, emulator::Seed::Empty);
    options.azure.clientSecret = kClientSecret;
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_api = std::make_unique<ApiClient>(&m_network, nullptr);
    m_api->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_secrets = std::make_unique<SecretsClient>(m_api.get());
}

void TestSecretsClient::cleanup()
{
    m_secrets.reset();
    m_api.reset();
    m_emulator.reset();
}

Result<Done> TestSecretsClient::createScope(const QString &name, SecretsClient *client)
{
    SecretScopeSpec spec;
    spec.name = name;
    auto *target = client ? client : m_secrets.get();
    return await<Result<Done>>([&](auto handler) { target->createScope(spec, this, handler); })
        .value_or(Result<Done>{});
}

Result<Done> TestSecretsClient::putString(const QString &scope, const QString &key,
                                          const QString &value)
{
    return await<Result<Done>>(
               [&](auto handler) { m_secrets->putString(scope, key, value, this, handler); })
        .value_or(Result<Done>{});
}

QStringList TestSecretsClient::keys(const QString &scope)
{
    const auto listed = await<Result<QList<SecretMetadata>>>(
        [&](auto handler) { m_secrets->listSecrets(scope, this, handler); });
    if (!listed || !listed->ok())
        return {QStringLiteral("<error> ") + (listed ? listed->error.summary() : QString())};
    QStringList names;
    for (const SecretMetadata &secret : listed->value)
        names.append(secret.key);
    names.sort();
    return names;
}

void TestSecretsClient::scopesCreateListDelete()
{
    QVERIFY(createScope("etl").ok());
    QVERIFY(createScope("ml.models@team").ok());
    const Result<Done> again = createScope("ETL"); // scope names are case-insensitive
    QVERIFY(!again.ok());
    QCOMPARE(again.error.errorCode, QStringLiteral("RESOURCE_ALREADY_EXISTS"));

    auto listed = await<Result<QList<SecretScope>>>(
        [&](auto handler) { m_secrets->listScopes(this, handler); });
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value.size(), 2);
    QCOMPARE(listed->value.at(0).backend, SecretBackend::Databricks);

    auto deleted =
        await<Result<Done>>([&](auto handler) { m_secrets->deleteScope("etl", this, handler); });
    QVERIFY(deleted && deleted->ok());
    deleted =
        await<Result<Done>>([&](auto handler) { m_secrets->deleteScope("etl", this, handler); });
    QVERIFY(deleted && !deleted->ok());
    QCOMPARE(deleted->error.errorCode, QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
    QCOMPARE(deleted->error.httpStatus, 404);
}

void TestSecretsClient::badNamesAreRefusedBeforeAnyRequest()
{
    const int before = m_emulator->requestCount();
    const Result<Done> scope = createScope("has space");
    QVERIFY(!scope.ok());
    QCOMPARE(scope.error.errorCode, QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY2(scope.error.message.contains("letters, digits"), qPrintable(scope.error.message));
    const Result<Done> key = putString("etl", "bad/key", "v");
    QVERIFY(!key.ok());
    SecretScopeSpec vault;
    vault.name = "kv";
    vault.backend = SecretBackend::AzureKeyVault; // without resource id and DNS name
    const auto kv =
        await<Result<Done>>([&](auto handler) { m_secrets->createScope(vault, this, handler); });
    QVERIFY(kv && !kv->ok());
    QVERIFY(kv->error.message.contains("DNS name"));
    QCOMPARE(m_emulator->requestCount(), before);
}

void TestSecretsClient::secretsPutListDelete()
{
    QVERIFY(createScope("etl").ok());
    QVERIFY(putString("etl", "jdbc-password", "pa55 wörd\nsecond line").ok());
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    const auto bytes = await<Result<Done>>(
        [&](auto handler) { m_secrets->putBytes("etl", "keystore.p12", binary, this, handler); });
    QVERIFY(bytes && bytes->ok());
    QCOMPARE(keys("etl"), (QStringList{"jdbc-password", "keystore.p12"}));
    QCOMPARE(m_emulator->secretValue("etl", "jdbc-password").value_or(QByteArray()),
             QString("pa55 wörd\nsecond line").toUtf8());
    QCOMPARE(m_emulator->secretValue("etl", "keystore.p12").value_or(QByteArray()), binary);

    const auto listed = await<Result<QList<SecretMetadata>>>(
        [&](auto handler) { m_secrets->listSecrets("etl", this, handler); });
    QVERIFY(listed && listed->ok());
    QVERIFY(listed->value.first().lastUpdated.isValid());

    QVERIFY(putString("etl", "jdbc-password", "rotated").ok()); // put overwrites
    QCOMPARE(m_emulator->secretValue("etl", "jdbc-password").value_or(QByteArray()),
             QByteArray("rotated"));

    const auto deleted = await<Result<Done>>(
        [&](auto handler) { m_secrets->deleteSecret("etl", "keystore.p12", this, handler); });
    QVERIFY(deleted && deleted->ok());
    QCOMPARE(keys("etl"), QStringList{"jdbc-password"});
    const Result<Done> missingScope = putString("nope", "k", "v");
    QCOMPARE(missingScope.error.errorCode, QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
}

void TestSecretsClient::valueOver128KbIsRefusedBeforeAnyRequest()
{
    QVERIFY(createScope("big").ok());
    const int before = m_emulator->requestCount();
    const Result<Done> tooBig = putString("big", "blob", QString(128 * 1024 + 1, QLatin1Char('x')));
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error.message.contains("128 KB"), qPrintable(tooBig.error.message));
    const auto tooBigBytes = await<Result<Done>>([&](auto handler) {
        m_secrets->putBytes("big", "blob", QByteArray(128 * 1024 + 1, '\1'), this, handler);
    });
    QVERIFY(tooBigBytes && !tooBigBytes->ok());
    // Multi-byte characters count as their UTF-8 bytes: 43,691 × 'é' (2 bytes) is over the limit.
    QVERIFY(!putString("big", "blob", QString(65537, QChar(0xe9))).ok());
    QCOMPARE(m_emulator->requestCount(), before);
    QVERIFY(putString("big", "blob", QString(128 * 1024, QLatin1Char('x'))).ok()); // exactly 128 KB
    QCOMPARE(m_emulator->secretValue("big", "blob").value_or(QByteArray()).size(), 128 * 1024);
}

void TestSecretsClient::aclsGrantListRevoke()
{
    QVERIFY(createScope("etl").ok());
    const auto granted = await<Result<Done>>([&](auto handler) {
        m_secrets->putAcl("etl", {"data-engineers", SecretPermission::Write}, this, handler);
    });
    QVERIFY(granted && granted->ok());
    auto acls = await<Result<QList<SecretAcl>>>(
        [&](auto handler) { m_secrets->listAcls("etl", this, handler); });
    QVERIFY(acls && acls->ok());
    bool found = false;
    for (const SecretAcl &acl : acls->value)
        found = found ||
                (acl.principal == "data-engineers" && acl.permission == SecretPermission::Write);
    QVERIFY(found);
    const auto revoked = await<Result<Done>>(
        [&](auto handler) { m_secrets->deleteAcl("etl", "data-engineers", this, handler); });
    QVERIFY(revoked && revoked->ok());
    acls = await<Result<QList<SecretAcl>>>(
        [&](auto handler) { m_secrets->listAcls("etl", this, handler); });
    for (const SecretAcl &acl : acls->value)
        QVERIFY(acl.principal != "data-engineers");
}

void TestSecretsClient::readOnlyScopeAnswersPermissionDenied()
{
    // The demo seed has a scope where the current user may only read.
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(
        emulatorOptionsFor(kToken, emulator::Seed::Demo));
    QVERIFY(m_emulator->listen());
    m_api->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    const Result<Done> denied = putString("finance-readonly", "new-key", "v");
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error.errorCode, QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(denied.error.httpStatus, 403);
}

void TestSecretsClient::inventoryHoldsEveryScopeAndKey()
{
    for (int s = 0; s < 7; ++s) {
        const QString scope = QStringLiteral("scope-%1").arg(s);
        QVERIFY(createScope(scope).ok());
        for (int k = 0; k <= s; ++k)
            QVERIFY(putString(scope, QStringLiteral("key-%1").arg(k), "v").ok());
    }
    SecretInventoryLoader loader(m_secrets.get());
    QSignalSpy finished(&loader, &SecretInventoryLoader::finished);
    QSignalSpy progress(&loader, &SecretInventoryLoader::progress);
    loader.load();
    QVERIFY(spinUntil([&] { return finished.count() == 1; }));
    const SecretInventory inventory = loader.inventory();
    QVERIFY(inventory.error.isEmpty());
    QCOMPARE(inventory.scopes.size(), 7);
    QVERIFY(inventory.scopeErrors.isEmpty());
    QCOMPARE(inventory.secrets.value("scope-6").size(), 7);
    QVERIFY(inventory.secret("SCOPE-3", "key-3")); // scope names compare case-insensitively
    QVERIFY(!inventory.secret("scope-3", "key-4"));
    QCOMPARE(progress.last().at(0).toInt(), 7);

    // A failing workspace gives an error, not an empty inventory that would read as "missing".
    m_api->setConnection(
        {QStringLiteral("dev"), m_emulator->baseUrl(), QStringLiteral("wrong"), {}});
    loader.load();
    QVERIFY(spinUntil([&] { return finished.count() == 2; }));
    QVERIFY(!loader.inventory().error.isEmpty());
}

void TestSecretsClient::keyVaultBackedScopeIsWrittenThroughItsVault()
{
    // Creating a Key Vault-backed scope needs an Entra token, not a PAT.
    SecretScopeSpec spec;
    spec.name = "kv-shared";
    spec.backend = SecretBackend::AzureKeyVault;
    spec.keyVaultResourceId =
        "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/brickdesk-demo";
    spec.keyVaultDnsName = m_emulator->keyVaultUrl("brickdesk-demo").toString() + "/";
    auto withPat =
        await<Result<Done>>([&](auto handler) { m_secrets->createScope(spec, this, handler); });
    QVERIFY(withPat && !withPat->ok());
    QCOMPARE(withPat->error.errorCode, QStringLiteral("INVALID_PARAMETER_VALUE"));

    EntraEndpoint endpoint{m_emulator->entraAuthorityUrl(), m_emulator->entraTenantId(),
                           "brickdesk-demo-app"};
    ClientSecretCredential app(&m_network, nullptr, endpoint, kClientSecret);
    ApiClient entraApi(&m_network, nullptr);
    entraApi.setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), QString(), {}});
    entraApi.setTokenProvider(app.tokenProvider(QString::fromLatin1(kAzureDatabricksScope)));
    SecretsClient asApp(&entraApi);
    const auto created =
        await<Result<Done>>([&](auto handler) { asApp.createScope(spec, this, handler); });
    QVERIFY2(created && created->ok(),
             created ? qPrintable(created->error.summary()) : "no answer");

    const auto scopes = await<Result<QList<SecretScope>>>(
        [&](auto handler) { m_secrets->listScopes(this, handler); });
    QVERIFY(scopes && scopes->ok() && scopes->value.size() == 1);
    const SecretScope scope = scopes->value.first();
    QVERIFY(scope.isKeyVaultBacked());

    // The Databricks API refuses to write into it...
    const Result<Done> direct = putString("kv-shared", "api.token_v2", "v");
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error.httpStatus, 400);

    // ...so the writer puts the value into the vault, under a name Key Vault accepts.
    SecretWriter writer(m_secrets.get(), &m_network, nullptr);
    auto missingCredential = await<Result<SecretWriteOutcome>>(
        [&](auto handler) { writer.write(scope, "api.token_v2", "v", this, handler); });
    QVERIFY(missingCredential && !missingCredential->ok());
    QVERIFY(missingCredential->error.message.contains("Sign in to Azure"));
    writer.setVaultCredential(&app);
    const auto written = await<Result<SecretWriteOutcome>>(
        [&](auto handler) { writer.write(scope, "api.token_v2", "vault value", this, handler); });
    QVERIFY2(written && written->ok(),
             written ? qPrintable(written->error.summary()) : "no answer");
    QCOMPARE(written->value.keyVaultName, QStringLiteral("api-token-v2"));
    QCOMPARE(keys("kv-shared"), QStringList{"api-token-v2"}); // the scope lists the vault's names

    KeyVaultClient vault(&m_network, nullptr);
    vault.setVault(m_emulator->keyVaultUrl("brickdesk-demo"), &app);
    const auto read = await<Result<KeyVaultSecret>>(
        [&](auto handler) { vault.getSecret("api-token-v2", QString(), this, handler); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->value.value.value_or(QString()), QStringLiteral("vault value"));

    // A scope whose vault address is not on a Key Vault domain gets neither the token nor the
    // value.
    SecretScope elsewhere = scope;
    elsewhere.keyVaultDnsName = QStringLiteral("https://evil.example/");
    const int beforeElsewhere = m_emulator->requestCount();
    const auto refused = await<Result<SecretWriteOutcome>>(
        [&](auto handler) { writer.write(elsewhere, "api.token_v2", "v", this, handler); });
    QVERIFY(refused && !refused->ok());
    QVERIFY2(refused->error.message.contains("not an Azure Key Vault"),
             qPrintable(refused->error.message));
    QCOMPARE(m_emulator->requestCount(), beforeElsewhere);

    // Key Vault's own limit (25 KB) applies before sending.
    const int before = m_emulator->requestCount();
    const auto tooBig = await<Result<SecretWriteOutcome>>([&](auto handler) {
        writer.write(scope, "big", QByteArray(25 * 1024 + 1, 'x'), this, handler);
    });
    QVERIFY(tooBig && !tooBig->ok());
    QVERIFY(tooBig->error.message.contains("25 KB"));
    QCOMPARE(m_emulator->requestCount(), before);
}

void TestSecretsClient::secretValuesNeverReachTheLogs()
{
    const QString value =
        QStringLiteral("Z3ro-leak-value-%1").arg(QDateTime::currentMSecsSinceEpoch());
    secretstest::LogCapture capture;
    QVERIFY(createScope("etl").ok());
    QVERIFY(putString("etl", "leak-check", value).ok());
    const auto bytes = await<Result<Done>>([&](auto handler) {
        m_secrets->putBytes("etl", "leak-bytes", value.toUtf8(), this, handler);
    });
    QVERIFY(bytes && bytes->ok());
    QVERIFY(!putString("etl", "bad key", value)
                 .ok()); // refused input: its error must not echo the value
    QVERIFY(!putString("missing-scope", "k", value).ok());
    const QString logs = capture.text();
    QVERIFY2(capture.lineCount() > 0,
             "the debug log captured nothing; the check would prove nothing");
    QVERIFY(!logs.contains(value));
    QVERIFY(!logs.contains(QString::fromLatin1(value.toUtf8().toBase64())));
    QVERIFY(!logs.contains(kToken));
}

QTEST_GUILESS_MAIN(TestSecretsClient)
#include "tst_secretsclient.moc"
