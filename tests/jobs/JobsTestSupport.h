#pragma once

// Shared by the jobs tests: an emulator with a fast clock, and waiting for JobsClient answers
// without sleeping (the event loop runs while waiting).
#include "EmulatorOptionsFor.h"
#include "JobsClient.h"

#include <QJsonArray>
#include <QTest>
#include <optional>

namespace jobstest {

inline brickdesk::emulator::EmulatorOptions
fastEmulator(const QString &token, double timeScale,
             brickdesk::emulator::Seed seed = brickdesk::emulator::Seed::Demo)
{
    brickdesk::emulator::EmulatorOptions options = emulatorOptionsFor(token, seed);
    options.timeScale = timeScale;
    return options;
}

// Calls `start(handler)` and waits for the handler; nullopt when no answer came in time.
template<typename T, typename Start>
std::optional<brickdesk::JobsResult<T>> await(QObject *context, Start start, int timeoutMs = 15000)
{
    std::optional<brickdesk::JobsResult<T>> result;
    start(context, [&result](const brickdesk::JobsResult<T> &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

// A job of notebook tasks run one after the other; a key with "flaky" fails until repaired, one
// with "fail" always fails (the emulator's rules).
inline QJsonObject chainJob(const QString &name, const QStringList &taskKeys,
                            int maxConcurrentRuns = 1)
{
    QJsonArray tasks;
    QString previous;
    for (const QString &key : taskKeys) {
        QJsonObject task{
            {QStringLiteral("task_key"), key},
            {QStringLiteral("existing_cluster_id"), QStringLiteral("0923-164208-k9x2m1qa")},
            {QStringLiteral("notebook_task"),
             QJsonObject{
                 {QStringLiteral("notebook_path"), QString(QStringLiteral("/Shared/") + key)},
                 {QStringLiteral("base_parameters"),
                  QJsonObject{{QStringLiteral("env"), QStringLiteral("test")}}}}}};
        if (!previous.isEmpty()) {
            QJsonObject upstream;
            upstream.insert(QStringLiteral("task_key"), previous);
            task.insert(QStringLiteral("depends_on"), QJsonArray{upstream});
        }
        tasks.append(task);
        previous = key;
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("max_concurrent_runs"), maxConcurrentRuns},
            {QStringLiteral("tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("qa")}}},
            {QStringLiteral("tasks"), tasks}};
}

} // namespace jobstest
