#include "StableHash.h"

#include <QByteArray>

namespace brickdesk::emulator {

quint64 stableHash(const QString &text)
{
    // FNV-1a over UTF-8, then mixed so that short keys spread over the whole range.
    quint64 hash = 14695981039346656037ULL;
    const QByteArray bytes = text.toUtf8();
    for (const char byte : bytes) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 1099511628211ULL;
    }
    return mixHash(hash);
}

quint64 mixHash(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

qint64 pickInRange(quint64 hash, qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const auto span = static_cast<quint64>(high - low) + 1;
    return low + static_cast<qint64>(hash % span);
}

} // namespace brickdesk::emulator
