// Test support (not shipped code): a second app instance in its own process. Opens the recap database
// given as the first argument the way the app does, prints "terbuka" once it holds it, and keeps it open
// until its stdin closes or it is killed. Run with `process.execPath --import tsx`.
import { openElectionDatabase } from '../services/election-service';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: hold-database.ts FILE');
const db = openElectionDatabase(file);
process.stdout.write('terbuka\n');
process.stdin.resume();
process.stdin.on('end', () => {
  db.close();
  process.exit(0);
});
