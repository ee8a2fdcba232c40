#pragma once

#include <QJsonObject>
#include <QUrl>

namespace brickdesk::emulator::runView {

// A stored run as runs/get answers it: with run_page_url on the run and its task runs (pointing
// at the emulator's address), without bookkeeping fields; without tasks and job clusters unless
// `withTasks`.
QJsonObject forApi(const QJsonObject &run, const QUrl &baseUrl, bool withTasks = true);

// runs/get-output's metadata for one task run: the task run as a run of its own, with the job
// it belongs to and its parent run.
QJsonObject taskMetadata(const QJsonObject &run, const QJsonObject &task, const QUrl &baseUrl);

} // namespace brickdesk::emulator::runView
