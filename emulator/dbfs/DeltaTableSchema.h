#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace brickdesk::emulator {

// One column of a generated Delta table.
struct DeltaColumn
{
    QString name;
    QString type; // Delta's spelling: long, integer, double, string, date, timestamp
    // Column mapping: a stable id and the name in the data files (0 / empty until it is on).
    int id = 0;
    QString physicalName;
    QString widenedFrom; // type widening: the type before its one change, if any
};

// The schema and properties of a generated Delta table as they evolve, written as the metaData
// action a commit carries when it changes them (the whole metadata, as Delta writes it).
class DeltaTableSchema
{
public:
    DeltaTableSchema(QString tableId, QStringList partitionColumns, qint64 createdMs);

    // A new column; with column mapping on it gets the next id and a col-<uuid> physical name.
    void addColumn(const QString &name, const QString &type, const QString &physicalName = {});
    // Mode "name": ids 1..n and physical names equal to the current names, as Delta assigns them
    // to a table whose data files were written before (the files keep their column names).
    void enableColumnMapping();
    // A rename changes only the name: the id and physical name stay, so old files still read.
    bool renameColumn(const QString &from, const QString &to);
    // Type widening records the change in the field's metadata (delta.typeChanges).
    bool widenColumn(const QString &name, const QString &toType);
    void setProperty(const QString &key, const QString &value);

    const QList<DeltaColumn> &columns() const { return m_columns; }
    const DeltaColumn *column(const QString &name) const;
    bool hasColumnMapping() const { return m_columnMapping; }
    // The name a column has in the data files (its stats use it).
    QString physicalName(const QString &name) const;

    QByteArray fieldJson(const DeltaColumn &column) const;
    QByteArray metaDataAction() const; // {"metaData":{...}}

private:
    QString m_tableId;
    QStringList m_partitionColumns;
    qint64 m_createdMs = 0;
    QList<DeltaColumn> m_columns;
    QList<QPair<QString, QString>> m_configuration; // in the order first set
    bool m_columnMapping = false;
    int m_maxColumnId = 0;
};

} // namespace brickdesk::emulator
