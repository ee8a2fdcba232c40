// REST answers: error bodies and list items from a workspace are outside input.
#include "ApiError.h"
#include "ClusterChoices.h"
#include "ClusterEvent.h"
#include "ClusterInfo.h"
#include "ClusterSpec.h"
#include "LibraryStatus.h"
#include "JobInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

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
    for (const QJsonValue &item : root.value(QStringLiteral("events")).toArray()) {
        if (const auto event = brickdesk::ClusterEvent::fromJson(item.toObject()))
            (void)event->summary();
    }
    for (const QJsonValue &item : root.value(QStringLiteral("library_statuses")).toArray())
        (void)brickdesk::LibraryStatus::fromJson(item.toObject());
    for (const auto &version : brickdesk::parseSparkVersions(root))
        (void)version.name;
    for (const auto &type : brickdesk::parseNodeTypes(root))
        (void)type.label();
    QString specError;
    if (const auto spec = brickdesk::ClusterSpec::fromJsonText(input, &specError)) {
        (void)spec->problems();
        const auto again = brickdesk::ClusterSpec::fromJsonText(spec->toJsonText().toUtf8(), &specError);
        if (!again || again->toJson() != spec->toJson())
            std::abort(); // the JSON tab must round-trip what the form holds
    }
    return 0;
}
