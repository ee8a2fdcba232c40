#pragma once

#include "ApiMessage.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// Answers and readers the jobs and runs endpoints share.

// 400 INVALID_PARAMETER_VALUE "Job <id> does not exist." / "Run <id> does not exist."
ApiResponse unknownJob(qint64 jobId);
ApiResponse unknownRun(qint64 runId);

// A required positive id in the query string (job_id, run_id).
std::optional<ApiResponse> readIdParameter(const ApiRequest &request, const QString &name,
                                           qint64 *id);
// A required positive id in a JSON body, as a number or a numeric string.
std::optional<ApiResponse> readIdField(const QJsonObject &body, const QString &name, qint64 *id);

} // namespace brickdesk::emulator
