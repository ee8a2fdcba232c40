#include "SqlCompletionWords.h"

#include "SparkSqlWords.h"

#include <algorithm>

namespace brickdesk {

namespace {

QStringList sortedWords(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return list;
}

int columnNamed(const ResultManifest &manifest, std::initializer_list<QLatin1String> names)
{
    for (int c = 0; c < manifest.columns.size(); ++c) {
        for (const QLatin1String name : names) {
            if (manifest.columns.at(c).name.compare(name, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return -1;
}

} // namespace

SqlCompletionWords::SqlCompletionWords(QObject *parent)
    : QObject(parent)
{}

bool SqlCompletionWords::isIdentifier(const QString &word)
{
    if (word.isEmpty() || word.size() > 128 || word.at(0).isDigit())
        return false;
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_');
    });
}

QStringList SqlCompletionWords::words() const
{
    if (m_dirty) {
        QSet<QString> all;
        for (const QStringList *list :
             {&sparkSql::keywords(), &sparkSql::functions(), &sparkSql::typeNames()}) {
            for (const QString &word : *list)
                all.insert(word);
        }
        all.unite(m_tables);
        all.unite(m_columns);
        all.unite(m_schemas);
        m_words = sortedWords(all);
        m_dirty = false;
    }
    return m_words;
}

QStringList SqlCompletionWords::tables() const
{
    return sortedWords(m_tables);
}

QStringList SqlCompletionWords::columns() const
{
    return sortedWords(m_columns);
}

QStringList SqlCompletionWords::schemas() const
{
    return sortedWords(m_schemas);
}

int SqlCompletionWords::learnedCount() const
{
    return int(m_tables.size() + m_columns.size() + m_schemas.size());
}

bool SqlCompletionWords::add(QSet<QString> &set, const QString &word)
{
    if (set.contains(word) || learnedCount() >= kMaxLearned)
        return false;
    set.insert(word);
    m_dirty = true;
    if (m_batch > 0)
        m_batchChanged = true;
    else
        Q_EMIT wordsChanged();
    return true;
}

void SqlCompletionWords::learnTable(const QString &schema, const QString &table)
{
    if (!isIdentifier(table))
        return;
    ++m_batch;
    add(m_tables, table);
    if (isIdentifier(schema)) {
        add(m_schemas, schema);
        add(m_tables, schema + QLatin1Char('.') + table);
    }
    changed();
}

void SqlCompletionWords::learnColumn(const QString &column)
{
    if (isIdentifier(column))
        add(m_columns, column);
}

void SqlCompletionWords::learnResult(const ResultManifest &manifest, const ResultChunk *rows)
{
    ++m_batch;
    const int tableName = columnNamed(manifest, {QLatin1String("tableName")});
    const int schemaName =
        columnNamed(manifest, {QLatin1String("database"), QLatin1String("namespace"),
                               QLatin1String("databaseName"), QLatin1String("schemaName")});
    const int columnName = columnNamed(manifest, {QLatin1String("col_name")});
    // Column names of a listing (tableName, col_name ...) are no user's columns.
    const bool listing =
        tableName >= 0 || columnName >= 0 || (schemaName >= 0 && manifest.columns.size() <= 2);
    if (!listing) {
        for (const ResultColumn &column : manifest.columns)
            learnColumn(column.name);
    }
    if (rows && rows->columnCount() == manifest.columns.size()) {
        for (qint64 r = 0; r < rows->rowCount(); ++r) {
            if (tableName >= 0) {
                learnTable(schemaName >= 0 ? rows->value(r, schemaName) : QString(),
                           rows->value(r, tableName));
            } else if (columnName >= 0) {
                learnColumn(
                    rows->value(r, columnName)); // "# Partition ..." lines are no identifiers
            } else if (schemaName >= 0 && listing && isIdentifier(rows->value(r, schemaName))) {
                add(m_schemas, rows->value(r, schemaName));
            }
        }
    }
    changed();
}

void SqlCompletionWords::forgetLearned()
{
    if (learnedCount() == 0)
        return;
    m_tables.clear();
    m_columns.clear();
    m_schemas.clear();
    m_dirty = true;
    Q_EMIT wordsChanged();
}

void SqlCompletionWords::changed()
{
    if (--m_batch == 0 && std::exchange(m_batchChanged, false))
        Q_EMIT wordsChanged();
}

} // namespace brickdesk
