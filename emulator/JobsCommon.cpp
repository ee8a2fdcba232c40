#include "JobsCommon.h"

#include "BodyParams.h"
#include "RequestParams.h"

namespace brickdesk::emulator {

namespace {

constexpr qint64 kMaxId = 9'007'199'254'740'992LL; // ids stay exact as JSON numbers

} // namespace

ApiResponse unknownJob(qint64 jobId)
{
    return ApiResponse::invalidParameter(QStringLiteral("Job ") + QString::number(jobId) +
                                         QStringLiteral(" does not exist."));
}

ApiResponse unknownRun(qint64 runId)
{
    return ApiResponse::invalidParameter(QStringLiteral("Run ") + QString::number(runId) +
                                         QStringLiteral(" does not exist."));
}

std::optional<ApiResponse> readIdParameter(const ApiRequest &request, const QString &name,
                                           qint64 *id)
{
    QString text;
    if (auto error = readRequiredString(request, name, &text))
        return error;
    bool ok = false;
    const qint64 number = text.toLongLong(&ok, 10);
    if (!ok || number <= 0 || number > kMaxId) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid value for parameter ") + name +
                                             QStringLiteral(": '") + text +
                                             QStringLiteral("' is not a valid id."));
    }
    *id = number;
    return std::nullopt;
}

std::optional<ApiResponse> readIdField(const QJsonObject &body, const QString &name, qint64 *id)
{
    return readIntegerField(body, name, true, 0, 1, kMaxId, id);
}

} // namespace brickdesk::emulator
