#pragma once

#include "ConfigDocument.h"
#include "Profile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace brickdesk {

class ProfileSettings;

// Every profile Brickdesk knows at one moment, resolved from .databrickscfg and the environment
// the way the Databricks CLI resolves them.
struct ProfileCatalog
{
    QString configPath;
    bool configFileExists = false;
    bool unreadable = false;   // the file exists but could not be read or parsed at all
    QList<Profile> profiles;   // in file order; the environment-only profile first
    QString defaultProfile;    // what the CLI uses with no --profile; empty when none
    QList<ConfigIssue> issues; // file problems and per-profile problems, for the user

    const Profile *find(const QString &name) const;
};

// Name of the profile made from DATABRICKS_HOST when no DATABRICKS_CONFIG_PROFILE is set.
inline constexpr char kEnvironmentProfileName[] = "(environment)";

class ProfileLoader
{
public:
    // --config FILE, else DATABRICKS_CONFIG_FILE (a leading ~ expanded), else ~/.databrickscfg.
    static QString configFilePath(const QProcessEnvironment &environment,
                                  const QString &explicitPath = {});

    // Reads the file at `path`. A missing file gives an empty catalog, unless `mustExist`.
    static ProfileCatalog load(const QString &path, const QProcessEnvironment &environment,
                               const ProfileSettings *settings, bool mustExist = false);

    static ProfileCatalog fromDocument(const ConfigDocument &document,
                                       const QProcessEnvironment &environment,
                                       const ProfileSettings *settings);
};

// Keys whose values are credentials: kept out of Profile::attributes, listings and logs.
bool isSecretConfigKey(const QString &key);

} // namespace brickdesk
