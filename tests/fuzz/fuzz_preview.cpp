// The first megabyte of any DBFS file is outside input: the preview must classify and parse it
// (CSV/TSV, JSON, JSON Lines, text, binary) without crashing, whatever the bytes, name or size.
#include "PreviewContent.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the name and whether the file was cut; the rest is its content.
    static const QStringList names = {QStringLiteral("a.csv"),      QStringLiteral("a.tsv"),
                                      QStringLiteral("a.json"),     QStringLiteral("a.jsonl"),
                                      QStringLiteral("part-00000"), QStringLiteral("notes.txt")};
    const uint8_t selector = data[0];
    const QByteArray head(reinterpret_cast<const char *>(data + 1),
                          static_cast<qsizetype>(size - 1));
    const QString name = names.at(selector % names.size());
    const qint64 fullSize = head.size() + ((selector & 0x80) ? 1000 : 0);
    const brickdesk::PreviewContent content = brickdesk::preview::make(head, name, fullSize);
    if (content.rows.size() > brickdesk::PreviewContent::kMaxRows)
        __builtin_trap();
    for (const QStringList &row : content.rows) {
        if (row.size() > content.columnCount || row.size() > brickdesk::PreviewContent::kMaxColumns)
            __builtin_trap();
    }
    // The CSV reader on its own, with each delimiter and both endings.
    const QString text = QString::fromUtf8(head);
    const auto csv = brickdesk::preview::parseCsv(
        text, (selector & 1) ? QLatin1Char('\t') : QLatin1Char(','), (selector & 2) != 0, 100);
    if (csv.rows.size() > 100)
        __builtin_trap();
    (void)brickdesk::preview::sniffDelimiter(text);
    return 0;
}
