#include "SqlStatements.h"

#include "SimScheduler.h"
#include "Simulation.h"
#include "WarehouseLifecycle.h"

#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace brickdesk::emulator {

namespace {

const QString kPending = QStringLiteral("PENDING");
const QString kRunning = QStringLiteral("RUNNING");
const QString kSucceeded = QStringLiteral("SUCCEEDED");
const QString kFailed = QStringLiteral("FAILED");
const QString kCanceled = QStringLiteral("CANCELED");
const QString kClosed = QStringLiteral("CLOSED");

QString timeoutKey(const QString &id)
{
    return QStringLiteral("sql-timeout:") + id;
}

QString closeKey(const QString &id)
{
    return QStringLiteral("sql-close:") + id;
}

bool isActive(const QString &state)
{
    return state == kPending || state == kRunning;
}

} // namespace

SqlStatements::SqlStatements(SqlEngine &engine, WarehouseLifecycle &warehouses, Simulation &sim)
    : m_engine(engine)
    , m_warehouses(warehouses)
    , m_sim(sim)
{
    // RESTORE stamps its commit with the simulated time, like every timestamp the emulator
    // writes. Only statements run here call it.
    m_engine.setClock([&sim] { return sim.nowMs(); });
}

// The scheduler and the engine may be gone already: nothing here touches them.
SqlStatements::~SqlStatements() = default;

QString SqlStatements::submit(const SqlSubmission &submission)
{
    forgetOldStatements();
    ++m_submitted;
    SqlStatement statement;
    statement.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    statement.warehouseId = submission.warehouseId;
    statement.state = kPending;
    statement.text = submission.statement;
    statement.schema = submission.schema;
    statement.sequence = ++m_sequence;
    statement.limits = SqlLimits{submission.rowLimit, submission.byteLimit, m_rowsPerChunk};
    statement.plan = planSqlStatement(submission.statement, submission.schema.isEmpty()
                                                                ? QStringLiteral("default")
                                                                : submission.schema);
    if (!submission.catalog.isEmpty() && !isKnownSqlCatalog(submission.catalog))
        statement.failure = sqlCatalogNotFound(submission.catalog);
    else
        statement.failure = statement.plan.failure;
    for (qsizetype i = 0; i < statement.plan.parameters.size() && !statement.failure; ++i) {
        const QString &name = statement.plan.parameters.at(i);
        if (!submission.parameters.contains(name)) {
            statement.failure = sqlUnboundParameter(submission.statement,
                                                    statement.plan.parameterOffsets.at(i), name);
        }
        statement.values.append(submission.parameters.value(name));
    }
    const QString id = statement.id;
    if (statement.failure)
        statement.state = kFailed;
    m_statements.emplace(id, std::move(statement));
    if (m_statements.at(id).state == kFailed)
        return id;

    if (m_warehouses.state(submission.warehouseId) == QStringLiteral("RUNNING"))
        begin(id, submission.waitTimeoutSeconds > 0);
    else
        m_warehouses.start(submission.warehouseId); // stays PENDING until it runs
    const SqlStatement *now = this->statement(id);
    if (now && isActive(now->state) && submission.cancelOnTimeout &&
        submission.waitTimeoutSeconds > 0) {
        m_sim.scheduler().after(submission.waitTimeoutSeconds * 1000LL, timeoutKey(id),
                                [this, id] { cancel(id); });
    }
    return id;
}

const SqlStatement *SqlStatements::statement(const QString &id) const
{
    const auto it = m_statements.find(id);
    return it == m_statements.end() ? nullptr : &it->second;
}

bool SqlStatements::cancel(const QString &id)
{
    const auto it = m_statements.find(id);
    if (it == m_statements.end())
        return false;
    if (isActive(it->second.state))
        end(it->second, kCanceled);
    return true;
}

QByteArray SqlStatements::chunkRowsJson(const SqlStatement &statement, int chunk)
{
    if (!statement.result)
        return QByteArrayLiteral("[]");
    return m_engine.chunkRowsJson(*statement.result, chunk);
}

void SqlStatements::setRowsPerChunk(int rows)
{
    if (rows > 0)
        m_rowsPerChunk = rows;
}

void SqlStatements::setExecutionDelayMs(int delayMs)
{
    m_executionDelayMs = std::max(0, delayMs);
}

void SqlStatements::setMaxLiveResults(int count)
{
    if (count > 0)
        m_maxLiveResults = count;
}

int SqlStatements::liveResultCount() const
{
    return static_cast<int>(
        std::count_if(m_statements.begin(), m_statements.end(), [](const auto &entry) {
            return entry.second.result && !entry.second.result->table.isEmpty();
        }));
}

void SqlStatements::warehouseChanged(const QString &warehouseId, const QString &state)
{
    QStringList ids;
    for (const auto &[id, statement] : m_statements) {
        if (statement.warehouseId == warehouseId && isActive(statement.state))
            ids.append(id);
    }
    // By submission order: ids are random.
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_statements.at(a).sequence < m_statements.at(b).sequence;
    });
    for (const QString &id : std::as_const(ids)) {
        SqlStatement &statement = m_statements.at(id);
        if (state == QStringLiteral("RUNNING") && statement.state == kPending) {
            begin(id, true);
        } else if (state == QStringLiteral("STOPPING")) {
            end(statement, kCanceled); // the warehouse went away under it
        }
    }
}

// The warehouse runs: execute now, or later from the event loop (a wait_timeout of 0s answers
// before the statement has run; the execution delay keeps it RUNNING for a while).
void SqlStatements::begin(const QString &id, bool mayRunNow)
{
    m_statements.at(id).state = kRunning;
    if (mayRunNow && m_executionDelayMs == 0) {
        execute(id);
        return;
    }
    QTimer::singleShot(m_executionDelayMs, &m_timerContext, [this, id] { execute(id); });
}

void SqlStatements::execute(const QString &id)
{
    const auto it = m_statements.find(id);
    if (it == m_statements.end() || it->second.state != kRunning)
        return; // cancelled or forgotten meanwhile
    SqlStatement &statement = it->second;
    if (!statement.schema.isEmpty() && !m_engine.hasSchema(statement.schema)) {
        statement.failure = sqlSchemaNotFound(QStringLiteral("main"), statement.schema);
        end(statement, kFailed);
        return;
    }
    makeRoomForResult();
    SqlExecution execution =
        m_engine.run(statement.plan, statement.values, statement.limits, statement.text);
    SqlStatement &ran = m_statements.at(id);
    if (execution.failure) {
        ran.failure = execution.failure;
        end(ran, kFailed);
        return;
    }
    ran.result = execution.result;
    end(ran, kSucceeded);
    m_sim.scheduler().after(kResultLifetimeMs, closeKey(id), [this, id] { close(id); });
}

void SqlStatements::end(SqlStatement &statement, const QString &state)
{
    statement.state = state;
    m_sim.scheduler().cancel(timeoutKey(statement.id));
}

void SqlStatements::close(const QString &id)
{
    const auto it = m_statements.find(id);
    if (it == m_statements.end() || it->second.state != kSucceeded)
        return;
    if (it->second.result)
        m_engine.drop(*it->second.result);
    it->second.result.reset();
    it->second.state = kClosed;
    m_sim.scheduler().cancel(closeKey(id));
}

void SqlStatements::makeRoomForResult()
{
    while (liveResultCount() >= m_maxLiveResults) {
        const SqlStatement *oldest = nullptr;
        for (const auto &[id, statement] : m_statements) {
            if (statement.result && !statement.result->table.isEmpty() &&
                (!oldest || statement.sequence < oldest->sequence)) {
                oldest = &statement;
            }
        }
        if (!oldest)
            return;
        close(oldest->id);
    }
}

// Keeps the record of at most kMaxKeptStatements statements; the oldest finished ones go (their
// ids then answer 404, as expired statements do).
void SqlStatements::forgetOldStatements()
{
    while (static_cast<int>(m_statements.size()) >= kMaxKeptStatements) {
        const SqlStatement *oldest = nullptr;
        for (const auto &[id, statement] : m_statements) {
            if (!isActive(statement.state) && (!oldest || statement.sequence < oldest->sequence))
                oldest = &statement;
        }
        if (!oldest)
            return;
        const QString id = oldest->id;
        close(id);
        m_sim.scheduler().cancel(closeKey(id));
        m_statements.erase(id);
    }
}

} // namespace brickdesk::emulator
