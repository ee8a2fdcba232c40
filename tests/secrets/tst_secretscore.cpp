// JSON in raw strings writes "\/\/" for "//": moc reads "//" inside a raw string as a comment.
// The secrets and Azure parsers and rules that need no server: answers well-formed and malformed,
// name and size limits, the Key Vault name mapping, token answers, JWT claims, vault addresses.
#include "AccessToken.h"
#include "ApiError.h"
#include "ApiRequest.h"
#include "AzureSignIn.h"
#include "ClientAssertion.h"
#include "EntraEndpoint.h"
#include "KeyVaultSecret.h"
#include "SecretRules.h"
#include "SecretScope.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace brickdesk;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString jwtWith(const QByteArray &payload)
{
    const auto part = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"RS256","typ":"JWT"})") + "." + part(payload) + "." + part("signature");
}

} // namespace

class TestSecretsCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopesParse()
    {
        QString error;
        const auto scopes = secretAnswers::scopes(
            json(
                R"({"scopes":[ {"name":"etl","backend_type":"DATABRICKS"}, {"name":"kv","backend_type":"AZURE_KEYVAULT","keyvault_metadata":{ "resource_id":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v", "dns_name":"https:\/\/v.vault.azure.net/"}}]})"),
            &error);
        QVERIFY2(scopes, qPrintable(error));
        QCOMPARE(scopes->size(), 2);
        QCOMPARE(scopes->at(0).backend, SecretBackend::Databricks);
        QVERIFY(scopes->at(1).isKeyVaultBacked());
        QCOMPARE(scopes->at(1).keyVaultDnsName, QStringLiteral("https://v.vault.azure.net/"));
        // The API leaves the array out when there is nothing.
        QVERIFY(secretAnswers::scopes(json("{}"), &error)->isEmpty());
    }

    void malformedAnswersNameTheField_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("scopes not array") << QByteArray(R"({"scopes":{}})") << "scopes"
                                          << "scopes";
        QTest::newRow("scope item not object") << QByteArray(R"({"scopes":[1]})") << "scopes"
                                               << "scopes[0]";
        QTest::newRow("scope without name")
            << QByteArray(R"({"scopes":[{"backend_type":"DATABRICKS"}]})") << "scopes"
            << "scopes[0].name";
        QTest::newRow("unknown backend")
            << QByteArray(R"({"scopes":[{"name":"a","backend_type":"VAULTX"}]})") << "scopes"
            << "backend_type";
        QTest::newRow("key not string") << QByteArray(R"({"secrets":[{"key":5}]})") << "secrets"
                                        << "secrets[0].key";
        QTest::newRow("timestamp not number")
            << QByteArray(R"({"secrets":[{"key":"a","last_updated_timestamp":"soon"}]})")
            << "secrets"
            << "last_updated_timestamp";
        QTest::newRow("negative timestamp")
            << QByteArray(R"({"secrets":[{"key":"a","last_updated_timestamp":-5}]})") << "secrets"
            << "last_updated_timestamp";
        QTest::newRow("acl permission unknown")
            << QByteArray(R"({"items":[{"principal":"users","permission":"OWN"}]})") << "acls"
            << "items[0].permission";
        QTest::newRow("acl without principal")
            << QByteArray(R"({"items":[{"permission":"READ"}]})") << "acls"
            << "items[0].principal";
        QTest::newRow("kv page value not array") << QByteArray(R"({"value":{}})") << "kvpage"
                                                 << "value";
        QTest::newRow("kv id not a secret id")
            << QByteArray(R"({"value":[{"id":"https:\/\/v.vault.azure.net/keys/k"}]})") << "kvpage"
            << "value[0].id";
        QTest::newRow("kv tags not strings")
            << QByteArray(R"({"id":"https:\/\/v.vault.azure.net/secrets/a/1","tags":{"t":1}})")
            << "kvsecret"
            << "tags.t";
        QTest::newRow("kv exp not time")
            << QByteArray(
                   R"({"id":"https:\/\/v.vault.azure.net/secrets/a/1","attributes":{"exp":"x"}})")
            << "kvsecret"
            << "attributes.exp";
        QTest::newRow("kv nextLink number")
            << QByteArray(R"({"value":[],"nextLink":5})") << "kvpage"
            << "nextLink";
        QTest::newRow("token without access_token")
            << QByteArray(R"({"expires_in":3600})") << "token"
            << "access_token";
        QTest::newRow("token without expiry") << QByteArray(R"({"access_token":"a"})") << "token"
                                              << "expires_in";
        QTest::newRow("token expiry zero")
            << QByteArray(R"({"access_token":"a","expires_in":0})") << "token"
            << "expires_in";
        QTest::newRow("device code without user code")
            << QByteArray(R"({"device_code":"d","verification_uri":"https:\/\/x"})") << "devicecode"
            << "user_code";
        QTest::newRow("device code with a javascript: link")
            << QByteArray(
                   R"x({"device_code":"d","user_code":"U","verification_uri":"javascript:alert(1)"})x")
            << "devicecode"
            << "verification_uri";
    }
    void malformedAnswersNameTheField()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, kind);
        QFETCH(QString, expectedInError);
        const QJsonObject object = QJsonDocument::fromJson(answer).object();
        QString error;
        bool parsed = true;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (kind == "scopes")
            parsed = secretAnswers::scopes(object, &error).has_value();
        else if (kind == "secrets")
            parsed = secretAnswers::secrets(object, &error).has_value();
        else if (kind == "acls")
            parsed = secretAnswers::acls(object, &error).has_value();
        else if (kind == "kvpage")
            parsed = keyVaultAnswers::page(object, &error).has_value();
        else if (kind == "kvsecret")
            parsed = keyVaultAnswers::secret(object, &error).has_value();
        else if (kind == "token")
            parsed = entraAnswers::token(object, now, &error).has_value();
        else if (kind == "devicecode")
            parsed = entraAnswers::deviceCode(object, now, &error).has_value();
        QVERIFY(!parsed);
        QVERIFY2(error.contains(expectedInError), qPrintable(error));
    }

    void secretsAndAclsParse()
    {
        QString error;
        const auto secrets = secretAnswers::secrets(
            json(R"({"secrets":[{"key":"jdbc-password","last_updated_timestamp":1700000000000}]})"),
            &error);
        QVERIFY2(secrets, qPrintable(error));
        QCOMPARE(secrets->first().lastUpdated.toMSecsSinceEpoch(), 1700000000000LL);
        const auto acls = secretAnswers::acls(
            json(
                R"({"items":[{"principal":"users","permission":"READ"},{"principal":"a@b.c","permission":"MANAGE"}]})"),
            &error);
        QVERIFY2(acls, qPrintable(error));
        QCOMPARE(acls->at(1).permission, SecretPermission::Manage);
    }

    void scopeSpecJson()
    {
        SecretScopeSpec spec;
        spec.name = "kv";
        spec.backend = SecretBackend::AzureKeyVault;
        spec.keyVaultResourceId =
            "/subscriptions/s/resourceGroups/r/providers/Microsoft.KeyVault/vaults/v";
        spec.keyVaultDnsName = "https://v.vault.azure.net/";
        spec.usersCanManage = true;
        const QJsonObject body = spec.toJson();
        QCOMPARE(body.value("scope_backend_type").toString(), QStringLiteral("AZURE_KEYVAULT"));
        QCOMPARE(body.value("initial_manage_principal").toString(), QStringLiteral("users"));
        QCOMPARE(body.value("backend_azure_keyvault").toObject().value("dns_name").toString(),
                 spec.keyVaultDnsName);
        spec.backend = SecretBackend::Databricks;
        spec.usersCanManage = false;
        QVERIFY(!spec.toJson().contains("backend_azure_keyvault"));
        QVERIFY(!spec.toJson().contains("initial_manage_principal"));
    }

    void namesAndLimits()
    {
        QVERIFY(secretRules::checkScopeName("team.etl-prod_1@x").isEmpty());
        QVERIFY(!secretRules::checkScopeName("").isEmpty());
        QVERIFY(!secretRules::checkScopeName("has space").isEmpty());
        QVERIFY(!secretRules::checkScopeName(QString(129, 'a')).isEmpty());
        QVERIFY(secretRules::checkScopeName(QString(128, 'a')).isEmpty());
        QVERIFY(!secretRules::checkScopeName("ümlaut").isEmpty());
        QVERIFY(secretRules::checkKey("api.token_v2-x").isEmpty());
        QVERIFY(!secretRules::checkKey("a@b").isEmpty());
        QVERIFY(secretRules::checkValue(QByteArray(128 * 1024, 'x')).isEmpty());
        const QString tooBig = secretRules::checkValue(QByteArray(128 * 1024 + 1, 'x'));
        QVERIFY(tooBig.contains("128 KB"));
        QVERIFY(tooBig.contains("131073"));
        QVERIFY(secretRules::checkKeyVaultName("storage-key-1").isEmpty());
        QVERIFY(!secretRules::checkKeyVaultName("storage_key").isEmpty());
        QVERIFY(!secretRules::checkKeyVaultValue(QByteArray(25 * 1024 + 1, 'x')).isEmpty());
    }

    void keyVaultNameMapping()
    {
        QCOMPARE(secretRules::keyVaultNameForKey("api.token_v2"), QStringLiteral("api-token-v2"));
        QCOMPARE(secretRules::keyVaultNameForKey("plain-key"), QStringLiteral("plain-key"));
        QVERIFY(
            secretRules::checkKeyVaultName(secretRules::keyVaultNameForKey("a.b_c-d")).isEmpty());
    }

    void dbutilsSnippet()
    {
        QCOMPARE(secretRules::dbutilsSnippet("etl", "jdbc-password"),
                 QStringLiteral(R"(dbutils.secrets.get(scope="etl", key="jdbc-password"))"));
        QCOMPARE(secretRules::dbutilsSnippet("a\"b", "k\\"),
                 QStringLiteral("dbutils.secrets.get(scope=\"a\\\"b\", key=\"k\\\\\")"));
    }

    void keyVaultSecretParses()
    {
        QString error;
        const auto secret = keyVaultAnswers::secret(
            json(
                R"({ "value":"s3cr3t","id":"https:\/\/v.vault.azure.net/secrets/db-password/0123456789abcdef0123456789abcdef", "contentType":"text/plain","attributes":{"enabled":false,"exp":1900000000,"created":1700000000, "updated":1700000100,"recoveryLevel":"Recoverable+Purgeable"},"tags":{"team":"etl"}})"),
            &error);
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(secret->name, QStringLiteral("db-password"));
        QCOMPARE(secret->version, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(secret->value.value_or(QString()), QStringLiteral("s3cr3t"));
        QVERIFY(!secret->attributes.enabled);
        QCOMPARE(secret->attributes.expires.toSecsSinceEpoch(), 1900000000LL);
        QCOMPARE(secret->tags.value("team"), QStringLiteral("etl"));
        // A list item: no value, no version; served under a path prefix (the demo workspace).
        const auto item = keyVaultAnswers::secret(
            json(R"({"id":"http:\/\/127.0.0.1:4000/keyvault/demo/secrets/secrets"})"), &error);
        QVERIFY2(item, qPrintable(error));
        QCOMPARE(item->name, QStringLiteral("secrets"));
        QVERIFY(item->version.isEmpty());
        QVERIFY(!item->value.has_value());
        const auto deleted = keyVaultAnswers::secret(
            json(
                R"({"recoveryId":"https:\/\/v.vault.azure.net/deletedsecrets/old","deletedDate":1700000000, "scheduledPurgeDate":1707776000,"id":"https:\/\/v.vault.azure.net/secrets/old/abc"})"),
            &error);
        QVERIFY2(deleted, qPrintable(error));
        QCOMPARE(deleted->name, QStringLiteral("old"));
        QCOMPARE(deleted->scheduledPurgeDate.toSecsSinceEpoch(), 1707776000LL);
    }

    void keyVaultPageAndNextLink()
    {
        QString error;
        const auto page = keyVaultAnswers::page(
            json(
                R"({"value":[{"id":"https:\/\/v.vault.azure.net/secrets/a"},{"id":"https:\/\/v.vault.azure.net/secrets/b"}], "nextLink":"https:\/\/v.vault.azure.net:443/secrets?api-version=7.4&$skiptoken=eyJOZXh0"})"),
            &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->nextLink.host(), QStringLiteral("v.vault.azure.net"));
        const auto last = keyVaultAnswers::page(json(R"({"value":[],"nextLink":null})"), &error);
        QVERIFY(last && last->nextLink.isEmpty());
    }

    void expiryStates()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        KeyVaultAttributes attributes;
        QCOMPARE(keyVaultExpiry(attributes, now), KeyVaultExpiry::Never);
        attributes.expires = now.addSecs(-1);
        QCOMPARE(keyVaultExpiry(attributes, now), KeyVaultExpiry::Expired);
        attributes.expires = now.addDays(7);
        QCOMPARE(keyVaultExpiry(attributes, now), KeyVaultExpiry::ExpiresSoon);
        attributes.expires = now.addDays(90);
        QCOMPARE(keyVaultExpiry(attributes, now), KeyVaultExpiry::Valid);
    }

    void propertiesJson()
    {
        KeyVaultSecretProperties properties;
        properties.enabled = false;
        properties.expires = QDateTime(); // clears the expiry
        properties.tags = QMap<QString, QString>{{"env", "prod"}};
        const QJsonObject body = properties.toJson();
        QCOMPARE(body.value("attributes").toObject().value("enabled").toBool(true), false);
        QVERIFY(body.value("attributes").toObject().value("exp").isNull());
        QVERIFY(!body.value("attributes").toObject().contains("nbf"));
        QCOMPARE(body.value("tags").toObject().value("env").toString(), QStringLiteral("prod"));
        QVERIFY(!body.contains("contentType"));
    }

    void pagingLinksStayOnTheVault_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("vault");
        QTest::addColumn<bool>("into");
        const QString vault = "https://my-vault.vault.azure.net";
        QTest::newRow("as Key Vault writes it (:443)")
            << "https://my-vault.vault.azure.net:443/secrets?api-version=7.4&$skiptoken=x" << vault
            << true;
        QTest::newRow("without port")
            << "https://my-vault.vault.azure.net/secrets?x" << vault << true;
        QTest::newRow("host in capitals")
            << "https://MY-VAULT.vault.azure.net/secrets" << vault << true;
        QTest::newRow("other port")
            << "https://my-vault.vault.azure.net:8443/secrets" << vault << false;
        QTest::newRow("other host") << "https://evil.example/secrets" << vault << false;
        QTest::newRow("look-alike host")
            << "https://my-vault.vault.azure.net.evil.example/secrets" << vault << false;
        QTest::newRow("plain http") << "http://my-vault.vault.azure.net/secrets" << vault << false;
        QTest::newRow("user info")
            << "https://a@my-vault.vault.azure.net/secrets" << vault << false;
        QTest::newRow("emulator, same vault") << "http://127.0.0.1:4000/keyvault/demo/secrets?x"
                                              << "http://127.0.0.1:4000/keyvault/demo" << true;
        QTest::newRow("emulator, other vault") << "http://127.0.0.1:4000/keyvault/demo2/secrets"
                                               << "http://127.0.0.1:4000/keyvault/demo" << false;
    }
    void pagingLinksStayOnTheVault()
    {
        QFETCH(QString, link);
        QFETCH(QString, vault);
        QFETCH(bool, into);
        QCOMPARE(isLinkIntoVault(QUrl(link), QUrl(vault)), into);
    }

    void keyVaultHosts()
    {
        QVERIFY(isKeyVaultHost(QUrl("https://team.vault.azure.net")));
        QVERIFY(isKeyVaultHost(QUrl("https://team.vault.usgovcloudapi.net")));
        QVERIFY(isKeyVaultHost(QUrl("https://team.vault.azure.cn")));
        QVERIFY(isKeyVaultHost(QUrl("http://127.0.0.1:4000/keyvault/demo")));
        QVERIFY(!isKeyVaultHost(QUrl("https://evil.example")));
        QVERIFY(!isKeyVaultHost(QUrl("https://vault.azure.net.evil.example")));
    }

    void vaultUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty = refused
        QTest::newRow("full") << "https://My-Vault.vault.azure.net/"
                              << "https://my-vault.vault.azure.net";
        QTest::newRow("dns name") << "my-vault.vault.azure.net"
                                  << "https://my-vault.vault.azure.net";
        QTest::newRow("bare name") << "my-vault"
                                   << "https://my-vault.vault.azure.net";
        QTest::newRow("emulator") << "http://127.0.0.1:4000/keyvault/demo/"
                                  << "http://127.0.0.1:4000/keyvault/demo";
        QTest::newRow("plain http elsewhere") << "http://v.vault.azure.net"
                                              << "";
        QTest::newRow("query") << "https://v.vault.azure.net/?x=1"
                               << "";
        QTest::newRow("user info") << "https://user@v.vault.azure.net"
                                   << "";
        QTest::newRow("empty") << "  "
                               << "";
    }
    void vaultUrls()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = normaliseVaultUrl(input, &error);
        QCOMPARE(url.toString(), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
    }

    void tokenAnswerAndClaims()
    {
        const QString jwt =
            jwtWith(R"({"aud":"https:\/\/vault.azure.net","upn":"ada@contoso.com","exp":1})");
        QJsonObject answer{{"token_type", "Bearer"},
                           {"expires_in", 3599},
                           {"access_token", jwt},
                           {"refresh_token", "r-token"}};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        const auto token = entraAnswers::token(answer, now, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->refreshToken, QStringLiteral("r-token"));
        QCOMPARE(token->accessToken.account, QStringLiteral("ada@contoso.com"));
        QCOMPARE(now.secsTo(token->accessToken.expiresOn), 3599);
        answer.insert("expires_in", "3600"); // some endpoints send a string
        QVERIFY(entraAnswers::token(answer, now, &error));
        QCOMPARE(accountFromClaims(unverifiedJwtClaims(jwtWith(R"({"appid":"1234"})"))),
                 QStringLiteral("application 1234"));
        QVERIFY(unverifiedJwtClaims("not-a-jwt").isEmpty());
        QVERIFY(unverifiedJwtClaims("a.%%%.c").isEmpty());
    }

    void refreshMargin()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AccessToken token;
        token.token = "t";
        token.obtainedAt = now;
        token.expiresOn = now.addSecs(3600);
        QVERIFY(!token.needsRefresh(now));
        QVERIFY(!token.needsRefresh(now.addSecs(3600 - 301)));
        QVERIFY(token.needsRefresh(now.addSecs(3600 - 299))); // five minutes before the end
        token.expiresOn = now.addSecs(10); // short-lived: after four fifths of its life
        QVERIFY(!token.needsRefresh(now.addSecs(7)));
        QVERIFY(token.needsRefresh(now.addSecs(8)));
        QVERIFY(AccessToken{}.needsRefresh(now));
    }

    void deviceCodePrompt()
    {
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto prompt = entraAnswers::deviceCode(
            json(
                R"({"device_code":"DC","user_code":"ABCD-EFGH","verification_uri":"https:\/\/microsoft.com/devicelogin", "expires_in":900,"interval":5,"message":"To sign in, use a web browser..."})"),
            now, &error);
        QVERIFY2(prompt, qPrintable(error));
        QCOMPARE(prompt->userCode, QStringLiteral("ABCD-EFGH"));
        QCOMPARE(prompt->intervalSeconds, 5);
        QCOMPARE(now.secsTo(prompt->expiresAt), 900);
    }

    void oauthErrorShape()
    {
        const ApiError error = ApiError::fromHttpResponse(
            400,
            R"({"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity.","error_codes":[700082]})");
        QCOMPARE(error.errorCode, QStringLiteral("invalid_grant"));
        QVERIFY(error.message.startsWith("AADSTS700082"));
        QVERIFY(isSignInRequiredError(error.errorCode));
        QVERIFY(!isSignInRequiredError("invalid_client"));
        // API 1.2's bare error string is still a message.
        QCOMPARE(ApiError::fromHttpResponse(400, R"({"error":"bad thing"})").message,
                 QStringLiteral("bad thing"));
    }

    void formBodyEncodesEverything()
    {
        const ApiRequest request = ApiRequest::postForm(
            "/t/oauth2/v2.0/token", {{"client_secret", "a+b&c=d e~"},
                                     {"scope", "https://vault.azure.net/.default offline_access"}});
        QCOMPARE(request.contentType, QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.body, QByteArray("client_secret=a%2Bb%26c%3Dd%20e~&scope=https%3A%2F%"
                                          "2Fvault.azure.net%2F.default%20offline_access"));
        // A '%' is a character like any other, never a pre-encoded byte.
        QCOMPARE(ApiRequest::postForm("/t", {{"client_secret", "ab%41c"}}).body,
                 QByteArray("client_secret=ab%2541c"));
    }

    void authorityHosts()
    {
        QProcessEnvironment environment;
        QCOMPARE(entraAuthorityHost("", environment).toString(),
                 QStringLiteral("https://login.microsoftonline.com"));
        QCOMPARE(entraAuthorityHost("usgovernment", environment).toString(),
                 QStringLiteral("https://login.microsoftonline.us"));
        QCOMPARE(entraAuthorityHost("CHINA", environment).toString(),
                 QStringLiteral("https://login.chinacloudapi.cn"));
        environment.insert("AZURE_AUTHORITY_HOST", "http://127.0.0.1:9/entra/");
        QCOMPARE(entraAuthorityHost("PUBLIC", environment).toString(),
                 QStringLiteral("http://127.0.0.1:9/entra"));
        EntraEndpoint endpoint{QUrl("http://login.example.com"), "t", "c"};
        QVERIFY(endpoint.problem().contains("https"));
        endpoint.authorityHost = QUrl("https://login.microsoftonline.com");
        QVERIFY(endpoint.problem().isEmpty());
        QCOMPARE(endpoint.tokenPath(), QStringLiteral("/t/oauth2/v2.0/token"));
        endpoint.tenantId = "a/b";
        QCOMPARE(endpoint.deviceCodePath(), QStringLiteral("/a%2Fb/oauth2/v2.0/devicecode"));
    }

    void signInConfigFromProfile()
    {
        Profile profile;
        profile.name = "azure";
        profile.authType = "azure-client-secret";
        profile.attributes = {{"azure_tenant_id", "tenant-1"}, {"azure_client_id", "app-1"}};
        AzureSignInConfig config = azureSignInFor(profile, QProcessEnvironment());
        QCOMPARE(config.method, AzureCredential::Kind::ClientSecret);
        QCOMPARE(config.endpoint.tenantId, QStringLiteral("tenant-1"));
        QCOMPARE(config.endpoint.clientId, QStringLiteral("app-1"));
        QVERIFY(!config.clientSecretKey().contains("secret-value"));
        profile.authType = "pat";
        profile.attributes.clear();
        config = azureSignInFor(profile, QProcessEnvironment());
        QCOMPARE(config.method, AzureCredential::Kind::DeviceCode);
        QCOMPARE(config.endpoint.tenantId, QStringLiteral("organizations"));
        QCOMPARE(config.endpoint.clientId, QString::fromLatin1(kDeveloperSignInClientId));
        profile.azureSignIn = {"azure-cli", "t2", "", "https://login.microsoftonline.us", ""};
        config = azureSignInFor(profile, QProcessEnvironment());
        QCOMPARE(config.method, AzureCredential::Kind::AzureCli);
        QCOMPARE(config.endpoint.authorityHost.host(), QStringLiteral("login.microsoftonline.us"));
        QVERIFY(config.id() != azureSignInFor(Profile{}, QProcessEnvironment()).id());
    }

    void clientAssertionIsASignedJwt()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath("key.pem"), cert = dir.filePath("cert.pem");
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                                  "-out", cert, "-days", "2", "-subj", "/CN=brickdesk-test-app"});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 "openssl is needed (scripts/setup)");
        QString error;
        QVERIFY(!loadClientCertificate(cert, &error)); // the certificate alone is not enough
        QVERIFY2(error.contains("private key"), qPrintable(error));
        QFile both(dir.filePath("both.pem"));
        QVERIFY(both.open(QIODevice::WriteOnly));
        for (const QString &part : {cert, key}) {
            QFile f(part);
            QVERIFY(f.open(QIODevice::ReadOnly));
            both.write(f.readAll());
        }
        both.close();
        const auto certificate = loadClientCertificate(both.fileName(), &error);
        QVERIFY2(certificate, qPrintable(error));
        QCOMPARE(certificate->sha1Thumbprint.size(), 20);

        const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());
        const QByteArray jwt = makeClientAssertion(
            *certificate, "app-1", "https://login.example/t/oauth2/v2.0/token", now, &error);
        QVERIFY2(!jwt.isEmpty(), qPrintable(error));
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray &part) {
            return QJsonDocument::fromJson(
                       QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
                .object();
        };
        const QJsonObject header = decode(parts[0]), claims = decode(parts[1]);
        QCOMPARE(header.value("alg").toString(), QStringLiteral("RS256"));
        QCOMPARE(QByteArray::fromBase64(header.value("x5t").toString().toLatin1(),
                                        QByteArray::Base64UrlEncoding),
                 certificate->sha1Thumbprint);
        QCOMPARE(claims.value("aud").toString(),
                 QStringLiteral("https://login.example/t/oauth2/v2.0/token"));
        QCOMPARE(claims.value("iss").toString(), QStringLiteral("app-1"));
        QCOMPARE(claims.value("sub").toString(), QStringLiteral("app-1"));
        QCOMPARE(claims.value("exp").toInteger(), 1800000600);
        QVERIFY(!claims.value("jti").toString().isEmpty());

        // The signature verifies with the certificate's public key.
        const QByteArray der = certificate->certificateDer;
        const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *x509 = d2i_X509(nullptr, &cursor, long(der.size()));
        QVERIFY(x509);
        EVP_PKEY *publicKey = X509_get_pubkey(x509);
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        const QByteArray signed_ = parts[0] + '.' + parts[1];
        const QByteArray signature =
            QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
        QCOMPARE(EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, publicKey), 1);
        const int verified = EVP_DigestVerify(
            context, reinterpret_cast<const unsigned char *>(signature.constData()),
            size_t(signature.size()), reinterpret_cast<const unsigned char *>(signed_.constData()),
            size_t(signed_.size()));
        EVP_MD_CTX_free(context);
        EVP_PKEY_free(publicKey);
        X509_free(x509);
        QCOMPARE(verified, 1);
        QVERIFY(!loadClientCertificate(dir.filePath("missing.pem"), &error));
    }

    void azureCliAnswers()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AccessTokenResult result = parseAzureCliTokenAnswer(
            R"({"accessToken":"tok","expiresOn":"2030-01-01 10:00:00.000000","expires_on":1893492000,"tenant":"t","tokenType":"Bearer"})",
            now);
        QVERIFY(result.ok());
        QCOMPARE(result.token.expiresOn.toSecsSinceEpoch(), 1893492000LL);
        // Older az: only the local time.
        result = parseAzureCliTokenAnswer(
            R"({"accessToken":"tok","expiresOn":"2030-01-01 10:00:00.123456"})", now);
        QVERIFY(result.ok());
        QCOMPARE(result.token.expiresOn,
                 QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::LocalTime).toUTC());
        result = parseAzureCliTokenAnswer("not json", now);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretsCore)
#include "tst_secretscore.moc"
