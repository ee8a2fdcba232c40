#include "SecretsClient.h"

#include "SecretRules.h"
#include "TypedCall.h"

#include <QTimer>

namespace brickdesk {

namespace {

const QString kBase = QStringLiteral("/api/2.0/secrets/");

} // namespace

QPointer<ApiCall> SecretsClient::listScopes(QObject *context, Handler<QList<SecretScope>> handler)
{
    return send<QList<SecretScope>>(ApiRequest::get(kBase + QStringLiteral("scopes/list")), context,
                                    &secretAnswers::scopes, std::move(handler));
}

QPointer<ApiCall> SecretsClient::createScope(const SecretScopeSpec &spec, QObject *context,
                                             Handler<Done> handler)
{
    QString problem = secretRules::checkScopeName(spec.name);
    if (problem.isEmpty() && spec.backend == SecretBackend::AzureKeyVault &&
        (spec.keyVaultResourceId.trimmed().isEmpty() || spec.keyVaultDnsName.trimmed().isEmpty()))
        problem =
            QStringLiteral("A Key Vault-backed scope needs the vault's resource id and DNS name");
    if (!problem.isEmpty()) {
        answerLater<CallResult<Done>>(context, invalidInputError(problem), std::move(handler));
        return nullptr;
    }
    return send<Done>(ApiRequest::post(kBase + QStringLiteral("scopes/create"), spec.toJson()),
                      context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> SecretsClient::deleteScope(const QString &scope, QObject *context,
                                             Handler<Done> handler)
{
    return send<Done>(ApiRequest::post(kBase + QStringLiteral("scopes/delete"),
                                       {{QStringLiteral("scope"), scope}}),
                      context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> SecretsClient::listSecrets(const QString &scope, QObject *context,
                                             Handler<QList<SecretMetadata>> handler)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("scope"), scope);
    return send<QList<SecretMetadata>>(ApiRequest::get(kBase + QStringLiteral("list"), query),
                                       context, &secretAnswers::secrets, std::move(handler));
}

QPointer<ApiCall> SecretsClient::put(const QString &scope, const QString &key,
                                     const QByteArray &valueBytes, const QJsonObject &body,
                                     QObject *context, Handler<Done> handler)
{
    QString problem = secretRules::checkKey(key);
    if (problem.isEmpty())
        problem = secretRules::checkValue(valueBytes);
    if (!problem.isEmpty()) {
        answerLater<CallResult<Done>>(context, invalidInputError(problem), std::move(handler));
        return nullptr;
    }
    QJsonObject request = body;
    request.insert(QStringLiteral("scope"), scope);
    request.insert(QStringLiteral("key"), key);
    ApiRequest post = ApiRequest::post(kBase + QStringLiteral("put"), request);
    post.idempotent = true; // putting the same value twice leaves the same secret
    return send<Done>(post, context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> SecretsClient::putString(const QString &scope, const QString &key,
                                           const QString &value, QObject *context,
                                           Handler<Done> handler)
{
    const QByteArray utf8 = value.toUtf8();
    return put(scope, key, utf8, {{QStringLiteral("string_value"), value}}, context,
               std::move(handler));
}

QPointer<ApiCall> SecretsClient::putBytes(const QString &scope, const QString &key,
                                          const QByteArray &value, QObject *context,
                                          Handler<Done> handler)
{
    return put(scope, key, value,
               {{QStringLiteral("bytes_value"), QString::fromLatin1(value.toBase64())}}, context,
               std::move(handler));
}

QPointer<ApiCall> SecretsClient::deleteSecret(const QString &scope, const QString &key,
                                              QObject *context, Handler<Done> handler)
{
    return send<Done>(
        ApiRequest::post(kBase + QStringLiteral("delete"),
                         {{QStringLiteral("scope"), scope}, {QStringLiteral("key"), key}}),
        context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> SecretsClient::listAcls(const QString &scope, QObject *context,
                                          Handler<QList<SecretAcl>> handler)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("scope"), scope);
    return send<QList<SecretAcl>>(ApiRequest::get(kBase + QStringLiteral("acls/list"), query),
                                  context, &secretAnswers::acls, std::move(handler));
}

QPointer<ApiCall> SecretsClient::putAcl(const QString &scope, const SecretAcl &acl,
                                        QObject *context, Handler<Done> handler)
{
    if (acl.principal.trimmed().isEmpty()) {
        answerLater<CallResult<Done>>(context,
                                      invalidInputError(QStringLiteral("The principal is empty")),
                                      std::move(handler));
        return nullptr;
    }
    ApiRequest post =
        ApiRequest::post(kBase + QStringLiteral("acls/put"),
                         {{QStringLiteral("scope"), scope},
                          {QStringLiteral("principal"), acl.principal.trimmed()},
                          {QStringLiteral("permission"), secretPermissionId(acl.permission)}});
    post.idempotent = true;
    return send<Done>(post, context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> SecretsClient::deleteAcl(const QString &scope, const QString &principal,
                                           QObject *context, Handler<Done> handler)
{
    return send<Done>(ApiRequest::post(kBase + QStringLiteral("acls/delete"),
                                       {{QStringLiteral("scope"), scope},
                                        {QStringLiteral("principal"), principal}}),
                      context, &parseNothing<Done>, std::move(handler));
}

} // namespace brickdesk
