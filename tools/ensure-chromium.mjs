// Makes sure the system Chromium the e2e tests drive (/usr/bin/chromium) is installed. It is
// only ever installed with the system package manager: this script never downloads a browser.

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const HINT = "Chromium is missing: run `sudo apt-get install -y chromium` (Debian/Ubuntu) and try again.";

function hasAptGet() {
  try {
    execFileSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !hasAptGet()) {
  console.error(HINT);
  process.exit(1);
}

console.log("Chromium is missing: installing the Debian package with apt-get (for the e2e tests).");
try {
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
} catch {
  console.error(HINT);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(HINT);
  process.exit(1);
}
