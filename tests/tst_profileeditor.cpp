// Saving and removing profiles: keychain first, then .databrickscfg, then tags — against the real
// Secret Service, with the file checked byte for byte.
#include "AzureSignIn.h"
#include "ConfigDocument.h"
#include "KeychainTokenStore.h"
#include "ProfileCatalog.h"
#include "ProfileEditor.h"
#include "ProfileSettings.h"
#include "SecretServiceCheck.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace brickdesk;

namespace {

class RefusingTokenStore final : public TokenStore
{
public:
    void readToken(const QString &, QObject *, Callback callback) override
    {
        callback({TokenStoreResult::Status::NotFound, {}, {}});
    }
    void writeToken(const QString &, const QString &, QObject *, Callback callback) override
    {
        callback({TokenStoreResult::Status::Failed, {}, QStringLiteral("keychain locked")});
    }
    void deleteToken(const QString &, QObject *, Callback callback) override
    {
        callback({TokenStoreResult::Status::Ok, {}, {}});
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void validation_data();
    void validation();
    void addProfileStoresTokenInKeychainOnly();
    void editKeepsTheRestOfTheFile();
    void renameMovesKeysTokenAndTags();
    void keychainFailureWritesNothing();
    void renameWithUnwritableFileKeepsTheOldToken();
    void choosingPatReplacesAnotherAuthType();
    void removeDeletesSectionTokenAndTags();
    void tokenInKeyVaultIsAReferenceOnly();
    void servicePrincipalWritesIdsToFileAndSecretToKeychain();
    void keyVaultInputIsValidated();

private:
    QString save(const ProfileEdit &edit, TokenStore &store);
    QString remove(const QString &name);
    QString tokenOf(const QString &profile);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ProfileSettings> m_settings;
    KeychainTokenStore m_keychain;
    QString m_path;
};

void TestProfileEditor::initTestCase()
{
    const QString missing = missingSecretServiceReason();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
}

void TestProfileEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<ProfileSettings>(*m_store);
    m_path = m_dir->filePath(QStringLiteral(".databrickscfg"));
}

QString TestProfileEditor::save(const ProfileEdit &edit, TokenStore &store)
{
    std::optional<QString> error;
    saveProfile(edit, m_path, store, *m_settings, this, [&](const QString &e) { error = e; });
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 20000))
        qFatal("saveProfile did not finish");
    return *error;
}

QString TestProfileEditor::remove(const QString &name)
{
    std::optional<QString> error;
    removeProfile(name, m_path, m_keychain, *m_settings, this,
                  [&](const QString &e) { error = e; });
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 20000))
        qFatal("removeProfile did not finish");
    return *error;
}

QString TestProfileEditor::tokenOf(const QString &profile)
{
    std::optional<TokenStoreResult> result;
    m_keychain.readToken(profile, this, [&](const TokenStoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("keychain read did not finish");
    return result->token;
}

void TestProfileEditor::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("fragment"); // empty: valid
    QTest::newRow("ok") << "acme-dev"
                        << "adb-1.1.azuredatabricks.net"
                        << "";
    QTest::newRow("empty name") << ""
                                << "https://h"
                                << "needs a name";
    QTest::newRow("bracket") << "a]b"
                             << "https://h"
                             << "cannot contain";
    QTest::newRow("reserved") << "__settings__"
                              << "https://h"
                              << "reserved";
    QTest::newRow("taken") << "taken"
                           << "https://h"
                           << "already exists";
    QTest::newRow("bad host") << "x"
                              << "ftp://h"
                              << "Host:";
}

void TestProfileEditor::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, host);
    QFETCH(QString, fragment);
    ProfileEdit edit;
    edit.name = name;
    edit.host = host;
    const QString problem = validateProfileEdit(edit, {QStringLiteral("taken")});
    if (fragment.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(fragment), qPrintable(problem));
}

void TestProfileEditor::addProfileStoresTokenInKeychainOnly()
{
    const QString name = QStringLiteral("add-") + QUuid::createUuid().toString(QUuid::Id128);
    ProfileEdit edit;
    edit.name = name;
    edit.host = QStringLiteral("adb-7.7.azuredatabricks.net/");
    edit.authType = QStringLiteral("pat");
    edit.token = QStringLiteral("bdtest-added-token");
    edit.environment = EnvironmentTag::Staging;
    edit.colour = QStringLiteral("#123456");
    QCOMPARE(save(edit, m_keychain), QString());
    QCOMPARE(readAll(m_path),
             "[" + name.toUtf8() + "]\nhost = https://adb-7.7.azuredatabricks.net\n");
    QVERIFY(tokenOf(name) == QStringLiteral("bdtest-added-token"));
    const ProfileCatalog catalog = ProfileLoader::load(m_path, {}, m_settings.get());
    const Profile *profile = catalog.find(name);
    QVERIFY(profile);
    QCOMPARE(profile->tokenSource, TokenSource::Keychain);
    QCOMPARE(profile->environment, EnvironmentTag::Staging);
    QCOMPARE(profile->colour, QStringLiteral("#123456"));
    QCOMPARE(remove(name), QString());
}

void TestProfileEditor::editKeepsTheRestOfTheFile()
{
    const QByteArray original =
        "# team workspaces\n[DEFAULT]\nhost = https://d\n\n[edit-me]\nhost=https://old\n"
        "cluster_id = 0101-abc ; my cluster\ntoken = keep\n\n[other]\nhost = https://o\n";
    writeAll(m_path, original);
    ProfileEdit edit;
    edit.originalName = QStringLiteral("edit-me");
    edit.name = QStringLiteral("edit-me");
    edit.host = QStringLiteral("https://new.cloud.databricks.com/");
    edit.authType = QStringLiteral("pat");
    edit.environment = EnvironmentTag::Prod;
    QCOMPARE(save(edit, m_keychain), QString());
    QByteArray expected = original;
    expected.replace("host=https://old", "host=https://new.cloud.databricks.com");
    QCOMPARE(readAll(m_path), expected); // no token given: the file's token stays
    QCOMPARE(m_settings->environment(QStringLiteral("edit-me")),
             std::optional<EnvironmentTag>(EnvironmentTag::Prod));
}

void TestProfileEditor::renameMovesKeysTokenAndTags()
{
    const QString oldName = QStringLiteral("old-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString newName = QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::Id128);
    ProfileEdit add;
    add.name = oldName;
    add.host = QStringLiteral("https://h");
    add.token = QStringLiteral("bdtest-rename");
    QCOMPARE(save(add, m_keychain), QString());
    writeAll(m_path, readAll(m_path) + "warehouse_id = w1\n");
    ProfileEdit rename = add;
    rename.originalName = oldName;
    rename.name = newName;
    rename.token.clear();
    rename.environment = EnvironmentTag::Dev;
    QCOMPARE(save(rename, m_keychain), QString());
    const ConfigDocument document = ConfigDocument::parse(readAll(m_path));
    QVERIFY(!document.section(oldName));
    QVERIFY(document.section(newName));
    QCOMPARE(document.section(newName)->value(u"warehouse_id"), QStringLiteral("w1"));
    QVERIFY(tokenOf(newName) == QStringLiteral("bdtest-rename"));
    QVERIFY(tokenOf(oldName).isEmpty());
    QVERIFY(m_settings->tokenInKeychain(newName));
    QVERIFY(!m_settings->tokenInKeychain(oldName));
    QCOMPARE(remove(newName), QString());
}

void TestProfileEditor::keychainFailureWritesNothing()
{
    writeAll(m_path, "[a]\nhost = https://a\n");
    RefusingTokenStore refusing;
    ProfileEdit edit;
    edit.name = QStringLiteral("b");
    edit.host = QStringLiteral("https://b");
    edit.token = QStringLiteral("bdtest-refused");
    const QString error = save(edit, refusing);
    QVERIFY(error.contains(QStringLiteral("keychain locked")));
    QVERIFY(error.contains(QStringLiteral("nothing was saved")));
    QCOMPARE(readAll(m_path), QByteArray("[a]\nhost = https://a\n"));
    QVERIFY(!m_settings->environment(QStringLiteral("b")));
}

void TestProfileEditor::renameWithUnwritableFileKeepsTheOldToken()
{
    const QString oldName = QStringLiteral("keep-") + QUuid::createUuid().toString(QUuid::Id128);
    ProfileEdit add;
    add.name = oldName;
    add.host = QStringLiteral("https://h");
    add.token = QStringLiteral("bdtest-keep-me");
    QCOMPARE(save(add, m_keychain), QString());
    // A key the writer cannot carry over makes the rename fail after the token was copied.
    writeAll(m_path, readAll(m_path) + "my key = 1\n");
    const QByteArray before = readAll(m_path);
    ProfileEdit rename = add;
    rename.originalName = oldName;
    rename.name = oldName + QStringLiteral("-renamed");
    rename.token.clear();
    const QString error = save(rename, m_keychain);
    QVERIFY(error.contains(QStringLiteral("my key")));
    QCOMPARE(readAll(m_path), before);
    QVERIFY(tokenOf(oldName) == QStringLiteral("bdtest-keep-me"));
    QTRY_VERIFY(tokenOf(rename.name).isEmpty());
    QVERIFY(m_settings->tokenInKeychain(oldName));
    QCOMPARE(remove(oldName), QString());
}

void TestProfileEditor::choosingPatReplacesAnotherAuthType()
{
    writeAll(m_path, "[ws]\nhost = https://h\nauth_type = azure-cli\n[keep]\nhost = "
                     "https://k\nauth_type = azure-cli\n");
    ProfileEdit edit;
    edit.originalName = QStringLiteral("ws");
    edit.name = QStringLiteral("ws");
    edit.host = QStringLiteral("https://h");
    edit.authType = QStringLiteral("pat");
    QCOMPARE(save(edit, m_keychain), QString());
    QCOMPARE(readAll(m_path), QByteArray("[ws]\nhost = https://h\nauth_type = pat\n[keep]\nhost = "
                                         "https://k\nauth_type = azure-cli\n"));
    edit.authType.clear(); // "detect from the keys"
    QCOMPARE(save(edit, m_keychain), QString());
    QCOMPARE(
        readAll(m_path),
        QByteArray("[ws]\nhost = https://h\n[keep]\nhost = https://k\nauth_type = azure-cli\n"));
    edit.authType = QStringLiteral("pat"); // nothing to replace: pat is left to detection
    QCOMPARE(save(edit, m_keychain), QString());
    QCOMPARE(
        readAll(m_path),
        QByteArray("[ws]\nhost = https://h\n[keep]\nhost = https://k\nauth_type = azure-cli\n"));
}

void TestProfileEditor::removeDeletesSectionTokenAndTags()
{
    const QString name = QStringLiteral("rm-") + QUuid::createUuid().toString(QUuid::Id128);
    writeAll(m_path, "[keep]\nhost = https://k\n");
    ProfileEdit edit;
    edit.name = name;
    edit.host = QStringLiteral("https://r");
    edit.token = QStringLiteral("bdtest-remove");
    edit.environment = EnvironmentTag::Prod;
    QCOMPARE(save(edit, m_keychain), QString());
    QCOMPARE(remove(name), QString());
    QCOMPARE(readAll(m_path), QByteArray("[keep]\nhost = https://k\n"));
    QVERIFY(tokenOf(name).isEmpty());
    QVERIFY(!m_settings->environment(name));
    QVERIFY(remove(QStringLiteral("never-there")).contains(QStringLiteral("has no profile")));
}

void TestProfileEditor::tokenInKeyVaultIsAReferenceOnly()
{
    ProfileEdit edit;
    edit.name = QStringLiteral("kv-") + QUuid::createUuid().toString(QUuid::Id128);
    edit.host = QStringLiteral("https://adb-8.8.azuredatabricks.net");
    edit.authType = QStringLiteral("pat");
    edit.tokenVault = KeyVaultTokenReference{QStringLiteral("https://team-vault.vault.azure.net"),
                                             QStringLiteral("databricks-dev-pat")};
    edit.azureSignIn = AzureSignInSettings{QStringLiteral("device-code"),
                                           QStringLiteral("contoso.onmicrosoft.com"), QString(),
                                           QString(), QString()};
    QCOMPARE(save(edit, m_keychain), QString());
    // The file holds the host only; nothing secret is anywhere.
    QCOMPARE(readAll(m_path),
             "[" + edit.name.toUtf8() + "]\nhost = https://adb-8.8.azuredatabricks.net\n");
    const ProfileCatalog catalog = ProfileLoader::load(m_path, {}, m_settings.get());
    const Profile *profile = catalog.find(edit.name);
    QVERIFY(profile);
    QCOMPARE(profile->tokenSource, TokenSource::KeyVault);
    QCOMPARE(profile->tokenVault.secretName, QStringLiteral("databricks-dev-pat"));
    QCOMPARE(profile->azureSignIn.tenantId, QStringLiteral("contoso.onmicrosoft.com"));
    QCOMPARE(profile->authType, QStringLiteral("pat"));
    // Back to the keychain: the reference goes.
    edit.originalName = edit.name;
    edit.tokenVault = KeyVaultTokenReference{};
    edit.token = QStringLiteral("bdtest-back-in-keychain");
    QCOMPARE(save(edit, m_keychain), QString());
    const ProfileCatalog again = ProfileLoader::load(m_path, {}, m_settings.get());
    QCOMPARE(again.find(edit.name)->tokenSource, TokenSource::Keychain);
    QCOMPARE(remove(edit.name), QString());
}

void TestProfileEditor::servicePrincipalWritesIdsToFileAndSecretToKeychain()
{
    ProfileEdit edit;
    edit.name = QStringLiteral("sp-") + QUuid::createUuid().toString(QUuid::Id128);
    edit.host = QStringLiteral("https://adb-9.9.azuredatabricks.net");
    edit.authType = QStringLiteral("azure-client-secret");
    edit.azureTenantId = QStringLiteral("tenant-9");
    edit.azureClientId = QStringLiteral("app-9");
    edit.azureClientSecret = QStringLiteral("sp-secret-value");
    QCOMPARE(save(edit, m_keychain), QString());
    const QByteArray file = readAll(m_path);
    QVERIFY(file.contains("auth_type = azure-client-secret"));
    QVERIFY(file.contains("azure_tenant_id = tenant-9"));
    QVERIFY(file.contains("azure_client_id = app-9"));
    QVERIFY(!file.contains("sp-secret-value"));
    const ProfileCatalog catalog = ProfileLoader::load(m_path, {}, m_settings.get());
    const Profile *profile = catalog.find(edit.name);
    QVERIFY(profile && profile->isUsable());
    const AzureSignInConfig config =
        workspaceAzureSignIn(*profile, QProcessEnvironment::systemEnvironment());
    QCOMPARE(config.method, AzureCredential::Kind::ClientSecret);
    QCOMPARE(tokenOf(config.clientSecretKey()), QStringLiteral("sp-secret-value"));
    m_keychain.deleteToken(config.clientSecretKey(), this, [](const TokenStoreResult &) {});
    QCOMPARE(remove(edit.name), QString());
}

void TestProfileEditor::keyVaultInputIsValidated()
{
    ProfileEdit edit;
    edit.name = QStringLiteral("x");
    edit.host = QStringLiteral("https://h");
    edit.tokenVault =
        KeyVaultTokenReference{QStringLiteral("http://vault.example.com"), QStringLiteral("pat")};
    QVERIFY(validateProfileEdit(edit, {}).contains(QStringLiteral("https")));
    edit.tokenVault = KeyVaultTokenReference{QStringLiteral("my-vault"), QStringLiteral("db_pat")};
    QVERIFY(validateProfileEdit(edit, {}).contains(QStringLiteral("letters, digits and '-'")));
    edit.tokenVault = KeyVaultTokenReference{QStringLiteral("my-vault"), QStringLiteral("db-pat")};
    QVERIFY(validateProfileEdit(edit, {}).isEmpty());
    edit.authType = QStringLiteral("azure-client-secret");
    QVERIFY(validateProfileEdit(edit, {}).contains(QStringLiteral("tenant id and client id")));
}

QTEST_GUILESS_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
