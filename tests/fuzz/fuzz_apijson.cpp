// REST answers: error bodies and list items from a workspace are outside input.
#include "ApiError.h"
#include "ClusterInfo.h"
#include "JobInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const brickdesk::ApiError error = brickdesk::ApiError::fromHttpResponse(status, input);
    (void)error.summary();
    const QJsonDocument document = QJsonDocument::fromJson(input);
    const QJsonObject root = document.object();
    for (const QString &key : {QStringLiteral("clusters"), QStringLiteral("jobs")}) {
        for (const QJsonValue &item : root.value(key).toArray()) {
            if (const auto cluster = brickdesk::ClusterInfo::fromJson(item.toObject()))
                (void)cluster->workersText();
            if (const auto job = brickdesk::JobInfo::fromJson(item.toObject()))
                (void)job->scheduleText();
        }
    }
    (void)brickdesk::ClusterInfo::fromJson(root);
    (void)brickdesk::JobInfo::fromJson(root);
    return 0;
}
