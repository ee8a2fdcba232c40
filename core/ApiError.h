#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace brickdesk {

// Every way a call to a workspace can fail, in one type the UI can branch on.
struct ApiError
{
    enum class Kind
    {
        None,
        Http,            // the workspace answered with an error status
        Network,         // no answer: refused, reset, DNS, proxy
        Tls,             // certificate or handshake failure; never ignored
        Timeout,         // no answer within the request's time limit
        Cancelled,       // the caller cancelled
        InvalidResponse, // an answer that is not the JSON the API promises
        Configuration,   // the request could not be made (no host, bad CA bundle, ...)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode; // Databricks error_code, e.g. RESOURCE_DOES_NOT_EXIST
    QString message;   // the server's message, or the network/TLS reason

    bool isError() const { return kind != Kind::None; }
    bool isAuthenticationError() const { return httpStatus == 401 || httpStatus == 403; }
    // One line for status bars and dialogs, e.g. "403 PERMISSION_DENIED: Invalid access token."
    QString summary() const;

    // Reads the error bodies the API uses: {"error_code","message"}, API 1.2 {"error"}, SCIM
    // {"detail","status"}, Azure {"error":{"code","message"}}, OAuth {"error","error_description"};
    // anything else keeps the status.
    static ApiError fromHttpResponse(int httpStatus, const QByteArray &body);
};

QString errorCodeForStatus(int httpStatus); // the SDKs' fallback code for a bare status

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ApiError)
