#include "ScimApi.h"

#include "ApiRouter.h"
#include "DemoSeed.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

ApiResponse me()
{
    const QString userName = demoUserName();
    return ApiResponse::ok(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("6518042391725503")},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("displayName"), QStringLiteral("Demo User")},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Demo")},
                     {QStringLiteral("familyName"), QStringLiteral("User")}}},
        {QStringLiteral("active"), true},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), userName},
                                {QStringLiteral("type"), QStringLiteral("work")},
                                {QStringLiteral("primary"), true}}}},
        {QStringLiteral("groups"),
         QJsonArray{QJsonObject{{QStringLiteral("display"), QStringLiteral("users")},
                                {QStringLiteral("type"), QStringLiteral("direct")},
                                {QStringLiteral("value"), QStringLiteral("1098316549872611")}}}},
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
    });
}

} // namespace

void registerScimApi(ApiRouter &router)
{
    router.get(QStringLiteral("/api/2.0/preview/scim/v2/Me"),
               [](const ApiRequest &) { return me(); });
}

} // namespace brickdesk::emulator
