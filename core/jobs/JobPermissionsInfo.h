#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk {

// Who may do what with a job (GET /api/2.0/permissions/jobs/{job_id}), one entry per principal.
struct JobPermissionEntry
{
    enum class Kind
    {
        User,
        Group,
        ServicePrincipal
    };
    Kind kind = Kind::User;
    QString principal;
    QString level;          // the strongest level: IS_OWNER, CAN_MANAGE, CAN_MANAGE_RUN, CAN_VIEW
    bool inherited = false; // every level comes from a parent object (workspace, folder)

    bool operator==(const JobPermissionEntry &) const = default;
};

struct JobPermissionsInfo
{
    QList<JobPermissionEntry> entries; // strongest level first, then by name

    QString owner() const;
    // "Owner: a@x.com · Can manage: admins · Can manage run: data-eng, sp ci-bot · Can view: users"
    QString summary() const;

    static std::optional<JobPermissionsInfo> fromJson(const QJsonObject &object,
                                                      QString *error = nullptr);
};

// "Can manage run" for CAN_MANAGE_RUN; unknown levels as given.
QString permissionLevelText(const QString &level);

} // namespace brickdesk
