#pragma once

#include <QString>

namespace brickdesk {

struct HostUrlResult
{
    QString url;   // scheme://host[:port], no path, no trailing slash; empty on error
    QString error; // why the input is not a workspace URL; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Normalises a workspace host as the Databricks SDKs do (https:// added when no scheme is given,
// path and trailing slash dropped) and rejects what cannot be a workspace. Plain http is accepted
// only for loopback addresses, where the demo workspace and tests run.
HostUrlResult normaliseHostUrl(const QString &input);

// localhost, 127.0.0.0/8 or ::1: where plain http is allowed (the demo workspace, tests).
bool isLoopbackHost(const QString &host);

} // namespace brickdesk
