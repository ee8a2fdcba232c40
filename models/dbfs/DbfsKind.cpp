#include "DbfsKind.h"

#include <QStringList>

namespace brickdesk {

DbfsKind dbfsKindOf(const QString &name, bool isDir, bool isDeltaTable)
{
    if (isDir)
        return isDeltaTable ? DbfsKind::DeltaTable : DbfsKind::Folder;
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return DbfsKind::File;
    const QString suffix = name.mid(dot + 1).toLower();
    static const QStringList kNotebooks = {QStringLiteral("py"), QStringLiteral("sql"),
                                           QStringLiteral("scala"), QStringLiteral("r"),
                                           QStringLiteral("ipynb")};
    static const QStringList kData = {
        QStringLiteral("csv"),   QStringLiteral("tsv"),    QStringLiteral("json"),
        QStringLiteral("jsonl"), QStringLiteral("ndjson"), QStringLiteral("parquet"),
        QStringLiteral("avro"),  QStringLiteral("orc"),    QStringLiteral("txt"),
        QStringLiteral("xlsx"),  QStringLiteral("gz"),     QStringLiteral("zip"),
        QStringLiteral("snappy")};
    if (kNotebooks.contains(suffix))
        return DbfsKind::Notebook;
    if (kData.contains(suffix))
        return DbfsKind::DataFile;
    return DbfsKind::File;
}

} // namespace brickdesk
