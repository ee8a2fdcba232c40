#include "EntraScopes.h"

#include "AzureErrors.h"

#include <QStringList>

namespace brickdesk::emulator {

namespace {

bool isOpenIdScope(const QString &item)
{
    return item == QLatin1String("openid") || item == QLatin1String("profile") ||
           item == QLatin1String("email") || item == QLatin1String("offline_access");
}

// The audience of a resource identifier, or nothing for a resource the fake tenant lacks.
std::optional<QString> audienceOf(QString resource)
{
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    if (resource.compare(QLatin1String(kKeyVaultAudience), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(kKeyVaultAudience);
    if (resource.compare(QLatin1String(kAzureDatabricksAudience), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(kAzureDatabricksAudience);
    if (resource.compare(QLatin1String("https://graph.microsoft.com"), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(kMicrosoftGraphAudience);
    return std::nullopt;
}

ApiResponse invalidScope(int aadstsCode, const QString &description)
{
    return oauthError(400, QStringLiteral("invalid_scope"), aadstsCode, description);
}

} // namespace

std::optional<ApiResponse> resolveScope(const QString &scope, const QString &tenantId,
                                        bool clientCredentials, RequestedScope *requested)
{
    const QStringList items = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList resourceScopes;
    std::optional<QString> audience;
    requested->offlineAccess = false;
    for (const QString &item : items) {
        if (isOpenIdScope(item)) {
            requested->offlineAccess |= item == QLatin1String("offline_access");
            continue;
        }
        const qsizetype slash = item.lastIndexOf(QLatin1Char('/'));
        const QString permission = slash < 0 ? QString() : item.mid(slash + 1);
        const QString resource = slash < 0 ? item : item.left(slash);
        if (clientCredentials && permission != QLatin1String(".default")) {
            return invalidScope(1002012,
                                QStringLiteral("The provided value for scope ") + item +
                                    QStringLiteral(" is not valid. Client credential flows must "
                                                   "have a scope value with /.default suffixed "
                                                   "to the resource identifier (application ID "
                                                   "URI)."));
        }
        const std::optional<QString> itemAudience = audienceOf(resource);
        if (!itemAudience) {
            return oauthError(400, QStringLiteral("invalid_resource"), 500011,
                              QStringLiteral("The resource principal named ") + resource +
                                  QStringLiteral(" was not found in the tenant named ") + tenantId +
                                  QStringLiteral(". This can happen if the application has not "
                                                 "been installed by the administrator of the "
                                                 "tenant or consented to by any user in the "
                                                 "tenant."));
        }
        if (audience && *audience != *itemAudience) {
            return invalidScope(28000, QStringLiteral("Provided value for the input parameter "
                                                      "scope is not valid because it contains "
                                                      "more than one resource. Scope ") +
                                           scope + QStringLiteral(" is not valid."));
        }
        audience = itemAudience;
        resourceScopes.append(item);
    }
    if (!audience) {
        if (clientCredentials) {
            return invalidScope(1002012, QStringLiteral("The provided value for scope ") + scope +
                                             QStringLiteral(" is not valid. Client credential "
                                                            "flows must have a scope value with "
                                                            "/.default suffixed to the resource "
                                                            "identifier (application ID URI)."));
        }
        audience = QString::fromLatin1(kMicrosoftGraphAudience);
        resourceScopes.append(QStringLiteral("https://graph.microsoft.com/User.Read"));
    }
    requested->audience = *audience;
    requested->grantedScope = resourceScopes.join(QLatin1Char(' '));
    return std::nullopt;
}

} // namespace brickdesk::emulator
