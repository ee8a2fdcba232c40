#include "JobPermissionsInfo.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>

namespace brickdesk {

namespace {

const QStringList kLevels = {QStringLiteral("IS_OWNER"), QStringLiteral("CAN_MANAGE"),
                             QStringLiteral("CAN_MANAGE_RUN"), QStringLiteral("CAN_VIEW")};

qsizetype rank(const QString &level)
{
    const qsizetype index = kLevels.indexOf(level);
    return index < 0 ? kLevels.size() : index;
}

} // namespace

QString permissionLevelText(const QString &level)
{
    if (level == QStringLiteral("IS_OWNER"))
        return QStringLiteral("Owner");
    if (level == QStringLiteral("CAN_MANAGE"))
        return QStringLiteral("Can manage");
    if (level == QStringLiteral("CAN_MANAGE_RUN"))
        return QStringLiteral("Can manage run");
    if (level == QStringLiteral("CAN_VIEW"))
        return QStringLiteral("Can view");
    return level;
}

QString JobPermissionsInfo::owner() const
{
    for (const JobPermissionEntry &entry : entries) {
        if (entry.level == QStringLiteral("IS_OWNER"))
            return entry.principal;
    }
    return {};
}

QString JobPermissionsInfo::summary() const
{
    QStringList parts;
    QString currentLevel;
    QStringList names;
    const auto flush = [&] {
        if (!names.isEmpty())
            parts.append(permissionLevelText(currentLevel) + QStringLiteral(": ") +
                         names.join(QStringLiteral(", ")));
        names.clear();
    };
    for (const JobPermissionEntry &entry : entries) {
        if (entry.level != currentLevel) {
            flush();
            currentLevel = entry.level;
        }
        QString name = entry.principal;
        if (entry.kind == JobPermissionEntry::Kind::Group)
            name.prepend(QStringLiteral("group "));
        else if (entry.kind == JobPermissionEntry::Kind::ServicePrincipal)
            name.prepend(QStringLiteral("sp "));
        if (entry.inherited)
            name += QStringLiteral(" (inherited)");
        names.append(name);
    }
    flush();
    return parts.isEmpty() ? QStringLiteral("no access control entries")
                           : parts.join(QStringLiteral(" · "));
}

std::optional<JobPermissionsInfo> JobPermissionsInfo::fromJson(const QJsonObject &object,
                                                               QString *error)
{
    const JsonFields fields(object, QStringLiteral("permissions"));
    JobPermissionsInfo info;
    const QJsonArray acl = fields.array(QStringLiteral("access_control_list"));
    for (qsizetype i = 0; i < acl.size() && fields.ok(); ++i) {
        const JsonFields item = fields.item(acl, i, QStringLiteral("access_control_list"));
        JobPermissionEntry entry;
        if (const QString user = item.string(QStringLiteral("user_name")); !user.isEmpty()) {
            entry.principal = user;
        } else if (const QString group = item.string(QStringLiteral("group_name"));
                   !group.isEmpty()) {
            entry.kind = JobPermissionEntry::Kind::Group;
            entry.principal = group;
        } else {
            entry.kind = JobPermissionEntry::Kind::ServicePrincipal;
            entry.principal = item.string(QStringLiteral("service_principal_name"));
            const QString display = item.string(QStringLiteral("display_name"));
            if (!display.isEmpty())
                entry.principal = display;
        }
        if (entry.principal.isEmpty()) {
            item.fail(QStringLiteral("%1 names no user, group or service principal")
                          .arg(fields.path(QStringLiteral("access_control_list[%1]").arg(i))));
            break;
        }
        const QJsonArray levels = item.array(QStringLiteral("all_permissions"));
        bool allInherited = !levels.isEmpty();
        for (qsizetype j = 0; j < levels.size(); ++j) {
            const JsonFields level = item.item(levels, j, QStringLiteral("all_permissions"));
            const QString name = level.string(QStringLiteral("permission_level"));
            if (entry.level.isEmpty() || rank(name) < rank(entry.level))
                entry.level = name;
            allInherited &= level.boolean(QStringLiteral("inherited"));
        }
        entry.inherited = allInherited;
        if (entry.level.isEmpty())
            entry.level = item.string(QStringLiteral("permission_level")); // the request form
        info.entries.append(entry);
    }
    std::stable_sort(info.entries.begin(), info.entries.end(), [](const auto &a, const auto &b) {
        return rank(a.level) != rank(b.level) ? rank(a.level) < rank(b.level)
                                              : a.principal < b.principal;
    });
    if (error)
        *error = fields.error();
    if (!fields.ok())
        return std::nullopt;
    return info;
}

} // namespace brickdesk
