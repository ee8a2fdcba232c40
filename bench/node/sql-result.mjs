// Peer for bench_sql_result: the official Databricks SDK for JavaScript runs the same statement
// on the same emulator and reads every chunk of its result (the SDK has no lazy grid; reading all
// chunks is what a client of it does to show or export them). Prints one JSON object per run.
// Usage: node sql-result.mjs HOST TOKEN RUNS
import { WorkspaceClient } from "@databricks/sdk-experimental";

const [host, token, runs] = process.argv.slice(2);
const client = new WorkspaceClient({ host, token, authType: "pat" });
let warehouseId = "";
for await (const warehouse of client.warehouses.list({})) {
    if (warehouse.state === "RUNNING" && !warehouseId) warehouseId = warehouse.id;
}
let failures = 0;
let peakRss = process.memoryUsage().rss;
for (let run = 1; run <= Number(runs || 3); run++) {
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    let first = -1;
    let rows = 0;
    let error = "";
    let server = -1;
    try {
        const response = await client.statementExecution.executeStatement({
            statement: "SELECT * FROM demo.events_1m", warehouse_id: warehouseId,
            wait_timeout: "30s", disposition: "INLINE", format: "JSON_ARRAY",
        });
        server = performance.now() - started;
        if (response.status?.state !== "SUCCEEDED") throw new Error(`state ${response.status?.state}`);
        rows += (response.result?.data_array || []).length;
        first = performance.now() - started;
        const total = response.manifest?.total_chunk_count || 0;
        for (let i = 1; i < total; i++) {
            const chunk = await client.statementExecution.getStatementResultChunkN({
                statement_id: response.statement_id, chunk_index: i,
            });
            rows += (chunk.data_array || []).length;
            peakRss = Math.max(peakRss, process.memoryUsage().rss);
        }
    } catch (e) {
        error = String(e && e.message ? e.message : e);
    }
    const all = performance.now() - started;
    if (error || rows !== 1000000) failures++;
    console.log(JSON.stringify({
        case: "sql_result_1m", client: "@databricks/sdk-experimental", run, rows,
        server_ms: Math.round(server), first_rows_ms: Math.round(first), all_rows_ms: Math.round(all),
        rss_growth_mb: (process.memoryUsage().rss - rssBefore) / 1048576,
        peak_rss_mb: peakRss / 1048576, error,
    }));
}
process.exit(failures ? 1 : 0);
