// The Node command line: `npm run cli -- <command> [options]` (DESIGN.md §5).
// Exit codes: 0 success, 1 a check failed, 2 bad input (one sentence, never a stack trace).

import { benchCommand } from "./bench";
import { replayCommand, scenariosCommand, validateCommand } from "./commands-files";
import { engagementCommand } from "./commands-engagement";
import { mapCommand } from "./commands-map";
import { templatesCommand } from "./commands-templates";
import { simCommand } from "./commands-sim";
import { UsageError } from "./io";

const COMMANDS: Record<string, { run: (argv: string[]) => number; help: string }> = {
  validate: { run: validateCommand, help: "validate FILE            check a scenario, save or replay file" },
  replay: { run: replayCommand, help: "replay record|verify …   record a seeded random game, or re-run a replay against its checkpoints" },
  map: { run: mapCommand, help: "map locate|stats …       the hex at a latitude and longitude, or the map's totals" },
  templates: { run: templatesCommand, help: "templates                the unit templates: id, side, kind, personnel and equipment" },
  engagement: {
    run: engagementCommand,
    help: "engagement --attacker SPEC --defender SPEC [--terrain T] [--posture P] [--turns K] --runs N --seed S\n" +
      "                           one engagement fought N times; SPEC is TEMPLATE or TEMPLATE*COUNT, several separated\n" +
      "                           by commas (ru-mr-btg*3,ru-tank-btg); engagement --help lists every option",
  },
  sim: {
    run: simCommand,
    help: "sim --scenario ID|FILE --runs N --seed S [--set KEY=VALUE …] [--red LEVEL] [--blue LEVEL] [--out FILE]\n" +
      "                           full computer-against-computer games: one line per run, then a summary; LEVEL is\n" +
      "                           novice, standard or expert; --out writes each run as a replay",
  },
  scenarios: { run: scenariosCommand, help: "scenarios                the bundled scenarios" },
  bench: { run: benchCommand, help: "bench                    engine and replay throughput against the budgets" },
};

function helpText(): string {
  return ["Usage: npm run cli -- <command> [options] [--json]", "", ...Object.values(COMMANDS).map((c) => "  " + c.help)].join("\n");
}

export function main(argv: string[]): number {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(helpText() + "\n");
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`"${name}" is not a command; try one of: ${Object.keys(COMMANDS).join(", ")}.\n`);
    return 2;
  }
  try {
    return command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(err.message + "\n");
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`Internal error (please report it): ${message.split("\n")[0]}\n`);
    if (process.env.EF_DEBUG) process.stderr.write(String(err instanceof Error ? err.stack : err) + "\n");
    return 3;
  }
}

process.exitCode = main(process.argv.slice(2));
