#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace brickdesk {

// One colour per lifecycle state, shared by every list that shows a cluster or run state.
QColor colourForState(const QString &state);
// A small filled circle in the state's colour, for list decorations.
QIcon stateIcon(const QString &state);
// A small rounded square in any colour (profile swatches).
QIcon colourSwatch(const QString &colour);

} // namespace brickdesk
