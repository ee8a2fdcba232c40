#include "PermissionsApi.h"

#include "ApiRouter.h"
#include "WorkspaceState.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

QJsonObject entry(const QString &principalKey, const QString &principal, const QString &level, bool inherited)
{
    QJsonObject permission{{QStringLiteral("permission_level"), level}, {QStringLiteral("inherited"), inherited}};
    if (inherited)
        permission.insert(QStringLiteral("inherited_from_object"), QJsonArray{QStringLiteral("/jobs/")});
    return QJsonObject{{principalKey, principal}, {QStringLiteral("all_permissions"), QJsonArray{permission}}};
}

ApiResponse jobPermissions(const WorkspaceState &state, const ApiRequest &request)
{
    const QString text = request.pathParams.value(QStringLiteral("job_id"));
    bool ok = false;
    const qint64 jobId = text.toLongLong(&ok);
    const std::optional<QJsonObject> job = ok ? state.job(jobId) : std::nullopt;
    if (!job) {
        // The permissions API answers a missing object with 404, unlike jobs/get.
        return ApiResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
                                  QStringLiteral("Job ") + text + QStringLiteral(" does not exist."));
    }
    QJsonArray acl;
    const QString owner = job->value(QStringLiteral("creator_user_name")).toString();
    if (!owner.isEmpty())
        acl.append(entry(QStringLiteral("user_name"), owner, QStringLiteral("IS_OWNER"), false));
    acl.append(entry(QStringLiteral("group_name"), QStringLiteral("admins"), QStringLiteral("CAN_MANAGE"), true));
    acl.append(entry(QStringLiteral("group_name"), QStringLiteral("users"), QStringLiteral("CAN_VIEW"), false));
    return ApiResponse::ok(QJsonObject{{QStringLiteral("object_id"), QString(QStringLiteral("/jobs/") + text)},
                                       {QStringLiteral("object_type"), QStringLiteral("job")},
                                       {QStringLiteral("access_control_list"), acl}});
}

} // namespace

void registerPermissionsApi(ApiRouter &router, const WorkspaceState &state)
{
    router.get(QStringLiteral("/api/2.0/permissions/jobs/{job_id}"),
               [&state](const ApiRequest &request) { return jobPermissions(state, request); });
}

} // namespace brickdesk::emulator
