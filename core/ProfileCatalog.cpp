#include "ProfileCatalog.h"

#include "HostUrl.h"
#include "ProfileSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace brickdesk {

namespace {

const QString kSettingsSection = QStringLiteral("__settings__");
const QString kDefaultSection = QStringLiteral("DEFAULT");

QString expandHome(const QString &path, const QProcessEnvironment &environment)
{
    if (path == QStringLiteral("~") || path.startsWith(QStringLiteral("~/"))) {
        const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
        return home + path.mid(1);
    }
    return path;
}

QStringList parseScopes(const std::optional<QString> &value)
{
    if (!value)
        return {QStringLiteral("all-apis")};
    QStringList scopes;
    for (const QString &part : value->split(u',')) {
        const QString scope = part.trimmed();
        if (!scope.isEmpty())
            scopes.append(scope);
    }
    std::sort(scopes.begin(), scopes.end());
    return scopes;
}

bool isTrue(const QString &value)
{
    const QString lower = value.trimmed().toLower();
    return lower == QStringLiteral("true") || lower == QStringLiteral("1") ||
           lower == QStringLiteral("yes");
}

// The credential kinds present, as the SDKs count them: any attribute of a kind counts, and more
// than one kind without an explicit auth_type is an error.
QStringList credentialKinds(const QMap<QString, QString> &values)
{
    auto hasAny = [&](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            if (!values.value(QLatin1String(key)).isEmpty())
                return true;
        }
        return false;
    };
    QStringList kinds;
    if (hasAny({"token"}))
        kinds.append(QStringLiteral("pat"));
    if (hasAny({"username", "password"}))
        kinds.append(QStringLiteral("basic"));
    if (hasAny({"client_id", "client_secret"}))
        kinds.append(QStringLiteral("oauth-m2m"));
    if (hasAny({"azure_client_id", "azure_client_secret", "azure_tenant_id"}) ||
        isTrue(values.value(QStringLiteral("azure_use_msi"))))
        kinds.append(QStringLiteral("azure"));
    if (hasAny({"google_credentials", "google_service_account"}))
        kinds.append(QStringLiteral("google"));
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

// The auth type the SDK would pick for the one credential kind present.
QString authTypeForKind(const QString &kind, const QMap<QString, QString> &values)
{
    if (kind == QStringLiteral("azure")) {
        if (isTrue(values.value(QStringLiteral("azure_use_msi"))))
            return QStringLiteral("azure-msi");
        if (!values.value(QStringLiteral("azure_client_secret")).isEmpty())
            return QStringLiteral("azure-client-secret");
        return QStringLiteral("azure-cli");
    }
    if (kind == QStringLiteral("google"))
        return QStringLiteral("google-credentials");
    return kind;
}

struct EnvironmentOverride
{
    const char *variable;
    const char *key;
};

// What the CLI reads from the environment for the profile it resolves.
constexpr EnvironmentOverride kEnvironmentOverrides[] = {
    {"DATABRICKS_HOST", "host"},
    {"DATABRICKS_TOKEN", "token"},
    {"DATABRICKS_USERNAME", "username"},
    {"DATABRICKS_PASSWORD", "password"},
    {"DATABRICKS_AUTH_TYPE", "auth_type"},
    {"DATABRICKS_CLUSTER_ID", "cluster_id"},
    {"DATABRICKS_WAREHOUSE_ID", "warehouse_id"},
    {"DATABRICKS_AZURE_RESOURCE_ID", "azure_workspace_resource_id"},
    {"ARM_TENANT_ID", "azure_tenant_id"},
    {"ARM_CLIENT_ID", "azure_client_id"},
    {"ARM_CLIENT_SECRET", "azure_client_secret"},
    {"ARM_ENVIRONMENT", "azure_environment"},
    {"DATABRICKS_CLIENT_ID", "client_id"},
    {"DATABRICKS_CLIENT_SECRET", "client_secret"},
};

Profile resolveProfile(const QString &name, QMap<QString, QString> values, bool tokenFromEnvironment,
                       const ProfileSettings *settings)
{
    Profile profile;
    profile.name = name;
    const QString rawHost = values.value(QStringLiteral("host"));
    if (rawHost.trimmed().isEmpty()) {
        profile.problems.append(QStringLiteral("no host configured"));
    } else {
        const HostUrlResult host = normaliseHostUrl(rawHost);
        if (host.ok())
            profile.host = host.url;
        else
            profile.problems.append(QStringLiteral("invalid host: ") + host.error);
    }
    const QStringList kinds = credentialKinds(values);
    profile.authType = values.value(QStringLiteral("auth_type")).trimmed();
    if (profile.authType.isEmpty()) {
        if (kinds.size() > 1)
            profile.problems.append(QStringLiteral("more than one authorization method configured: ") +
                                    kinds.join(QStringLiteral(" and ")));
        else if (kinds.size() == 1)
            profile.authType = authTypeForKind(kinds.first(), values);
    }
    profile.inlineToken = values.value(QStringLiteral("token"));
    if (!profile.inlineToken.isEmpty()) {
        profile.tokenSource = tokenFromEnvironment ? TokenSource::Environment : TokenSource::ConfigFile;
    } else if (settings && settings->tokenInKeyVault(name).isSet()) {
        profile.tokenSource = TokenSource::KeyVault;
        profile.tokenVault = settings->tokenInKeyVault(name);
        if (profile.authType.isEmpty() && kinds.isEmpty())
            profile.authType = QStringLiteral("pat");
    } else if (settings && settings->tokenInKeychain(name)) {
        profile.tokenSource = TokenSource::Keychain;
        if (profile.authType.isEmpty() && kinds.isEmpty())
            profile.authType = QStringLiteral("pat");
    }
    // The client secret of azure-client-secret, when the file holds it (as the CLI allows).
    profile.inlineClientSecret = values.value(QStringLiteral("azure_client_secret"));
    if (settings)
        profile.azureSignIn = settings->azureSignIn(name);
    profile.scopes = parseScopes(values.contains(QStringLiteral("scopes"))
                                     ? std::optional<QString>(values.value(QStringLiteral("scopes")))
                                     : std::nullopt);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isSecretConfigKey(it.key()))
            profile.attributes.insert(it.key(), it.value());
    }
    const std::optional<EnvironmentTag> tag =
        settings ? settings->environment(name) : std::optional<EnvironmentTag>();
    profile.environment = tag.value_or(guessEnvironmentTag(name, profile.host));
    const QString colour = settings ? settings->colour(name) : QString();
    // Prod is red whatever colour was chosen, so it can never be mistaken for a safe workspace.
    profile.colour = (colour.isEmpty() || profile.isProd()) ? defaultEnvironmentColour(profile.environment)
                                                            : colour;
    return profile;
}

QMap<QString, QString> sectionValues(const ConfigDocument::Section &section)
{
    QMap<QString, QString> values;
    for (const ConfigDocument::Entry &entry : section.entries)
        values.insert(entry.key.toLower(), entry.value);
    return values;
}

} // namespace

bool isSecretConfigKey(const QString &key)
{
    static const QStringList secrets = {
        QStringLiteral("token"),          QStringLiteral("password"),
        QStringLiteral("client_secret"),  QStringLiteral("azure_client_secret"),
        QStringLiteral("google_credentials"), QStringLiteral("metadata_service_url"),
    };
    return secrets.contains(key.toLower());
}

const Profile *ProfileCatalog::find(const QString &name) const
{
    for (const Profile &profile : profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

QString ProfileLoader::configFilePath(const QProcessEnvironment &environment,
                                      const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return expandHome(explicitPath, environment);
    const QString fromEnvironment = environment.value(QStringLiteral("DATABRICKS_CONFIG_FILE"));
    if (!fromEnvironment.isEmpty())
        return expandHome(fromEnvironment, environment);
    return environment.value(QStringLiteral("HOME"), QDir::homePath()) +
           QStringLiteral("/.databrickscfg");
}

ProfileCatalog ProfileLoader::load(const QString &path, const QProcessEnvironment &environment,
                                   const ProfileSettings *settings, bool mustExist)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        ProfileCatalog catalog = fromDocument(ConfigDocument::parse({}, path), environment, settings);
        catalog.configPath = path;
        if (mustExist) {
            catalog.unreadable = true;
            catalog.issues.prepend({path, 0, QStringLiteral("the file does not exist")});
        }
        return catalog;
    }
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        ProfileCatalog catalog;
        catalog.configPath = path;
        catalog.configFileExists = true;
        catalog.unreadable = true;
        catalog.issues.append({path, 0,
                               info.isDir() ? QStringLiteral("is a directory, not a file")
                                            : QStringLiteral("cannot be read: ") + file.errorString()});
        return catalog;
    }
    const ConfigDocument document = ConfigDocument::parse(file.readAll(), path);
    ProfileCatalog catalog = fromDocument(document, environment, settings);
    catalog.configFileExists = true;
    return catalog;
}

ProfileCatalog ProfileLoader::fromDocument(const ConfigDocument &document,
                                           const QProcessEnvironment &environment,
                                           const ProfileSettings *settings)
{
    ProfileCatalog catalog;
    catalog.configPath = document.fileName();
    catalog.issues = document.issues();
    // Nothing readable in a file that has problems: it cannot be parsed at all.
    if (document.sections().isEmpty() && !document.issues().isEmpty())
        catalog.unreadable = true;

    const QString requested = environment.value(QStringLiteral("DATABRICKS_CONFIG_PROFILE"));
    // As the SDKs do: with no profile named, a host or a credential in the environment means the
    // file is not read for the profile the CLI uses; the environment alone makes that profile.
    bool environmentConfigures = false;
    for (const char *variable : {"DATABRICKS_HOST", "DATABRICKS_TOKEN", "DATABRICKS_USERNAME", "DATABRICKS_PASSWORD",
                                 "DATABRICKS_CLIENT_ID", "DATABRICKS_CLIENT_SECRET"})
        environmentConfigures |= !environment.value(QLatin1String(variable)).isEmpty();
    const ConfigDocument::Section *settingsSection = document.section(kSettingsSection);
    const QString settingsDefault =
        settingsSection ? settingsSection->value(u"default_profile").value_or(QString()).trimmed()
                        : QString();

    // Which profile the CLI would pick, before the environment is applied.
    if (!requested.isEmpty()) {
        catalog.defaultProfile = requested;
    } else if (environmentConfigures) {
        catalog.defaultProfile = QLatin1String(kEnvironmentProfileName);
    } else if (!settingsDefault.isEmpty()) {
        catalog.defaultProfile = settingsDefault;
    } else {
        catalog.defaultProfile = kDefaultSection;
    }

    QMap<QString, QString> environmentValues;
    for (const EnvironmentOverride &override : kEnvironmentOverrides) {
        const QString value = environment.value(QLatin1String(override.variable));
        if (!value.isEmpty())
            environmentValues.insert(QLatin1String(override.key), value);
    }
    const bool tokenFromEnvironment = environmentValues.contains(QStringLiteral("token"));

    if (environmentConfigures && requested.isEmpty()) {
        Profile profile = resolveProfile(QLatin1String(kEnvironmentProfileName), environmentValues,
                                         tokenFromEnvironment, settings);
        profile.fromEnvironmentOnly = true;
        catalog.profiles.append(profile);
    }

    for (const ConfigDocument::Section &section : document.sections()) {
        if (section.name == kSettingsSection || section.entries.isEmpty())
            continue; // __settings__ is not a profile, and a profile with no keys is not there
        QMap<QString, QString> values = sectionValues(section);
        bool environmentToken = false;
        if (section.name == catalog.defaultProfile) {
            // The environment wins over the file for the profile the CLI resolves.
            for (auto it = environmentValues.cbegin(); it != environmentValues.cend(); ++it)
                values.insert(it.key(), it.value());
            environmentToken = tokenFromEnvironment;
        }
        catalog.profiles.append(resolveProfile(section.name, values, environmentToken, settings));
    }

    if (!catalog.find(catalog.defaultProfile)) {
        if (catalog.defaultProfile == kSettingsSection) {
            catalog.issues.append({document.fileName(), 0,
                                   QStringLiteral("__settings__ is a reserved section name and cannot "
                                                  "be used as a profile")});
        } else if (!requested.isEmpty() || !settingsDefault.isEmpty()) {
            catalog.issues.append({document.fileName(), 0,
                                   QStringLiteral("has no %1 profile configured")
                                       .arg(catalog.defaultProfile)});
        }
        catalog.defaultProfile.clear();
    }
    for (const Profile &profile : std::as_const(catalog.profiles)) {
        for (const QString &problem : profile.problems)
            catalog.issues.append({document.fileName(), 0,
                                   QStringLiteral("profile '%1': %2").arg(profile.name, problem)});
    }
    return catalog;
}

} // namespace brickdesk
