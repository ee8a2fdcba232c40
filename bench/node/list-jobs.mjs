// Peer for bench_jobs_list: the official Databricks SDK for JavaScript lists every job of the
// same emulator. Prints one JSON object per run. Usage: node list-jobs.mjs HOST TOKEN JOBS RUNS
import { WorkspaceClient } from "@databricks/sdk-experimental";

const [host, token, expected, runs] = process.argv.slice(2);
const client = new WorkspaceClient({ host, token, authType: "pat" });
let failures = 0;
for (let run = 1; run <= Number(runs || 3); run++) {
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    let first = -1;
    let rows = 0;
    let error = "";
    try {
        for await (const job of client.jobs.list({ limit: 100 })) {
            if (first < 0) first = performance.now() - started;
            if (job.job_id) rows++;
        }
    } catch (e) {
        error = String(e && e.message ? e.message : e);
    }
    const all = performance.now() - started;
    if (error || rows !== Number(expected)) failures++;
    console.log(JSON.stringify({
        case: "jobs_list", client: "@databricks/sdk-experimental", run, jobs: Number(expected), rows,
        first_rows_ms: Math.round(first), all_rows_ms: Math.round(all),
        rss_growth_mb: (process.memoryUsage().rss - rssBefore) / 1048576, error,
    }));
}
process.exit(failures ? 1 : 0);
