#pragma once

#include <QString>
#include <QtGlobal>

namespace brickdesk::emulator {

// Hashes that are the same on every run and machine (unlike qHash, which is seeded per process),
// for the emulator's deterministic choices: durations, outcomes, ids, generated names.
quint64 stableHash(const QString &text);
quint64 mixHash(quint64 value); // splitmix64 finaliser

// A value in [low, high] picked by `hash`.
qint64 pickInRange(quint64 hash, qint64 low, qint64 high);

} // namespace brickdesk::emulator
