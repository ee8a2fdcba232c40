#include "KeyVaultClient.h"

#include "AccessToken.h"
#include "AzureCredential.h"
#include "SecretRules.h"
#include "SecretsClient.h"
#include "TypedCall.h"

#include <QTimer>

namespace brickdesk {

namespace {

const QString kApiVersion = QStringLiteral("7.4");

QUrlQuery versionQuery()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), kApiVersion);
    return query;
}

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// A request without a body or query of its own (api-version is added when sending).
ApiRequest bare(const QByteArray &method, const QString &path)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    return request;
}

} // namespace

KeyVaultClient::KeyVaultClient(QNetworkAccessManager *network, ActivityLog *activity,
                               QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(network, activity, this))
    , m_tracker(new CallTracker(this))
{
    connect(m_tracker, &CallTracker::busyChanged, this, &KeyVaultClient::busyChanged);
}

void KeyVaultClient::setVault(const QUrl &vaultUrl, AzureCredential *credential,
                              const QString &caBundlePath)
{
    cancelAll();
    m_vaultUrl = vaultUrl;
    m_credential = credential;
    m_api->setConnection({QStringLiteral("vault ") + vaultUrl.host() + vaultUrl.path(), vaultUrl,
                          QString(), caBundlePath});
    if (credential)
        m_api->setTokenProvider(credential->tokenProvider(QString::fromLatin1(kKeyVaultScope)));
}

template<typename T>
QPointer<ApiCall>
KeyVaultClient::send(ApiRequest request, QObject *context,
                     std::function<std::optional<T>(const QJsonObject &, QString *)> parse,
                     Handler<T> handler, const QString &refusal)
{
    // Input refused before sending, or no sign-in: the handler hears why from the event loop.
    if (!refusal.isEmpty() || !m_credential) {
        answerLater<CallResult<T>>(
            context,
            invalidInputError(
                refusal.isEmpty() ? QStringLiteral("Sign in to Azure to use this vault") : refusal),
            std::move(handler));
        return nullptr;
    }
    if (!request.query.hasQueryItem(QStringLiteral("api-version")))
        request.query.addQueryItem(QStringLiteral("api-version"), kApiVersion);
    return m_tracker->track(sendTyped<CallResult<T>>(
        m_api, request, context,
        [parse](const ApiResponse &response, QString *problem) {
            return parse(response.json, problem);
        },
        std::move(handler)));
}

QPointer<ApiCall> KeyVaultClient::listPage(const QUrl &nextLink, QObject *context,
                                           Handler<KeyVaultPage> handler)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/secrets"), versionQuery());
    request.query.addQueryItem(QStringLiteral("maxresults"), QStringLiteral("25"));
    if (!nextLink.isEmpty()) {
        // Only links into this vault: the token must not travel anywhere else.
        if (!isLinkIntoVault(nextLink, m_vaultUrl)) {
            answerLater<CallResult<KeyVaultPage>>(
                context,
                invalidInputError(
                    QStringLiteral("The vault's next page points outside the vault (%1)")
                        .arg(nextLink.host())),
                std::move(handler));
            return nullptr;
        }
        request =
            ApiRequest::get(nextLink.path().mid(m_vaultUrl.path().size()), QUrlQuery(nextLink));
    }
    return send<KeyVaultPage>(request, context, &keyVaultAnswers::page, std::move(handler));
}

void KeyVaultClient::collectPages(const QString &path, QObject *context,
                                  Handler<QList<KeyVaultSecret>> handler,
                                  std::function<void(int)> progress)
{
    struct Walk
    {
        QList<KeyVaultSecret> items;
        int pages = 0;
        std::function<void(const QUrl &)> next;
    };
    auto walk = std::make_shared<Walk>();
    QPointer<KeyVaultClient> self(this);
    QPointer<QObject> guard(context);
    const QString firstPath = path;
    // `next` holds the walk weakly; each page's handler holds it strongly, so the walk lives
    // exactly as long as a page is on its way.
    std::weak_ptr<Walk> weakWalk = walk;
    walk->next = [self, guard, weakWalk, handler, progress, firstPath](const QUrl &link) {
        const std::shared_ptr<Walk> state = weakWalk.lock();
        if (!state || !self || !guard)
            return;
        auto onPage = [state, handler, progress](const CallResult<KeyVaultPage> &page) {
            if (!page.ok()) {
                CallResult<QList<KeyVaultSecret>> result;
                result.error = page.error;
                handler(result);
                return;
            }
            state->items += page.value.items;
            ++state->pages;
            if (progress)
                progress(int(state->items.size()));
            if (page.value.nextLink.isEmpty() || state->pages >= kMaxPages) {
                CallResult<QList<KeyVaultSecret>> result;
                result.value = std::move(state->items);
                handler(result);
                return;
            }
            state->next(page.value.nextLink);
        };
        if (link.isEmpty() && firstPath != QLatin1String("/secrets")) {
            ApiRequest request = ApiRequest::get(firstPath, versionQuery());
            request.query.addQueryItem(QStringLiteral("maxresults"), QStringLiteral("25"));
            self->send<KeyVaultPage>(request, guard, &keyVaultAnswers::page, onPage);
        } else {
            self->listPage(link, guard, onPage);
        }
    };
    walk->next(QUrl());
}

void KeyVaultClient::listSecrets(QObject *context, Handler<QList<KeyVaultSecret>> handler,
                                 std::function<void(int)> progress)
{
    collectPages(QStringLiteral("/secrets"), context, std::move(handler), std::move(progress));
}

void KeyVaultClient::listVersions(const QString &name, QObject *context,
                                  Handler<QList<KeyVaultSecret>> handler)
{
    const QString problem = secretRules::checkKeyVaultName(name);
    if (!problem.isEmpty())
        return answerLater<CallResult<QList<KeyVaultSecret>>>(context, invalidInputError(problem),
                                                              std::move(handler));
    collectPages(QStringLiteral("/secrets/") + segment(name) + QStringLiteral("/versions"), context,
                 std::move(handler), {});
}

void KeyVaultClient::listDeletedSecrets(QObject *context, Handler<QList<KeyVaultSecret>> handler)
{
    collectPages(QStringLiteral("/deletedsecrets"), context, std::move(handler), {});
}

QPointer<ApiCall> KeyVaultClient::getSecret(const QString &name, const QString &version,
                                            QObject *context, Handler<KeyVaultSecret> handler)
{
    QString problem = secretRules::checkKeyVaultName(name);
    if (problem.isEmpty() && !version.isEmpty() &&
        !secretRules::checkKeyVaultName(version).isEmpty())
        problem = QStringLiteral("'%1' is not a secret version").arg(version.left(64));
    QString path = QStringLiteral("/secrets/") + segment(name);
    if (!version.isEmpty())
        path += QLatin1Char('/') + segment(version);
    return send<KeyVaultSecret>(ApiRequest::get(path), context, &keyVaultAnswers::secret,
                                std::move(handler), problem);
}

QPointer<ApiCall> KeyVaultClient::setSecret(const QString &name, const QString &value,
                                            const KeyVaultSecretProperties &properties,
                                            QObject *context, Handler<KeyVaultSecret> handler)
{
    QString problem = secretRules::checkKeyVaultName(name);
    if (problem.isEmpty())
        problem = secretRules::checkKeyVaultValue(value.toUtf8());
    QJsonObject body = properties.toJson();
    body.insert(QStringLiteral("value"), value);
    return send<KeyVaultSecret>(
        ApiRequest::withJson("PUT", QStringLiteral("/secrets/") + segment(name), body), context,
        &keyVaultAnswers::secret, std::move(handler), problem);
}

QPointer<ApiCall> KeyVaultClient::updateSecret(const QString &name, const QString &version,
                                               const KeyVaultSecretProperties &properties,
                                               QObject *context, Handler<KeyVaultSecret> handler)
{
    QString problem = secretRules::checkKeyVaultName(name);
    if (problem.isEmpty() && version.isEmpty())
        problem = QStringLiteral("Changing a secret's properties needs its version");
    ApiRequest request = ApiRequest::withJson(
        "PATCH", QStringLiteral("/secrets/") + segment(name) + QLatin1Char('/') + segment(version),
        properties.toJson());
    request.idempotent = true;
    return send<KeyVaultSecret>(request, context, &keyVaultAnswers::secret, std::move(handler),
                                problem);
}

QPointer<ApiCall> KeyVaultClient::deleteSecret(const QString &name, QObject *context,
                                               Handler<KeyVaultSecret> handler)
{
    return send<KeyVaultSecret>(bare("DELETE", QStringLiteral("/secrets/") + segment(name)),
                                context, &keyVaultAnswers::secret, std::move(handler),
                                secretRules::checkKeyVaultName(name));
}

QPointer<ApiCall> KeyVaultClient::recoverSecret(const QString &name, QObject *context,
                                                Handler<KeyVaultSecret> handler)
{
    return send<KeyVaultSecret>(bare("POST", QStringLiteral("/deletedsecrets/") + segment(name) +
                                                 QStringLiteral("/recover")),
                                context, &keyVaultAnswers::secret, std::move(handler),
                                secretRules::checkKeyVaultName(name));
}

QPointer<ApiCall> KeyVaultClient::purgeSecret(const QString &name, QObject *context,
                                              Handler<Done> handler)
{
    return send<Done>(bare("DELETE", QStringLiteral("/deletedsecrets/") + segment(name)), context,
                      &parseNothing<Done>, std::move(handler),
                      secretRules::checkKeyVaultName(name));
}

} // namespace brickdesk
