#include "EntraRequests.h"

namespace brickdesk {

ApiClient *makeEntraClient(QNetworkAccessManager *network, ActivityLog *activity,
                           const EntraEndpoint &endpoint, QObject *parent)
{
    auto *client = new ApiClient(network, activity, parent);
    client->setConnection(
        {QStringLiteral("(Azure sign-in)"), endpoint.authorityHost, QString(), QString()});
    return client;
}

ApiCall *requestEntraToken(
    ApiClient *entra, const EntraEndpoint &endpoint, const ApiRequest::FormFields &form,
    QObject *context,
    std::function<void(const AccessTokenResult &, const QString &, const QString &)> done)
{
    ApiRequest request = ApiRequest::postForm(endpoint.tokenPath(), form);
    request.timeoutMs = 30000;
    return entra->send(request, context, [done](const ApiResponse &response) {
        AccessTokenResult result;
        if (response.error.kind == ApiError::Kind::Cancelled) {
            result.error = QStringLiteral("cancelled");
            done(result, QString(), QString());
            return;
        }
        if (!response.ok()) {
            const QString oauthError =
                response.error.kind == ApiError::Kind::Http ? response.error.errorCode : QString();
            result.signInRequired = isSignInRequiredError(oauthError);
            result.error = QStringLiteral("Microsoft Entra ID refused the sign-in: ") +
                           response.error.summary();
            done(result, QString(), oauthError);
            return;
        }
        QString problem;
        const auto answer =
            entraAnswers::token(response.json, QDateTime::currentDateTimeUtc(), &problem);
        if (!answer) {
            result.error =
                QStringLiteral("Microsoft Entra ID answered without a usable token: ") + problem;
            done(result, QString(), QString());
            return;
        }
        result.token = answer->accessToken;
        done(result, answer->refreshToken, QString());
    });
}

} // namespace brickdesk
