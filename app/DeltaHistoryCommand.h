#pragma once

#include <QString>

namespace brickdesk {

struct DeltaHistoryCommandOptions
{
    QString path;        // a local table folder or a dbfs:/ path
    QString profileName; // for dbfs:/ paths; empty: the default profile
    QString configPath;  // .databrickscfg (already resolved)
    bool json = false;
};

// `brickdesk --delta-history PATH`: prints the table's history, newest first, without a window.
// Text: one line per version. JSON: one object per version with DESCRIBE HISTORY's field names,
// then {"warnings":[...]}. Exit 0; 2 when PATH holds no readable Delta log; 1 when the profile
// cannot be used. Runs its own event loop; call it with a QCoreApplication alive.
int runDeltaHistoryCommand(const DeltaHistoryCommandOptions &options);

} // namespace brickdesk
