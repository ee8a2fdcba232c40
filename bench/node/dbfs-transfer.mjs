// Peer for bench_dbfs_transfer: the official Databricks SDK for JavaScript moves the same file
// into DBFS and back through its DBFS API (create / addBlock / close, then read), 1 MB at a time
// as its examples do. Prints one JSON object per direction and run.
// Usage: node dbfs-transfer.mjs HOST TOKEN LOCAL_FILE RUNS
import { WorkspaceClient } from "@databricks/sdk-experimental";
import { createHash } from "node:crypto";
import { open, readFile, rm, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [host, token, source, runs] = process.argv.slice(2);
const client = new WorkspaceClient({ host, token, authType: "pat" });
const block = 1024 * 1024;
const sha256 = async (path) => createHash("sha256").update(await readFile(path)).digest("hex");
const sourceHash = await sha256(source);
const work = await mkdtemp(join(tmpdir(), "sdk-dbfs-"));
let failures = 0;

for (let run = 1; run <= Number(runs || 3); run++) {
    const remote = `/bench/sdk-${run}.bin`;
    let error = "";
    let started = performance.now();
    let bytes = 0;
    try {
        const file = await open(source, "r");
        const { handle } = await client.dbfs.create({ path: remote, overwrite: true });
        const buffer = Buffer.alloc(block);
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, block, bytes);
            if (bytesRead === 0) break;
            await client.dbfs.addBlock({ handle, data: buffer.subarray(0, bytesRead).toString("base64") });
            bytes += bytesRead;
        }
        await client.dbfs.close({ handle });
        await file.close();
    } catch (e) {
        error = String(e && e.message ? e.message : e);
    }
    let seconds = (performance.now() - started) / 1000;
    const mb = bytes / 1048576;
    if (error) failures++;
    console.log(JSON.stringify({ case: "dbfs_upload", client: "@databricks/sdk-experimental", run, mb,
        seconds, mb_per_s: mb / seconds, error }));

    const copy = join(work, `copy-${run}.bin`);
    error = "";
    started = performance.now();
    let received = 0;
    try {
        const { file_size: size } = await client.dbfs.getStatus({ path: remote });
        const out = await open(copy, "w");
        while (received < size) {
            const answer = await client.dbfs.read({ path: remote, offset: received, length: block });
            const data = Buffer.from(answer.data || "", "base64");
            if (data.length === 0) throw new Error(`short read at ${received}`);
            await out.write(data, 0, data.length, received);
            received += data.length;
        }
        await out.close();
    } catch (e) {
        error = String(e && e.message ? e.message : e);
    }
    seconds = (performance.now() - started) / 1000;
    const identical = !error && (await sha256(copy)) === sourceHash;
    if (!identical) failures++;
    console.log(JSON.stringify({ case: "dbfs_download", client: "@databricks/sdk-experimental", run,
        mb: received / 1048576, seconds, mb_per_s: received / 1048576 / seconds, identical, error }));
    await rm(copy, { force: true });
}
await rm(work, { recursive: true, force: true });
process.exit(failures ? 1 : 0);
