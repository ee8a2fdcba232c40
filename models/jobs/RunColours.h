#pragma once

#include "RunInfo.h"

#include <QColor>

namespace brickdesk {

// One colour per run outcome, shared by the run tables and the duration chart: green success,
// red failure, grey cancelled or skipped, blue while running, orange while waiting.
QColor colourForRun(const RunState &state);

} // namespace brickdesk
