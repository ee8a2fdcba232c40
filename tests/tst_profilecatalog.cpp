// Profiles resolved from the upstream SDK fixtures must match what the SDKs resolve.
#include "EnvironmentTag.h"
#include "HostUrl.h"
#include "ProfileCatalog.h"
#include "ProfileListing.h"
#include "ProfileSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;

class TestProfileCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goRootDefaultIsPatWithNormalisedHost();
    void goRootListsEveryNonEmptyProfile();
    void goRootNohostIsAnError();
    void goRootPasswordsAreUnquoted();
    void pyRootScopes();
    void listParsingScopes_data();
    void listParsingScopes();
    void emptyDefaultIsNotAProfile();
    void corruptFileAskedForDefaultIsAnError();
    void azureFixture();
    void settingsDefaultProfileWins();
    void settingsDefaultProfileWithoutDefaultSection();
    void emptySettingsFallsBackToDefault();
    void settingsSectionRequestedExplicitlyIsAnError();
    void environmentProfileVariableSelects();
    void environmentHostMakesItsOwnProfile();
    void environmentTokenOverridesDefaultProfile();
    void configFilePathHonoursEnvironment();
    void mixedCredentialsWithoutAuthTypeIsAnError();
    void keychainTokenSourceFromSettings();
    void environmentTagsAndColours();
    void missingAndUnreadableFiles();
    void listingJsonNeverHoldsATokenAndNamesErrors();
    void hostNormalisation_data();
    void hostNormalisation();
};

static QString fixturePath(const char *relative)
{
    return QStringLiteral(BRICKDESK_TESTDATA_DIR "/databrickscfg/") + QLatin1String(relative) +
           QStringLiteral("/.databrickscfg");
}

static ProfileCatalog loadFixture(const char *relative, const QProcessEnvironment &environment = {},
                                  const ProfileSettings *settings = nullptr)
{
    const QString path = fixturePath(relative);
    if (!QFile::exists(path))
        qFatal("missing upstream fixture %s", relative);
    return ProfileLoader::load(path, environment, settings);
}

static QProcessEnvironment environmentWith(std::initializer_list<std::pair<const char *, const char *>> values)
{
    QProcessEnvironment environment;
    for (const auto &[key, value] : values)
        environment.insert(QLatin1String(key), QLatin1String(value));
    return environment;
}

void TestProfileCatalog::goRootDefaultIsPatWithNormalisedHost()
{
    const ProfileCatalog catalog = loadFixture("sdk-go/root");
    QCOMPARE(catalog.defaultProfile, QStringLiteral("DEFAULT"));
    const Profile *profile = catalog.find(catalog.defaultProfile);
    QVERIFY(profile);
    QCOMPARE(profile->authType, QStringLiteral("pat"));
    QCOMPARE(profile->host, QStringLiteral("https://dbc-xxxxxxxx-yyyy.cloud.databricks.com"));
    QCOMPARE(profile->tokenSource, TokenSource::ConfigFile);
    QCOMPARE(profile->attribute(QStringLiteral("rate_limit")), QStringLiteral("34"));
    QCOMPARE(profile->attribute(QStringLiteral("debug_truncate")), QStringLiteral("829374"));
    QVERIFY(!profile->attributes.contains(QStringLiteral("token")));
    QVERIFY(profile->isUsable());
    const Profile *dotted = catalog.find(QStringLiteral("pat.with.dot"));
    QVERIFY(dotted);
    QCOMPARE(dotted->authType, QStringLiteral("pat"));
    QCOMPARE(dotted->host, profile->host);
}

void TestProfileCatalog::goRootListsEveryNonEmptyProfile()
{
    const ProfileCatalog catalog = loadFixture("sdk-go/root");
    QStringList names;
    for (const Profile &profile : catalog.profiles)
        names.append(profile.name);
    QCOMPARE(names, (QStringList{"DEFAULT", "nohost", "nohost2", "azure-justhost", "azure-pat", "notoken", "basic",
                                 "azure-spn", "gcp-example", "pat.with.dot", "password-with-double-quotes",
                                 "password-with-single-quotes", "password-without-quotes"}));
    QCOMPARE(catalog.find(QStringLiteral("basic"))->authType, QStringLiteral("basic"));
    QCOMPARE(catalog.find(QStringLiteral("azure-spn"))->authType, QStringLiteral("azure-client-secret"));
    QCOMPARE(catalog.find(QStringLiteral("gcp-example"))->authType, QStringLiteral("google-credentials"));
    QVERIFY(catalog.find(QStringLiteral("notoken"))->authType.isEmpty());
    QVERIFY(!catalog.find(QStringLiteral("azure-spn"))->attributes.contains(QStringLiteral("azure_client_secret")));
    QCOMPARE(catalog.find(QStringLiteral("azure-spn"))->attribute(QStringLiteral("azure_tenant_id")),
             QStringLiteral("12345678"));
}

void TestProfileCatalog::goRootNohostIsAnError()
{
    const ProfileCatalog catalog = loadFixture("sdk-go/root");
    const Profile *nohost = catalog.find(QStringLiteral("nohost"));
    QVERIFY(nohost);
    QVERIFY(!nohost->isUsable());
    QVERIFY(nohost->problems.join(u' ').contains(QStringLiteral("no host")));
    bool reported = false;
    for (const ConfigIssue &issue : catalog.issues)
        reported |= issue.message.contains(QStringLiteral("profile 'nohost': no host configured"));
    QVERIFY(reported);

    // With DATABRICKS_USERNAME set as well, the SDK reports two auth methods: basic and pat.
    const ProfileCatalog mixed = loadFixture(
        "sdk-go/root", environmentWith({{"DATABRICKS_CONFIG_PROFILE", "nohost"}, {"DATABRICKS_USERNAME", "x"}}));
    QVERIFY(mixed.find(QStringLiteral("nohost"))->problems.contains(
        QStringLiteral("more than one authorization method configured: basic and pat")));
}

void TestProfileCatalog::goRootPasswordsAreUnquoted()
{
    const QString path = fixturePath("sdk-go/root");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ConfigDocument document = ConfigDocument::parse(file.readAll(), path);
    for (const char *name : {"password-with-double-quotes", "password-with-single-quotes", "password-without-quotes"}) {
        const auto *section = document.section(QString::fromLatin1(name));
        QVERIFY(section);
        QCOMPARE(section->value(u"password"), QStringLiteral("%Y#X$Z"));
    }
    const ProfileCatalog catalog = loadFixture("sdk-go/root");
    QCOMPARE(catalog.find(QStringLiteral("password-without-quotes"))->authType, QStringLiteral("basic"));
    QVERIFY(!catalog.find(QStringLiteral("password-without-quotes"))->attributes.contains(QStringLiteral("password")));
}

void TestProfileCatalog::pyRootScopes()
{
    const ProfileCatalog catalog = loadFixture("sdk-py/root");
    QCOMPARE(catalog.find(QStringLiteral("scope-empty"))->scopes, QStringList{QStringLiteral("all-apis")});
    QCOMPARE(catalog.find(QStringLiteral("scope-single"))->scopes, QStringList{QStringLiteral("clusters")});
    QCOMPARE(catalog.find(QStringLiteral("scope-multiple"))->scopes,
             (QStringList{"clusters", "files:read", "iam:read", "jobs", "mlflow", "model-serving:read", "pipelines"}));
    QCOMPARE(catalog.find(QStringLiteral("DEFAULT"))->authType, QStringLiteral("pat"));
    QVERIFY(!catalog.find(QStringLiteral("nohost"))->isUsable());
}

void TestProfileCatalog::listParsingScopes_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("scopes");
    QTest::newRow("single") << QStringLiteral("single-item") << QStringList{"clusters"};
    QTest::newRow("multiple") << QStringLiteral("multiple-items") << QStringList{"alpha", "beta", "gamma"};
    QTest::newRow("whitespace") << QStringLiteral("whitespace-around-items") << QStringList{"alpha", "beta", "gamma"};
    QTest::newRow("empty items") << QStringLiteral("empty-items-filtered") << QStringList{"alpha", "beta"};
    QTest::newRow("blank items") << QStringLiteral("whitespace-only-items-filtered") << QStringList{"alpha", "beta"};
}

void TestProfileCatalog::listParsingScopes()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, scopes);
    const ProfileCatalog catalog = loadFixture("sdk-go/list-parsing");
    QVERIFY(catalog.find(profile));
    QCOMPARE(catalog.find(profile)->scopes, scopes);
}

void TestProfileCatalog::emptyDefaultIsNotAProfile()
{
    const ProfileCatalog catalog = loadFixture("sdk-go/empty_default");
    QVERIFY(!catalog.find(QStringLiteral("DEFAULT")));
    QVERIFY(catalog.defaultProfile.isEmpty()); // "cannot configure default credentials"
    const Profile *abc = catalog.find(QStringLiteral("abc"));
    QVERIFY(abc);
    QCOMPARE(abc->authType, QStringLiteral("pat"));
    QCOMPARE(abc->host, QStringLiteral("https://foo"));
    QVERIFY(catalog.issues.isEmpty());
}

void TestProfileCatalog::corruptFileAskedForDefaultIsAnError()
{
    const ProfileCatalog catalog =
        loadFixture("sdk-go/corrupt", environmentWith({{"DATABRICKS_CONFIG_PROFILE", "DEFAULT"}}));
    QVERIFY(catalog.defaultProfile.isEmpty());
    bool reported = false;
    for (const ConfigIssue &issue : catalog.issues)
        reported |= issue.toString().endsWith(QStringLiteral(".databrickscfg: has no DEFAULT profile configured"));
    QVERIFY(reported);
    QCOMPARE(catalog.profiles.size(), 2);
    QCOMPARE(catalog.find(QStringLiteral("notoken"))->host, QStringLiteral("https://dbc-xxxxxxxx-yyyy.cloud.databricks.com"));
}

void TestProfileCatalog::azureFixture()
{
    const ProfileCatalog none = loadFixture("sdk-go/azure");
    QVERIFY(none.defaultProfile.isEmpty()); // no DEFAULT: nothing is taken from the file
    const ProfileCatalog catalog = loadFixture("sdk-go/azure", environmentWith({{"DATABRICKS_CONFIG_PROFILE", "justhost"}}));
    QCOMPARE(catalog.defaultProfile, QStringLiteral("justhost"));
    QCOMPARE(catalog.find(QStringLiteral("justhost"))->host, QStringLiteral("https://adb-123.4.azuredatabricks.net"));
    QCOMPARE(catalog.find(QStringLiteral("spn"))->attribute(QStringLiteral("azure_workspace_resource_id")),
             QStringLiteral("/a/b/c"));
    QCOMPARE(catalog.find(QStringLiteral("msi"))->authType, QStringLiteral("azure-msi"));
    QCOMPARE(catalog.find(QStringLiteral("msi"))->host, QStringLiteral("https://adb-123.4.azuredatabricks.net"));
}

void TestProfileCatalog::settingsDefaultProfileWins()
{
    const ProfileCatalog catalog = loadFixture("sdk-go/default_profile");
    QCOMPARE(catalog.defaultProfile, QStringLiteral("my-workspace"));
    QCOMPARE(catalog.find(QStringLiteral("my-workspace"))->host, QStringLiteral("https://my-workspace.cloud.databricks.com"));
    QCOMPARE(catalog.find(QStringLiteral("my-workspace"))->authType, QStringLiteral("pat"));
    QCOMPARE(catalog.find(QStringLiteral("other"))->host, QStringLiteral("https://other.cloud.databricks.com"));
    QVERIFY(!catalog.find(QStringLiteral("__settings__")));
    QCOMPARE(catalog.profiles.size(), 3);
}

void TestProfileCatalog::settingsDefaultProfileWithoutDefaultSection()
{
    const ProfileCatalog catalog = loadFixture("sdk-go/default_profile_no_default");
    QCOMPARE(catalog.defaultProfile, QStringLiteral("my-workspace"));
    QCOMPARE(catalog.find(catalog.defaultProfile)->authType, QStringLiteral("pat"));
}

void TestProfileCatalog::emptySettingsFallsBackToDefault()
{
    const ProfileCatalog catalog = loadFixture("sdk-go/default_profile_empty");
    QCOMPARE(catalog.defaultProfile, QStringLiteral("DEFAULT"));
    QCOMPARE(catalog.find(QStringLiteral("DEFAULT"))->host, QStringLiteral("https://default.cloud.databricks.com"));
    QCOMPARE(catalog.profiles.size(), 1);
}

void TestProfileCatalog::settingsSectionRequestedExplicitlyIsAnError()
{
    const ProfileCatalog catalog =
        loadFixture("sdk-go/default_profile", environmentWith({{"DATABRICKS_CONFIG_PROFILE", "__settings__"}}));
    QVERIFY(catalog.defaultProfile.isEmpty());
    bool reported = false;
    for (const ConfigIssue &issue : catalog.issues)
        reported |= issue.message.contains(QStringLiteral("__settings__ is a reserved section name"));
    QVERIFY(reported);
}

void TestProfileCatalog::environmentProfileVariableSelects()
{
    const ProfileCatalog catalog =
        loadFixture("sdk-go/default_profile", environmentWith({{"DATABRICKS_CONFIG_PROFILE", "other"}}));
    QCOMPARE(catalog.defaultProfile, QStringLiteral("other"));
}

void TestProfileCatalog::environmentHostMakesItsOwnProfile()
{
    const ProfileCatalog catalog = loadFixture(
        "sdk-go/default_profile",
        environmentWith({{"DATABRICKS_HOST", "adb-9.9.azuredatabricks.net/"}, {"DATABRICKS_TOKEN", "env-token-value"}}));
    QCOMPARE(catalog.defaultProfile, QLatin1String(kEnvironmentProfileName));
    const Profile &first = catalog.profiles.first();
    QCOMPARE(first.name, QLatin1String(kEnvironmentProfileName));
    QVERIFY(first.fromEnvironmentOnly);
    QCOMPARE(first.host, QStringLiteral("https://adb-9.9.azuredatabricks.net"));
    QCOMPARE(first.tokenSource, TokenSource::Environment);
    QCOMPARE(first.authType, QStringLiteral("pat"));
    // The file's profiles are still there, untouched by the environment.
    QCOMPARE(catalog.find(QStringLiteral("my-workspace"))->tokenSource, TokenSource::ConfigFile);
}

void TestProfileCatalog::environmentTokenOverridesDefaultProfile()
{
    // DATABRICKS_TOKEN alone, no profile named: the SDKs do not read the file for the default
    // profile, so the token is never sent to the file's default host; with no host it is an error.
    const ProfileCatalog alone =
        loadFixture("sdk-go/default_profile", environmentWith({{"DATABRICKS_TOKEN", "from-env"}}));
    QCOMPARE(alone.defaultProfile, QLatin1String(kEnvironmentProfileName));
    const Profile &environmentProfile = alone.profiles.first();
    QCOMPARE(environmentProfile.tokenSource, TokenSource::Environment);
    QVERIFY(environmentProfile.problems.contains(QStringLiteral("no host configured")));
    QCOMPARE(alone.find(QStringLiteral("my-workspace"))->tokenSource, TokenSource::ConfigFile);
    QVERIFY(alone.find(QStringLiteral("my-workspace"))->inlineToken == QStringLiteral("dapiXYZ"));

    // With a profile named, the environment's token wins over that profile's.
    const ProfileCatalog named = loadFixture(
        "sdk-go/default_profile", environmentWith({{"DATABRICKS_TOKEN", "from-env"}, {"DATABRICKS_CONFIG_PROFILE", "other"}}));
    QCOMPARE(named.defaultProfile, QStringLiteral("other"));
    QCOMPARE(named.find(QStringLiteral("other"))->tokenSource, TokenSource::Environment);
    QVERIFY(named.find(QStringLiteral("other"))->inlineToken == QStringLiteral("from-env"));
    QCOMPARE(named.find(QStringLiteral("my-workspace"))->tokenSource, TokenSource::ConfigFile);
    QVERIFY(!named.find(QLatin1String(kEnvironmentProfileName)));
}

void TestProfileCatalog::configFilePathHonoursEnvironment()
{
    QCOMPARE(ProfileLoader::configFilePath(environmentWith({{"HOME", "/home/ada"}})),
             QStringLiteral("/home/ada/.databrickscfg"));
    QCOMPARE(ProfileLoader::configFilePath(environmentWith({{"HOME", "/home/ada"}, {"DATABRICKS_CONFIG_FILE", "~/cfg/db"}})),
             QStringLiteral("/home/ada/cfg/db"));
    QCOMPARE(ProfileLoader::configFilePath(environmentWith({{"DATABRICKS_CONFIG_FILE", "/etc/db"}}), QStringLiteral("/x")),
             QStringLiteral("/x"));
}

void TestProfileCatalog::mixedCredentialsWithoutAuthTypeIsAnError()
{
    const auto doc = ConfigDocument::parse("[mixed]\nhost = https://h\ntoken = t\nusername = u\npassword = p\n"
                                           "[chosen]\nhost = https://h\ntoken = t\nusername = u\npassword = p\nauth_type = pat\n");
    const ProfileCatalog catalog = ProfileLoader::fromDocument(doc, {}, nullptr);
    QCOMPARE(catalog.find(QStringLiteral("mixed"))->problems,
             QStringList{QStringLiteral("more than one authorization method configured: basic and pat")});
    QVERIFY(catalog.find(QStringLiteral("chosen"))->isUsable());
    QCOMPARE(catalog.find(QStringLiteral("chosen"))->authType, QStringLiteral("pat"));
}

void TestProfileCatalog::keychainTokenSourceFromSettings()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileSettings settings(store);
    settings.setTokenInKeychain(QStringLiteral("kc/with.slash"), true);
    const auto doc = ConfigDocument::parse("[kc/with.slash]\nhost = https://h\n");
    const ProfileCatalog catalog = ProfileLoader::fromDocument(doc, {}, &settings);
    QCOMPARE(catalog.profiles.first().tokenSource, TokenSource::Keychain);
    QCOMPARE(catalog.profiles.first().authType, QStringLiteral("pat"));
}

void TestProfileCatalog::environmentTagsAndColours()
{
    QCOMPARE(guessEnvironmentTag(QStringLiteral("acme-prod"), {}), EnvironmentTag::Prod);
    QCOMPARE(guessEnvironmentTag(QStringLiteral("x"), QStringLiteral("https://adb-prd-1.azuredatabricks.net")), EnvironmentTag::Prod);
    QCOMPARE(guessEnvironmentTag(QStringLiteral("preprod"), {}), EnvironmentTag::Staging);
    QCOMPARE(guessEnvironmentTag(QStringLiteral("dev"), {}), EnvironmentTag::Dev);
    QCOMPARE(guessEnvironmentTag(QStringLiteral("product-analytics"), {}), EnvironmentTag::Other);

    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileSettings settings(store);
    settings.setEnvironment(QStringLiteral("a"), EnvironmentTag::Prod);
    settings.setColour(QStringLiteral("a"), QStringLiteral("#00ff00")); // prod stays red regardless
    settings.setEnvironment(QStringLiteral("b"), EnvironmentTag::Dev);
    settings.setColour(QStringLiteral("b"), QStringLiteral("#123456"));
    const auto doc = ConfigDocument::parse("[a]\nhost = https://h\n[b]\nhost = https://h\n");
    const ProfileCatalog catalog = ProfileLoader::fromDocument(doc, {}, &settings);
    QVERIFY(catalog.find(QStringLiteral("a"))->isProd());
    QCOMPARE(catalog.find(QStringLiteral("a"))->colour, defaultEnvironmentColour(EnvironmentTag::Prod));
    QCOMPARE(catalog.find(QStringLiteral("b"))->colour, QStringLiteral("#123456"));
    store.sync();
    QFile written(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY(text.contains("environment=prod"));
    settings.forget(QStringLiteral("a"));
    QVERIFY(!settings.environment(QStringLiteral("a")));
}

void TestProfileCatalog::missingAndUnreadableFiles()
{
    QTemporaryDir dir;
    const ProfileCatalog missing = ProfileLoader::load(dir.filePath(QStringLiteral("nope")), {}, nullptr);
    QVERIFY(!missing.configFileExists);
    QVERIFY(!missing.unreadable);
    QVERIFY(missing.profiles.isEmpty());
    const ProfileCatalog required = ProfileLoader::load(dir.filePath(QStringLiteral("nope")), {}, nullptr, true);
    QVERIFY(required.unreadable);
    const ProfileCatalog directory = ProfileLoader::load(dir.path(), {}, nullptr);
    QVERIFY(directory.unreadable);
    QVERIFY(directory.issues.first().message.contains(QStringLiteral("directory")));
    const auto garbage = ConfigDocument::parse(QByteArray("\x01\x02 garbage\nmore garbage\n"), QStringLiteral("g"));
    QVERIFY(ProfileLoader::fromDocument(garbage, {}, nullptr).unreadable);
    // One bad line does not lose the good profiles.
    const auto partly = ConfigDocument::parse("[a]\nhost = https://a\nnonsense\n[b]\nhost = https://b\n", QStringLiteral("p"));
    const ProfileCatalog partial = ProfileLoader::fromDocument(partly, {}, nullptr);
    QVERIFY(!partial.unreadable);
    QCOMPARE(partial.profiles.size(), 2);
    QCOMPARE(partial.issues.first().toString(), QStringLiteral("p:3: expected 'key = value' but found no '='"));
}

void TestProfileCatalog::listingJsonNeverHoldsATokenAndNamesErrors()
{
    const ProfileCatalog catalog = loadFixture("sdk-go/root");
    const QByteArray json = profileListingJson(catalog);
    QVERIFY(!json.contains("PT0+IC9kZXYvdXJhbmRvbSA8PT0KYFZ"));
    QVERIFY(!json.contains("bcd"));       // basic password
    QVERIFY(!json.contains("10000002"));  // azure client secret
    QVERIFY(!json.contains("paw48590aw8e09t8apu")); // google credentials
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 13);
    const QJsonObject first = profiles.first().toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("DEFAULT"));
    QCOMPARE(first.value(QStringLiteral("token_source")).toString(), QStringLiteral("config-file"));
    QCOMPARE(first.value(QStringLiteral("auth_type")).toString(), QStringLiteral("pat"));
    QCOMPARE(first.value(QStringLiteral("env")).toString(), QStringLiteral("other"));
    QVERIFY(first.contains(QStringLiteral("host")));
    QVERIFY(!root.value(QStringLiteral("errors")).toArray().isEmpty());
}

void TestProfileCatalog::hostNormalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("bare host") << QStringLiteral("adb-1.2.azuredatabricks.net") << QStringLiteral("https://adb-1.2.azuredatabricks.net");
    QTest::newRow("trailing slash") << QStringLiteral("https://x.cloud.databricks.com/") << QStringLiteral("https://x.cloud.databricks.com");
    QTest::newRow("path dropped") << QStringLiteral("https://x.com/?o=123#frag") << QStringLiteral("https://x.com");
    QTest::newRow("port kept") << QStringLiteral("https://x.com:8443") << QStringLiteral("https://x.com:8443");
    QTest::newRow("spaces") << QStringLiteral("  https://X.com  ") << QStringLiteral("https://x.com");
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("remote http") << QStringLiteral("http://x.com") << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://x.com") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("credentials") << QStringLiteral("https://u:p@x.com") << QString();
    QTest::newRow("spaces inside") << QStringLiteral("https://x y.com") << QString();
}

void TestProfileCatalog::hostNormalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const HostUrlResult result = normaliseHostUrl(input);
    QCOMPARE(result.url, expected);
    QCOMPARE(result.ok(), !expected.isEmpty());
    if (!result.ok())
        QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileCatalog)
#include "tst_profilecatalog.moc"
