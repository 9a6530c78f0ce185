// `lianfang serve` from the sources (tsx), so that the gate test does not depend on dist/server.
import { main } from '../../src/cli.js'

await main([process.argv[0], 'lianfang', 'serve'])
