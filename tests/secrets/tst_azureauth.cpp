// Microsoft Entra ID sign-in and Azure Key Vault against the emulator over real HTTP: client
// credentials, device code (with its refresh token kept in a real Secret Service), the Azure CLI,
// tokens refreshed before and after expiry without the user, an expired sign-in turned into a
// sign-in request, Key Vault CRUD and paging, Azure-authenticated workspace sessions and a token
// kept in Key Vault — and no token or secret in any log line.
#include "ActivityLog.h"
#include "AzureCliCredential.h"
#include "AzureSignIn.h"
#include "ClientSecretCredential.h"
#include "DeviceCodeCredential.h"
#include "EmulatorOptionsFor.h"
#include "KeyVaultClient.h"
#include "KeychainTokenStore.h"
#include "ProfileCatalog.h"
#include "ProfileEditor.h"
#include "ProfileSettings.h"
#include "SecretServiceCheck.h"
#include "SecretsTestSupport.h"
#include "WorkspaceSession.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk;
using secretstest::await;
using secretstest::spinUntil;

namespace {

const QString kToken = QStringLiteral("azure-auth-test-token");
const QString kClientSecret = QStringLiteral("entra-app-secret+/=~x");
const QString kClientId = QStringLiteral("brickdesk-demo-app");

template<typename T> using Result = CallResult<T>;

AccessTokenResult tokenFrom(AzureCredential &credential, const QString &scope, QObject *context,
                            bool forceRefresh = false)
{
    return await<AccessTokenResult>(
               [&](auto handler) { credential.getToken(scope, forceRefresh, context, handler); })
        .value_or(AccessTokenResult{});
}

} // namespace

class TestAzureAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clientCredentialsGiveCachedTokens();
    void wrongClientSecretSaysSo();
    void certificateSignIn();
    void keyVaultSecretsLifecycle();
    void keyVaultPagesFollowNextLink();
    void nextLinkOutsideTheVaultIsRefused();
    void expiredTokensAreRenewedWithoutTheUser();
    void deviceCodeSignInIsKeptInTheKeychain();
    void expiredSignInAsksTheUserAgain();
    void declinedSignInFailsWaitingRequests();
    void twoScopesAtOnceShareTheStoredSignIn();
    void nonInteractiveDeviceCodeFailsAtOnce();
    void azureCliTokensAndItsErrors();
    void workspaceSessionWithClientSecret();
    void workspaceSessionWithTokenInKeyVault();
    void servicePrincipalSavedThroughTheEditorConnects();
    void tokensNeverReachTheLogs();

private:
    EntraEndpoint endpoint() const
    {
        return {m_emulator->entraAuthorityUrl(), m_emulator->entraTenantId(), kClientId};
    }
    Profile azureProfile(const QString &authType) const;

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<KeychainTokenStore> m_keychain;
    std::unique_ptr<secretstest::LogCapture> m_logs;
};

void TestAzureAuth::initTestCase()
{
    const QString missing = missingSecretServiceReason();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
}

void TestAzureAuth::init()
{
    m_logs = std::make_unique<secretstest::LogCapture>();
    emulator::EmulatorOptions options = emulatorOptionsFor(kToken, emulator::Seed::Empty);
    options.azure.clientSecret = kClientSecret;
    options.azure.deviceCodePollsBeforeApproval = 2;
    options.azure.deviceCodeIntervalSeconds = 1;
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    // A keychain service per test so sign-ins from one test do not leak into the next.
    m_keychain = std::make_unique<KeychainTokenStore>(
        nullptr,
        QStringLiteral("brickdesk-test-azure-%1").arg(QDateTime::currentMSecsSinceEpoch()));
}

void TestAzureAuth::cleanup()
{
    m_emulator.reset();
    m_keychain.reset();
    const QString logs = m_logs ? m_logs->text() : QString();
    m_logs.reset();
    QVERIFY(!logs.contains(kClientSecret));
}

Profile TestAzureAuth::azureProfile(const QString &authType) const
{
    Profile profile;
    profile.name = QStringLiteral("azure-dev");
    profile.host = m_emulator->baseUrl().toString();
    profile.authType = authType;
    profile.attributes = {{"azure_tenant_id", m_emulator->entraTenantId()},
                          {"azure_client_id", kClientId}};
    profile.azureSignIn.authorityHost = m_emulator->entraAuthorityUrl().toString();
    return profile;
}

void TestAzureAuth::clientCredentialsGiveCachedTokens()
{
    ClientSecretCredential app(&m_network, nullptr, endpoint(), kClientSecret);
    const AccessTokenResult first = tokenFrom(app, kKeyVaultScope, this);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.token.expiresOn > QDateTime::currentDateTimeUtc().addSecs(3000));
    const AccessTokenResult second = tokenFrom(app, kKeyVaultScope, this);
    QCOMPARE(second.token.token, first.token.token);
    QCOMPARE(app.fetchCount(), 1);
    QCOMPARE(m_emulator->entraTokenRequestCount("client_credentials"), 1);
    // Another scope is another token; concurrent requests for one scope share one fetch.
    int answers = 0;
    for (int i = 0; i < 3; ++i)
        app.getToken(kAzureDatabricksScope, false, this,
                     [&answers](const AccessTokenResult &r) { answers += r.ok(); });
    QVERIFY(spinUntil([&] { return answers == 3; }));
    QCOMPARE(m_emulator->entraTokenRequestCount("client_credentials"), 2);
}

void TestAzureAuth::wrongClientSecretSaysSo()
{
    ClientSecretCredential app(&m_network, nullptr, endpoint(), QStringLiteral("not-the-secret"));
    const AccessTokenResult result = tokenFrom(app, kKeyVaultScope, this);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains("AADSTS7000215"), qPrintable(result.error));
    QVERIFY(!result.signInRequired);
    EntraEndpoint unknownTenant = endpoint();
    unknownTenant.tenantId = QStringLiteral("no-such-tenant");
    ClientSecretCredential lost(&m_network, nullptr, unknownTenant, kClientSecret);
    QVERIFY(tokenFrom(lost, kKeyVaultScope, this).error.contains("AADSTS90002"));
}

namespace {

// A self-signed certificate and its key in one PEM file, and the certificate alone.
bool makeCertificate(const QTemporaryDir &dir, const QString &name, QString *both,
                     QByteArray *certificatePem)
{
    const QString key = dir.filePath(name + ".key"), cert = dir.filePath(name + ".crt");
    QProcess openssl;
    openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                              "-out", cert, "-days", "2", "-subj", "/CN=" + name});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return false;
    QFile certFile(cert), keyFile(key), bothFile(dir.filePath(name + ".pem"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly) ||
        !bothFile.open(QIODevice::WriteOnly))
        return false;
    *certificatePem = certFile.readAll();
    bothFile.write(*certificatePem + keyFile.readAll());
    *both = bothFile.fileName();
    return true;
}

} // namespace

void TestAzureAuth::certificateSignIn()
{
    QTemporaryDir dir;
    QString registered, other;
    QByteArray registeredPem, otherPem;
    QVERIFY2(makeCertificate(dir, "registered", &registered, &registeredPem), "openssl is needed");
    QVERIFY(makeCertificate(dir, "other", &other, &otherPem));
    emulator::EmulatorOptions options = emulatorOptionsFor(kToken, emulator::Seed::Empty);
    options.azure.clientCertificatePem = registeredPem;
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY(m_emulator->listen());
    QVERIFY(m_emulator->setKeyVaultSecret("brickdesk-demo", "by-certificate", "ok"));

    AzureSignIn signIn(&m_network, nullptr, m_keychain.get());
    AzureSignInConfig config;
    config.method = AzureCredential::Kind::ClientCertificate;
    config.endpoint = endpoint();
    config.certificatePath = registered;
    std::optional<AzureCredential *> made;
    QString error;
    signIn.credential(config, this, [&](AzureCredential *credential, const QString &e) {
        made = credential;
        error = e;
    });
    QVERIFY(spinUntil([&] { return made.has_value(); }));
    QVERIFY2(*made, qPrintable(error));
    KeyVaultClient vault(&m_network, nullptr);
    vault.setVault(m_emulator->keyVaultUrl("brickdesk-demo"), *made);
    const auto got = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.getSecret("by-certificate", QString(), this, h); });
    QVERIFY2(got && got->ok(), got ? qPrintable(got->error.summary()) : "no answer");
    QCOMPARE(got->value.value.value_or(QString()), QStringLiteral("ok"));

    // A certificate the application does not have is refused by Entra with its reason.
    config.certificatePath = other;
    made.reset();
    signIn.credential(config, this,
                      [&](AzureCredential *credential, const QString &) { made = credential; });
    QVERIFY(spinUntil([&] { return made.has_value(); }));
    const AccessTokenResult refused = tokenFrom(**made, kKeyVaultScope, this);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains("AADSTS700027"), qPrintable(refused.error));

    // A file without the private key says so before any request.
    config.certificatePath = dir.filePath("registered.crt");
    made.reset();
    signIn.credential(config, this, [&](AzureCredential *credential, const QString &e) {
        made = credential;
        error = e;
    });
    QVERIFY(spinUntil([&] { return made.has_value(); }));
    QVERIFY(!*made);
    QVERIFY2(error.contains("private key"), qPrintable(error));
}

void TestAzureAuth::keyVaultSecretsLifecycle()
{
    ClientSecretCredential app(&m_network, nullptr, endpoint(), kClientSecret);
    KeyVaultClient vault(&m_network, nullptr);
    vault.setVault(m_emulator->keyVaultUrl("brickdesk-demo"), &app);

    KeyVaultSecretProperties properties;
    properties.contentType = QStringLiteral("text/plain");
    properties.tags = QMap<QString, QString>{{"team", "etl"}};
    properties.expires = QDateTime::currentDateTimeUtc().addDays(3);
    auto set = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.setSecret("db-password", "first", properties, this, h); });
    QVERIFY2(set && set->ok(), set ? qPrintable(set->error.summary()) : "no answer");
    const QString firstVersion = set->value.version;
    QVERIFY(!firstVersion.isEmpty());
    QCOMPARE(set->value.tags.value("team"), QStringLiteral("etl"));
    QCOMPARE(keyVaultExpiry(set->value.attributes, QDateTime::currentDateTimeUtc()),
             KeyVaultExpiry::ExpiresSoon);
    set = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.setSecret("db-password", "second", {}, this, h); });
    QVERIFY(set && set->ok());

    auto got = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.getSecret("db-password", QString(), this, h); });
    QVERIFY(got && got->ok());
    QCOMPARE(got->value.value.value_or(QString()), QStringLiteral("second"));
    got = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.getSecret("db-password", firstVersion, this, h); });
    QCOMPARE(got->value.value.value_or(QString()), QStringLiteral("first"));
    const auto versions = await<Result<QList<KeyVaultSecret>>>(
        [&](auto h) { vault.listVersions("db-password", this, h); });
    QVERIFY(versions && versions->ok());
    QCOMPARE(versions->value.size(), 2);

    KeyVaultSecretProperties disable;
    disable.enabled = false;
    const auto updated = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.updateSecret("db-password", set->value.version, disable, this, h); });
    QVERIFY(updated && updated->ok());
    QVERIFY(!updated->value.attributes.enabled);

    const auto deleted =
        await<Result<KeyVaultSecret>>([&](auto h) { vault.deleteSecret("db-password", this, h); });
    QVERIFY(deleted && deleted->ok());
    QVERIFY(deleted->value.scheduledPurgeDate.isValid());
    got = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.getSecret("db-password", QString(), this, h); });
    QCOMPARE(got->error.httpStatus, 404);
    QCOMPARE(got->error.errorCode, QStringLiteral("SecretNotFound"));
    const auto conflict = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.setSecret("db-password", "x", {}, this, h); });
    QCOMPARE(conflict->error.httpStatus, 409);
    auto listedDeleted =
        await<Result<QList<KeyVaultSecret>>>([&](auto h) { vault.listDeletedSecrets(this, h); });
    QVERIFY(listedDeleted && listedDeleted->ok() && listedDeleted->value.size() == 1);
    const auto recovered =
        await<Result<KeyVaultSecret>>([&](auto h) { vault.recoverSecret("db-password", this, h); });
    QVERIFY(recovered && recovered->ok());
    // The newest version was disabled before the delete: Key Vault refuses to read it...
    got = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.getSecret("db-password", QString(), this, h); });
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error.httpStatus, 403);
    QVERIFY(got->error.message.contains("disabled"));
    // ...until it is enabled again.
    KeyVaultSecretProperties enable;
    enable.enabled = true;
    QVERIFY(await<Result<KeyVaultSecret>>([&](auto h) {
                vault.updateSecret("db-password", set->value.version, enable, this, h);
            })->ok());
    got = await<Result<KeyVaultSecret>>(
        [&](auto h) { vault.getSecret("db-password", QString(), this, h); });
    QVERIFY2(got && got->ok(), got ? qPrintable(got->error.summary()) : "no answer");

    QVERIFY(await<Result<KeyVaultSecret>>([&](auto h) {
                vault.deleteSecret("db-password", this, h);
            })->ok());
    const auto purged =
        await<Result<Done>>([&](auto h) { vault.purgeSecret("db-password", this, h); });
    QVERIFY(purged && purged->ok());
    listedDeleted =
        await<Result<QList<KeyVaultSecret>>>([&](auto h) { vault.listDeletedSecrets(this, h); });
    QVERIFY(listedDeleted->value.isEmpty());

    // Refused before sending: bad names and values over 25 KB.
    const int before = m_emulator->requestCount();
    QVERIFY(!await<Result<KeyVaultSecret>>([&](auto h) {
                 vault.setSecret("bad_name", "x", {}, this, h);
             })->ok());
    QVERIFY(!await<Result<KeyVaultSecret>>([&](auto h) {
                 vault.setSecret("big", QString(25 * 1024 + 1, 'x'), {}, this, h);
             })->ok());
    QCOMPARE(m_emulator->requestCount(), before);
}

void TestAzureAuth::keyVaultPagesFollowNextLink()
{
    for (int i = 0; i < 61; ++i)
        QVERIFY(m_emulator->setKeyVaultSecret(
            "brickdesk-demo", QStringLiteral("s-%1").arg(i, 3, 10, QChar('0')), "v"));
    ClientSecretCredential app(&m_network, nullptr, endpoint(), kClientSecret);
    KeyVaultClient vault(&m_network, nullptr);
    vault.setVault(m_emulator->keyVaultUrl("brickdesk-demo"), &app);
    QList<int> progress;
    const int before = m_emulator->requestCount();
    const auto listed = await<Result<QList<KeyVaultSecret>>>(
        [&](auto h) { vault.listSecrets(this, h, [&progress](int n) { progress.append(n); }); });
    QVERIFY2(listed && listed->ok(), listed ? qPrintable(listed->error.summary()) : "no answer");
    QCOMPARE(listed->value.size(), 61);
    QCOMPARE(progress, (QList<int>{25, 50, 61}));
    QVERIFY(!listed->value.first().value.has_value()); // lists carry no values
    QStringList names;
    for (const KeyVaultSecret &secret : listed->value)
        names.append(secret.name);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 61);
    QCOMPARE(m_emulator->requestCount() - before, 3 + 1); // three pages and one token request
}

void TestAzureAuth::nextLinkOutsideTheVaultIsRefused()
{
    ClientSecretCredential app(&m_network, nullptr, endpoint(), kClientSecret);
    KeyVaultClient vault(&m_network, nullptr);
    vault.setVault(m_emulator->keyVaultUrl("brickdesk-demo"), &app);
    const int before = m_emulator->requestCount();
    for (const QString &link :
         {QStringLiteral("http://evil.example.com/secrets?api-version=7.4"),
          QStringLiteral("http://127.0.0.1:1/keyvault/brickdesk-demo/secrets?x=1"),
          QString(m_emulator->baseUrl().toString() + "/keyvault/other/secrets?api-version=7.4")}) {
        const auto page =
            await<Result<KeyVaultPage>>([&](auto h) { vault.listPage(QUrl(link), this, h); });
        QVERIFY(page && !page->ok());
        QVERIFY2(page->error.message.contains("outside the vault"),
                 qPrintable(page->error.message));
    }
    QCOMPARE(m_emulator->requestCount(), before);
}

void TestAzureAuth::expiredTokensAreRenewedWithoutTheUser()
{
    m_emulator->setEntraTokenLifetimeSeconds(3);
    ClientSecretCredential app(&m_network, nullptr, endpoint(), kClientSecret);
    ActivityLog activity;
    KeyVaultClient vault(&m_network, &activity);
    vault.setVault(m_emulator->keyVaultUrl("brickdesk-demo"), &app);
    QVERIFY(m_emulator->setKeyVaultSecret("brickdesk-demo", "renewal", "v"));
    const auto refusals = [&activity] {
        int count = 0;
        for (int i = 0; i < activity.size(); ++i)
            count += activity.at(i).httpStatus == 401;
        return count;
    };
    const auto get = [&] {
        return await<Result<KeyVaultSecret>>(
            [&](auto h) { vault.getSecret("renewal", QString(), this, h); });
    };
    QVERIFY(get()->ok());
    QCOMPARE(app.fetchCount(), 1);
    // In the last fifth of its life (at least its last second) a token is replaced before use:
    // no request is refused on the way.
    QTest::qWait(2300);
    auto again = get();
    QVERIFY2(again->ok(), qPrintable(again->error.summary()));
    QCOMPARE(refusals(), 0);
    QCOMPARE(app.fetchCount(), 2);
    QCOMPARE(again->value.value.value_or(QString()), QStringLiteral("v"));

    // A token the server stops accepting early: one 401, a forced refresh, then success.
    m_emulator->setEntraTokenLifetimeSeconds(3600);
    m_emulator->expireEntraAccessTokens();
    again = get();
    QVERIFY2(again->ok(), qPrintable(again->error.summary()));
    QCOMPARE(app.fetchCount(), 3);
    QCOMPARE(refusals(), 1);
}

void TestAzureAuth::deviceCodeSignInIsKeptInTheKeychain()
{
    DeviceCodeCredential user(&m_network, nullptr, endpoint(), m_keychain.get());
    user.setInteractive(true);
    QSignalSpy required(&user, &DeviceCodeCredential::signInRequired);
    QSignalSpy prompt(&user, &DeviceCodeCredential::deviceCodeReady);
    std::optional<AccessTokenResult> result;
    user.getToken(kKeyVaultScope, false, this,
                  [&result](const AccessTokenResult &r) { result = r; });
    QVERIFY(spinUntil([&] { return required.count() == 1; }));
    QVERIFY(!result);
    user.startSignIn();
    QVERIFY(spinUntil([&] { return prompt.count() == 1; }));
    const auto code = prompt.first().first().value<DeviceCodePrompt>();
    QVERIFY(!code.userCode.isEmpty());
    QVERIFY(code.verificationUri.isValid());
    QVERIFY(spinUntil([&] { return result.has_value(); }, 20000));
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(user.state(), DeviceCodeCredential::State::SignedIn);
    QVERIFY(!user.account().isEmpty());

    // Another scope comes from the refresh token, without the user.
    QVERIFY(tokenFrom(user, kAzureDatabricksScope, this).ok());
    QCOMPARE(required.count(), 1);

    // A restart: a new credential finds the sign-in in the keychain.
    QVERIFY(spinUntil([&] {
        return await<TokenStoreResult>(
                   [&](auto h) { m_keychain->readToken(user.refreshTokenKey(), this, h); })
            ->ok();
    }));
    DeviceCodeCredential restarted(&m_network, nullptr, endpoint(), m_keychain.get());
    const int refreshes = m_emulator->entraTokenRequestCount("refresh_token");
    const AccessTokenResult afterRestart = tokenFrom(restarted, kKeyVaultScope, this);
    QVERIFY2(afterRestart.ok(), qPrintable(afterRestart.error));
    QCOMPARE(m_emulator->entraTokenRequestCount("refresh_token"), refreshes + 1);

    restarted.signOut();
    QVERIFY(spinUntil([&] {
        return await<TokenStoreResult>([&](auto h) {
                   m_keychain->readToken(user.refreshTokenKey(), this, h);
               })->status == TokenStoreResult::Status::NotFound;
    }));
}

void TestAzureAuth::expiredSignInAsksTheUserAgain()
{
    DeviceCodeCredential user(&m_network, nullptr, endpoint(), m_keychain.get());
    user.setInteractive(true);
    connect(&user, &DeviceCodeCredential::signInRequired, &user,
            &DeviceCodeCredential::startSignIn);
    QVERIFY(tokenFrom(user, kKeyVaultScope, this).ok());

    QSignalSpy required(&user, &DeviceCodeCredential::signInRequired);
    m_emulator->revokeEntraRefreshTokens();
    user.forgetTokens();
    const AccessTokenResult result = tokenFrom(user, kKeyVaultScope, this, false);
    QCOMPARE(required.count(), 1);
    QVERIFY2(required.first().first().toString().contains("expired"),
             qPrintable(required.first().first().toString()));
    QVERIFY2(result.ok(), qPrintable(result.error)); // signed in again, the request went through
}

void TestAzureAuth::twoScopesAtOnceShareTheStoredSignIn()
{
    DeviceCodeCredential first(&m_network, nullptr, endpoint(), m_keychain.get());
    first.setInteractive(true);
    connect(&first, &DeviceCodeCredential::signInRequired, &first,
            &DeviceCodeCredential::startSignIn);
    QVERIFY(tokenFrom(first, kKeyVaultScope, this).ok());
    QVERIFY(spinUntil([&] {
        return await<TokenStoreResult>(
                   [&](auto h) { m_keychain->readToken(first.refreshTokenKey(), this, h); })
            ->ok();
    }));
    // A restart asks for two scopes at once while the keychain is still answering.
    DeviceCodeCredential restarted(&m_network, nullptr, endpoint(), m_keychain.get());
    restarted.setInteractive(true);
    QSignalSpy required(&restarted, &DeviceCodeCredential::signInRequired);
    std::optional<AccessTokenResult> vault, workspace;
    restarted.getToken(kKeyVaultScope, false, this, [&](const AccessTokenResult &r) { vault = r; });
    restarted.getToken(kAzureDatabricksScope, false, this,
                       [&](const AccessTokenResult &r) { workspace = r; });
    QVERIFY(spinUntil([&] { return vault && workspace; }));
    QVERIFY2(vault->ok(), qPrintable(vault->error));
    QVERIFY2(workspace->ok(), qPrintable(workspace->error));
    QCOMPARE(required.count(), 0);
}

void TestAzureAuth::declinedSignInFailsWaitingRequests()
{
    DeviceCodeCredential user(&m_network, nullptr, endpoint(), m_keychain.get());
    user.setInteractive(true);
    connect(&user, &DeviceCodeCredential::signInRequired, &user,
            &DeviceCodeCredential::startSignIn);
    QSignalSpy finished(&user, &DeviceCodeCredential::signInFinished);
    m_emulator->declineNextDeviceCode();
    const AccessTokenResult result = tokenFrom(user, kKeyVaultScope, this);
    QVERIFY(!result.ok());
    QVERIFY(result.signInRequired);
    QVERIFY2(result.error.contains("declined"), qPrintable(result.error));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(user.state(), DeviceCodeCredential::State::SignedOut);

    // Cancelling while the device-code request is on the wire finishes the sign-in once, saying so.
    finished.clear();
    user.startSignIn();
    user.cancelSignIn();
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().at(1).toString().contains("cancelled"));

    // Cancelling a sign-in under way fails the waiting request with that reason.
    disconnect(&user, &DeviceCodeCredential::signInRequired, nullptr, nullptr);
    std::optional<AccessTokenResult> waiting;
    user.getToken(kKeyVaultScope, false, this,
                  [&waiting](const AccessTokenResult &r) { waiting = r; });
    QVERIFY(spinUntil([&] { return user.state() == DeviceCodeCredential::State::SignedOut; }));
    user.startSignIn();
    QVERIFY(spinUntil([&] { return user.state() == DeviceCodeCredential::State::WaitingForUser; }));
    user.cancelSignIn();
    QVERIFY(spinUntil([&] { return waiting.has_value(); }));
    QVERIFY(waiting->error.contains("cancelled"));
}

void TestAzureAuth::nonInteractiveDeviceCodeFailsAtOnce()
{
    DeviceCodeCredential user(&m_network, nullptr, endpoint(), m_keychain.get());
    const AccessTokenResult result = tokenFrom(user, kKeyVaultScope, this);
    QVERIFY(!result.ok());
    QVERIFY(result.signInRequired);
    QCOMPARE(m_emulator->entraTokenRequestCount("urn:ietf:params:oauth:grant-type:device_code"), 0);
}

void TestAzureAuth::azureCliTokensAndItsErrors()
{
    // A stand-in az: prints what the real one prints, with a token the emulator issued.
    ClientSecretCredential app(&m_network, nullptr, endpoint(), kClientSecret);
    const AccessTokenResult issued = tokenFrom(app, kAzureDatabricksScope, this);
    QVERIFY(issued.ok());
    QTemporaryDir bin;
    const QString az = bin.filePath("az");
    QFile script(az);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral(
                     "#!/bin/sh\n"
                     "case \"$*\" in *get-access-token*--scope*) ;; *) exit 9;; esac\n"
                     "if [ -f \"%1/logged-out\" ]; then echo \"ERROR: Please run 'az login' to "
                     "setup account.\" >&2; exit 1; fi\n"
                     "echo '{\"accessToken\":\"%2\",\"expires_on\":%3,\"tokenType\":\"Bearer\"}'\n")
                     .arg(bin.path(), issued.token.token)
                     .arg(issued.token.expiresOn.toSecsSinceEpoch())
                     .toUtf8());
    script.close();
    QFile::setPermissions(az, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    AzureCliCredential cli;
    cli.setProgram(az);
    AccessTokenResult result = tokenFrom(cli, kAzureDatabricksScope, this);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.token.token, issued.token.token);

    // A session for an azure-cli profile finds az on PATH and connects with its token.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.path().toUtf8() + ":" + path);
    AzureSignIn signIn(&m_network, nullptr, m_keychain.get());
    WorkspaceSession session(&m_network, nullptr, m_keychain.get());
    session.setAzureSignIn(&signIn);
    session.open(azureProfile("azure-cli"));
    QVERIFY(spinUntil([&] {
        return session.state() == WorkspaceSession::State::Connected ||
               session.state() == WorkspaceSession::State::Failed;
    }));
    QVERIFY2(session.state() == WorkspaceSession::State::Connected,
             qPrintable(session.errorText()));

    // Signed out of az: the error says what to do.
    QFile marker(bin.filePath("logged-out"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    cli.forgetTokens();
    result = tokenFrom(cli, kAzureDatabricksScope, this);
    qputenv("PATH", path);
    QVERIFY(!result.ok());
    QVERIFY(result.signInRequired);
    QVERIFY2(result.error.contains("az login"), qPrintable(result.error));
    cli.setProgram(bin.filePath("missing-az"));
    QVERIFY(!tokenFrom(cli, kAzureDatabricksScope, this).ok());
}

void TestAzureAuth::workspaceSessionWithClientSecret()
{
    AzureSignIn signIn(&m_network, nullptr, m_keychain.get());
    WorkspaceSession session(&m_network, nullptr, m_keychain.get());
    session.setAzureSignIn(&signIn);
    Profile profile = azureProfile("azure-client-secret");
    profile.inlineClientSecret = kClientSecret;
    session.open(profile);
    QVERIFY(spinUntil([&] {
        return session.state() == WorkspaceSession::State::Connected ||
               session.state() == WorkspaceSession::State::Failed;
    }));
    QVERIFY2(session.state() == WorkspaceSession::State::Connected,
             qPrintable(session.errorText()));
    QVERIFY(session.client()->hasTokenProvider());
    QCOMPARE(m_emulator->entraTokenRequestCount("client_credentials"), 1);

    // Without an inline secret it comes from the keychain; without either the error says where.
    profile.inlineClientSecret.clear();
    AzureSignIn fresh(&m_network, nullptr, m_keychain.get());
    session.setAzureSignIn(&fresh);
    session.open(profile);
    QVERIFY(spinUntil([&] { return session.state() == WorkspaceSession::State::Failed; }));
    QVERIFY2(session.errorText().contains("no client secret is stored"),
             qPrintable(session.errorText()));
    std::optional<QString> stored;
    fresh.storeClientSecret(workspaceAzureSignIn(profile, QProcessEnvironment()), kClientSecret,
                            this, [&stored](const QString &error) { stored = error; });
    QVERIFY(spinUntil([&] { return stored.has_value(); }));
    QVERIFY2(stored->isEmpty(), qPrintable(*stored));
    session.open(profile);
    QVERIFY(spinUntil([&] {
        return session.state() == WorkspaceSession::State::Connected ||
               session.state() == WorkspaceSession::State::Failed;
    }));
    QVERIFY2(session.state() == WorkspaceSession::State::Connected,
             qPrintable(session.errorText()));
}

void TestAzureAuth::workspaceSessionWithTokenInKeyVault()
{
    QVERIFY(m_emulator->setKeyVaultSecret("brickdesk-demo", "workspace-pat", kToken.toUtf8()));
    AzureSignIn signIn(&m_network, nullptr, m_keychain.get());
    Profile profile = azureProfile("pat");
    profile.tokenSource = TokenSource::KeyVault;
    profile.tokenVault = {m_emulator->keyVaultUrl("brickdesk-demo").toString(), "workspace-pat"};
    profile.azureSignIn.method = "client-secret";
    std::optional<QString> stored;
    signIn.storeClientSecret(azureSignInFor(profile, QProcessEnvironment()), kClientSecret, this,
                             [&stored](const QString &error) { stored = error; });
    QVERIFY(spinUntil([&] { return stored.has_value(); }));
    WorkspaceSession session(&m_network, nullptr, m_keychain.get());
    session.setAzureSignIn(&signIn);
    session.open(profile);
    QVERIFY(spinUntil([&] {
        return session.state() == WorkspaceSession::State::Connected ||
               session.state() == WorkspaceSession::State::Failed;
    }));
    QVERIFY2(session.state() == WorkspaceSession::State::Connected,
             qPrintable(session.errorText()));
    QVERIFY(!session.client()->hasTokenProvider()); // the PAT itself, fetched from the vault

    profile.tokenVault.secretName = "missing-pat";
    session.open(profile);
    QVERIFY(spinUntil([&] { return session.state() == WorkspaceSession::State::Failed; }));
    QVERIFY2(session.errorText().contains("missing-pat") &&
                 session.errorText().contains("SecretNotFound"),
             qPrintable(session.errorText()));
}

void TestAzureAuth::servicePrincipalSavedThroughTheEditorConnects()
{
    // Saved with the profile dialog's editor, connected as the app would: the client secret must
    // be found under the key it was stored with (azure_environment in the file included).
    QTemporaryDir dir;
    const QString configPath = dir.filePath(".databrickscfg");
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[sp]\nhost = " + m_emulator->baseUrl().toString().toUtf8() +
                 "\nazure_environment = PUBLIC\n");
    config.close();
    QSettings store(dir.filePath("settings.ini"), QSettings::IniFormat);
    ProfileSettings settings(store);
    qputenv("AZURE_AUTHORITY_HOST", m_emulator->entraAuthorityUrl().toString().toUtf8());
    ProfileEdit edit;
    edit.originalName = edit.name = QStringLiteral("sp");
    edit.host = m_emulator->baseUrl().toString();
    edit.authType = QStringLiteral("azure-client-secret");
    edit.azureTenantId = m_emulator->entraTenantId();
    edit.azureClientId = kClientId;
    edit.azureClientSecret = kClientSecret;
    std::optional<QString> saved;
    saveProfile(edit, configPath, *m_keychain, settings, this,
                [&saved](const QString &error) { saved = error; });
    QVERIFY(spinUntil([&] { return saved.has_value(); }));
    QVERIFY2(saved->isEmpty(), qPrintable(*saved));

    const ProfileCatalog catalog =
        ProfileLoader::load(configPath, QProcessEnvironment::systemEnvironment(), &settings);
    const Profile *profile = catalog.find(QStringLiteral("sp"));
    QVERIFY(profile && profile->isUsable());
    AzureSignIn signIn(&m_network, nullptr, m_keychain.get());
    WorkspaceSession session(&m_network, nullptr, m_keychain.get());
    session.setAzureSignIn(&signIn);
    session.open(*profile);
    QVERIFY(spinUntil([&] {
        return session.state() == WorkspaceSession::State::Connected ||
               session.state() == WorkspaceSession::State::Failed;
    }));
    qunsetenv("AZURE_AUTHORITY_HOST");
    QVERIFY2(session.state() == WorkspaceSession::State::Connected,
             qPrintable(session.errorText()));
    m_keychain->deleteToken(
        workspaceAzureSignIn(*profile, QProcessEnvironment::systemEnvironment()).clientSecretKey(),
        this, [](const TokenStoreResult &) {});
}

void TestAzureAuth::tokensNeverReachTheLogs()
{
    DeviceCodeCredential user(&m_network, nullptr, endpoint(), m_keychain.get());
    user.setInteractive(true);
    connect(&user, &DeviceCodeCredential::signInRequired, &user,
            &DeviceCodeCredential::startSignIn);
    const AccessTokenResult signedIn = tokenFrom(user, kKeyVaultScope, this);
    QVERIFY(signedIn.ok());
    ClientSecretCredential app(&m_network, nullptr, endpoint(), kClientSecret);
    KeyVaultClient vault(&m_network, nullptr);
    vault.setVault(m_emulator->keyVaultUrl("brickdesk-demo"), &app);
    const QString value = QStringLiteral("kv-value-that-must-not-leak");
    QVERIFY(await<Result<KeyVaultSecret>>([&](auto h) {
                vault.setSecret("leak", value, {}, this, h);
            })->ok());
    QVERIFY(await<Result<KeyVaultSecret>>([&](auto h) {
                vault.getSecret("leak", QString(), this, h);
            })->ok());
    const AccessTokenResult appToken = tokenFrom(app, kKeyVaultScope, this);
    const QString refreshToken = await<TokenStoreResult>([&](auto h) {
                                     m_keychain->readToken(user.refreshTokenKey(), this, h);
                                 })->token;
    QVERIFY(!refreshToken.isEmpty());

    const QString logs = m_logs->text();
    QVERIFY2(m_logs->lineCount() > 0, "nothing was logged: the check would prove nothing");
    for (const QString &secret :
         {signedIn.token.token, appToken.token.token, refreshToken, value, kClientSecret}) {
        QVERIFY(!secret.isEmpty());
        QVERIFY(!logs.contains(secret));
    }
}

QTEST_GUILESS_MAIN(TestAzureAuth)
#include "tst_azureauth.moc"
