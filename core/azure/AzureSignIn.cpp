#include "AzureSignIn.h"

#include "AzureCliCredential.h"
#include "ClientCertificateCredential.h"
#include "ClientSecretCredential.h"
#include "DeviceCodeCredential.h"
#include "TokenStore.h"

#include <QTimer>

namespace brickdesk {

QString azureSignInMethodId(AzureCredential::Kind kind)
{
    switch (kind) {
    case AzureCredential::Kind::ClientSecret:
        return QStringLiteral("client-secret");
    case AzureCredential::Kind::ClientCertificate:
        return QStringLiteral("client-certificate");
    case AzureCredential::Kind::AzureCli:
        return QStringLiteral("azure-cli");
    case AzureCredential::Kind::DeviceCode:
        return QStringLiteral("device-code");
    }
    return QString();
}

AzureCredential::Kind azureSignInMethodFromId(const QString &id, bool *ok)
{
    for (AzureCredential::Kind kind :
         {AzureCredential::Kind::ClientSecret, AzureCredential::Kind::ClientCertificate,
          AzureCredential::Kind::AzureCli, AzureCredential::Kind::DeviceCode}) {
        if (azureSignInMethodId(kind) == id) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return AzureCredential::Kind::DeviceCode;
}

QString AzureSignInConfig::clientSecretKey() const
{
    return QStringLiteral("azure-client-secret/%1/%2/%3")
        .arg(endpoint.authorityHost.toString(), endpoint.tenantId, endpoint.clientId);
}

QString AzureSignInConfig::id() const
{
    return azureSignInMethodId(method) + QLatin1Char('|') + endpoint.authorityHost.toString() +
           QLatin1Char('|') + endpoint.tenantId + QLatin1Char('|') + endpoint.clientId +
           QLatin1Char('|') + certificatePath;
}

AzureSignInConfig azureSignInFor(const Profile &profile, const QProcessEnvironment &environment)
{
    AzureSignInConfig config;
    const AzureSignInSettings &settings = profile.azureSignIn;
    bool known = false;
    const AzureCredential::Kind chosen = azureSignInMethodFromId(settings.method, &known);
    if (known)
        config.method = chosen;
    else if (profile.authType == QLatin1String("azure-client-secret"))
        config.method = AzureCredential::Kind::ClientSecret;
    else if (profile.authType == QLatin1String("azure-cli"))
        config.method = AzureCredential::Kind::AzureCli;
    else
        config.method = AzureCredential::Kind::DeviceCode;

    config.endpoint.authorityHost =
        settings.authorityHost.isEmpty()
            ? entraAuthorityHost(profile.attribute(QStringLiteral("azure_environment")),
                                 environment)
            : QUrl(settings.authorityHost);
    config.endpoint.tenantId = !settings.tenantId.isEmpty() ? settings.tenantId
                               : !profile.attribute(QStringLiteral("azure_tenant_id")).isEmpty()
                                   ? profile.attribute(QStringLiteral("azure_tenant_id"))
                                   : QStringLiteral("organizations");
    config.certificatePath = settings.certificatePath;
    const QString profileClient = profile.attribute(QStringLiteral("azure_client_id"));
    if (!settings.clientId.isEmpty())
        config.endpoint.clientId = settings.clientId;
    else if (config.method == AzureCredential::Kind::ClientSecret ||
             config.method == AzureCredential::Kind::ClientCertificate || !profileClient.isEmpty())
        config.endpoint.clientId = profileClient;
    else
        config.endpoint.clientId = QString::fromLatin1(kDeveloperSignInClientId);
    return config;
}

AzureSignInConfig workspaceAzureSignIn(const Profile &profile,
                                       const QProcessEnvironment &environment)
{
    AzureSignInConfig config;
    config.method = profile.authType == QLatin1String("azure-cli")
                        ? AzureCredential::Kind::AzureCli
                        : AzureCredential::Kind::ClientSecret;
    config.endpoint.authorityHost =
        profile.azureSignIn.authorityHost.isEmpty()
            ? entraAuthorityHost(profile.attribute(QStringLiteral("azure_environment")),
                                 environment)
            : QUrl(profile.azureSignIn.authorityHost);
    config.endpoint.tenantId = profile.attribute(QStringLiteral("azure_tenant_id"));
    if (config.endpoint.tenantId.isEmpty() && config.method == AzureCredential::Kind::AzureCli)
        config.endpoint.tenantId = QStringLiteral("organizations");
    config.endpoint.clientId = profile.attribute(QStringLiteral("azure_client_id"));
    return config;
}

AzureSignIn::AzureSignIn(QNetworkAccessManager *network, ActivityLog *activity,
                         TokenStore *keychain, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_activity(activity)
    , m_keychain(keychain)
{}

void AzureSignIn::setInteractive(bool interactive)
{
    m_interactive = interactive;
    for (const QPointer<AzureCredential> &credential : std::as_const(m_credentials)) {
        if (auto *deviceCode = qobject_cast<DeviceCodeCredential *>(credential.data()))
            deviceCode->setInteractive(interactive);
    }
}

QList<AzureCredential *> AzureSignIn::credentials() const
{
    QList<AzureCredential *> list;
    for (const QPointer<AzureCredential> &credential : m_credentials) {
        if (credential)
            list.append(credential);
    }
    return list;
}

void AzureSignIn::credential(const AzureSignInConfig &config, QObject *context,
                             std::function<void(AzureCredential *, const QString &)> callback,
                             const QString &inlineClientSecret)
{
    const auto answer = [context, callback](AzureCredential *made, const QString &error) {
        QPointer<AzureCredential> guard(made);
        QTimer::singleShot(0, context, [guard, made, error, callback] {
            callback(made && guard ? guard.data() : nullptr, error);
        });
    };
    if (config.method != AzureCredential::Kind::AzureCli) {
        const QString problem = config.endpoint.problem();
        if (!problem.isEmpty()) {
            answer(nullptr, QStringLiteral("Azure sign-in is not set up: ") + problem);
            return;
        }
    }
    const QString id = config.id();
    if (AzureCredential *existing = m_credentials.value(id)) {
        // A client secret changed in the file (or ARM_CLIENT_SECRET) replaces the old one.
        auto *secretCredential = qobject_cast<ClientSecretCredential *>(existing);
        if (secretCredential && !inlineClientSecret.isEmpty() &&
            !secretCredential->hasClientSecret(inlineClientSecret))
            secretCredential->setClientSecret(inlineClientSecret);
        answer(existing, QString());
        return;
    }
    switch (config.method) {
    case AzureCredential::Kind::AzureCli: {
        auto *made = new AzureCliCredential(config.endpoint.tenantId, this);
        m_credentials.insert(id, made);
        answer(made, QString());
        return;
    }
    case AzureCredential::Kind::DeviceCode: {
        auto *made =
            new DeviceCodeCredential(m_network, m_activity, config.endpoint, m_keychain, this);
        made->setInteractive(m_interactive);
        connect(made, &DeviceCodeCredential::signInRequired, this,
                [this, made](const QString &reason) { Q_EMIT signInRequired(made, reason); });
        m_credentials.insert(id, made);
        answer(made, QString());
        return;
    }
    case AzureCredential::Kind::ClientCertificate: {
        QString error;
        const auto certificate = loadClientCertificate(config.certificatePath, &error);
        if (!certificate) {
            answer(nullptr, error);
            return;
        }
        auto *made = new ClientCertificateCredential(m_network, m_activity, config.endpoint,
                                                     *certificate, this);
        m_credentials.insert(id, made);
        answer(made, QString());
        return;
    }
    case AzureCredential::Kind::ClientSecret: {
        const auto make = [this, id, config](const QString &secret) {
            auto *made =
                new ClientSecretCredential(m_network, m_activity, config.endpoint, secret, this);
            m_credentials.insert(id, made);
            return made;
        };
        if (!inlineClientSecret.isEmpty()) {
            answer(make(inlineClientSecret), QString());
            return;
        }
        if (!m_keychain) {
            answer(nullptr, QStringLiteral("no keychain to read the client secret from"));
            return;
        }
        QPointer<AzureSignIn> self(this);
        m_keychain->readToken(
            config.clientSecretKey(), context,
            [self, id, make, answer, config](const TokenStoreResult &stored) {
                if (!self) {
                    answer(nullptr, QStringLiteral("the app is closing"));
                } else if (AzureCredential *existing = self->m_credentials.value(id)) {
                    answer(existing, QString());
                } else if (stored.ok() && !stored.token.isEmpty()) {
                    answer(make(stored.token), QString());
                } else {
                    answer(nullptr, stored.status == TokenStoreResult::Status::Failed
                                        ? stored.error
                                        : QStringLiteral("no client secret is stored for "
                                                         "application %1; add it in the "
                                                         "profile's Azure settings")
                                              .arg(config.endpoint.clientId));
                }
            });
        return;
    }
    }
}

void AzureSignIn::storeClientSecret(const AzureSignInConfig &config, const QString &secret,
                                    QObject *context, std::function<void(const QString &)> callback)
{
    if (!m_keychain) {
        QTimer::singleShot(0, context, [callback] { callback(QStringLiteral("no keychain")); });
        return;
    }
    QPointer<AzureSignIn> self(this);
    m_keychain->writeToken(config.clientSecretKey(), secret, context,
                           [self, config, secret, callback](const TokenStoreResult &result) {
                               // A credential already made keeps serving its users, with the new
                               // secret from now on.
                               if (result.ok() && self) {
                                   if (auto *existing = qobject_cast<ClientSecretCredential *>(
                                           self->m_credentials.value(config.id())))
                                       existing->setClientSecret(secret);
                               }
                               callback(result.ok() ? QString() : result.error);
                           });
}

} // namespace brickdesk
