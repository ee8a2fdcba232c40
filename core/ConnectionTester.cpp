#include "ConnectionTester.h"

#include "HostUrl.h"

namespace brickdesk {

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, ActivityLog *activity, QObject *parent)
    : QObject(parent)
    , m_client(network, activity)
{
    // A person is waiting: answer within seconds rather than retry for minutes.
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.totalBudgetMs = 15000;
    m_client.setRetryPolicy(policy);
}

void ConnectionTester::test(const QString &host, const QString &token, const QString &caBundlePath)
{
    cancel();
    const HostUrlResult url = normaliseHostUrl(host);
    if (!url.ok()) {
        Q_EMIT failed(QStringLiteral("Host: ") + url.error);
        return;
    }
    if (token.isEmpty()) {
        Q_EMIT failed(QStringLiteral("Enter a token to test the connection."));
        return;
    }
    m_client.setConnection({QStringLiteral("(connection test)"), QUrl(url.url), token, caBundlePath});
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/2.0/preview/scim/v2/Me"));
    request.timeoutMs = 15000;
    m_call = m_client.send(request, this, [this](const ApiResponse &response) {
        if (response.error.kind == ApiError::Kind::Cancelled)
            return;
        if (response.ok()) {
            Q_EMIT succeeded(response.json.value(QStringLiteral("userName")).toString());
        } else if (response.error.isAuthenticationError()) {
            Q_EMIT failed(QStringLiteral("The workspace refused the token (%1).").arg(response.error.summary()));
        } else {
            Q_EMIT failed(response.error.summary());
        }
    });
}

void ConnectionTester::cancel()
{
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        call->cancel();
    }
}

} // namespace brickdesk
