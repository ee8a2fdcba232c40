#include "ProfileListing.h"

#include "ProfileCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brickdesk {

QByteArray profileListingJson(const ProfileCatalog &catalog)
{
    QJsonArray profiles;
    for (const Profile &profile : catalog.profiles) {
        profiles.append(QJsonObject{
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("host"), profile.host},
            {QStringLiteral("auth_type"), profile.authType},
            {QStringLiteral("env"), environmentTagId(profile.environment)},
            {QStringLiteral("token_source"), tokenSourceId(profile.tokenSource)},
        });
    }
    QJsonArray errors;
    for (const ConfigIssue &issue : catalog.issues)
        errors.append(issue.toString());
    const QJsonObject root{
        {QStringLiteral("config_file"), catalog.configPath},
        {QStringLiteral("default_profile"), catalog.defaultProfile},
        {QStringLiteral("profiles"), profiles},
        {QStringLiteral("errors"), errors},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace brickdesk
