#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace brickdesk::emulator {

// Who a request speaks for, set by the pipeline once its credential has been checked.
struct ApiCaller
{
    enum class Credential
    {
        None,
        PersonalAccessToken,
        EntraUser,        // an Entra ID access token of a signed-in user
        EntraApplication, // an Entra ID access token of an application (service principal)
    };
    Credential credential = Credential::None;
    QString principal; // the user name, or the application id of a service principal
};

// One HTTP request, copied out of the server's request object so that handlers never depend on
// the connection staying alive.
struct ApiRequest
{
    QByteArray method;                  // "GET", "POST", ...
    QString path;                       // decoded path, without the query
    QUrlQuery query;                    // the query string
    QByteArray authorization;           // raw Authorization header value (never log it)
    QByteArray body;                    // request body, empty for GET
    QByteArray contentType;             // raw Content-Type header value (multipart boundary)
    QHash<QString, QString> pathParams; // values of {name} segments matched by the router
    ApiCaller caller;                   // set after authentication, before routing

    bool hasQueryItem(const QString &name) const;
    QString queryValue(const QString &name) const;      // first value, fully decoded
    QStringList queryValues(const QString &name) const; // every value of a repeated key
};

// One JSON answer. Databricks answers JSON objects everywhere, errors included.
struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After
    // When not empty, the answer's JSON already serialized, sent instead of `body`: for big
    // answers (a DBFS read carries 1.4 MB of base64) that QJsonDocument would copy twice.
    QByteArray rawBody;

    static ApiResponse ok(const QJsonObject &body = {});
    // 200 with a JSON body the handler serialized itself.
    static ApiResponse okRaw(const QByteArray &json);
    // {"error_code": code, "message": message} with the given HTTP status.
    static ApiResponse error(int status, const QString &errorCode, const QString &message);
    // 400 INVALID_PARAMETER_VALUE, the answer to every bad or unknown parameter and id.
    static ApiResponse invalidParameter(const QString &message);
    // 204 without a body (Azure's answer to a purge).
    static ApiResponse noContent();
};

// What the server does with one request: drop the connection without a word, or send
// `response` after `latencyMs` (all of it, or with cutMidway the status line, the headers with the
// full Content-Length and about half of the body before the connection is aborted).
struct RequestOutcome
{
    bool dropConnection = false;
    bool cutMidway = false;
    int latencyMs = 0;
    ApiResponse response;
};

} // namespace brickdesk::emulator
