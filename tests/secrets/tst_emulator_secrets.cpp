// The emulator's Databricks secrets 2.0 API over real HTTP on 127.0.0.1: every call's answers
// and errors (codes and statuses), the name, key and value rules and every limit, case-insensitive
// scope names, ACLs and their effect, Key Vault-backed scopes (Entra token needed to create one,
// read-only, listing the emulated vault), the workspace API with Entra tokens, the seeds, and
// persistence through a state folder.

#include "EmulatorAzureHttp.h"
#include "WorkspaceEmulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk::emulator;
using namespace emulatortest;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-secrets-test-0123456789");
const QString kClientSecret = QStringLiteral("entra-app-secret-for-the-secrets-test-77");
const QString kDemoUser = QStringLiteral("demo.user@brickdesk.example");

QString api(const char *path)
{
    return QStringLiteral("/api/2.0/secrets/") + QString::fromUtf8(path);
}

QStringList names(const QJsonArray &array, const char *field)
{
    QStringList result;
    for (const QJsonValue &item : array)
        result.append(item.toObject().value(field).toString());
    return result;
}

EmulatorOptions optionsWith(Seed seed, const QString &stateDir = {})
{
    EmulatorOptions options;
    options.token = kToken;
    options.seed = seed;
    options.stateDir = stateDir;
    options.azure.clientSecret = kClientSecret;
    return options;
}

} // namespace

class tst_EmulatorSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void demoSeedHasScopesSecretsAndAcls();
    void emptySeedHasNoScopes();
    void createListAndDeleteScope();
    void initialManagePrincipalMustBeUsers();
    void scopeNamesAreUniqueWithoutCase();
    void scopeNameRules_data();
    void scopeNameRules();
    void scopeLimitIsAThousand();
    void putListAndDeleteSecrets();
    void valuesAreNeverAnswered();
    void keyRules_data();
    void keyRules();
    void valueOf128KilobytesIsTheLimit();
    void exactlyOneKindOfValue_data();
    void exactlyOneKindOfValue();
    void secretsPerScopeLimitIsAThousand();
    void unknownScopesAndMissingFields();
    void readOnlyScopeRefusesChanges();
    void aclsPutGetListDelete();
    void aclsDecideWhatACallerMayDo();
    void keyVaultScopeNeedsAnEntraToken();
    void keyVaultScopeListsTheVault();
    void keyVaultScopeIsReadOnly();
    void keyVaultScopeOfAnotherVaultIsRefused();
    void workspaceAcceptsEntraDatabricksTokens();
    void scopesAndSecretsSurviveARestart();
    void stateSavedBeforeSecretsGetsThemSeeded();
    void wrongMethodsAndNoToken();

private:
    Reply get(const char *path, const QUrlQuery &query = {}, const QByteArray &auth = {})
    {
        return m_http.send("GET", workspaceUrl(*m_emulator, api(path), query),
                           auth.isEmpty() ? bearer(kToken) : auth);
    }
    Reply post(const char *path, const QJsonObject &body, const QByteArray &auth = {})
    {
        return m_http.sendJson("POST", workspaceUrl(*m_emulator, api(path)),
                               auth.isEmpty() ? bearer(kToken) : auth, body);
    }
    Reply listSecrets(const QString &scope, const QByteArray &auth = {})
    {
        QUrlQuery query;
        query.addQueryItem("scope", scope);
        return get("list", query, auth);
    }
    QStringList keysOf(const QString &scope)
    {
        return names(listSecrets(scope).json.value("secrets").toArray(), "key");
    }
    QJsonObject scopeEntry(const QString &name)
    {
        for (const QJsonValue &scope : get("scopes/list").json.value("scopes").toArray()) {
            if (scope.toObject().value("name").toString() == name)
                return scope.toObject();
        }
        return {};
    }
    QJsonArray acls(const QString &scope)
    {
        QUrlQuery query;
        query.addQueryItem("scope", scope);
        return get("acls/list", query).json.value("items").toArray();
    }
    QString entraToken(const QString &scope)
    {
        return deviceCodeSignIn(m_http, *m_emulator, scope).json.value("access_token").toString();
    }

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    Http m_http;
};

void tst_EmulatorSecrets::init()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Demo));
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
}

void tst_EmulatorSecrets::cleanup()
{
    m_emulator.reset();
}

void tst_EmulatorSecrets::demoSeedHasScopesSecretsAndAcls()
{
    const Reply scopes = get("scopes/list");
    QCOMPARE(scopes.status, 200);
    QCOMPARE(names(scopes.json.value("scopes").toArray(), "name"),
             QStringList({"etl", "finance-readonly", "kv-shared", "ml-models"}));
    QCOMPARE(scopeEntry("etl").value("backend_type").toString(), "DATABRICKS");
    QVERIFY(!scopeEntry("etl").contains("keyvault_metadata"));
    const QJsonObject shared = scopeEntry("kv-shared");
    QCOMPARE(shared.value("backend_type").toString(), "AZURE_KEYVAULT");
    const QJsonObject metadata = shared.value("keyvault_metadata").toObject();
    // Computed from the port the emulator listens on.
    QCOMPARE(metadata.value("dns_name").toString(),
             m_emulator->keyVaultUrl("brickdesk-demo").toString());
    QVERIFY(metadata.value("resource_id")
                .toString()
                .endsWith("/providers/Microsoft.KeyVault/vaults/brickdesk-demo"));

    const QJsonArray etl = listSecrets("etl").json.value("secrets").toArray();
    const QStringList keys = names(etl, "key");
    for (const char *key : {"storage-account-key", "jdbc-password", "api.token"})
        QVERIFY2(keys.contains(key), key);
    QSet<qint64> updated;
    for (const QJsonValue &secret : etl) {
        const qint64 time = secret.toObject().value("last_updated_timestamp").toInteger();
        QVERIFY(time > 0 && time <= m_emulator->simulatedNowMs());
        updated.insert(time);
    }
    QCOMPARE(updated.size(), etl.size()); // each changed at another time
    QCOMPARE(m_emulator->secretValue("etl", "jdbc-password").value_or(QByteArray()),
             QByteArray("Tr0ub4dor&3-etl-warehouse"));
    QVERIFY(!keysOf("ml-models").isEmpty());
    QVERIFY(!keysOf("finance-readonly").isEmpty());

    // Every scope the demo user manages has ACLs; the demo user may only read finance-readonly.
    QVERIFY(names(acls("etl"), "principal").contains(kDemoUser));
    QVERIFY(names(acls("kv-shared"), "principal").contains("users"));
    QVERIFY(names(acls("ml-models"), "principal").contains("users"));
    QUrlQuery query;
    query.addQueryItem("scope", "finance-readonly");
    QCOMPARE(get("acls/list", query).status, 403);
}

void tst_EmulatorSecrets::emptySeedHasNoScopes()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Empty));
    QVERIFY(m_emulator->listen(0));
    const Reply scopes = get("scopes/list");
    QCOMPARE(scopes.status, 200);
    QCOMPARE(scopes.json, QJsonObject()); // the service leaves an empty list out
    // The vault exists, empty.
    QVERIFY(m_emulator->setKeyVaultSecret("brickdesk-demo", "first", "v"));
    QVERIFY(!m_emulator->setKeyVaultSecret("no-such-vault", "first", "v"));
}

void tst_EmulatorSecrets::createListAndDeleteScope()
{
    const Reply created = post("scopes/create", {{"scope", "team-x"}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json, QJsonObject());
    QCOMPARE(scopeEntry("team-x").value("backend_type").toString(), "DATABRICKS");
    // The creator manages it, nobody else.
    QCOMPARE(acls("team-x"),
             QJsonArray({QJsonObject{{"principal", kDemoUser}, {"permission", "MANAGE"}}}));
    QCOMPARE(listSecrets("team-x").json, QJsonObject());

    QCOMPARE(
        post("scopes/create", {{"scope", "team-y"}, {"scope_backend_type", "DATABRICKS"}}).status,
        200);
    const Reply badType =
        post("scopes/create", {{"scope", "team-z"}, {"scope_backend_type", "S3"}});
    QCOMPARE(badType.status, 400);
    QCOMPARE(badType.errorCode(), "INVALID_PARAMETER_VALUE");

    const Reply deleted = post("scopes/delete", {{"scope", "team-x"}});
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json, QJsonObject());
    QVERIFY(scopeEntry("team-x").isEmpty());
    const Reply again = post("scopes/delete", {{"scope", "team-x"}});
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), "RESOURCE_DOES_NOT_EXIST");
    QCOMPARE(again.message(), "Scope team-x does not exist!");
}

void tst_EmulatorSecrets::initialManagePrincipalMustBeUsers()
{
    QCOMPARE(
        post("scopes/create", {{"scope", "shared"}, {"initial_manage_principal", "users"}}).status,
        200);
    const QJsonArray items = acls("shared");
    QVERIFY(items.contains(QJsonObject{{"principal", "users"}, {"permission", "MANAGE"}}));
    QVERIFY(items.contains(QJsonObject{{"principal", kDemoUser}, {"permission", "MANAGE"}}));

    const Reply refused =
        post("scopes/create", {{"scope", "admins-only"}, {"initial_manage_principal", "admins"}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), "INVALID_PARAMETER_VALUE");
    QVERIFY(scopeEntry("admins-only").isEmpty());
}

void tst_EmulatorSecrets::scopeNamesAreUniqueWithoutCase()
{
    QCOMPARE(post("scopes/create", {{"scope", "Team.A"}}).status, 200);
    for (const char *name : {"team.a", "TEAM.A", "Team.A"}) {
        const Reply duplicate = post("scopes/create", {{"scope", name}});
        QCOMPARE(duplicate.status, 400);
        QCOMPARE(duplicate.errorCode(), "RESOURCE_ALREADY_EXISTS");
        QCOMPARE(duplicate.message(), "Scope Team.A already exists!");
    }
    // Found in any case; listed as created.
    QCOMPARE(post("put", {{"scope", "team.A"}, {"key", "k"}, {"string_value", "v"}}).status, 200);
    QCOMPARE(keysOf("TEAM.a"), QStringList({"k"}));
    QCOMPARE(scopeEntry("Team.A").value("name").toString(), "Team.A");
    QCOMPARE(post("scopes/create", {{"scope", "ETL"}}).errorCode(), "RESOURCE_ALREADY_EXISTS");
}

void tst_EmulatorSecrets::scopeNameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("letters and digits") << "abc123" << 200;
    QTest::newRow("all punctuation") << "a-b_c.d@e" << 200;
    QTest::newRow("128 characters") << QString(128, 'x') << 200;
    QTest::newRow("129 characters") << QString(129, 'x') << 400;
    QTest::newRow("space") << "has space" << 400;
    QTest::newRow("slash") << "a/b" << 400;
    QTest::newRow("colon") << "a:b" << 400;
    QTest::newRow("non-ASCII letter") << QString::fromUtf8("gr\xc3\xbcn") << 400;
    QTest::newRow("empty") << "" << 400;
}

void tst_EmulatorSecrets::scopeNameRules()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    const Reply reply = post("scopes/create", {{"scope", name}});
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.errorCode(), "INVALID_PARAMETER_VALUE");
        QVERIFY(!reply.message().isEmpty());
    } else {
        QVERIFY(!scopeEntry(name).isEmpty());
    }
}

void tst_EmulatorSecrets::scopeLimitIsAThousand()
{
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Empty));
    QVERIFY(m_emulator->listen(0));
    for (int i = 0; i < 1000; ++i) {
        const Reply reply = post("scopes/create", {{"scope", QString("scope-%1").arg(i)}});
        QVERIFY2(reply.status == 200, qPrintable(QString::number(i) + ": " + reply.body));
    }
    const Reply over = post("scopes/create", {{"scope", "one-too-many"}});
    QCOMPARE(over.status, 400);
    QCOMPARE(over.errorCode(), "RESOURCE_LIMIT_EXCEEDED");
    QCOMPARE(get("scopes/list").json.value("scopes").toArray().size(), 1000);
    // Room again after a delete.
    QCOMPARE(post("scopes/delete", {{"scope", "scope-0"}}).status, 200);
    QCOMPARE(post("scopes/create", {{"scope", "one-too-many"}}).status, 200);
}

void tst_EmulatorSecrets::putListAndDeleteSecrets()
{
    QCOMPARE(post("scopes/create", {{"scope", "app"}}).status, 200);
    const qint64 before = m_emulator->simulatedNowMs();
    QCOMPARE(post("put", {{"scope", "app"}, {"key", "db.password"}, {"string_value", "p@ss"}}).json,
             QJsonObject());
    const QByteArray binary("\x00\x01\xfe\xff binary", 11);
    QCOMPARE(post("put", {{"scope", "app"},
                          {"key", "keystore_p12"},
                          {"bytes_value", QString::fromLatin1(binary.toBase64())}})
                 .status,
             200);
    const qint64 after = m_emulator->simulatedNowMs();
    QCOMPARE(m_emulator->secretValue("app", "db.password").value_or(QByteArray()), "p@ss");
    QCOMPARE(m_emulator->secretValue("app", "keystore_p12").value_or(QByteArray()), binary);
    QVERIFY(!m_emulator->secretValue("app", "missing"));
    QVERIFY(!m_emulator->secretValue("no-scope", "db.password"));

    const QJsonArray listed = listSecrets("app").json.value("secrets").toArray();
    QCOMPARE(names(listed, "key"), QStringList({"db.password", "keystore_p12"}));
    for (const QJsonValue &secret : listed) {
        QCOMPARE(secret.toObject().keys(), QStringList({"key", "last_updated_timestamp"}));
        const qint64 time = secret.toObject().value("last_updated_timestamp").toInteger();
        QVERIFY(time >= before && time <= after);
    }

    // A put overwrites.
    QCOMPARE(
        post("put", {{"scope", "app"}, {"key", "db.password"}, {"string_value", "new"}}).status,
        200);
    QCOMPARE(m_emulator->secretValue("app", "db.password").value_or(QByteArray()), "new");
    QCOMPARE(keysOf("app").size(), 2);

    const Reply deleted = post("delete", {{"scope", "app"}, {"key", "db.password"}});
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json, QJsonObject());
    QCOMPARE(keysOf("app"), QStringList({"keystore_p12"}));
    const Reply again = post("delete", {{"scope", "app"}, {"key", "db.password"}});
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), "RESOURCE_DOES_NOT_EXIST");
    // Keys are case-sensitive.
    QCOMPARE(post("delete", {{"scope", "app"}, {"key", "KEYSTORE_P12"}}).status, 404);
}

void tst_EmulatorSecrets::valuesAreNeverAnswered()
{
    const QString value = "value-that-must-never-come-back-8f2c";
    QCOMPARE(post("put", {{"scope", "etl"}, {"key", "hidden"}, {"string_value", value}}).status,
             200);
    QByteArray everything;
    for (const Reply &reply :
         {get("scopes/list"), listSecrets("etl"), get("acls/list", QUrlQuery("scope=etl"))}) {
        QCOMPARE(reply.status, 200);
        everything += reply.body;
    }
    QVERIFY(everything.contains("hidden"));
    QVERIFY(!everything.contains(value.toUtf8()));
    QVERIFY(!everything.contains("Tr0ub4dor"));
}

void tst_EmulatorSecrets::keyRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    QTest::newRow("punctuation") << "a.b-c_d" << 200;
    QTest::newRow("128 characters") << QString(128, 'k') << 200;
    QTest::newRow("129 characters") << QString(129, 'k') << 400;
    QTest::newRow("at sign") << "a@b" << 400;
    QTest::newRow("slash") << "a/b" << 400;
    QTest::newRow("space") << "a b" << 400;
    QTest::newRow("non-ASCII letter") << QString::fromUtf8("k\xc3\xa4y") << 400;
}

void tst_EmulatorSecrets::keyRules()
{
    QFETCH(QString, key);
    QFETCH(int, status);
    const Reply reply = post("put", {{"scope", "etl"}, {"key", key}, {"string_value", "v"}});
    QCOMPARE(reply.status, status);
    if (status == 400)
        QCOMPARE(reply.errorCode(), "INVALID_PARAMETER_VALUE");
    QCOMPARE(keysOf("etl").contains(key), status == 200);
}

void tst_EmulatorSecrets::valueOf128KilobytesIsTheLimit()
{
    const QByteArray exact(128 * 1024, 'b');
    QCOMPARE(post("put", {{"scope", "etl"},
                          {"key", "bytes-exact"},
                          {"bytes_value", QString::fromLatin1(exact.toBase64())}})
                 .status,
             200);
    QCOMPARE(m_emulator->secretValue("etl", "bytes-exact").value_or(QByteArray()), exact);
    const Reply over =
        post("put", {{"scope", "etl"},
                     {"key", "bytes-over"},
                     {"bytes_value", QString::fromLatin1(QByteArray(exact + 'b').toBase64())}});
    QCOMPARE(over.status, 400);
    QCOMPARE(over.errorCode(), "INVALID_PARAMETER_VALUE");
    QVERIFY(!m_emulator->secretValue("etl", "bytes-over"));

    // A string counts its UTF-8 bytes: 65,536 two-byte characters are exactly 128 KB.
    const QString twoByteText(64 * 1024, QChar(0x00e9));
    QCOMPARE(post("put", {{"scope", "etl"}, {"key", "text-exact"}, {"string_value", twoByteText}})
                 .status,
             200);
    QCOMPARE(m_emulator->secretValue("etl", "text-exact").value_or(QByteArray()).size(),
             128 * 1024);
    const Reply textOver = post(
        "put",
        {{"scope", "etl"}, {"key", "text-over"}, {"string_value", QString(twoByteText + "x")}});
    QCOMPARE(textOver.status, 400);
    QCOMPARE(textOver.errorCode(), "INVALID_PARAMETER_VALUE");
}

void tst_EmulatorSecrets::exactlyOneKindOfValue_data()
{
    QTest::addColumn<QJsonObject>("fields");
    QTest::newRow("neither") << QJsonObject();
    QTest::newRow("both") << QJsonObject{{"string_value", "a"}, {"bytes_value", "YQ=="}};
    QTest::newRow("bytes not base64") << QJsonObject{{"bytes_value", "not base64!"}};
    QTest::newRow("bytes not a string") << QJsonObject{{"bytes_value", 12}};
    QTest::newRow("string not a string") << QJsonObject{{"string_value", true}};
}

void tst_EmulatorSecrets::exactlyOneKindOfValue()
{
    QFETCH(QJsonObject, fields);
    QJsonObject body = fields;
    body.insert("scope", "etl");
    body.insert("key", "one-of");
    const Reply reply = post("put", body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), "INVALID_PARAMETER_VALUE");
    QVERIFY(!m_emulator->secretValue("etl", "one-of"));
}

void tst_EmulatorSecrets::secretsPerScopeLimitIsAThousand()
{
    QCOMPARE(post("scopes/create", {{"scope", "full"}}).status, 200);
    for (int i = 0; i < 1000; ++i) {
        const Reply reply =
            post("put", {{"scope", "full"}, {"key", QString("k%1").arg(i)}, {"string_value", "v"}});
        QVERIFY2(reply.status == 200, qPrintable(QString::number(i) + ": " + reply.body));
    }
    const Reply over = post("put", {{"scope", "full"}, {"key", "k1000"}, {"string_value", "v"}});
    QCOMPARE(over.status, 400);
    QCOMPARE(over.errorCode(), "RESOURCE_LIMIT_EXCEEDED");
    // Overwriting an existing key is still allowed.
    QCOMPARE(post("put", {{"scope", "full"}, {"key", "k999"}, {"string_value", "w"}}).status, 200);
    QCOMPARE(keysOf("full").size(), 1000);
}

void tst_EmulatorSecrets::unknownScopesAndMissingFields()
{
    const Reply put = post("put", {{"scope", "nope"}, {"key", "k"}, {"string_value", "v"}});
    QCOMPARE(put.status, 404);
    QCOMPARE(put.errorCode(), "RESOURCE_DOES_NOT_EXIST");
    QCOMPARE(put.message(), "Scope nope does not exist!");
    QCOMPARE(listSecrets("nope").status, 404);
    QCOMPARE(post("delete", {{"scope", "nope"}, {"key", "k"}}).status, 404);
    QCOMPARE(post("acls/put", {{"scope", "nope"}, {"principal", "users"}, {"permission", "READ"}})
                 .status,
             404);

    for (const Reply &missing :
         {get("list"), get("acls/list"), get("acls/get", QUrlQuery("scope=etl")),
          post("put", {{"key", "k"}, {"string_value", "v"}}),
          post("put", {{"scope", "etl"}, {"string_value", "v"}}), post("scopes/create", {}),
          post("scopes/delete", {}),
          post("acls/put", {{"scope", "etl"}, {"principal", "users"}})}) {
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorCode(), "INVALID_PARAMETER_VALUE");
    }
    const Reply malformed =
        m_http.send("POST", workspaceUrl(*m_emulator, api("put")), bearer(kToken), "{not json");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), "MALFORMED_REQUEST");
}

void tst_EmulatorSecrets::readOnlyScopeRefusesChanges()
{
    // The demo user has READ on finance-readonly: listing works, nothing else.
    QCOMPARE(listSecrets("finance-readonly").status, 200);
    const Reply put =
        post("put", {{"scope", "finance-readonly"}, {"key", "erp-api-key"}, {"string_value", "x"}});
    QCOMPARE(put.status, 403);
    QCOMPARE(put.errorCode(), "PERMISSION_DENIED");
    QVERIFY2(put.message().contains("WRITE") && put.message().contains(kDemoUser),
             qPrintable(put.message()));
    QVERIFY(m_emulator->secretValue("finance-readonly", "erp-api-key") != QByteArray("x"));
    QCOMPARE(post("delete", {{"scope", "finance-readonly"}, {"key", "erp-api-key"}}).status, 403);
    QCOMPARE(
        post("acls/put",
             {{"scope", "finance-readonly"}, {"principal", kDemoUser}, {"permission", "MANAGE"}})
            .status,
        403);
    QCOMPARE(post("acls/delete", {{"scope", "finance-readonly"}, {"principal", kDemoUser}}).status,
             403);
    QUrlQuery query;
    query.addQueryItem("scope", "finance-readonly");
    query.addQueryItem("principal", kDemoUser);
    QCOMPARE(get("acls/get", query).status, 403);
    const Reply deleteScope = post("scopes/delete", {{"scope", "finance-readonly"}});
    QCOMPARE(deleteScope.status, 403);
    QVERIFY(deleteScope.message().contains("MANAGE"));
    QVERIFY(!scopeEntry("finance-readonly").isEmpty());
}

void tst_EmulatorSecrets::aclsPutGetListDelete()
{
    QCOMPARE(post("scopes/create", {{"scope", "acl-test"}}).status, 200);
    const Reply put = post("acls/put", {{"scope", "acl-test"},
                                        {"principal", "anna.keller@brickdesk.example"},
                                        {"permission", "WRITE"}});
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json, QJsonObject());
    QUrlQuery query;
    query.addQueryItem("scope", "acl-test");
    query.addQueryItem("principal", "anna.keller@brickdesk.example");
    const Reply got = get("acls/get", query);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json, QJsonObject({{"principal", "anna.keller@brickdesk.example"},
                                    {"permission", "WRITE"}}));
    // acls/list answers `items`.
    const Reply list = get("acls/list", QUrlQuery("scope=acl-test"));
    QCOMPARE(list.json.keys(), QStringList({"items"}));
    QCOMPARE(list.json.value("items").toArray().size(), 2);

    // Changing a level replaces it.
    QCOMPARE(post("acls/put", {{"scope", "acl-test"},
                               {"principal", "anna.keller@brickdesk.example"},
                               {"permission", "READ"}})
                 .status,
             200);
    QCOMPARE(get("acls/get", query).json.value("permission").toString(), "READ");
    const Reply badLevel =
        post("acls/put", {{"scope", "acl-test"}, {"principal", "users"}, {"permission", "OWNER"}});
    QCOMPARE(badLevel.status, 400);
    QCOMPARE(badLevel.errorCode(), "INVALID_PARAMETER_VALUE");

    QCOMPARE(
        post("acls/delete", {{"scope", "acl-test"}, {"principal", "anna.keller@brickdesk.example"}})
            .status,
        200);
    const Reply gone = get("acls/get", query);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), "RESOURCE_DOES_NOT_EXIST");
    const Reply deleteAgain = post(
        "acls/delete", {{"scope", "acl-test"}, {"principal", "anna.keller@brickdesk.example"}});
    QCOMPARE(deleteAgain.status, 404);
    QCOMPARE(deleteAgain.errorCode(), "RESOURCE_DOES_NOT_EXIST");
}

void tst_EmulatorSecrets::aclsDecideWhatACallerMayDo()
{
    QCOMPARE(post("scopes/create", {{"scope", "handed-over"}}).status, 200);
    // Everybody may write; the demo user gives up managing.
    QCOMPARE(post("acls/put",
                  {{"scope", "handed-over"}, {"principal", "users"}, {"permission", "WRITE"}})
                 .status,
             200);
    QCOMPARE(post("acls/delete", {{"scope", "handed-over"}, {"principal", kDemoUser}}).status, 200);
    // Through the users group: WRITE, not MANAGE.
    QCOMPARE(post("put", {{"scope", "handed-over"}, {"key", "k"}, {"string_value", "v"}}).status,
             200);
    QCOMPARE(listSecrets("handed-over").status, 200);
    QCOMPARE(get("acls/list", QUrlQuery("scope=handed-over")).status, 403);
    QCOMPARE(post("scopes/delete", {{"scope", "handed-over"}}).status, 403);

    // A scope the demo user has no ACL on at all: even listing is refused.
    QCOMPARE(post("scopes/create", {{"scope", "closed"}}).status, 200);
    QCOMPARE(post("acls/put",
                  {{"scope", "closed"}, {"principal", "someone-else"}, {"permission", "MANAGE"}})
                 .status,
             200);
    QCOMPARE(post("acls/delete", {{"scope", "closed"}, {"principal", kDemoUser}}).status, 200);
    const Reply list = listSecrets("closed");
    QCOMPARE(list.status, 403);
    QCOMPARE(list.errorCode(), "PERMISSION_DENIED");
    QVERIFY(list.message().contains("READ"));
}

void tst_EmulatorSecrets::keyVaultScopeNeedsAnEntraToken()
{
    const QString dnsName = m_emulator->keyVaultUrl("brickdesk-demo").toString() + "/";
    const QJsonObject body{
        {"scope", "kv-mine"},
        {"scope_backend_type", "AZURE_KEYVAULT"},
        {"backend_azure_keyvault",
         QJsonObject{{"resource_id", "/subscriptions/x/resourceGroups/rg/providers/"
                                     "Microsoft.KeyVault/vaults/brickdesk-demo"},
                     {"dns_name", dnsName}}}};
    const Reply withPat = post("scopes/create", body);
    QCOMPARE(withPat.status, 400);
    QCOMPARE(withPat.errorCode(), "INVALID_PARAMETER_VALUE");
    QCOMPARE(withPat.message(), "Scope with Azure KeyVault must have userAADToken defined!");
    QVERIFY(scopeEntry("kv-mine").isEmpty());

    const QString entra = entraToken(kDatabricksScope + " offline_access");
    QVERIFY(!entra.isEmpty());
    const Reply missingMetadata =
        post("scopes/create", {{"scope", "kv-mine"}, {"scope_backend_type", "AZURE_KEYVAULT"}},
             bearer(entra));
    QCOMPARE(missingMetadata.status, 400);
    QCOMPARE(missingMetadata.message(),
             "Missing required fields: backend_azure_keyvault.resource_id, "
             "backend_azure_keyvault.dns_name");

    const Reply created = post("scopes/create", body, bearer(entra));
    QCOMPARE(created.status, 200);
    const QJsonObject entry = scopeEntry("kv-mine");
    QCOMPARE(entry.value("backend_type").toString(), "AZURE_KEYVAULT");
    QCOMPARE(entry.value("keyvault_metadata").toObject(),
             body.value("backend_azure_keyvault").toObject());
    // Created by the signed-in user, who manages it.
    QVERIFY(
        acls("kv-mine").contains(QJsonObject{{"principal", kDemoUser}, {"permission", "MANAGE"}}));
    // A vault-audience token is no workspace credential.
    const QString vaultToken = entraToken(kVaultScope);
    QCOMPARE(post("scopes/create", body, bearer(vaultToken)).status, 403);
}

void tst_EmulatorSecrets::keyVaultScopeListsTheVault()
{
    // The seeded scope mirrors the demo vault: its live secrets, not the soft-deleted one.
    const QStringList seeded = keysOf("kv-shared");
    QCOMPARE(seeded.size(), 12);
    QVERIFY(seeded.contains("storage-connection-string"));
    QVERIFY(!seeded.contains("old-webhook-token"));

    // A scope created by hand, naming the vault with another case and a trailing slash.
    QUrl dns = m_emulator->keyVaultUrl("brickdesk-demo");
    const QString dnsName =
        "HTTP://127.0.0.1:" + QString::number(dns.port()) + "/keyvault/brickdesk-demo/";
    const QString entra = entraToken(kDatabricksScope);
    QCOMPARE(post("scopes/create",
                  {{"scope", "kv-hand"},
                   {"scope_backend_type", "AZURE_KEYVAULT"},
                   {"backend_azure_keyvault",
                    QJsonObject{{"resource_id", "/subscriptions/x/vaults/brickdesk-demo"},
                                {"dns_name", dnsName}}}},
                  bearer(entra))
                 .status,
             200);
    QCOMPARE(keysOf("kv-hand"), seeded);

    // A secret set in the vault appears, with the vault's update time in milliseconds.
    QVERIFY(m_emulator->setKeyVaultSecret("brickdesk-demo", "fresh-secret", "fresh"));
    const QString vaultToken = clientCredentials(m_http, *m_emulator, kClientSecret, kVaultScope)
                                   .json.value("access_token")
                                   .toString();
    const Reply vaultSecret =
        m_http.send("GET", vaultUrl(*m_emulator, "/secrets/fresh-secret"), bearer(vaultToken));
    QCOMPARE(vaultSecret.status, 200);
    const qint64 updatedSeconds =
        vaultSecret.json.value("attributes").toObject().value("updated").toInteger();
    bool found = false;
    for (const QJsonValue &secret : listSecrets("kv-hand").json.value("secrets").toArray()) {
        if (secret.toObject().value("key").toString() == "fresh-secret") {
            found = true;
            QCOMPARE(secret.toObject().value("last_updated_timestamp").toInteger(),
                     updatedSeconds * 1000);
        }
    }
    QVERIFY(found);
    QCOMPARE(m_emulator->secretValue("kv-shared", "fresh-secret").value_or(QByteArray()), "fresh");

    // Soft-deleted in the vault: gone from the scope; recovered: back.
    QCOMPARE(
        m_http.send("DELETE", vaultUrl(*m_emulator, "/secrets/fresh-secret"), bearer(vaultToken))
            .status,
        200);
    QVERIFY(!keysOf("kv-hand").contains("fresh-secret"));
    QVERIFY(!keysOf("kv-shared").contains("fresh-secret"));
    QCOMPARE(m_http
                 .send("POST", vaultUrl(*m_emulator, "/deletedsecrets/fresh-secret/recover"),
                       bearer(vaultToken))
                 .status,
             200);
    QVERIFY(keysOf("kv-shared").contains("fresh-secret"));
}

void tst_EmulatorSecrets::keyVaultScopeIsReadOnly()
{
    const Reply put =
        post("put", {{"scope", "kv-shared"}, {"key", "api-gateway-key"}, {"string_value", "x"}});
    QCOMPARE(put.status, 400);
    QCOMPARE(put.errorCode(), "BAD_REQUEST");
    const Reply deleted = post("delete", {{"scope", "kv-shared"}, {"key", "api-gateway-key"}});
    QCOMPARE(deleted.status, 400);
    QCOMPARE(deleted.errorCode(), "BAD_REQUEST");
    QVERIFY(keysOf("kv-shared").contains("api-gateway-key"));
    QVERIFY(m_emulator->secretValue("kv-shared", "api-gateway-key") != QByteArray("x"));
}

void tst_EmulatorSecrets::keyVaultScopeOfAnotherVaultIsRefused()
{
    const QString entra = entraToken(kDatabricksScope);
    QCOMPARE(post("scopes/create",
                  {{"scope", "kv-elsewhere"},
                   {"scope_backend_type", "AZURE_KEYVAULT"},
                   {"backend_azure_keyvault",
                    QJsonObject{{"resource_id", "/subscriptions/x/vaults/elsewhere"},
                                {"dns_name", "https://elsewhere.vault.azure.net/"}}}},
                  bearer(entra))
                 .status,
             200);
    QCOMPARE(scopeEntry("kv-elsewhere")
                 .value("keyvault_metadata")
                 .toObject()
                 .value("dns_name")
                 .toString(),
             "https://elsewhere.vault.azure.net/");
    const Reply list = listSecrets("kv-elsewhere");
    QCOMPARE(list.status, 403);
    QCOMPARE(list.errorCode(), "PERMISSION_DENIED");
    QVERIFY2(list.message().contains("https://elsewhere.vault.azure.net/") &&
                 list.message().contains("not a key vault of this emulator"),
             qPrintable(list.message()));
}

void tst_EmulatorSecrets::workspaceAcceptsEntraDatabricksTokens()
{
    const QString userToken = entraToken(kDatabricksScope);
    const Reply clusters =
        m_http.send("GET", workspaceUrl(*m_emulator, "/api/2.0/clusters/list"), bearer(userToken));
    QCOMPARE(clusters.status, 200);
    QVERIFY(!clusters.json.value("clusters").toArray().isEmpty());

    // An application's token: the scope's creator is the application id.
    const QString appToken = clientCredentials(m_http, *m_emulator, kClientSecret, kDatabricksScope)
                                 .json.value("access_token")
                                 .toString();
    QCOMPARE(post("scopes/create", {{"scope", "by-app"}}, bearer(appToken)).status, 200);
    // The emulator's current user created it; the application manages it too.
    QCOMPARE(get("acls/list", QUrlQuery("scope=by-app"), bearer(appToken)).json.value("items"),
             QJsonArray({QJsonObject{{"principal", "brickdesk-demo-app"}, {"permission", "MANAGE"}},
                         QJsonObject{{"principal", kDemoUser}, {"permission", "MANAGE"}}}));
    // Each credential is checked as its own principal: without the demo user's ACL the PAT is
    // refused, the application is not.
    QCOMPARE(post("acls/delete", {{"scope", "by-app"}, {"principal", kDemoUser}}).status, 200);
    QCOMPARE(get("acls/list", QUrlQuery("scope=by-app")).status, 403);
    QCOMPARE(post("scopes/delete", {{"scope", "by-app"}}).status, 403);
    QCOMPARE(
        post("put", {{"scope", "by-app"}, {"key", "k"}, {"string_value", "v"}}, bearer(appToken))
            .status,
        200);
    QCOMPARE(post("scopes/delete", {{"scope", "by-app"}}, bearer(appToken)).status, 200);

    // Another audience: refused.
    const QString vaultToken = entraToken(kVaultScope);
    const Reply wrongAudience =
        m_http.send("GET", workspaceUrl(*m_emulator, "/api/2.0/clusters/list"), bearer(vaultToken));
    QCOMPARE(wrongAudience.status, 403);
    QCOMPARE(wrongAudience.errorCode(), "PERMISSION_DENIED");

    // Expired: 401, while the PAT still works.
    m_emulator->expireEntraAccessTokens();
    const Reply expired =
        m_http.send("GET", workspaceUrl(*m_emulator, "/api/2.0/clusters/list"), bearer(userToken));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), "UNAUTHENTICATED");
    QVERIFY(expired.message().contains("expired"));
    QCOMPARE(get("scopes/list").status, 200);
    // A fresh token works again.
    QCOMPARE(m_http
                 .send("GET", workspaceUrl(*m_emulator, "/api/2.0/clusters/list"),
                       bearer(entraToken(kDatabricksScope)))
                 .status,
             200);
}

void tst_EmulatorSecrets::scopesAndSecretsSurviveARestart()
{
    QTemporaryDir stateDir;
    QVERIFY(stateDir.isValid());
    const QByteArray binary("\x00\x10\x20 kept", 8);
    {
        m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Demo, stateDir.path()));
        QVERIFY(m_emulator->listen(0));
        QCOMPARE(post("scopes/create", {{"scope", "Kept.Scope"}}).status, 200);
        QCOMPARE(post("put", {{"scope", "Kept.Scope"},
                              {"key", "blob"},
                              {"bytes_value", QString::fromLatin1(binary.toBase64())}})
                     .status,
                 200);
        QCOMPARE(post("acls/put",
                      {{"scope", "Kept.Scope"}, {"principal", "users"}, {"permission", "READ"}})
                     .status,
                 200);
        QCOMPARE(post("scopes/delete", {{"scope", "ml-models"}}).status, 200);
        QVERIFY(m_emulator->setKeyVaultSecret("brickdesk-demo", "kept-in-vault", "vault value"));
        m_emulator.reset();
    }
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Demo, stateDir.path()));
    QVERIFY(m_emulator->listen(0)); // most likely another port: the seeded scope follows it
    const QJsonArray savedAcls = acls("Kept.Scope");
    QCOMPARE(names(get("scopes/list").json.value("scopes").toArray(), "name"),
             QStringList({"etl", "finance-readonly", "Kept.Scope", "kv-shared"}));
    QCOMPARE(m_emulator->secretValue("Kept.Scope", "blob").value_or(QByteArray()), binary);
    QCOMPARE(m_emulator->secretValue("etl", "jdbc-password").value_or(QByteArray()),
             "Tr0ub4dor&3-etl-warehouse");
    QVERIFY(savedAcls.contains(QJsonObject{{"principal", "users"}, {"permission", "READ"}}));
    QVERIFY(savedAcls.contains(QJsonObject{{"principal", kDemoUser}, {"permission", "MANAGE"}}));
    QCOMPARE(m_emulator->secretValue("kv-shared", "kept-in-vault").value_or(QByteArray()),
             "vault value");
    QCOMPARE(
        scopeEntry("kv-shared").value("keyvault_metadata").toObject().value("dns_name").toString(),
        m_emulator->keyVaultUrl("brickdesk-demo").toString());
    QVERIFY(keysOf("kv-shared").contains("kept-in-vault"));
}

void tst_EmulatorSecrets::stateSavedBeforeSecretsGetsThemSeeded()
{
    QTemporaryDir stateDir;
    QVERIFY(stateDir.isValid());
    const QString file = stateDir.filePath("state.json");
    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Demo, stateDir.path()));
    QVERIFY(m_emulator->listen(0));
    QCOMPARE(post("scopes/create", {{"scope", "gone-with-the-section"}}).status, 200);
    m_emulator.reset();

    // The file as an emulator without secrets and vaults wrote it.
    QFile state(file);
    QVERIFY(state.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(state.readAll()).object();
    state.close();
    QVERIFY(root.contains("secrets") && root.contains("key_vaults"));
    root.remove("secrets");
    root.remove("key_vaults");
    QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
    state.write(QJsonDocument(root).toJson());
    state.close();

    m_emulator = std::make_unique<WorkspaceEmulator>(optionsWith(Seed::Demo, stateDir.path()));
    QVERIFY2(m_emulator->listen(0), qPrintable(m_emulator->errorString()));
    QCOMPARE(names(get("scopes/list").json.value("scopes").toArray(), "name"),
             QStringList({"etl", "finance-readonly", "kv-shared", "ml-models"}));
    QCOMPARE(keysOf("kv-shared").size(), 12);
    // Written back at once.
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(state.readAll()).object().contains("secrets"));
}

void tst_EmulatorSecrets::wrongMethodsAndNoToken()
{
    const Reply wrongMethod = get("scopes/create");
    QCOMPARE(wrongMethod.status, 404);
    QCOMPARE(wrongMethod.errorCode(), "ENDPOINT_NOT_FOUND");
    QCOMPARE(
        m_http.sendJson("POST", workspaceUrl(*m_emulator, api("list")), bearer(kToken), {}).status,
        404);
    const Reply noToken = m_http.send("GET", workspaceUrl(*m_emulator, api("scopes/list")));
    QCOMPARE(noToken.status, 401);
    QCOMPARE(noToken.errorCode(), "UNAUTHENTICATED");
    const Reply wrongToken =
        m_http.send("GET", workspaceUrl(*m_emulator, api("scopes/list")), bearer("dapi-wrong"));
    QCOMPARE(wrongToken.status, 403);
    QCOMPARE(wrongToken.errorCode(), "PERMISSION_DENIED");
}

QTEST_GUILESS_MAIN(tst_EmulatorSecrets)
#include "tst_emulator_secrets.moc"
