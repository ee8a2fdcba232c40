#pragma once

#include <QString>
#include <QtGlobal>

namespace brickdesk::emulator {

class SecretStore;

// The demo workspace's secret scopes, with ACLs: etl and ml-models (Databricks-backed),
// finance-readonly (the demo user may only read it: a put answers PERMISSION_DENIED) and, when
// `demoVault` is not empty, kv-shared, backed by that vault of the emulator (its dns_name follows
// the emulator's address). Values are made up and the same on every run; last_updated follows
// the demo timeline relative to nowMs.
void seedDemoSecretScopes(SecretStore &store, const QString &demoVault, qint64 nowMs);

} // namespace brickdesk::emulator
