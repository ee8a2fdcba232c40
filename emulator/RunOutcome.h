#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk::emulator::runOutcome {

// How long a task runs, in simulated milliseconds: 60-600 s, fixed by its key and what it runs.
qint64 taskDurationMs(const QJsonObject &task);

// Whether a task run fails. A task whose task_key or notebook/python path contains "fail" always
// fails; one containing "flaky" fails except when run again by a repair.
bool taskFails(const QJsonObject &task, bool isRepairAttempt);

// What runs/get-output adds to the metadata for a task run, from its state and what it runs:
// notebook_output{result, truncated} for a notebook that succeeded, logs and logs_truncated for
// Python tasks, error and error_trace for a failure. Empty while the task has not finished.
QJsonObject taskOutput(const QJsonObject &task);

} // namespace brickdesk::emulator::runOutcome
