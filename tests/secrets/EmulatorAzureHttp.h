#pragma once

// For the emulator's secrets, Key Vault and Entra ID tests (header-only): raw HTTP to the
// in-process emulator with any method, body and Authorization header, answers with their headers,
// and the sign-ins the tests need (client credentials, device code) done over the wire.

#include "WorkspaceEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

namespace emulatortest {

struct Reply
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
    // Databricks errors.
    QString errorCode() const { return json.value("error_code").toString(); }
    QString message() const { return json.value("message").toString(); }
    // Azure errors.
    QString azureCode() const { return json.value("error").toObject().value("code").toString(); }
    QString azureInnerCode() const
    {
        return json.value("error")
            .toObject()
            .value("innererror")
            .toObject()
            .value("code")
            .toString();
    }
    // OAuth errors.
    QString oauthError() const { return json.value("error").toString(); }
    int aadstsCode() const { return json.value("error_codes").toArray().at(0).toInt(); }
};

class Http
{
public:
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &authorization = {},
               const QByteArray &body = {},
               const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!body.isEmpty() || method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply result;
        result.finished = reply->isFinished() || finished.wait(15000);
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }

    Reply sendJson(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                   const QJsonObject &body)
    {
        return send(method, url, authorization, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // A form-encoded POST, as OAuth token endpoints take it.
    Reply postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
    {
        QUrlQuery form;
        for (const auto &[name, value] : fields)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return send("POST", url, {}, form.toString(QUrl::FullyEncoded).toUtf8(),
                    "application/x-www-form-urlencoded");
    }

private:
    QNetworkAccessManager m_nam;
};

inline QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

inline QUrl entraUrl(const brickdesk::emulator::WorkspaceEmulator &emulator, const QString &tenant,
                     const QString &endpoint)
{
    QUrl url = emulator.entraAuthorityUrl();
    url.setPath(url.path() + "/" + tenant + "/oauth2/v2.0/" + endpoint);
    return url;
}

// <vault URL><path>?api-version=7.4 (and more query items).
inline QUrl vaultUrl(const brickdesk::emulator::WorkspaceEmulator &emulator, const QString &path,
                     const QString &extraQuery = {}, const QString &vault = "brickdesk-demo")
{
    QUrl url = emulator.keyVaultUrl(vault);
    url.setPath(url.path() + path);
    url.setQuery("api-version=7.4" + (extraQuery.isEmpty() ? QString() : "&" + extraQuery));
    return url;
}

inline QUrl workspaceUrl(const brickdesk::emulator::WorkspaceEmulator &emulator,
                         const QString &path, const QUrlQuery &query = {})
{
    QUrl url = emulator.baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

// The claims of a JWT-shaped token, {} when it is not one.
inline QJsonObject jwtClaims(const QString &token)
{
    const QStringList parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray json = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(json).object();
}

inline Reply clientCredentials(Http &http, const brickdesk::emulator::WorkspaceEmulator &emulator,
                               const QString &clientSecret, const QString &scope)
{
    return http.postForm(entraUrl(emulator, emulator.entraTenantId(), "token"),
                         {{"grant_type", "client_credentials"},
                          {"client_id", "brickdesk-demo-app"},
                          {"client_secret", clientSecret},
                          {"scope", scope}});
}

inline const QString kDeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";

inline Reply pollDeviceCode(Http &http, const brickdesk::emulator::WorkspaceEmulator &emulator,
                            const QString &deviceCode)
{
    return http.postForm(entraUrl(emulator, emulator.entraTenantId(), "token"),
                         {{"grant_type", kDeviceCodeGrant},
                          {"client_id", "brickdesk-demo-app"},
                          {"device_code", deviceCode}});
}

// A whole device-code sign-in: polls until the emulator approves (or 20 polls). The last answer.
inline Reply deviceCodeSignIn(Http &http, const brickdesk::emulator::WorkspaceEmulator &emulator,
                              const QString &scope)
{
    const Reply start = http.postForm(entraUrl(emulator, emulator.entraTenantId(), "devicecode"),
                                      {{"client_id", "brickdesk-demo-app"}, {"scope", scope}});
    Reply poll = start;
    for (int i = 0; i < 20 && start.status == 200; ++i) {
        poll = pollDeviceCode(http, emulator, start.json.value("device_code").toString());
        if (poll.oauthError() != "authorization_pending")
            break;
    }
    return poll;
}

inline const QString kVaultScope = "https://vault.azure.net/.default";
inline const QString kDatabricksScope = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default";
inline const QString kDatabricksAudience = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d";

} // namespace emulatortest
