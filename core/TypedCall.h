#pragma once

#include "ApiClient.h"

#include <QTimer>
#include <functional>
#include <optional>

namespace brickdesk {

// Hands `handler` a Result carrying `error` from the event loop, as it would hear a real answer:
// for input refused before anything is sent.
template<typename Result>
void answerLater(QObject *context, const ApiError &error,
                 std::function<void(const Result &)> handler)
{
    QTimer::singleShot(0, context, [error, handler] {
        Result result;
        result.error = error;
        handler(result);
    });
}

// An error for input refused before sending (INVALID_PARAMETER_VALUE, as the API would say).
inline ApiError invalidInputError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.errorCode = QStringLiteral("INVALID_PARAMETER_VALUE");
    error.message = message;
    return error;
}

// The parser of an answer with nothing to keep ({}).
template<typename Value> std::optional<Value> parseNothing(const QJsonObject &, QString *)
{
    return Value{};
}

// Sends `request` and hands `handler` a Result (a struct with `value` and `error`) made by
// `parse(response, &problem)`: the parsed value, the call's error, or — for an answer that is not
// what the API promises — an InvalidResponse error naming the problem, never a half-filled value.
// A cancelled call calls no handler. Without a client, the handler hears "not connected" from the
// event loop, as it would hear a real answer. Returns the call (nullptr without a client).
template<typename Result, typename Parse>
ApiCall *sendTyped(ApiClient *client, const ApiRequest &request, QObject *context, Parse parse,
                   std::function<void(const Result &)> handler)
{
    if (!client) {
        QTimer::singleShot(0, context, [handler] {
            Result result;
            result.error.kind = ApiError::Kind::Configuration;
            result.error.message = QStringLiteral("not connected to a workspace");
            handler(result);
        });
        return nullptr;
    }
    return client->send(request, context, [parse, handler](const ApiResponse &response) {
        if (response.error.kind == ApiError::Kind::Cancelled)
            return;
        Result result;
        result.error = response.error;
        if (response.ok()) {
            QString problem;
            auto value = parse(response, &problem);
            if (value) {
                result.value = std::move(*value);
            } else {
                result.error.kind = ApiError::Kind::InvalidResponse;
                result.error.httpStatus = response.httpStatus;
                result.error.message = QStringLiteral("malformed answer: ") + problem;
            }
        }
        handler(result);
    });
}

} // namespace brickdesk
