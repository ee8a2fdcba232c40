#pragma once

#include <QColor>
#include <QString>

namespace brickdesk {

// One colour per lifecycle state, shared by every list that shows a cluster or run state.
QColor colourForState(const QString &state);

} // namespace brickdesk
