// The emulator's Azure side over real HTTP on 127.0.0.1: the Key Vault data plane (every call,
// paging by nextLink, versions, soft delete, recover and purge, the name and value rules, the
// api-version, Azure's error shape, the 401 challenge and the 403 for another audience), the fake
// Entra ID (client credentials, device code, refresh tokens, token lifetime, the test hooks),
// the demo vault, the executable's start-up lines, and that no secret reaches the log.

#include "EmulatorAzureHttp.h"
#include "WorkspaceEmulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <memory>

using namespace brickdesk::emulator;
using namespace emulatortest;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-keyvault-test-0123456789");
const QString kClientSecret = QStringLiteral("entra-app-secret-for-the-vault-test-42");
constexpr qint64 kDay = 24 * 60 * 60;

EmulatorOptions optionsWith(Seed seed, const QString &clientSecret = kClientSecret)
{
    EmulatorOptions options;
    options.token = kToken;
    options.seed = seed;
    options.azure.clientSecret = clientSecret;
    return options;
}

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + ": " + message);
}

QStringList itemNames(const QJsonArray &items)
{
    QStringList names;
    for (const QJsonValue &item : items)
        names.append(item.toObject().value("id").toString().section('/', -1));
    return names;
}

} // namespace

class tst_EmulatorKeyVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Entra ID.
    void clientCredentialsIssueAJwt();
    void clientCredentialsErrors();
    void clientCredentialsRefusedWithoutAConfiguredSecret();
    void deviceCodeIsPendingThenApproved_data();
    void deviceCodeIsPendingThenApproved();
    void deviceCodeDeclined();
    void deviceCodeExpired();
    void deviceCodeErrors();
    void refreshTokenGrantAndRevocation();
    void tokenLifetimeIsHonoured();
    void tokenRequestsAreCounted();

    // Key Vault.
    void keyVaultNeedsAVaultToken();
    void apiVersionIsRequired();
    void setGetAndVersions();
    void nameAndValueRules_data();
    void nameAndValueRules();
    void listPagesFollowNextLink();
    void versionsPageToo();
    void updateChangesAttributesAndTags();
    void softDeleteRecoverAndPurge();
    void unknownVaultsAndEndpoints();
    void demoVaultIsSeeded();
    void emptySeedHasAnEmptyVault();

    void executablePrintsAzureEndpointsButNotTheSecret();
    void logsNeverContainSecretsOrTokens();

private:
    QString vaultToken()
    {
        return clientCredentials(m_http, *m_emulator, kClientSecret, kVaultScope)
            .json.value("access_token")
            .toString();
    }
    Reply vault(const QByteArray &method, const QString &path, const QString &extraQuery = {},
                const QByteArray &body = {})
    {
        if (m_vaultToken.isEmpty())
            m_vaultToken = vaultToken();
        return m_http.send(method, vaultUrl(*m_emulator, path, extraQuery), bearer(m_vaultToken),
                           body);
    }
    Reply setSecret(const QString &name, const QJsonObject &body)
    {
        return vault("PUT", "/secrets/" + name, {}, QJsonDocument(body).toJson());
    }
    Reply startDeviceCode(const QString &scope)
    {
        return m_http.postForm(entraUrl(*m_emulator, m_emulator->entraTenantId(), "devicecode"),
                               {{"client_id", "brickdesk-demo-app"}, {"scope", scope}});
    }
    // Every item of a paged list, following nextLink exactly as given; the page sizes in *sizes.
    QJsonArray allPages(const QUrl &first, QList<int> *sizes, QStringList *links = nullptr);

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    Http m_http;
    QString m_vaultToken;
};

void tst_EmulatorKeyVault::init()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Demo));
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
    m_vaultToken.clear();
}

void tst_EmulatorKeyVault::cleanup()
{
    m_emulator.reset();
}

QJsonArray tst_EmulatorKeyVault::allPages(const QUrl &first, QList<int> *sizes, QStringList *links)
{
    QJsonArray items;
    QUrl next = first;
    for (int page = 0; page < 100 && next.isValid(); ++page) {
        const Reply reply = m_http.send("GET", next, bearer(m_vaultToken));
        if (reply.status != 200)
            return {};
        const QJsonArray value = reply.json.value("value").toArray();
        sizes->append(int(value.size()));
        for (const QJsonValue &item : value)
            items.append(item);
        const QJsonValue link = reply.json.value("nextLink");
        if (link.isNull() || link.isUndefined())
            break;
        if (links)
            links->append(link.toString());
        next = QUrl(link.toString(), QUrl::StrictMode);
    }
    return items;
}

void tst_EmulatorKeyVault::clientCredentialsIssueAJwt()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Reply reply =
        clientCredentials(m_http, *m_emulator, kClientSecret, kVaultScope + " offline_access");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("token_type").toString(), "Bearer");
    QCOMPARE(reply.json.value("expires_in").toInt(), 3600);
    QCOMPARE(reply.json.value("ext_expires_in").toInt(), 3600);
    QVERIFY(reply.json.contains("scope"));
    QVERIFY(!reply.json.contains("refresh_token")); // never for client credentials
    QCOMPARE(reply.header("Cache-Control"), "no-store");

    const QString token = reply.json.value("access_token").toString();
    QCOMPARE(token.count('.'), 2);
    const QJsonObject claims = jwtClaims(token);
    QCOMPARE(claims.value("aud").toString(), "https://vault.azure.net");
    QCOMPARE(claims.value("tid").toString(), "brickdesk-demo-tenant");
    QCOMPARE(claims.value("appid").toString(), "brickdesk-demo-app");
    QVERIFY(!claims.contains("upn"));
    QCOMPARE(claims.value("iss").toString(),
             m_emulator->entraAuthorityUrl().toString() + "/brickdesk-demo-tenant/");
    QVERIFY(!claims.value("oid").toString().isEmpty());
    const qint64 issuedAt = claims.value("iat").toInteger();
    QVERIFY(issuedAt >= before && issuedAt <= QDateTime::currentSecsSinceEpoch());
    QCOMPARE(claims.value("exp").toInteger() - issuedAt, 3600);

    // The scope decides the audience.
    const QString databricks =
        clientCredentials(m_http, *m_emulator, kClientSecret, kDatabricksScope)
            .json.value("access_token")
            .toString();
    QCOMPARE(jwtClaims(databricks).value("aud").toString(), kDatabricksAudience);
    QVERIFY(databricks != token);
}

void tst_EmulatorKeyVault::clientCredentialsErrors()
{
    const Reply wrongSecret = clientCredentials(m_http, *m_emulator, "not-the-secret", kVaultScope);
    QCOMPARE(wrongSecret.status, 401);
    QCOMPARE(wrongSecret.oauthError(), "invalid_client");
    QCOMPARE(wrongSecret.aadstsCode(), 7000215);
    QVERIFY(wrongSecret.json.value("error_description").toString().startsWith("AADSTS7000215: "));
    QVERIFY(!wrongSecret.json.contains("access_token"));

    const Reply unknownTenant = m_http.postForm(entraUrl(*m_emulator, "contoso-tenant", "token"),
                                                {{"grant_type", "client_credentials"},
                                                 {"client_id", "brickdesk-demo-app"},
                                                 {"client_secret", kClientSecret},
                                                 {"scope", kVaultScope}});
    QCOMPARE(unknownTenant.status, 400);
    QCOMPARE(unknownTenant.oauthError(), "invalid_request");
    QCOMPARE(unknownTenant.aadstsCode(), 90002);
    QVERIFY(unknownTenant.json.value("error_description").toString().contains("contoso-tenant"));

    const QUrl token = entraUrl(*m_emulator, m_emulator->entraTenantId(), "token");
    const Reply unknownClient = m_http.postForm(token, {{"grant_type", "client_credentials"},
                                                        {"client_id", "someone-else"},
                                                        {"client_secret", kClientSecret},
                                                        {"scope", kVaultScope}});
    QCOMPARE(unknownClient.status, 400);
    QCOMPARE(unknownClient.oauthError(), "unauthorized_client");
    QCOMPARE(unknownClient.aadstsCode(), 700016);

    const Reply noSecret = m_http.postForm(token, {{"grant_type", "client_credentials"},
                                                   {"client_id", "brickdesk-demo-app"},
                                                   {"scope", kVaultScope}});
    QCOMPARE(noSecret.status, 401);
    QCOMPARE(noSecret.oauthError(), "invalid_client");
    QCOMPARE(noSecret.aadstsCode(), 7000218);

    const Reply notDefault = clientCredentials(m_http, *m_emulator, kClientSecret,
                                               "https://vault.azure.net/user_impersonation");
    QCOMPARE(notDefault.status, 400);
    QCOMPARE(notDefault.oauthError(), "invalid_scope");
    const Reply unknownResource =
        clientCredentials(m_http, *m_emulator, kClientSecret, "https://storage.example/.default");
    QCOMPARE(unknownResource.status, 400);
    QCOMPARE(unknownResource.oauthError(), "invalid_resource");

    const Reply noGrant = m_http.postForm(token, {{"client_id", "brickdesk-demo-app"}});
    QCOMPARE(noGrant.status, 400);
    QCOMPARE(noGrant.oauthError(), "invalid_request");
    QCOMPARE(noGrant.aadstsCode(), 900144);
    const Reply password =
        m_http.postForm(token, {{"grant_type", "password"}, {"client_id", "brickdesk-demo-app"}});
    QCOMPARE(password.status, 400);
    QCOMPARE(password.oauthError(), "unsupported_grant_type");
    // Only POST.
    QCOMPARE(m_http.send("GET", token).status, 404);
}

void tst_EmulatorKeyVault::clientCredentialsRefusedWithoutAConfiguredSecret()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Empty, QString()));
    QVERIFY(m_emulator->listen(0));
    for (const QString &secret : {QString(), QString("anything"), kClientSecret}) {
        const Reply reply = clientCredentials(m_http, *m_emulator, secret, kVaultScope);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.oauthError(), "invalid_client");
        QCOMPARE(reply.aadstsCode(), 7000215);
    }
}

void tst_EmulatorKeyVault::deviceCodeIsPendingThenApproved_data()
{
    QTest::addColumn<int>("polls");
    QTest::newRow("default (2)") << 2;
    QTest::newRow("none") << 0;
    QTest::newRow("five") << 5;
}

void tst_EmulatorKeyVault::deviceCodeIsPendingThenApproved()
{
    QFETCH(int, polls);
    EmulatorOptions options = optionsWith(Seed::Empty);
    options.azure.deviceCodePollsBeforeApproval = polls;
    options.azure.deviceCodeIntervalSeconds = 3;
    m_emulator = std::make_unique<WorkspaceEmulator>(options);
    QVERIFY(m_emulator->listen(0));

    const Reply start = startDeviceCode(kVaultScope + " offline_access openid profile");
    QCOMPARE(start.status, 200);
    const QString userCode = start.json.value("user_code").toString();
    QVERIFY2(QRegularExpression("^[A-Z]{4}-[A-Z]{4}$").match(userCode).hasMatch(),
             qPrintable(userCode));
    const QString page = m_emulator->entraAuthorityUrl().toString() + "/devicelogin";
    QCOMPARE(start.json.value("verification_uri").toString(), page);
    QCOMPARE(start.json.value("expires_in").toInt(), 900);
    QCOMPARE(start.json.value("interval").toInt(), 3);
    QVERIFY(start.json.value("message").toString().contains(userCode));
    QVERIFY(start.json.value("message").toString().contains(page));
    const QString deviceCode = start.json.value("device_code").toString();
    QVERIFY(deviceCode.size() > 20);

    for (int i = 0; i < polls; ++i) {
        const Reply pending = pollDeviceCode(m_http, *m_emulator, deviceCode);
        QCOMPARE(pending.status, 400);
        QCOMPARE(pending.oauthError(), "authorization_pending");
        QCOMPARE(pending.aadstsCode(), 70016);
    }
    const Reply approved = pollDeviceCode(m_http, *m_emulator, deviceCode);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json.value("token_type").toString(), "Bearer");
    QVERIFY(!approved.json.value("refresh_token").toString().isEmpty()); // offline_access
    const QJsonObject claims = jwtClaims(approved.json.value("access_token").toString());
    QCOMPARE(claims.value("upn").toString(), "demo.user@brickdesk.example");
    QCOMPARE(claims.value("aud").toString(), "https://vault.azure.net");
    QVERIFY(claims.value("exp").toInteger() > QDateTime::currentSecsSinceEpoch());
    // The code is used up.
    const Reply again = pollDeviceCode(m_http, *m_emulator, deviceCode);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.oauthError(), "invalid_grant");
    // The token opens the vault.
    QCOMPARE(m_http
                 .send("GET", vaultUrl(*m_emulator, "/secrets"),
                       bearer(approved.json.value("access_token").toString()))
                 .status,
             200);
}

void tst_EmulatorKeyVault::deviceCodeDeclined()
{
    const QString deviceCode = startDeviceCode(kVaultScope).json.value("device_code").toString();
    m_emulator->declineNextDeviceCode();
    const Reply declined = pollDeviceCode(m_http, *m_emulator, deviceCode);
    QCOMPARE(declined.status, 400);
    QCOMPARE(declined.oauthError(), "authorization_declined");
    QVERIFY(declined.json.value("error_codes").toArray().size() == 1);
    // It stays declined.
    QCOMPARE(pollDeviceCode(m_http, *m_emulator, deviceCode).oauthError(),
             "authorization_declined");
    // The hook hits one poll only: a new sign-in goes through.
    QCOMPARE(deviceCodeSignIn(m_http, *m_emulator, kVaultScope).status, 200);
}

void tst_EmulatorKeyVault::deviceCodeExpired()
{
    // Set before the sign-in starts: the next poll of any code finds it expired.
    m_emulator->expireNextDeviceCode();
    const QString deviceCode = startDeviceCode(kVaultScope).json.value("device_code").toString();
    const Reply expired = pollDeviceCode(m_http, *m_emulator, deviceCode);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.oauthError(), "expired_token");
    QCOMPARE(expired.aadstsCode(), 70020);
    QCOMPARE(pollDeviceCode(m_http, *m_emulator, deviceCode).oauthError(), "expired_token");
    QCOMPARE(deviceCodeSignIn(m_http, *m_emulator, kVaultScope).status, 200);
}

void tst_EmulatorKeyVault::deviceCodeErrors()
{
    const Reply unknown = pollDeviceCode(m_http, *m_emulator, "DAQABIQEAAABnot-a-real-code");
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.oauthError(), "bad_verification_code");

    const Reply unknownClient =
        m_http.postForm(entraUrl(*m_emulator, m_emulator->entraTenantId(), "devicecode"),
                        {{"client_id", "not-registered"}, {"scope", kVaultScope}});
    QCOMPARE(unknownClient.status, 400);
    QCOMPARE(unknownClient.oauthError(), "unauthorized_client");
    QCOMPARE(unknownClient.aadstsCode(), 700016);
    const Reply noScope =
        m_http.postForm(entraUrl(*m_emulator, m_emulator->entraTenantId(), "devicecode"),
                        {{"client_id", "brickdesk-demo-app"}});
    QCOMPARE(noScope.status, 400);
    QCOMPARE(noScope.aadstsCode(), 900144);
    const Reply unknownTenant =
        m_http.postForm(entraUrl(*m_emulator, "other", "devicecode"),
                        {{"client_id", "brickdesk-demo-app"}, {"scope", kVaultScope}});
    QCOMPARE(unknownTenant.status, 400);
    QCOMPARE(unknownTenant.aadstsCode(), 90002);
    // The Azure CLI's public client id is accepted, and "organizations" names the tenant too.
    const Reply cli = m_http.postForm(
        entraUrl(*m_emulator, "organizations", "devicecode"),
        {{"client_id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"}, {"scope", kDatabricksScope}});
    QCOMPARE(cli.status, 200);

    // Without offline_access: no refresh token.
    const Reply noRefresh = deviceCodeSignIn(m_http, *m_emulator, kDatabricksScope);
    QCOMPARE(noRefresh.status, 200);
    QVERIFY(!noRefresh.json.contains("refresh_token"));
    QCOMPARE(jwtClaims(noRefresh.json.value("access_token").toString()).value("aud").toString(),
             kDatabricksAudience);
}

void tst_EmulatorKeyVault::refreshTokenGrantAndRevocation()
{
    const Reply signIn = deviceCodeSignIn(m_http, *m_emulator, kVaultScope + " offline_access");
    QCOMPARE(signIn.status, 200);
    const QString firstRefresh = signIn.json.value("refresh_token").toString();
    const QUrl token = entraUrl(*m_emulator, m_emulator->entraTenantId(), "token");
    const auto refresh = [&](const QString &refreshToken, const QString &scope) {
        return m_http.postForm(token, {{"grant_type", "refresh_token"},
                                       {"client_id", "brickdesk-demo-app"},
                                       {"refresh_token", refreshToken},
                                       {"scope", scope}});
    };

    // One refresh token gives access tokens for any resource, and a new refresh token.
    const Reply databricks = refresh(firstRefresh, kDatabricksScope + " offline_access");
    QCOMPARE(databricks.status, 200);
    const QJsonObject claims = jwtClaims(databricks.json.value("access_token").toString());
    QCOMPARE(claims.value("aud").toString(), kDatabricksAudience);
    QCOMPARE(claims.value("upn").toString(), "demo.user@brickdesk.example");
    const QString secondRefresh = databricks.json.value("refresh_token").toString();
    QVERIFY(!secondRefresh.isEmpty() && secondRefresh != firstRefresh);
    QVERIFY(databricks.json.value("access_token").toString() !=
            signIn.json.value("access_token").toString());
    QCOMPARE(refresh(secondRefresh, kVaultScope).status, 200);

    const Reply bogus = refresh("0.Anot-a-refresh-token", kVaultScope);
    QCOMPARE(bogus.status, 400);
    QCOMPARE(bogus.oauthError(), "invalid_grant");

    m_emulator->revokeEntraRefreshTokens();
    for (const QString &revoked : {firstRefresh, secondRefresh}) {
        const Reply refused = refresh(revoked, kVaultScope);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.oauthError(), "invalid_grant");
        QCOMPARE(refused.json.value("error_codes").toArray(), QJsonArray({700082}));
        QVERIFY2(refused.json.value("error_description")
                     .toString()
                     .startsWith("AADSTS700082: The refresh token has expired due to inactivity."),
                 qPrintable(refused.json.value("error_description").toString()));
    }
    // Access tokens already issued still work, and a new sign-in gets a working refresh token.
    QCOMPARE(m_http
                 .send("GET", vaultUrl(*m_emulator, "/secrets"),
                       bearer(signIn.json.value("access_token").toString()))
                 .status,
             200);
    const Reply again = deviceCodeSignIn(m_http, *m_emulator, kVaultScope + " offline_access");
    QCOMPARE(refresh(again.json.value("refresh_token").toString(), kVaultScope).status, 200);
}

void tst_EmulatorKeyVault::tokenLifetimeIsHonoured()
{
    m_emulator->setEntraTokenLifetimeSeconds(1);
    const Reply reply = clientCredentials(m_http, *m_emulator, kClientSecret, kVaultScope);
    QCOMPARE(reply.json.value("expires_in").toInt(), 1);
    const QString token = reply.json.value("access_token").toString();
    const QJsonObject claims = jwtClaims(token);
    QCOMPARE(claims.value("exp").toInteger() - claims.value("iat").toInteger(), 1);
    // Past exp by the real clock (the simulated one is not involved).
    QTest::qWait(
        int((claims.value("exp").toInteger() + 1) * 1000 - QDateTime::currentMSecsSinceEpoch()) +
        50);
    const Reply expired = m_http.send("GET", vaultUrl(*m_emulator, "/secrets"), bearer(token));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.azureCode(), "Unauthorized");
    QVERIFY(!expired.header("WWW-Authenticate").isEmpty());

    m_emulator->setEntraTokenLifetimeSeconds(3600);
    const Reply fresh = clientCredentials(m_http, *m_emulator, kClientSecret, kVaultScope);
    QCOMPARE(fresh.json.value("expires_in").toInt(), 3600);
    QCOMPARE(m_http
                 .send("GET", vaultUrl(*m_emulator, "/secrets"),
                       bearer(fresh.json.value("access_token").toString()))
                 .status,
             200);
}

void tst_EmulatorKeyVault::tokenRequestsAreCounted()
{
    QCOMPARE(m_emulator->entraTokenRequestCount("client_credentials"), 0);
    clientCredentials(m_http, *m_emulator, kClientSecret, kVaultScope);
    clientCredentials(m_http, *m_emulator, "wrong", kVaultScope); // failures count too
    QCOMPARE(m_emulator->entraTokenRequestCount("client_credentials"), 2);
    deviceCodeSignIn(m_http, *m_emulator, kVaultScope); // two pending polls, then approved
    QCOMPARE(m_emulator->entraTokenRequestCount(kDeviceCodeGrant), 3);
    QCOMPARE(m_emulator->entraTokenRequestCount("refresh_token"), 0);
}

void tst_EmulatorKeyVault::keyVaultNeedsAVaultToken()
{
    const QByteArray challenge = "Bearer authorization=\"" +
                                 m_emulator->entraAuthorityUrl().toString().toUtf8() +
                                 "/brickdesk-demo-tenant\", resource=\"https://vault.azure.net\"";
    const QUrl secrets = vaultUrl(*m_emulator, "/secrets");

    const Reply none = m_http.send("GET", secrets);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.azureCode(), "Unauthorized");
    QCOMPARE(none.header("WWW-Authenticate"), challenge);

    const Reply pat = m_http.send("GET", secrets, bearer(kToken));
    QCOMPARE(pat.status, 401);
    QCOMPARE(pat.azureCode(), "Unauthorized");
    QCOMPARE(pat.header("WWW-Authenticate"), challenge);

    const QString token = vaultToken();
    QCOMPARE(m_http.send("GET", secrets, bearer(token)).status, 200);
    m_emulator->expireEntraAccessTokens();
    const Reply expired = m_http.send("GET", secrets, bearer(token));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.header("WWW-Authenticate"), challenge);
    QVERIFY(expired.json.value("error").toObject().value("message").toString().contains("expired"));

    // A valid Entra token for Azure Databricks: the wrong audience.
    const QString databricks =
        clientCredentials(m_http, *m_emulator, kClientSecret, kDatabricksScope)
            .json.value("access_token")
            .toString();
    const Reply wrongAudience = m_http.send("GET", secrets, bearer(databricks));
    QCOMPARE(wrongAudience.status, 403);
    QCOMPARE(wrongAudience.azureCode(), "Forbidden");
    // The workspace's PAT check does not apply here either way, and a fresh vault token works.
    QCOMPARE(m_http.send("GET", secrets, bearer(vaultToken())).status, 200);
}

void tst_EmulatorKeyVault::apiVersionIsRequired()
{
    const QString token = vaultToken();
    QUrl url = m_emulator->keyVaultUrl("brickdesk-demo");
    url.setPath(url.path() + "/secrets");
    const Reply missing = m_http.send("GET", url, bearer(token));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.azureCode(), "BadParameter");
    QCOMPARE(missing.azureInnerCode(), "MissingApiVersionParameter");
    QVERIFY(
        missing.json.value("error").toObject().value("message").toString().contains("api-version"));

    url.setQuery("api-version=2016-10-01");
    const Reply wrong = m_http.send("GET", url, bearer(token));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.azureCode(), "BadParameter");
    url.setQuery("api-version=7.3");
    QCOMPARE(m_http.send("GET", url, bearer(token)).status, 200);
}

void tst_EmulatorKeyVault::setGetAndVersions()
{
    const qint64 before = m_emulator->simulatedNowMs() / 1000;
    const Reply set =
        setSecret("db-password",
                  {{"value", "hunter2"},
                   {"contentType", "text/plain"},
                   {"tags", QJsonObject{{"env", "dev"}}},
                   {"attributes", QJsonObject{{"exp", qint64(4102444800)}, {"nbf", 1700000000}}}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json.value("value").toString(), "hunter2");
    const QString base = m_emulator->keyVaultUrl("brickdesk-demo").toString();
    const QString id = set.json.value("id").toString();
    QVERIFY2(QRegularExpression("^" + QRegularExpression::escape(base) +
                                "/secrets/db-password/[0-9a-f]{32}$")
                 .match(id)
                 .hasMatch(),
             qPrintable(id));
    QCOMPARE(set.json.value("contentType").toString(), "text/plain");
    QCOMPARE(set.json.value("tags").toObject(), QJsonObject({{"env", "dev"}}));
    const QJsonObject attributes = set.json.value("attributes").toObject();
    QCOMPARE(attributes.value("enabled").toBool(), true);
    QCOMPARE(attributes.value("exp").toInteger(), 4102444800);
    QCOMPARE(attributes.value("nbf").toInteger(), 1700000000);
    QCOMPARE(attributes.value("recoveryLevel").toString(), "Recoverable+Purgeable");
    const qint64 created = attributes.value("created").toInteger();
    QVERIFY(created >= before && created <= m_emulator->simulatedNowMs() / 1000 + 1);
    QCOMPARE(attributes.value("updated").toInteger(), created);

    const Reply latest = vault("GET", "/secrets/db-password");
    QCOMPARE(latest.status, 200);
    QCOMPARE(latest.json, set.json);
    // Names ignore case, and an SDK's trailing slash for "the current version" is fine.
    QCOMPARE(vault("GET", "/secrets/DB-PASSWORD/").json.value("value").toString(), "hunter2");

    // A second version becomes current; the first stays readable by its id.
    const Reply second = setSecret("db-password", {{"value", "correct horse"}});
    QCOMPARE(second.status, 200);
    const QString firstVersion = id.section('/', -1);
    const QString secondVersion = second.json.value("id").toString().section('/', -1);
    QVERIFY(firstVersion != secondVersion);
    QVERIFY(!second.json.contains("contentType")); // a new version starts from its own body
    QCOMPARE(vault("GET", "/secrets/db-password").json.value("value").toString(), "correct horse");
    QCOMPARE(vault("GET", "/secrets/db-password/" + firstVersion).json.value("value").toString(),
             "hunter2");

    const Reply versions = vault("GET", "/secrets/db-password/versions");
    QCOMPARE(versions.status, 200);
    const QJsonArray items = versions.json.value("value").toArray();
    QCOMPARE(items.size(), 2);
    QSet<QString> ids;
    for (const QJsonValue &item : items) {
        QVERIFY(!item.toObject().contains("value"));
        ids.insert(item.toObject().value("id").toString().section('/', -1));
    }
    QCOMPARE(ids, QSet<QString>({firstVersion, secondVersion}));
    QVERIFY(versions.json.value("nextLink").isNull());

    const Reply missing = vault("GET", "/secrets/never-set");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.azureCode(), "SecretNotFound");
    QVERIFY(
        missing.json.value("error").toObject().value("message").toString().contains("never-set"));
    QCOMPARE(vault("GET", "/secrets/db-password/0123456789abcdef0123456789abcdef").azureCode(),
             "SecretNotFound");
    QCOMPARE(vault("GET", "/secrets/never-set/versions").status, 404);
}

void tst_EmulatorKeyVault::nameAndValueRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const auto valueOf = [](qsizetype size) {
        return QJsonDocument(QJsonObject{{"value", QString(size, 'v')}}).toJson();
    };
    QTest::newRow("127 characters") << QString(127, 'n') << valueOf(1) << 200;
    QTest::newRow("128 characters") << QString(128, 'n') << valueOf(1) << 400;
    QTest::newRow("underscore") << "under_score" << valueOf(1) << 400;
    QTest::newRow("dot") << "dot.name" << valueOf(1) << 400;
    QTest::newRow("digits and dashes") << "0-a-B-9" << valueOf(1) << 200;
    QTest::newRow("25 KB value") << "big" << valueOf(25 * 1024) << 200;
    QTest::newRow("25 KB + 1 value") << "big" << valueOf(25 * 1024 + 1) << 400;
    QTest::newRow("no value") << "empty" << QByteArray("{\"contentType\":\"x\"}") << 400;
    QTest::newRow("value not a string") << "number" << QByteArray("{\"value\":12}") << 400;
    QTest::newRow("not JSON") << "broken" << QByteArray("{value") << 400;
    QTest::newRow("enabled not a bool")
        << "attrs" << QByteArray("{\"value\":\"v\",\"attributes\":{\"enabled\":\"yes\"}}") << 400;
    QTest::newRow("tag not a string")
        << "tags" << QByteArray("{\"value\":\"v\",\"tags\":{\"n\":1}}") << 400;
}

void tst_EmulatorKeyVault::nameAndValueRules()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Reply reply = vault("PUT", "/secrets/" + name, {}, body);
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.azureCode(), "BadParameter");
        QVERIFY(!reply.json.value("error").toObject().value("message").toString().isEmpty());
    }
    QCOMPARE(vault("GET", "/secrets/" + name).status, status == 200 ? 200 : 404);
}

void tst_EmulatorKeyVault::listPagesFollowNextLink()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Empty));
    QVERIFY(m_emulator->listen(0));
    m_vaultToken = vaultToken();
    QStringList expected;
    for (int i = 0; i < 65; ++i) {
        const QString name = QString("secret-%1").arg(i, 3, 10, QChar('0'));
        QVERIFY(m_emulator->setKeyVaultSecret("brickdesk-demo", name, "value"));
        expected.append(name);
    }

    QList<int> sizes;
    QStringList links;
    const QJsonArray items = allPages(vaultUrl(*m_emulator, "/secrets"), &sizes, &links);
    QCOMPARE(sizes, QList<int>({25, 25, 15})); // 25 a page by default
    QCOMPARE(itemNames(items), expected);      // each once, in order
    for (const QJsonValue &item : items)
        QVERIFY(!item.toObject().contains("value"));
    const QString listUrl = m_emulator->keyVaultUrl("brickdesk-demo").toString() + "/secrets?";
    QCOMPARE(links.size(), 2);
    for (const QString &link : links) {
        QVERIFY2(link.startsWith(listUrl + "$skiptoken="), qPrintable(link));
        QVERIFY2(link.contains("&api-version=7.4"), qPrintable(link));
    }

    sizes.clear();
    const QJsonArray small = allPages(vaultUrl(*m_emulator, "/secrets", "maxresults=10"), &sizes);
    QCOMPARE(sizes, QList<int>({10, 10, 10, 10, 10, 10, 5}));
    QCOMPARE(itemNames(small), expected);

    // A deleted secret leaves the list; one page of exactly 25 has no nextLink.
    for (int i = 0; i < 40; ++i)
        QCOMPARE(vault("DELETE", "/secrets/" + expected.at(i)).status, 200);
    const Reply last = vault("GET", "/secrets");
    QCOMPARE(last.json.value("value").toArray().size(), 25);
    QVERIFY(last.json.value("nextLink").isNull());

    for (const char *bad : {"maxresults=0", "maxresults=26", "maxresults=many"}) {
        const Reply refused = vault("GET", "/secrets", bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.azureCode(), "BadParameter");
    }
    QCOMPARE(vault("GET", "/secrets", "$skiptoken=bm90LWEtdG9rZW4").status, 400);
}

void tst_EmulatorKeyVault::versionsPageToo()
{
    for (int i = 0; i < 7; ++i)
        QCOMPARE(setSecret("rotated", {{"value", QString("v%1").arg(i)}}).status, 200);
    QList<int> sizes;
    QStringList links;
    const QJsonArray items = allPages(
        vaultUrl(*m_emulator, "/secrets/rotated/versions", "maxresults=3"), &sizes, &links);
    QCOMPARE(sizes, QList<int>({3, 3, 1}));
    QSet<QString> versions;
    for (const QJsonValue &item : items)
        versions.insert(item.toObject().value("id").toString().section('/', -1));
    QCOMPARE(versions.size(), 7);
    QVERIFY(links.first().contains("/secrets/rotated/versions?$skiptoken="));
    // Deleted versions list: the same paging.
    QCOMPARE(vault("DELETE", "/secrets/rotated").status, 200);
    sizes.clear();
    const QJsonArray deleted =
        allPages(vaultUrl(*m_emulator, "/deletedsecrets", "maxresults=1"), &sizes);
    QCOMPARE(itemNames(deleted), QStringList({"old-webhook-token", "rotated"}));
    QCOMPARE(sizes, QList<int>({1, 1}));
}

void tst_EmulatorKeyVault::updateChangesAttributesAndTags()
{
    const Reply set =
        setSecret("feature-flag", {{"value", "on"}, {"tags", QJsonObject{{"a", "1"}}}});
    const QString version = set.json.value("id").toString().section('/', -1);

    const Reply disabled =
        vault("PATCH", "/secrets/feature-flag/" + version, {},
              QJsonDocument(QJsonObject{{"attributes", QJsonObject{{"enabled", false}}},
                                        {"tags", QJsonObject{{"b", "2"}}},
                                        {"contentType", "text/x-flag"}})
                  .toJson());
    QCOMPARE(disabled.status, 200);
    QVERIFY(!disabled.json.contains("value"));
    QCOMPARE(disabled.json.value("attributes").toObject().value("enabled").toBool(), false);
    QCOMPARE(disabled.json.value("tags").toObject(), QJsonObject({{"b", "2"}}));
    QCOMPARE(disabled.json.value("contentType").toString(), "text/x-flag");

    // A disabled secret's value cannot be read.
    const Reply refused = vault("GET", "/secrets/feature-flag");
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.azureCode(), "Forbidden");
    QCOMPARE(refused.azureInnerCode(), "SecretDisabled");
    // Still listed, as disabled.
    bool listed = false;
    for (const QJsonValue &item : vault("GET", "/secrets").json.value("value").toArray()) {
        if (item.toObject().value("id").toString().endsWith("/feature-flag")) {
            listed = true;
            QCOMPARE(item.toObject().value("attributes").toObject().value("enabled").toBool(),
                     false);
        }
    }
    QVERIFY(listed);

    // Without a version the current one changes; exp can be set and cleared.
    QCOMPARE(vault("PATCH", "/secrets/feature-flag", {},
                   R"({"attributes":{"enabled":true,"exp":4102444800}})")
                 .status,
             200);
    const Reply enabled = vault("GET", "/secrets/feature-flag");
    QCOMPARE(enabled.json.value("value").toString(), "on");
    QCOMPARE(enabled.json.value("attributes").toObject().value("exp").toInteger(), 4102444800);
    QCOMPARE(
        vault("PATCH", "/secrets/feature-flag/" + version, {}, R"({"attributes":{"exp":null}})")
            .json.value("attributes")
            .toObject()
            .contains("exp"),
        false);

    QCOMPARE(vault("PATCH", "/secrets/feature-flag/0123456789abcdef0123456789abcdef", {}, "{}")
                 .azureCode(),
             "SecretNotFound");
    QCOMPARE(vault("PATCH", "/secrets/no-such-secret/" + version, {}, "{}").status, 404);
    QCOMPARE(vault("PATCH", "/secrets/feature-flag/" + version, {}, "[1]").status, 400);
}

void tst_EmulatorKeyVault::softDeleteRecoverAndPurge()
{
    QCOMPARE(setSecret("short-lived", {{"value", "first"}}).status, 200);
    const QString base = m_emulator->keyVaultUrl("brickdesk-demo").toString();

    const Reply deleted = vault("DELETE", "/secrets/short-lived");
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value("recoveryId").toString(), base + "/deletedsecrets/short-lived");
    QVERIFY(deleted.json.value("id").toString().startsWith(base + "/secrets/short-lived/"));
    QVERIFY(!deleted.json.contains("value"));
    const qint64 deletedDate = deleted.json.value("deletedDate").toInteger();
    QVERIFY(deletedDate > 0);
    QCOMPARE(deleted.json.value("scheduledPurgeDate").toInteger(), deletedDate + 90 * kDay);

    QCOMPARE(vault("GET", "/secrets/short-lived").azureCode(), "SecretNotFound");
    QCOMPARE(vault("DELETE", "/secrets/short-lived").status, 404);
    QCOMPARE(vault("GET", "/secrets/short-lived/versions").status, 404);
    const Reply conflict = setSecret("short-lived", {{"value", "second"}});
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.azureCode(), "Conflict");
    QCOMPARE(conflict.azureInnerCode(), "ObjectIsDeletedButRecoverable");
    QCOMPARE(setSecret("SHORT-LIVED", {{"value", "second"}}).status, 409);
    QVERIFY(!m_emulator->setKeyVaultSecret("brickdesk-demo", "short-lived", "second"));

    const Reply deletedList = vault("GET", "/deletedsecrets");
    QCOMPARE(itemNames(deletedList.json.value("value").toArray()),
             QStringList({"old-webhook-token", "short-lived"}));
    const Reply one = vault("GET", "/deletedsecrets/short-lived");
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value("deletedDate").toInteger(), deletedDate);

    const Reply recovered = vault("POST", "/deletedsecrets/short-lived/recover");
    QCOMPARE(recovered.status, 200);
    QVERIFY(recovered.json.value("id").toString().startsWith(base + "/secrets/short-lived/"));
    QCOMPARE(vault("GET", "/secrets/short-lived").json.value("value").toString(), "first");
    QCOMPARE(vault("GET", "/deletedsecrets/short-lived").status, 404);
    QCOMPARE(vault("POST", "/deletedsecrets/short-lived/recover").status, 404);
    QCOMPARE(vault("DELETE", "/deletedsecrets/short-lived").status, 404); // not deleted: no purge

    QCOMPARE(vault("DELETE", "/secrets/short-lived").status, 200);
    const Reply purged = vault("DELETE", "/deletedsecrets/short-lived");
    QCOMPARE(purged.status, 204);
    QVERIFY(purged.body.isEmpty());
    QCOMPARE(vault("GET", "/deletedsecrets/short-lived").azureCode(), "SecretNotFound");
    // The name is free again: a new secret with one version.
    QCOMPARE(setSecret("short-lived", {{"value", "third"}}).status, 200);
    QCOMPARE(vault("GET", "/secrets/short-lived/versions").json.value("value").toArray().size(), 1);
}

void tst_EmulatorKeyVault::unknownVaultsAndEndpoints()
{
    m_vaultToken = vaultToken();
    const Reply noVault = m_http.send("GET", vaultUrl(*m_emulator, "/secrets", {}, "other-vault"),
                                      bearer(m_vaultToken));
    QCOMPARE(noVault.status, 404);
    QVERIFY(!noVault.azureCode().isEmpty());
    const Reply noEndpoint = vault("GET", "/keys");
    QCOMPARE(noEndpoint.status, 404);
    QCOMPARE(noEndpoint.azureCode(), "NotFound");
    QCOMPARE(vault("POST", "/secrets/x").status, 404);
    const Reply noEntraEndpoint =
        m_http.send("POST", entraUrl(*m_emulator, m_emulator->entraTenantId(), "authorize"));
    QCOMPARE(noEntraEndpoint.status, 404);
    QVERIFY(!noEntraEndpoint.json.contains("error_code")); // not a Databricks answer
}

void tst_EmulatorKeyVault::demoVaultIsSeeded()
{
    m_vaultToken = vaultToken();
    QList<int> sizes;
    const QJsonArray items = allPages(vaultUrl(*m_emulator, "/secrets"), &sizes);
    QCOMPARE(items.size(), 12);
    const qint64 now = m_emulator->simulatedNowMs() / 1000;
    int expired = 0, expiringThisWeek = 0, farFuture = 0, disabled = 0, tagged = 0, typed = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QJsonObject attributes = item.value("attributes").toObject();
        if (attributes.contains("exp")) {
            const qint64 exp = attributes.value("exp").toInteger();
            expired += exp < now;
            expiringThisWeek += exp >= now && exp < now + 7 * kDay;
            farFuture += exp > now + 365 * kDay;
        }
        disabled += !attributes.value("enabled").toBool();
        tagged += !item.value("tags").toObject().isEmpty();
        typed += item.contains("contentType");
    }
    QVERIFY(expired >= 1);
    QVERIFY(expiringThisWeek >= 1);
    QVERIFY(farFuture >= 1);
    QCOMPARE(disabled, 1);
    QVERIFY(tagged >= 6);
    QVERIFY(typed >= 2);
    QCOMPARE(vault("GET", "/secrets/legacy-ftp-password").status, 403);
    QVERIFY(vault("GET", "/secrets/storage-connection-string/versions")
                .json.value("value")
                .toArray()
                .size() > 1);
    QCOMPARE(itemNames(vault("GET", "/deletedsecrets").json.value("value").toArray()),
             QStringList({"old-webhook-token"}));
}

void tst_EmulatorKeyVault::emptySeedHasAnEmptyVault()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Empty));
    QVERIFY(m_emulator->listen(0));
    const Reply list = vault("GET", "/secrets");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json, QJsonObject({{"value", QJsonArray()}, {"nextLink", QJsonValue::Null}}));
    QCOMPARE(vault("GET", "/deletedsecrets").json.value("value").toArray().size(), 0);
}

void tst_EmulatorKeyVault::executablePrintsAzureEndpointsButNotTheSecret()
{
    const QString secret = "process-secret-never-printed-5d1e";
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("BRICKDESK_EMULATOR_TOKEN", kToken);
    environment.insert("BRICKDESK_EMULATOR_ENTRA_CLIENT_SECRET", secret);
    process.setProcessEnvironment(environment);
    process.start(BRICKDESK_EMULATOR_PATH,
                  {"--port", "0", "--seed", "empty", "--entra-token-lifetime", "120",
                   "--device-code-polls", "1"});
    QVERIFY(process.waitForStarted(10000));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("Entra ID client secret") && timer.elapsed() < 10000) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
    }
    process.terminate();
    process.waitForFinished(5000);
    output += process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();

    const QRegularExpressionMatch port =
        QRegularExpression("listening on http://127.0.0.1:(\\d+)").match(QString::fromUtf8(output));
    QVERIFY2(port.hasMatch(), output.constData());
    const QByteArray base = "http://127.0.0.1:" + port.captured(1).toUtf8();
    QVERIFY2(output.contains(
                 QByteArray("Key Vault brickdesk-demo: " + base + "/keyvault/brickdesk-demo\n")),
             output.constData());
    QVERIFY(output.contains(QByteArray("Entra ID authority: " + base + "/entra\n")));
    QVERIFY(output.contains("Entra ID tenant: brickdesk-demo-tenant\n"));
    QVERIFY(output.contains("Entra ID client id: brickdesk-demo-app\n"));
    QVERIFY(output.contains("Entra ID client secret: set"));
    QVERIFY(!output.contains(secret.toUtf8()));
    QVERIFY(!errors.contains(secret.toUtf8()));
    QVERIFY(!output.contains(kToken.toUtf8()));
}

void tst_EmulatorKeyVault::logsNeverContainSecretsOrTokens()
{
    const QString workspaceValue = "workspace-secret-value-3c9a1b";
    const QString vaultValue = "vault-secret-value-77e0f4";
    QLoggingCategory::setFilterRules("*.debug=true\n*.info=true");
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);

    QStringList tokens;
    const Reply app = clientCredentials(m_http, *m_emulator, kClientSecret, kVaultScope);
    tokens << app.json.value("access_token").toString();
    clientCredentials(m_http, *m_emulator, "wrong-" + kClientSecret, kVaultScope);
    const Reply start = startDeviceCode(kDatabricksScope + " offline_access");
    const QString deviceCode = start.json.value("device_code").toString();
    Reply poll;
    for (int i = 0; i < 5 && poll.status != 200; ++i)
        poll = pollDeviceCode(m_http, *m_emulator, deviceCode);
    tokens << poll.json.value("access_token").toString()
           << poll.json.value("refresh_token").toString();
    const Reply refreshed =
        m_http.postForm(entraUrl(*m_emulator, m_emulator->entraTenantId(), "token"),
                        {{"grant_type", "refresh_token"},
                         {"client_id", "brickdesk-demo-app"},
                         {"refresh_token", tokens.last()},
                         {"scope", kVaultScope}});
    tokens << refreshed.json.value("access_token").toString()
           << refreshed.json.value("refresh_token").toString();
    m_vaultToken = tokens.first();
    QCOMPARE(setSecret("logged-secret", {{"value", vaultValue}}).status, 200);
    QCOMPARE(vault("GET", "/secrets/logged-secret").json.value("value").toString(), vaultValue);
    QCOMPARE(m_http
                 .sendJson("POST", workspaceUrl(*m_emulator, "/api/2.0/secrets/put"),
                           bearer(tokens.at(1)),
                           {{"scope", "etl"}, {"key", "logged"}, {"string_value", workspaceValue}})
                 .status,
             200);
    m_emulator->expireEntraAccessTokens();
    QCOMPARE(m_http.send("GET", vaultUrl(*m_emulator, "/secrets"), bearer(tokens.first())).status,
             401);
    QCOMPARE(m_http
                 .send("GET", workspaceUrl(*m_emulator, "/api/2.0/secrets/scopes/list"),
                       bearer(tokens.at(1)))
                 .status,
             401);

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    const QString log = g_log.join('\n');

    QCOMPARE(poll.status, 200);
    QCOMPARE(refreshed.status, 200);
    // The emulator did log the requests (method, path, status) ...
    QVERIFY2(log.contains("POST /entra/brickdesk-demo-tenant/oauth2/v2.0/token -> 200"),
             qPrintable(log));
    QVERIFY(log.contains("PUT /keyvault/brickdesk-demo/secrets/logged-secret -> 200"));
    QVERIFY(log.contains("POST /api/2.0/secrets/put -> 200"));
    // ... and nothing secret.
    const QStringList secrets =
        QStringList{kClientSecret, workspaceValue, vaultValue, deviceCode, kToken} + tokens;
    for (const QString &secret : secrets) {
        QVERIFY(secret.size() > 8);
        QVERIFY2(!log.contains(secret), "a secret or token appeared in the log");
        // Nor a piece of a token long enough to matter (its signature).
        if (secret.count('.') == 2)
            QVERIFY2(!log.contains(secret.section('.', 2)),
                     "a token signature appeared in the log");
    }
}

QTEST_GUILESS_MAIN(tst_EmulatorKeyVault)
#include "tst_emulator_keyvault.moc"
