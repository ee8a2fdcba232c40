#pragma once

#include "StatementResult.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace brickdesk {

// The words the SQL editor completes: Spark SQL keywords, functions and types, and the tables
// and columns this session has seen — column names from every result's manifest, tables from
// SHOW TABLES (columns database/namespace + tableName), schemas from SHOW SCHEMAS, columns from
// DESCRIBE / SHOW COLUMNS (col_name). Learnt words are identifiers only, and at most
// kMaxLearned of them.
class SqlCompletionWords : public QObject
{
    Q_OBJECT

public:
    explicit SqlCompletionWords(QObject *parent = nullptr);

    // Everything, sorted without regard to case, each word once.
    QStringList words() const;
    QStringList tables() const;  // "demo.trips" and "trips", sorted
    QStringList columns() const; // sorted
    QStringList schemas() const; // sorted
    int learnedCount() const;

    // Column names of the result, and what its rows say when it lists tables, schemas or
    // columns (SHOW TABLES, SHOW SCHEMAS, DESCRIBE, SHOW COLUMNS).
    void learnResult(const ResultManifest &manifest, const ResultChunk *rows = nullptr);
    void learnTable(const QString &schema, const QString &table);
    void learnColumn(const QString &column);
    void forgetLearned();

    static bool isIdentifier(const QString &word);
    static constexpr int kMaxLearned = 5000;

Q_SIGNALS:
    void wordsChanged();

private:
    bool add(QSet<QString> &set, const QString &word);
    void changed();

    QSet<QString> m_tables;
    QSet<QString> m_columns;
    QSet<QString> m_schemas;
    mutable QStringList m_words;
    mutable bool m_dirty = true;
    int m_batch = 0;
    bool m_batchChanged = false;
};

} // namespace brickdesk
