#include "Base64.h"

#include <array>

namespace brickdesk {

namespace {

constexpr quint8 kInvalid = 0xff;

constexpr std::array<quint8, 256> decodingTable()
{
    std::array<quint8, 256> table{};
    for (quint8 &entry : table)
        entry = kInvalid;
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<quint8>(i);
    return table;
}

constexpr std::array<quint8, 256> kTable = decodingTable();

} // namespace

std::optional<QByteArray> decodeBase64Strict(QByteArrayView text)
{
    const qsizetype length = text.size();
    if (length % 4 != 0)
        return std::nullopt;
    if (length == 0)
        return QByteArray();
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    const int padding = (in[length - 1] == '=') + (in[length - 2] == '=' && in[length - 1] == '=');
    QByteArray out(length / 4 * 3 - padding, Qt::Uninitialized);
    auto *to = reinterpret_cast<unsigned char *>(out.data());

    // Every group but the last has no padding: four table lookups, one validity check.
    const qsizetype fullGroups = length / 4 - 1;
    for (qsizetype group = 0; group < fullGroups; ++group, in += 4, to += 3) {
        const quint32 a = kTable[in[0]], b = kTable[in[1]], c = kTable[in[2]], d = kTable[in[3]];
        if ((a | b | c | d) == kInvalid || ((a | b | c | d) & 0xc0))
            return std::nullopt;
        const quint32 bits = (a << 18) | (b << 12) | (c << 6) | d;
        to[0] = static_cast<unsigned char>(bits >> 16);
        to[1] = static_cast<unsigned char>(bits >> 8);
        to[2] = static_cast<unsigned char>(bits);
    }
    // The last group: "xxxx", "xxx=" or "xx==".
    const quint32 a = kTable[in[0]], b = kTable[in[1]];
    const quint32 c = padding >= 2 ? 0 : kTable[in[2]];
    const quint32 d = padding >= 1 ? 0 : kTable[in[3]];
    if (((a | b | c | d) & 0xc0) != 0)
        return std::nullopt;
    const quint32 bits = (a << 18) | (b << 12) | (c << 6) | d;
    // Canonical only: the bits a padded group drops must be zero.
    if ((padding == 1 && (bits & 0xff) != 0) || (padding == 2 && (bits & 0xffff) != 0))
        return std::nullopt;
    to[0] = static_cast<unsigned char>(bits >> 16);
    if (padding < 2)
        to[1] = static_cast<unsigned char>(bits >> 8);
    if (padding < 1)
        to[2] = static_cast<unsigned char>(bits);
    return out;
}

} // namespace brickdesk
