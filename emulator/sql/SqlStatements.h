#pragma once

#include "SqlEngine.h"
#include "SqlPlan.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QVariant>
#include <map>
#include <optional>

namespace brickdesk::emulator {

class Simulation;
class WarehouseLifecycle;

// A statement as the API took it (already checked).
struct SqlSubmission
{
    QString statement;
    QString warehouseId;
    QString catalog;                     // empty: the default
    QString schema;                      // empty: "default"
    QHash<QString, QVariant> parameters; // by name; a null QVariant is SQL NULL
    qint64 rowLimit = -1;
    qint64 byteLimit = -1;
    int waitTimeoutSeconds = 10;
    bool cancelOnTimeout = false;
};

struct SqlStatement
{
    QString id;
    QString warehouseId;
    QString state; // PENDING, RUNNING, SUCCEEDED, FAILED, CANCELED, CLOSED
    QString text;
    QString schema;
    SqlPlan plan;
    QVariantList values;
    SqlLimits limits;
    std::optional<SqlFailure> failure;
    std::optional<SqlResultSet> result;
    quint64 sequence = 0;
};

// The statements of the Statement Execution API and their lifecycle:
//   PENDING while the warehouse starts (a statement on a stopped warehouse starts it),
//   RUNNING while it executes (setExecutionDelayMs keeps it there that many real ms; a
//   wait_timeout of 0s leaves it to the event loop), then SUCCEEDED or FAILED;
//   CANCELED by cancel, by on_wait_timeout CANCEL (wait_timeout simulated seconds after
//   submission) or when the warehouse stops; a result is CLOSED an hour (simulated) after it
//   was made, or sooner when more than maxLiveResults results exist (oldest first), and its
//   table dropped.
// The API answers at once and never holds a connection open: a statement that cannot finish
// within the request answers PENDING or RUNNING and is polled.
class SqlStatements
{
public:
    static constexpr qint64 kResultLifetimeMs = 3600 * 1000;
    static constexpr int kDefaultMaxLiveResults = 50;
    static constexpr int kMaxKeptStatements = 1000;

    SqlStatements(SqlEngine &engine, WarehouseLifecycle &warehouses, Simulation &sim);
    ~SqlStatements();
    Q_DISABLE_COPY_MOVE(SqlStatements)

    // The new statement's id. It may already have run (or failed) when this returns.
    QString submit(const SqlSubmission &submission);
    const SqlStatement *statement(const QString &id) const;
    // PENDING or RUNNING → CANCELED; false for an unknown id.
    bool cancel(const QString &id);
    QByteArray chunkRowsJson(const SqlStatement &statement, int chunk);

    void setRowsPerChunk(int rows);
    void setExecutionDelayMs(int delayMs);
    void setMaxLiveResults(int count);
    int submittedCount() const { return m_submitted; }
    int liveResultCount() const;

    // From the warehouse lifecycle.
    void warehouseChanged(const QString &warehouseId, const QString &state);

private:
    void begin(const QString &id, bool mayRunNow);
    void execute(const QString &id);
    void end(SqlStatement &statement, const QString &state);
    void close(const QString &id);
    void makeRoomForResult();
    void forgetOldStatements();

    SqlEngine &m_engine;
    WarehouseLifecycle &m_warehouses;
    Simulation &m_sim;
    std::map<QString, SqlStatement> m_statements;
    QObject m_timerContext; // delayed executions die with the statements
    int m_rowsPerChunk = 10000;
    int m_executionDelayMs = 0;
    int m_maxLiveResults = kDefaultMaxLiveResults;
    int m_submitted = 0;
    quint64 m_sequence = 0;
};

} // namespace brickdesk::emulator
