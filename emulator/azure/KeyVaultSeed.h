#pragma once

#include <QString>
#include <QtGlobal>

namespace brickdesk::emulator {

class KeyVaultStore;

// The demo vault's secrets: a dozen live ones (some expired, some expiring within 7 days, some
// far in the future or without an end, one disabled, one not valid yet; tags and content types;
// a few with several versions) and one soft-deleted. The same names, values and version ids on
// every run; dates follow the demo timeline relative to nowMs.
void seedDemoVault(KeyVaultStore &store, const QString &vault, qint64 nowMs);

} // namespace brickdesk::emulator
