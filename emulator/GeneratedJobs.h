#pragma once

#include <QJsonObject>
#include <QList>

namespace brickdesk::emulator {

// `count` jobs (up to 100000) for load testing, the same on every run: varied names, creators,
// tags, task shapes and schedules, ids ascending, created over the two years before nowMs.
QList<QJsonObject> generatedJobs(int count, qint64 nowMs);

} // namespace brickdesk::emulator
