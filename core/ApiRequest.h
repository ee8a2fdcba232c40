#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <optional>
#include <utility>

namespace brickdesk {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // e.g. /api/2.1/clusters/list
    QUrlQuery query;
    QByteArray body;        // JSON, for POST/PATCH/PUT
    QByteArray contentType; // of the body; empty = application/json
    // Whether sending twice is harmless. Unset: GET, HEAD, PUT and DELETE are; POST is not.
    std::optional<bool> idempotent;
    int timeoutMs = 60000; // per attempt
    // A successful answer's body is handed over as it came (ApiResponse::raw), not parsed: for
    // answers whose size makes a general JSON parse the slowest part of the call.
    bool rawAnswer = false;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonObject &body);
    // A request with a JSON body and any method (PUT, PATCH, ...).
    static ApiRequest withJson(const QByteArray &method, const QString &path,
                               const QJsonObject &body);
    // An application/x-www-form-urlencoded POST (OAuth token endpoints). Fields are given as they
    // are (not pre-encoded): a '%' or '+' in a secret is sent as that character.
    using FormFields = QList<std::pair<QString, QString>>;
    static ApiRequest postForm(const QString &path, const FormFields &form);

    bool isIdempotent() const;
};

} // namespace brickdesk
