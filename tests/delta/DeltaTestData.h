#pragma once

// The upstream Delta tables in ../shared/testdata/delta and their measured facts (MANIFEST.tsv),
// shared by the Delta tests.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace deltatestdata {

inline QString deltaDir()
{
    return QStringLiteral(BRICKDESK_TESTDATA_DIR) + QStringLiteral("/delta");
}

inline QString tableDir(const QString &table)
{
    return deltaDir() + QLatin1Char('/') + table;
}

struct ManifestRow
{
    QString table;
    int commitFiles = 0;
    qint64 minVersion = 0;
    qint64 maxVersion = 0;
    bool hasCheckpoint = false;
    QStringList operations;
};

inline QList<ManifestRow> manifest()
{
    QList<ManifestRow> rows;
    QFile file(deltaDir() + QStringLiteral("/MANIFEST.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read MANIFEST.tsv");
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split('\t');
        if (cells.size() < 8)
            continue;
        ManifestRow row;
        row.table = QString::fromUtf8(cells.at(0));
        row.commitFiles = cells.at(3).toInt();
        row.minVersion = cells.at(4).toLongLong();
        row.maxVersion = cells.at(5).toLongLong();
        row.hasCheckpoint = cells.at(6) == "y";
        const QString operations = QString::fromUtf8(cells.at(7)).trimmed();
        row.operations = operations.isEmpty() ? QStringList() : operations.split(QLatin1Char(','));
        rows.append(row);
    }
    return rows;
}

// The top-level column names of the newest metaData action in the table's commit files, read
// here with nothing but QJsonDocument (independent of the reader under test). Empty when no
// commit carries one.
inline QStringList newestCommitColumns(const QString &table)
{
    const QDir log(tableDir(table) + QStringLiteral("/_delta_log"));
    QStringList columns;
    const QStringList commits =
        log.entryList({QStringLiteral("????????????????????.json")}, QDir::Files, QDir::Name);
    for (const QString &name : commits) {
        QFile file(log.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject metaData =
                QJsonDocument::fromJson(line).object().value(QStringLiteral("metaData")).toObject();
            if (metaData.isEmpty())
                continue;
            columns.clear();
            const QJsonObject schema =
                QJsonDocument::fromJson(
                    metaData.value(QStringLiteral("schemaString")).toString().toUtf8())
                    .object();
            for (const QJsonValue &field : schema.value(QStringLiteral("fields")).toArray())
                columns.append(field.toObject().value(QStringLiteral("name")).toString());
        }
    }
    return columns;
}

} // namespace deltatestdata
