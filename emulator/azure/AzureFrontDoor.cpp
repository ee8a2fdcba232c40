#include "AzureFrontDoor.h"

#include "ApiRouter.h"
#include "AzureErrors.h"
#include "KeyVaultAccess.h"

namespace brickdesk::emulator {

namespace {

bool isUnder(const QString &path, QLatin1String root)
{
    return path.startsWith(root) &&
           (path.size() == root.size() || path.at(root.size()) == QLatin1Char('/'));
}

const QLatin1String kKeyVaultRoot("/keyvault");
const QLatin1String kEntraRoot("/entra");

std::optional<ApiResponse> checkApiVersion(const ApiRequest &request)
{
    if (!request.hasQueryItem(QStringLiteral("api-version")) ||
        request.queryValue(QStringLiteral("api-version")).isEmpty()) {
        return azureError(400, QStringLiteral("BadParameter"),
                          QStringLiteral("The api-version query parameter (?api-version=) is "
                                         "required for all requests."),
                          QStringLiteral("MissingApiVersionParameter"));
    }
    const QString version = request.queryValue(QStringLiteral("api-version"));
    if (!version.startsWith(QLatin1String("7."))) {
        return azureBadParameter(QStringLiteral("The specified version (") + version +
                                 QStringLiteral(") is not recognized. Consider using the latest "
                                                "supported version (7.4)."));
    }
    return std::nullopt;
}

} // namespace

AzureFrontDoor::AzureFrontDoor(const ApiRouter &router, const EntraService &entra)
    : m_router(router)
    , m_entra(entra)
{}

bool AzureFrontDoor::serves(const QString &path)
{
    return isUnder(path, kKeyVaultRoot) || isUnder(path, kEntraRoot);
}

ApiResponse AzureFrontDoor::answer(ApiRequest request) const
{
    if (request.path.size() > 1 && request.path.endsWith(QLatin1Char('/')))
        request.path.chop(1);
    if (isUnder(request.path, kKeyVaultRoot)) {
        if (auto denied = checkKeyVaultAccess(request, m_entra))
            return *denied;
        if (auto error = checkApiVersion(request))
            return *error;
    }
    return m_router.dispatch(std::move(request));
}

} // namespace brickdesk::emulator
