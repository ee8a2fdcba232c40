#pragma once

#include <QJsonObject>
#include <QList>
#include <QtGlobal>

namespace brickdesk::emulator {

class WorkspaceTree;

// Every workspace has the folders /Users, /Shared and /Repos and the current user's home folder.
// The demo adds, in the real source format (cells, %md/%sql/%sh/%scala/%r magic cells):
//   /Users/<me>/Ingest trips (PYTHON), Daily revenue (SQL), Sessionize (SCALA), Forecast (R),
//   /Users/<me>/config.yaml (FILE), /Users/<me>/Revenue overview.lvdash.json (DASHBOARD),
//   /Shared/Team reports/Weekly KPIs (PYTHON) and Churn overview (SQL),
//   /Shared/libs/brickdesk_utils-0.3.0-py3-none-any.whl (LIBRARY),
//   /Repos/<me>/etl-pipelines (REPO) with README.md and notebooks/bronze_orders (PYTHON),
// and, for each demo job, the notebooks and Python files its tasks name (/Shared/<team>/...).
void seedWorkspaceTree(WorkspaceTree &tree, bool demo, const QList<QJsonObject> &jobs,
                       qint64 nowMs);

} // namespace brickdesk::emulator
