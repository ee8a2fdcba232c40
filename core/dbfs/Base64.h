#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace brickdesk {

// Strict standard base64 (RFC 4648 alphabet, "=" padding required, no spaces), decoded several
// times faster than QByteArray::fromBase64Encoding — which costs ~8 ms per megabyte and would be
// the slowest step of every DBFS read. nullopt for anything that is not exactly that.
std::optional<QByteArray> decodeBase64Strict(QByteArrayView text);

} // namespace brickdesk
